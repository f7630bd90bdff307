/**
 * The cloud-neutral handler path for one object event: decide whether to act, read, resize, write, and log one line.
 *
 * Failure classes: a bad input (empty, not an image, corrupt, too large, unsupported) is returned as a
 * `bad-input` result — retrying cannot fix the bytes, so the platform must not retry. A storage failure is thrown
 * as a {@link StorageError}, so the platform retries the invocation; every write is idempotent, so a retry is safe.
 */
import type { ResizeConfig, SourceFilter } from './config';
import {
  DEFAULT_MAX_KEY_BYTES,
  destinationKey,
  guardSourceKey,
  matchSource,
  refuseDestination,
  type GuardReason,
} from './keys';
import { jsonLineLog, type LogSink } from './log';
import {
  configureSharpForServerless,
  ImageInputError,
  resizeImage,
  type ImageInputProblem,
  type ResizedImage,
  type SourceImage,
} from './resize';
import { ObjectNotFoundError, StorageError, type ObjectStore, type StorageOperation } from './storage';

// Every adapter reaches sharp through this module, so configuring it here covers them all, once per instance.
configureSharpForServerless();

/** User-metadata key marking an object as written by this function; its value is the source key. */
export const RESIZED_FROM_METADATA = 'resized-from';
/** Default of `ResizeConfig.maxInputBytes`. */
export const DEFAULT_MAX_INPUT_BYTES = 104_857_600;

/** What happened to the object, in cloud-neutral terms; adapters map their native event names onto it. */
export type ObjectEventKind = 'created' | 'removed' | 'other';

export interface ObjectEvent {
  readonly bucket: string;
  /** The decoded key. */
  readonly key: string;
  readonly eventKind: ObjectEventKind;
  /** Object size as the event reports it, if it does: lets oversized objects be refused without downloading. */
  readonly size?: number;
}

/** Why an event was not acted upon. */
export type SkipReason =
  /** Not a creation (deletion, metadata update, part of a multipart upload…). */
  | 'not-a-creation'
  /** The key matches none of the configured source filters. */
  | 'outside-sources'
  /** Refused by a guard (see keys.ts). */
  | GuardReason
  /** The object is gone by the time it is read. */
  | 'source-missing';

/** Why an input cannot be resized. */
export type BadInputReason = ImageInputProblem | 'too-large';

/** What happened to one output. */
export type OutputStatus =
  | 'written'
  /** An object without our marker is at the destination: a user's, never overwritten. */
  | 'user-object-kept'
  /** The real destination (known once the output format is) failed a guard. */
  | 'refused';

export interface OutputResult {
  readonly bucket: string;
  readonly key: string;
  readonly status: OutputStatus;
  readonly reason?: GuardReason;
  readonly format: string;
  readonly width: number;
  readonly height: number;
  /** Frames in the output (1 unless an animation was kept). */
  readonly frames: number;
  readonly bytes: number;
}

interface EventRef {
  readonly bucket: string;
  readonly key: string;
}

export type ProcessResult =
  | (EventRef & { readonly outcome: 'skipped'; readonly reason: SkipReason })
  | (EventRef & {
      readonly outcome: 'bad-input';
      readonly reason: BadInputReason;
      readonly detail: string;
      /** Always false: the result exists so that bad inputs are reported without triggering retries. */
      readonly retry: false;
      readonly inputBytes?: number;
    })
  | (EventRef & {
      readonly outcome: 'processed';
      readonly inputBytes: number;
      readonly source: SourceImage;
      readonly outputs: readonly OutputResult[];
    });

export interface ProcessDeps {
  readonly config: ResizeConfig;
  readonly store: ObjectStore;
  /** @default one JSON line on stdout */
  readonly log?: LogSink;
  /** Fields added to every log entry (e.g. the platform's request id). */
  readonly logContext?: Readonly<Record<string, unknown>>;
  /**
   * Longest key, in UTF-8 bytes, the store accepts: a longer destination is refused (`destination-key-too-long`)
   * instead of failing the write on every retry. @default 1023 (OSS)
   */
  readonly maxKeyBytes?: number;
}

/**
 * Handles one object event. Resolves with what was done (including bad inputs); rejects only with a
 * {@link StorageError} (or an unexpected bug), which the adapter lets propagate so the platform retries.
 */
export async function processObject(event: ObjectEvent, deps: ProcessDeps): Promise<ProcessResult> {
  const started = performance.now();
  const log = (entry: Record<string, unknown>): void =>
    (deps.log ?? jsonLineLog)({
      ...deps.logContext,
      ...entry,
      ms: Math.round(performance.now() - started),
    });
  try {
    const result = await run(event, deps);
    log(logEntry(result));
    return result;
  } catch (err) {
    log({
      level: 'error',
      outcome: 'error',
      bucket: event.bucket,
      key: event.key,
      ...(err instanceof StorageError ? { operation: err.operation, target: `${err.bucket}/${err.key}` } : {}),
      error: err instanceof Error ? err.message : String(err),
      retry: true,
    });
    throw err;
  }
}

async function run(event: ObjectEvent, { config, store, maxKeyBytes = DEFAULT_MAX_KEY_BYTES }: ProcessDeps): Promise<ProcessResult> {
  const { bucket, key } = event;
  const skipped = (reason: SkipReason): ProcessResult => ({ outcome: 'skipped', bucket, key, reason });
  const badInput = (reason: BadInputReason, detail: string, inputBytes?: number): ProcessResult => ({
    outcome: 'bad-input',
    bucket,
    key,
    reason,
    detail,
    retry: false,
    ...(inputBytes === undefined ? {} : { inputBytes }),
  });

  if (event.eventKind !== 'created') return skipped('not-a-creation');
  const filter = matchSource(config.sources, bucket, key);
  if (filter === undefined) return skipped('outside-sources');
  const guard = guardSourceKey(config, bucket, key, filter, maxKeyBytes);
  if (guard !== undefined) return skipped(guard);

  const maxBytes = config.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (event.size !== undefined && event.size > maxBytes) {
    return badInput('too-large', `object is ${event.size} bytes, maxInputBytes is ${maxBytes}`, event.size);
  }

  let body: Buffer;
  try {
    body = await store.get(bucket, key);
  } catch (err) {
    // Deleted (or overwritten and deleted) since the event: nothing to do, and a retry would find nothing either.
    if (err instanceof ObjectNotFoundError) return skipped('source-missing');
    throw new StorageError('get', bucket, key, err);
  }
  if (body.length > maxBytes) {
    return badInput('too-large', `object is ${body.length} bytes, maxInputBytes is ${maxBytes}`, body.length);
  }

  let images: ResizedImage[];
  try {
    images = await resizeImage(body, config);
  } catch (err) {
    if (err instanceof ImageInputError) return badInput(err.problem, err.message, body.length);
    throw err;
  }

  const outputs: OutputResult[] = [];
  for (const image of images) {
    outputs.push(await writeOutput(config, store, filter, event, image, maxKeyBytes));
  }
  return { outcome: 'processed', bucket, key, inputBytes: body.length, source: images[0].source, outputs };
}

/** Writes one output unless a guard refuses it or a user's object is in the way. */
async function writeOutput(
  config: ResizeConfig,
  store: ObjectStore,
  filter: SourceFilter,
  event: ObjectEvent,
  image: ResizedImage,
  maxKeyBytes: number,
): Promise<OutputResult> {
  const bucket = config.destination.bucket;
  const key = destinationKey(config, filter, event.key, image.target, {
    source: image.source.format,
    output: image.format,
  });
  const result = {
    bucket,
    key,
    format: image.format,
    width: image.width,
    height: image.height,
    frames: image.frames,
    bytes: image.body.length,
  };

  const refused = refuseDestination(config, event.bucket, event.key, key, maxKeyBytes);
  if (refused !== undefined) return { ...result, status: 'refused', reason: refused };

  // Our own earlier output (retry, re-upload) carries the marker and is replaced; anything else is the user's.
  const existing = await storageCall('head', bucket, key, () => store.head(bucket, key));
  if (existing !== undefined && existing.metadata[RESIZED_FROM_METADATA] === undefined) {
    return { ...result, status: 'user-object-kept' };
  }
  await storageCall('put', bucket, key, () =>
    store.put(bucket, key, image.body, {
      contentType: image.contentType,
      metadata: { [RESIZED_FROM_METADATA]: event.key },
    }),
  );
  return { ...result, status: 'written' };
}

/** Runs a store call, turning any failure into a (retried) {@link StorageError}. */
async function storageCall<T>(operation: StorageOperation, bucket: string, key: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw new StorageError(operation, bucket, key, err);
  }
}

/** The one log line of a handled event. */
function logEntry(result: ProcessResult): Record<string, unknown> {
  switch (result.outcome) {
    case 'skipped':
      return { level: 'info', outcome: 'skipped', reason: result.reason, bucket: result.bucket, key: result.key };
    case 'bad-input':
      return {
        level: 'warn',
        outcome: 'bad-input',
        reason: result.reason,
        detail: result.detail,
        retry: false,
        bucket: result.bucket,
        key: result.key,
        inputBytes: result.inputBytes,
      };
    case 'processed':
      return {
        level: 'info',
        outcome: 'processed',
        bucket: result.bucket,
        key: result.key,
        inputBytes: result.inputBytes,
        input: {
          format: result.source.format,
          width: result.source.width,
          height: result.source.height,
          ...(result.source.frames > 1 ? { frames: result.source.frames } : {}),
        },
        written: result.outputs.filter((o) => o.status === 'written').length,
        outputs: result.outputs.map((o) => ({
          key: o.key,
          status: o.status,
          ...(o.reason === undefined ? {} : { reason: o.reason }),
          format: o.format,
          width: o.width,
          height: o.height,
          ...(o.frames > 1 ? { frames: o.frames } : {}),
          bytes: o.bytes,
        })),
      };
  }
}
