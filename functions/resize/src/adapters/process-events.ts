/**
 * The loop every adapter runs over the object events of one invocation: each event is handled even when another
 * fails on storage; the invocation then fails (so the platform retries it), and outputs already written are rewritten
 * identically on the retry.
 */
import type { ResizeConfig } from '../config';
import type { LogSink } from '../log';
import { processObject, type ObjectEvent, type ProcessResult } from '../process-object';
import type { ObjectStore } from '../storage';

export interface ProcessEventsDeps {
  readonly config: ResizeConfig;
  readonly store: ObjectStore;
  readonly log: LogSink;
  readonly logContext: Readonly<Record<string, unknown>>;
  /** The store's longest key, in UTF-8 bytes: outputs that would exceed it are refused, not failed on every retry. */
  readonly maxKeyBytes: number;
}

export async function processEvents(events: readonly ObjectEvent[], deps: ProcessEventsDeps): Promise<ProcessResult[]> {
  const results: ProcessResult[] = [];
  const failures: unknown[] = [];
  for (const event of events) {
    try {
      results.push(await processObject(event, deps));
    } catch (err) {
      failures.push(err);
    }
  }
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new AggregateError(failures, `${failures.length} of ${events.length} events failed`);
  return results;
}
