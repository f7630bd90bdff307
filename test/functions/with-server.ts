/** Runs a test against a local storage server and stops the server whatever the outcome. */

/** Starts nothing itself: `wire` starts `server` and builds what `test` needs; `server.stop()` always runs. */
export async function withServer<S extends { stop(): Promise<void> }, W>(server: S, wire: (server: S) => Promise<W>, test: (wired: W) => Promise<void>): Promise<void> {
  try {
    await test(await wire(server));
  } finally {
    await server.stop();
  }
}
