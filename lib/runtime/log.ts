/**
 * Structured logging: one JSON object per line on stdout, which every function platform collects as is and
 * log services can index by field (outcome, key, ms, …).
 */

/** Receives one log entry. Tests pass a collecting sink; the default writes a JSON line. */
export type LogSink = (entry: Readonly<Record<string, unknown>>) => void;

/** Writes the entry as one line of JSON on stdout. */
export const jsonLineLog: LogSink = (entry) => {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
};
