/**
 * Tencent Cloud SCF for handler code: the COS trigger's payload as neutral object events, and a COS store built from
 * the execution role's temporary keys, which SCF puts in the function's environment. No cdktf here: this module is
 * bundled into functions.
 */
import { Writable } from 'stream';
import COS from 'cos-nodejs-sdk-v5';
import { metadataFromHeaders, metadataToHeaders } from './metadata-headers';
import { storageTimeouts, type StorageTimeouts } from './storage-timeouts';
import type { ObjectEvent, ObjectEventKind, ParsedObjectEvents, UnreadableRecord } from './events';
import { isRecord } from './is-record';
import { decodePercentSafely } from './key-encoding';
import { cappedRange, ObjectNotFoundError, ObjectTooLargeError, sizeFromContentRange, type GetOptions, type ObjectHead, type ObjectStore, type PutOptions } from './storage';

export type { StorageTimeouts };
export { storageTimeouts };

/** COS object keys are at most 850 bytes. */
export const COS_MAX_KEY_BYTES = 850;
/** COS accepts at most 2 KB of user metadata (`x-cos-meta-*` headers) per object. */
export const COS_MAX_METADATA_BYTES = 2048;

/** Environment variable that replaces COS's regional domain (tests, local runs): `host:port`, plain HTTP. */
export const COS_ENDPOINT_ENV = 'COS_ENDPOINT';

/**
 * The SCF invocation context, as SCF's documentation names its fields ("Basic Concepts", function input parameters:
 * `memory_limit_in_mb`, `time_limit_in_ms`, `request_id`, ..., https://cloud.tencent.com/document/product/583/9210).
 */
export interface ScfContext {
  readonly request_id?: string;
  /** The function's timeout in milliseconds: the storage timeouts are derived from it. */
  readonly time_limit_in_ms?: number;
  /** The function's memory in MB. */
  readonly memory_limit_in_mb?: number;
  readonly function_name?: string;
  readonly namespace?: string;
  readonly tencentcloud_region?: string;
  readonly tencentcloud_appid?: string;
}

/** An SCF handler: SCF passes the event and the context, and awaits the result (no callback). */
export type ScfHandler<R = unknown> = (event: unknown, context?: ScfContext) => Promise<R>;

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
 * percent-decoded. A handler uses the first one that names an object, so a key with a literal `%25` is not lost.
 */
export function cosEventKeys(object: Record<string, unknown>, appid: string, bucketName: string): string[] {
  const raw = typeof object.key === 'string' ? cosObjectKey(object.key, appid, bucketName) : undefined;
  const fromUrl = typeof object.url === 'string' ? cosUrlKey(object.url) : undefined;
  const keys = [fromUrl, raw, raw === undefined ? undefined : decodePercentSafely(raw)].filter((k): k is string => k !== undefined && k !== '');
  return [...new Set(keys)];
}

export type { UnreadableRecord } from './events';

/** A COS trigger payload read into object events. */
export type ParsedCosEvent = ParsedObjectEvents;

/**
 * Reads a COS trigger payload (an object, or its JSON as a string or Buffer) into object events, one per record;
 * records without bucket or key are reported in `unreadable`, not thrown. A payload without `Records` throws
 * {@link CosEventError}.
 */
export function parseCosEvent(event: unknown): ParsedCosEvent {
  const payload = typeof event === 'string' || Buffer.isBuffer(event) ? safeJson(event.toString()) : event;
  if (!isRecord(payload) || !Array.isArray(payload.Records)) throw new CosEventError('event has no "Records" array: not a COS trigger event');
  const events: ObjectEvent[] = [];
  const unreadable: UnreadableRecord[] = [];
  payload.Records.forEach((record: unknown, index: number) => {
    const cos = isRecord(record) && isRecord(record.cos) ? record.cos : undefined;
    const bucket = isRecord(cos?.cosBucket) ? cos.cosBucket : undefined;
    const object = isRecord(cos?.cosObject) ? cos.cosObject : undefined;
    const detail = isRecord(record) && isRecord(record.event) ? record.event : undefined;
    const eventName = detail?.eventName;
    const appid = bucket?.appid === undefined ? undefined : String(bucket.appid);
    if (typeof eventName !== 'string' || typeof bucket?.name !== 'string' || appid === undefined || typeof object?.key !== 'string') {
      unreadable.push({ index, problem: 'missing event.eventName, cos.cosBucket.name/appid or cos.cosObject.key' });
      return;
    }
    const [key, ...alternativeKeys] = cosEventKeys(object, appid, bucket.name);
    const etag = cosEtag(object);
    const time = eventTime(detail?.eventTime);
    events.push({
      bucket: `${bucket.name}-${appid}`,
      key: key ?? '',
      ...(alternativeKeys.length > 0 ? { alternativeKeys } : {}),
      eventKind: cosEventKind(eventName),
      ...(typeof object.size === 'number' ? { size: object.size } : {}),
      ...(etag === undefined ? {} : { etag }),
      ...(time === undefined ? {} : { time }),
      eventName,
    });
  });
  return { events, unreadable };
}

/**
 * The ETag, when the record's `meta` (the object's headers) carries one; the documented sample has only
 * `x-cos-request-id` and `Content-Type`, so it is often absent. Quotes removed.
 */
function cosEtag(object: Record<string, unknown>): string | undefined {
  const meta = isRecord(object.meta) ? object.meta : {};
  const value = Object.entries(meta).find(([name]) => name.toLowerCase() === 'etag')?.[1];
  return typeof value === 'string' && value !== '' ? value.replace(/^"|"$/g, '') : undefined;
}

/** `event.eventTime` is Unix seconds in the documented payload; ISO 8601 out. */
function eventTime(value: unknown): string | undefined {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
  return seconds === undefined || !Number.isFinite(seconds) ? undefined : new Date(seconds * 1000).toISOString();
}

const META_HEADER_PREFIX = 'x-cos-meta-';

/** Where and as whom a {@link CosObjectStore} connects. */
export interface CosObjectStoreOptions {
  readonly region: string;
  readonly secretId: string;
  readonly secretKey: string;
  /** The temporary keys' token. @default none (permanent keys) */
  readonly sessionToken?: string;
  /** `host:port` instead of COS's regional domain, plain HTTP (tests, local runs). @default COS's domain */
  readonly endpoint?: string;
  /** @default storageTimeouts(undefined): a 300 s function's */
  readonly timeouts?: StorageTimeouts;
}

/** {@link ObjectStore} on `cos-nodejs-sdk-v5`. User metadata travels as `x-cos-meta-*` headers, percent-encoded. */
export class CosObjectStore implements ObjectStore {
  private readonly cos: COS;
  private readonly timeouts: StorageTimeouts;

  constructor(private readonly options: CosObjectStoreOptions) {
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

/**
 * The store of a running function: the execution role's temporary keys and the function's region, as SCF sets them
 * (`TENCENTCLOUD_SECRETID`, `TENCENTCLOUD_SECRETKEY`, `TENCENTCLOUD_SESSIONTOKEN`, `TENCENTCLOUD_REGION`); pass the
 * context's `time_limit_in_ms` so a hung request ends before the function does.
 */
export function cosStoreFromEnvironment(env: NodeJS.ProcessEnv = process.env, timeouts?: StorageTimeouts): ObjectStore {
  const secretId = env.TENCENTCLOUD_SECRETID;
  const secretKey = env.TENCENTCLOUD_SECRETKEY;
  const region = env.TENCENTCLOUD_REGION;
  if (!secretId || !secretKey || !region) {
    throw new Error('TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY and TENCENTCLOUD_REGION are not set: give the function an execution role.');
  }
  return new CosObjectStore({ region, secretId, secretKey, sessionToken: env.TENCENTCLOUD_SESSIONTOKEN, endpoint: env[COS_ENDPOINT_ENV] || undefined, ...(timeouts ? { timeouts } : {}) });
}

/** The store for one invocation: {@link cosStoreFromEnvironment} with timeouts from the context's time limit. */
export function cosStoreForInvocation(context: ScfContext | undefined, env: NodeJS.ProcessEnv = process.env): ObjectStore {
  return cosStoreFromEnvironment(env, storageTimeouts(context?.time_limit_in_ms));
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
