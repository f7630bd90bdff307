/**
 * Tencent Cloud entry point: SCF invoked by a COS trigger. Bundled as `index.js`, handler `index.main_handler`.
 * Turns the COS event's Records into cloud-neutral object events, gives the core a COS-backed store built from the
 * execution role's temporary keys, and leaves everything else to `process-object.ts`.
 */
import { Writable } from 'stream';
import COS from 'cos-nodejs-sdk-v5';
import { isRecord } from '../../../../lib/runtime/is-record';
import { decodePercentSafely } from '../keys';
import { jsonLineLog } from '../../../../lib/runtime/log';
import type { ResizeConfig } from '../config';
import { DEFAULT_MAX_INPUT_BYTES, type ObjectEvent, type ObjectEventKind, type ProcessResult } from '../process-object';
import { DEFAULT_MAX_INPUT_PIXELS } from '../resize';
import { wasmInputLimits } from './wasm-memory';
import { cappedRange, ObjectNotFoundError, ObjectTooLargeError, sizeFromContentRange, type GetOptions, type ObjectHead, type ObjectStore, type PutOptions } from '../../../../lib/runtime/storage';
import { storageTimeouts, type StorageTimeouts } from './storage-timeouts';
import { metadataFromHeaders, metadataToHeaders } from './metadata-headers';
import { lazyConfig, processEvents, type HandlerOptions } from './process-events';

/** COS object keys are at most 850 bytes. */
export const COS_MAX_KEY_BYTES = 850;
/** COS accepts at most 2 KB of user metadata (`x-cos-meta-*` headers) per object. */
export const COS_MAX_METADATA_BYTES = 2048;

/** Environment variable that replaces COS's regional domain (tests, local runs): `host:port`, plain HTTP. */
export const COS_ENDPOINT_ENV = 'COS_ENDPOINT';

/** The SCF invocation context (the request id, and the function's timeout for the storage timeouts). */
export interface ScfContext {
  readonly request_id?: string;
  /** The function's timeout in milliseconds, as SCF's Node.js runtimes give it. */
  readonly time_limit_in_ms?: number;
  /** The function's memory in MB: bounds what the wasm32 sharp may decode. */
  readonly memory_limit_in_mb?: number;
}

/** The COS event payload is malformed (no `Records` array). */
export class CosEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CosEventError';
  }
}

/** Maps a COS event name (`cos:ObjectCreated:Put`, `cos:ObjectRemove:Delete`, …) to a cloud-neutral kind. */
export function cosEventKind(eventName: string): ObjectEventKind {
  const [, category] = eventName.split(':');
  if (category === 'ObjectCreated') return 'created';
  if (category === 'ObjectRemove' || category === 'ObjectRemoved') return 'removed';
  return 'other';
}

/**
 * `cosObject.key` without its `/<appid>/<bucket name>/` prefix, as it is: Tencent's samples use it undecoded, and
 * the documentation does not say whether it is encoded.
 */
export function cosObjectKey(rawKey: string, appid: string, bucketName: string): string {
  const prefixes = [`/${appid}/${bucketName}/`, `/${appid}/${bucketName}-${appid}/`];
  const prefix = prefixes.find((p) => rawKey.startsWith(p));
  return prefix ? rawKey.slice(prefix.length) : rawKey.replace(/^\//, '');
}

/**
 * The key from `cosObject.url` (`http://<bucket>-<appid>.cos.<region>.myqcloud.com/<key>`, or a custom domain): a
 * URL, so the path is percent-encoded and decoding it is unambiguous (`+` is a plus). Taken from the text, not a URL
 * parser, which would resolve `.`/`..` segments that are legal in keys.
 */
export function cosUrlKey(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(.*)$/is.exec(url);
  return match === null ? undefined : decodePercentSafely(match[1]);
}

/**
 * The readings of a record's key, most reliable first: from the URL; then `cosObject.key` as it is, and
 * percent-decoded. The handler uses the first one that names an object, so a key with a literal `%25` is not lost.
 */
export function cosEventKeys(object: Record<string, unknown>, appid: string, bucketName: string): string[] {
  const raw = typeof object.key === 'string' ? cosObjectKey(object.key, appid, bucketName) : undefined;
  const fromUrl = typeof object.url === 'string' ? cosUrlKey(object.url) : undefined;
  const keys = [fromUrl, raw, raw === undefined ? undefined : decodePercentSafely(raw)].filter((k): k is string => k !== undefined && k !== '');
  return [...new Set(keys)];
}

/** Reads a COS trigger payload into object events; records without bucket or key are reported, not thrown. */
export function parseCosEvent(event: unknown): { events: ObjectEvent[]; unreadable: { index: number; problem: string }[] } {
  const payload = typeof event === 'string' || Buffer.isBuffer(event) ? safeJson(event.toString()) : event;
  if (!isRecord(payload) || !Array.isArray(payload.Records)) throw new CosEventError('event has no "Records" array: not a COS trigger event');
  const events: ObjectEvent[] = [];
  const unreadable: { index: number; problem: string }[] = [];
  payload.Records.forEach((record: unknown, index: number) => {
    const cos = isRecord(record) && isRecord(record.cos) ? record.cos : undefined;
    const bucket = isRecord(cos?.cosBucket) ? cos.cosBucket : undefined;
    const object = isRecord(cos?.cosObject) ? cos.cosObject : undefined;
    const eventName = isRecord(record) && isRecord(record.event) ? record.event.eventName : undefined;
    const appid = bucket?.appid === undefined ? undefined : String(bucket.appid);
    if (typeof eventName !== 'string' || typeof bucket?.name !== 'string' || appid === undefined || typeof object?.key !== 'string') {
      unreadable.push({ index, problem: 'missing event.eventName, cos.cosBucket.name/appid or cos.cosObject.key' });
      return;
    }
    const [key, ...alternativeKeys] = cosEventKeys(object, appid, bucket.name);
    events.push({
      bucket: `${bucket.name}-${appid}`,
      key: key ?? '',
      ...(alternativeKeys.length > 0 ? { alternativeKeys } : {}),
      eventKind: cosEventKind(eventName),
      ...(typeof object.size === 'number' ? { size: object.size } : {}),
    });
  });
  return { events, unreadable };
}

const META_HEADER_PREFIX = 'x-cos-meta-';

/** {@link ObjectStore} on `cos-nodejs-sdk-v5`. User metadata travels as `x-cos-meta-*` headers, percent-encoded. */
export class CosObjectStore implements ObjectStore {
  private readonly cos: COS;

  private readonly timeouts: StorageTimeouts;

  constructor(private readonly options: { region: string; secretId: string; secretKey: string; sessionToken?: string; endpoint?: string; timeouts?: StorageTimeouts }) {
    this.timeouts = options.timeouts ?? storageTimeouts(undefined);
    this.cos = new COS({
      SecretId: options.secretId,
      SecretKey: options.secretKey,
      // The SDK has no timeout by default and retries 5xx and network errors up to 3 times (4 attempts) on its own.
      Timeout: Math.max(1_000, Math.floor((this.timeouts.requestMs * (this.timeouts.retries + 1)) / 4)),
      ...(options.sessionToken ? { SecurityToken: options.sessionToken } : {}),
      ...(options.endpoint ? { Domain: options.endpoint, Protocol: 'http:' } : {}),
    });
  }

  async get(bucket: string, key: string, { maxBytes }: GetOptions): Promise<Buffer> {
    // Into a stream of our own (`Output`): without one the SDK calls toString() on the whole body, which throws past
    // 512 MB, and holds it twice. Ranged, so the store sends at most maxBytes + 1 bytes.
    const sink = new CappedSink(bucket, key, maxBytes);
    try {
      const data = await this.cos.getObject({ Bucket: bucket, Region: this.options.region, Key: key, Output: sink, Headers: { Range: cappedRange(maxBytes) } });
      sink.size = sizeFromContentRange(data.headers?.['content-range']);
      return sink.body(data.headers?.['content-range']);
    } catch (err) {
      if (sink.tooLarge) throw sink.tooLarge;
      if (isNotFound(err)) throw new ObjectNotFoundError(bucket, key, { cause: err });
      // An empty object cannot satisfy a range: COS answers 416 InvalidRange.
      if (isRecord(err) && err.statusCode === 416) return Buffer.alloc(0);
      throw err;
    }
  }

  async head(bucket: string, key: string): Promise<ObjectHead | undefined> {
    try {
      const data = await this.cos.headObject({ Bucket: bucket, Region: this.options.region, Key: key });
      return { metadata: metadataFromHeaders(data.headers ?? {}, META_HEADER_PREFIX) };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async put(bucket: string, key: string, body: Buffer, options: PutOptions): Promise<void> {
    const headers = metadataToHeaders(options.metadata, META_HEADER_PREFIX);
    await this.cos.putObject({ Bucket: bucket, Region: this.options.region, Key: key, Body: body, ContentType: options.contentType, Headers: headers });
  }
}

/** The production store: the execution role's temporary keys and the function's region, as SCF sets them. */
export function cosStoreFromEnvironment(env: NodeJS.ProcessEnv = process.env, timeouts?: StorageTimeouts): ObjectStore {
  const secretId = env.TENCENTCLOUD_SECRETID;
  const secretKey = env.TENCENTCLOUD_SECRETKEY;
  const region = env.TENCENTCLOUD_REGION;
  if (!secretId || !secretKey || !region) {
    throw new Error('TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY and TENCENTCLOUD_REGION are not set: give the function an execution role.');
  }
  return new CosObjectStore({ region, secretId, secretKey, sessionToken: env.TENCENTCLOUD_SESSIONTOKEN, endpoint: env[COS_ENDPOINT_ENV] || undefined, ...(timeouts ? { timeouts } : {}) });
}

export type TencentcloudHandlerOptions = HandlerOptions;

export type TencentcloudHandler = (event: unknown, context?: ScfContext) => Promise<{ results: readonly ProcessResult[] }>;

/** Builds the SCF handler; COS may deliver several Records in one event. */
export function createTencentcloudHandler(
  storeFactory: (timeouts: StorageTimeouts) => ObjectStore = (timeouts) => cosStoreFromEnvironment(process.env, timeouts),
  options: TencentcloudHandlerOptions = {},
): TencentcloudHandler {
  const log = options.log ?? jsonLineLog;
  const loadConfig = lazyConfig(options);
  let warned = false;
  return async (event, context) => {
    const config = loadConfig();
    const logContext = context?.request_id === undefined ? {} : { requestId: context.request_id };
    let parsed: ReturnType<typeof parseCosEvent>;
    try {
      parsed = parseCosEvent(event);
    } catch (err) {
      if (!(err instanceof CosEventError)) throw err;
      log({ ...logContext, level: 'warn', outcome: 'invalid-event', error: err.message, retry: false });
      return { results: [] };
    }
    for (const record of parsed.unreadable) {
      log({ ...logContext, level: 'warn', outcome: 'invalid-record', index: record.index, error: record.problem });
    }
    const store = storeFactory(storageTimeouts(context?.time_limit_in_ms));
    const bounded = boundForMemory(config, context?.memory_limit_in_mb);
    if (bounded !== config && !warned) {
      warned = true;
      log({ ...logContext, level: 'warn', outcome: 'limits-lowered', memoryMB: context?.memory_limit_in_mb, maxInputPixels: bounded.maxInputPixels, maxInputBytes: bounded.maxInputBytes });
    }
    return { results: await processEvents(parsed.events, { config: bounded, store, log, logContext, maxKeyBytes: COS_MAX_KEY_BYTES, maxMetadataBytes: COS_MAX_METADATA_BYTES }) };
  };
}

/** The SCF entry, `index.main_handler` in the bundle. */
export const main_handler: TencentcloudHandler = createTencentcloudHandler();

/**
 * The configuration with input limits the instance's memory can afford (wasm32: see wasm-memory.ts), the same object
 * when they are the configured ones or the memory is not known.
 */
function boundForMemory(config: ResizeConfig, memoryMB: number | undefined): ResizeConfig {
  if (typeof memoryMB !== 'number' || !(memoryMB > 0)) return config;
  const configured = { maxInputPixels: config.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS, maxInputBytes: config.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES };
  const limits = wasmInputLimits(memoryMB, configured);
  if (limits.maxInputPixels === configured.maxInputPixels && limits.maxInputBytes === configured.maxInputBytes) return config;
  return { ...config, ...limits };
}

function isNotFound(err: unknown): boolean {
  return isRecord(err) && (err.statusCode === 404 || err.code === 'NoSuchKey');
}

/** The `Output` stream of a ranged get: collects at most `maxBytes`, fails past them (the SDK then ends the request). */
class CappedSink extends Writable {
  private readonly chunks: Buffer[] = [];
  private length = 0;
  tooLarge?: ObjectTooLargeError;
  size?: number;

  constructor(private readonly bucket: string, private readonly key: string, private readonly maxBytes: number) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.length += chunk.length;
    if (this.length > this.maxBytes) {
      this.tooLarge = new ObjectTooLargeError(this.bucket, this.key, this.maxBytes, this.size);
      return callback(this.tooLarge);
    }
    this.chunks.push(chunk);
    callback();
  }

  body(contentRange: unknown): Buffer {
    if (this.length > this.maxBytes) throw new ObjectTooLargeError(this.bucket, this.key, this.maxBytes, sizeFromContentRange(contentRange));
    return Buffer.concat(this.chunks, this.length);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
