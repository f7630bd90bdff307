/**
 * The cloud-neutral handler path for one object event: decide whether to act, read, resize, write, and log one line.
 *
 * Failure classes: a bad input (empty, not an image, corrupt, too large, unsupported) is returned as a
 * `bad-input` result — retrying cannot fix the bytes, so the platform must not retry. A storage failure is thrown
 * as a {@link StorageError}, so the platform retries the invocation; every write is idempotent, so a retry is safe.
 */
import type { ObjectEvent } from '../../../lib/runtime/events';
import type { ResizeConfig, SourceFilter } from './config';
import {
  DEFAULT_MAX_KEY_BYTES,
  destinationKey,
  guardSourceKey,
  matchSource,
  refuseDestination,
  type GuardReason,
} from './keys';
import { jsonLineLog, type LogSink } from '../../../lib/runtime/log';
import {
  configureSharpForServerless,
  ImageInputError,
  resizeImage,
  type ImageInputProblem,
  type ResizedImage,
  type SourceImage,
} from './resize';
import { markerValue, RESIZED_FROM_METADATA } from './marker';
import { describeCause, ObjectNotFoundError, ObjectTooLargeError, StorageError, type ObjectStore, type StorageOperation } from '../../../lib/runtime/storage';

// Every adapter reaches sharp through this module, so configuring it here covers them all, once per instance.
configureSharpForServerless();

export { RESIZED_FROM_METADATA } from './marker';
/** Default of `ResizeConfig.maxInputBytes`. */
export const DEFAULT_MAX_INPUT_BYTES = 104_857_600;
/** User metadata the strictest store accepts (COS and S3-compatible stores: 2 KB); adapters pass their own. */
export const DEFAULT_MAX_METADATA_BYTES = 2048;

export type { ObjectEvent, ObjectEventKind } from '../../../lib/runtime/events';

/** Why an event was not acted upon. */
export type SkipReason =
  /** Not a creation (deletion, metadata update, part of a multipart upload…). */
  | 'not-a-creation'
  /** The key matches none of the configured source filters. */
  | 'outside-sources'
  /** Refused by a guard (see keys.ts). */
  | GuardReason
  /** The object is gone by the time it is read. */
  | 'source-missing'
  /** Not even a shortened `resized-from` marker fits the store's user-metadata limit. */
  | 'metadata-too-large';

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
    })
  | (EventRef & {
      /** The store refused a call in a way every retry would repeat (a 4xx such as a metadata or key limit). */
      readonly outcome: 'failed';
      readonly reason: 'storage-refused';
      readonly operation: StorageOperation;
      readonly target: string;
      readonly detail: string;
      readonly retry: false;
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
  /** The store's limit on user metadata, in bytes (names with their header prefix, and values). @default 2048 */
  readonly maxMetadataBytes?: number;
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
    if (err instanceof StorageError && !err.retryable) {
      // The same request would be refused on every retry: report it once and let the invocation succeed.
      const result: ProcessResult = {
        outcome: 'failed',
        reason: 'storage-refused',
        bucket: event.bucket,
        key: event.key,
        operation: err.operation,
        target: `${err.bucket}/${err.key}`,
        detail: err.message,
        retry: false,
      };
      log({ ...logEntry(result), ...(err.status === undefined ? {} : { status: err.status }), ...(err.code === undefined ? {} : { code: err.code }), ...(err.requestId === undefined ? {} : { storeRequestId: err.requestId }) });
      return result;
    }
    log({
      level: 'error',
      outcome: 'error',
      bucket: event.bucket,
      key: event.key,
      ...(err instanceof StorageError ? { operation: err.operation, target: `${err.bucket}/${err.key}` } : {}),
      error: describeCause(err),
      retry: true,
    });
    throw err;
  }
}

async function run(event: ObjectEvent, deps: ProcessDeps): Promise<ProcessResult> {
  const { config, store, maxKeyBytes = DEFAULT_MAX_KEY_BYTES, maxMetadataBytes = DEFAULT_MAX_METADATA_BYTES } = deps;
  const { bucket } = event;
  let key = event.key;
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
  const maxBytes = config.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (event.size !== undefined && event.size > maxBytes) {
    return badInput('too-large', `object is ${event.size} bytes, maxInputBytes is ${maxBytes}`, event.size);
  }

  // Each reading of the key, in order: the first that passes the guards and names an existing object is the key.
  const candidates = [...new Set([event.key, ...(event.alternativeKeys ?? [])])];
  let refusal: SkipReason | undefined;
  let found: { key: string; filter: SourceFilter; marker: string; body: Buffer } | undefined;
  for (const candidate of candidates) {
    const filter = matchSource(config.sources, bucket, candidate);
    const reason: SkipReason | undefined =
      filter === undefined ? 'outside-sources'
        : (guardSourceKey(config, bucket, candidate, filter, maxKeyBytes) ??
          (markerValue(candidate, maxMetadataBytes) === undefined ? 'metadata-too-large' : undefined));
    if (reason !== undefined) {
      refusal ??= reason;
      continue;
    }
    try {
      // A ranged read capped at maxInputBytes: the event's size may be stale (the object replaced since).
      const body = await store.get(bucket, candidate, { maxBytes });
      found = { key: candidate, filter: filter!, marker: markerValue(candidate, maxMetadataBytes)!, body };
      break;
    } catch (err) {
      // Deleted (or overwritten and deleted) since the event: nothing to do, and a retry would find nothing either.
      if (err instanceof ObjectNotFoundError) {
        refusal = 'source-missing';
        continue;
      }
      key = candidate;
      if (err instanceof ObjectTooLargeError) {
        return badInput('too-large', `object is ${err.size === undefined ? `over ${maxBytes}` : err.size} bytes, maxInputBytes is ${maxBytes}`, err.size);
      }
      throw new StorageError('get', bucket, candidate, err);
    }
  }
  if (found === undefined) return skipped(refusal ?? 'outside-sources');
  key = found.key;
  const { body, filter, marker } = found;

  let images: ResizedImage[];
  try {
    images = await resizeImage(body, config);
  } catch (err) {
    if (err instanceof ImageInputError) return badInput(err.problem, err.message, body.length);
    throw err;
  }

  const outputs: OutputResult[] = [];
  for (const image of images) {
    outputs.push(await writeOutput(config, store, filter, { ...event, key }, image, maxKeyBytes, marker));
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
  marker: string,
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
      metadata: { [RESIZED_FROM_METADATA]: marker },
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
    case 'failed':
      return {
        level: 'error',
        outcome: 'failed',
        reason: result.reason,
        operation: result.operation,
        target: result.target,
        detail: result.detail,
        retry: false,
        bucket: result.bucket,
        key: result.key,
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
