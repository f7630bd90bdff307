/** One subcommand of the `evented-buckets` command line. */
export interface CliCommand {
  /** What the user types after `evented-buckets`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Runs the command with the arguments after its name; resolves to the process exit code. */
  run(argv: readonly string[]): Promise<number>;
}
