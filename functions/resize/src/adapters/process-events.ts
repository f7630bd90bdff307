/**
 * The loop every adapter runs over the object events of one invocation: each event is handled even when another
 * fails on storage; the invocation then fails (so the platform retries it), and outputs already written are rewritten
 * identically on the retry.
 */
import type { ResizeConfig } from '../config';
import { loadResizeConfig } from '../config-loader';
import type { LogSink } from '../../../../lib/runtime/log';
import { processObject, type ObjectEvent, type ProcessResult } from '../process-object';
import type { ObjectStore } from '../../../../lib/runtime/storage';

export interface ProcessEventsDeps {
  readonly config: ResizeConfig;
  readonly store: ObjectStore;
  readonly log: LogSink;
  readonly logContext: Readonly<Record<string, unknown>>;
  /** The store's longest key, in UTF-8 bytes: outputs that would exceed it are refused, not failed on every retry. */
  readonly maxKeyBytes: number;
  /** The store's limit on user metadata, in bytes. */
  readonly maxMetadataBytes: number;
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

/** What every adapter's handler factory accepts besides its store. */
export interface HandlerOptions {
  /** @default read from `RESIZE_CONFIG` on first use */
  readonly config?: ResizeConfig | (() => ResizeConfig);
  /** @default one JSON line on stdout */
  readonly log?: LogSink;
}

/**
 * The handler's configuration, read once per instance on first use (`options.config`, or `RESIZE_CONFIG`): until it
 * has been read, every call tries again and throws the loader's error, so a broken configuration fails invocations
 * with its message.
 */
export function lazyConfig(options: HandlerOptions): () => ResizeConfig {
  let config: ResizeConfig | undefined;
  return () => (config ??= typeof options.config === 'function' ? options.config() : (options.config ?? loadResizeConfig()));
}
