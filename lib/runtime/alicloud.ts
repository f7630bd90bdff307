/**
 * Alibaba Cloud for handler code: the OSS trigger payload Function Compute 3.0 passes, read as neutral
 * {@link ObjectEvent}s, and an {@link ObjectStore} on OSS built from the invocation's STS credentials.
 *
 * ```ts
 * import { alicloud } from 'evented-buckets/runtime';
 * export const handler = async (event: Buffer, context: alicloud.FcContext) => {
 *   const { events } = alicloud.parseOssEvent(event);
 *   const store = alicloud.ossStoreFromContext(context);
 *   // ...
 * };
 * ```
 */
import OSS from 'ali-oss';
import { metadataFromHeaders, metadataToHeaders } from './metadata-headers';
import { storageTimeouts, type StorageTimeouts } from './storage-timeouts';
import type { ObjectEvent, ObjectEventKind, ParsedObjectEvents, UnreadableRecord } from './events';
import { isRecord } from './is-record';
import { decodeEventKey } from './key-encoding';
import { cappedRange, ObjectNotFoundError, readCapped, sizeFromContentRange, type GetOptions, type ObjectHead, type ObjectStore, type PutOptions } from './storage';

/** Environment variable that replaces the regional internal endpoint (tests, local runs, a VPC endpoint). */
export const OSS_ENDPOINT_ENV = 'OSS_ENDPOINT';

/** OSS object keys are 1 to 1023 bytes of UTF-8. */
export const OSS_MAX_KEY_BYTES = 1023;
/** OSS accepts at most 8 KB of user metadata (`x-oss-meta-*` headers) per object. */
export const OSS_MAX_METADATA_BYTES = 8192;

/** STS credentials of the function's role, as FC puts them on the context. */
export interface FcCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken?: string;
}

/** The parts of the FC 3.0 context handlers read. */
export interface FcContext {
  readonly requestId?: string;
  /** Region of the function, e.g. `cn-shanghai`; OSS triggers only fire for buckets in the same region. */
  readonly region: string;
  readonly credentials: FcCredentials;
  /** The function's configuration; FC 3.0 gives its `timeout` in seconds. */
  readonly function?: { readonly name?: string; readonly timeout?: number };
}

/** The OSS event payload is malformed (not JSON, no `events` array). */
export class OssEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OssEventError';
  }
}

// Parts of a multipart upload also arrive as ObjectCreated events, before the object exists (or while an older
// version is still in place): they are not a finished object.
const INCOMPLETE_UPLOAD_EVENTS = new Set([
  'InitiateMultipartUpload',
  'InitialMultipartUpload', // spelling used by some Alibaba documentation
  'UploadPart',
  'UploadPartCopy',
]);

/** Maps an OSS event name (`ObjectCreated:PutObject`; an `oss:` prefix is tolerated) to a neutral kind. */
export function ossEventKind(eventName: string): ObjectEventKind {
  const [category, operation = ''] = eventName.replace(/^oss:/, '').split(':');
  if (category === 'ObjectCreated') return INCOMPLETE_UPLOAD_EVENTS.has(operation) ? 'other' : 'created';
  if (category === 'ObjectRemoved') return 'removed';
  return 'other';
}

export type { UnreadableRecord } from './events';

/** What {@link parseOssEvent} reads from one payload. */
export type ParsedOssEvent = ParsedObjectEvents;

/**
 * Reads an OSS trigger payload (a Buffer in FC; a string or object when invoked otherwise) into object events.
 * Throws {@link OssEventError} when the payload as a whole is not an OSS event.
 *
 * The key: Alibaba's samples pass `oss.object.key` to GetObject unchanged (the Function Compute OSS-trigger
 * tutorial's `evt['oss']['object']['key']`, and the Node.js sample's `ossEvent.oss.object.key`), and no page says it
 * is percent-encoded, while notification keys of other S3-like stores are (`+` for a space). So `key` is the
 * percent-decoded reading and, when it differs, the key as sent is `alternativeKeys[0]`: an object is found under
 * either, and a key without `%` or `+` (the common case) has one reading only.
 */
export function parseOssEvent(event: Buffer | string | object): ParsedOssEvent {
  let payload: unknown = event;
  if (Buffer.isBuffer(event) || typeof event === 'string') {
    try {
      payload = JSON.parse(event.toString());
    } catch (err) {
      throw new OssEventError(`event is not JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (!isRecord(payload) || !Array.isArray(payload.events)) {
    throw new OssEventError('event has no "events" array: not an OSS trigger event');
  }
  const events: ObjectEvent[] = [];
  const unreadable: UnreadableRecord[] = [];
  payload.events.forEach((record: unknown, index: number) => {
    const oss = isRecord(record) && isRecord(record.oss) ? record.oss : undefined;
    const bucket = isRecord(oss?.bucket) ? oss.bucket.name : undefined;
    const object = isRecord(oss?.object) ? oss.object : undefined;
    const eventName = isRecord(record) ? record.eventName : undefined;
    if (typeof eventName !== 'string' || typeof bucket !== 'string' || typeof object?.key !== 'string') {
      unreadable.push({ index, problem: 'missing eventName, oss.bucket.name or oss.object.key' });
      return;
    }
    const decoded = decodeEventKey(object.key);
    const time = isRecord(record) ? record.eventTime : undefined;
    events.push({
      bucket,
      key: decoded,
      ...(decoded === object.key ? {} : { alternativeKeys: [object.key] }),
      eventKind: ossEventKind(eventName),
      ...(typeof object.size === 'number' ? { size: object.size } : {}),
      ...(typeof object.eTag === 'string' && object.eTag !== '' ? { etag: object.eTag.replace(/^"|"$/g, '') } : {}),
      ...(typeof time === 'string' && time !== '' ? { time } : {}),
      eventName,
    });
  });
  return { events, unreadable };
}

/** How {@link AliOssObjectStore} reaches OSS. */
export interface AliOssStoreOptions {
  /** Region id without the `oss-` prefix, e.g. `cn-shanghai`. */
  readonly region: string;
  readonly credentials: FcCredentials;
  /** Overrides the regional internal endpoint; an IP host gets path-style requests (local test servers). */
  readonly endpoint?: string;
  /** @default derived from a 60 s function timeout */
  readonly timeouts?: StorageTimeouts;
}

const META_HEADER_PREFIX = 'x-oss-meta-';

/** {@link ObjectStore} on `ali-oss`, one client per bucket. User metadata travels as `x-oss-meta-*` headers. */
export class AliOssObjectStore implements ObjectStore {
  private readonly clients = new Map<string, OSS>();

  constructor(private readonly options: AliOssStoreOptions) {}

  async get(bucket: string, key: string, { maxBytes }: GetOptions): Promise<Buffer> {
    try {
      // Streamed and ranged: never more than maxBytes + 1 bytes are asked for or held.
      const { stream, res } = await this.client(bucket).getStream(key, { headers: { Range: cappedRange(maxBytes) }, timeout: this.timeouts.requestMs });
      const headers = res.headers as Record<string, unknown>;
      return await readCapped(stream, bucket, key, maxBytes, sizeFromContentRange(headers['content-range']), this.timeouts.requestMs);
    } catch (err) {
      if (isNoSuchKey(err)) throw new ObjectNotFoundError(bucket, key, { cause: err });
      throw err;
    }
  }

  async head(bucket: string, key: string): Promise<ObjectHead | undefined> {
    try {
      const { res } = await this.client(bucket).head(key, { timeout: this.timeouts.requestMs });
      return { metadata: metadataFromHeaders(res.headers as Record<string, unknown>, META_HEADER_PREFIX) };
    } catch (err) {
      if (isNoSuchKey(err)) return undefined;
      throw err;
    }
  }

  async put(bucket: string, key: string, body: Buffer, options: PutOptions): Promise<void> {
    await this.client(bucket).put(key, body, {
      mime: options.contentType,
      headers: metadataToHeaders(options.metadata, META_HEADER_PREFIX),
      timeout: this.timeouts.requestMs,
    });
  }

  private get timeouts(): StorageTimeouts {
    return this.options.timeouts ?? storageTimeouts(60_000);
  }

  private client(bucket: string): OSS {
    let client = this.clients.get(bucket);
    if (client === undefined) {
      const { accessKeyId, accessKeySecret, securityToken } = this.options.credentials;
      client = new OSS({
        accessKeyId,
        accessKeySecret,
        stsToken: securityToken,
        // FC keeps the context's credentials valid for the invocation; returning them also keeps ali-oss
        // from warning, on every client, that no refresh function was given.
        ...(securityToken === undefined
          ? {}
          : { refreshSTSToken: async () => ({ accessKeyId, accessKeySecret, stsToken: securityToken }) }),
        bucket,
        region: `oss-${this.options.region}`,
        secure: true,
        // Signature V4 (OSS4-HMAC-SHA256, scoped to the region): V1 is being retired for new accounts and buckets.
        authorizationV4: true,
        timeout: this.timeouts.requestMs,
        // ali-oss retries network errors and timeouts (not HTTP errors) this many times; not in @types/ali-oss.
        ...({ retryMax: this.timeouts.retries } as object),
        // The internal endpoint is free of traffic charges and reachable from FC in the bucket's region.
        ...(this.options.endpoint === undefined ? { internal: true } : { endpoint: this.options.endpoint }),
      });
      this.clients.set(bucket, client);
    }
    return client;
  }
}

/** 404 NoSuchKey (GET has an XML body with the code; HEAD has no body, so ali-oss reports status 404 only). */
function isNoSuchKey(err: unknown): boolean {
  if (!isRecord(err) || err.status !== 404) return false;
  return err.code === undefined || err.code === 'NoSuchKey';
}

/**
 * The store a handler uses: the context's STS credentials (the function's execution role), the function's region,
 * timeouts within the function's own timeout, and `OSS_ENDPOINT` if set.
 */
export function ossStoreFromContext(context: FcContext, env: NodeJS.ProcessEnv = process.env): ObjectStore {
  const endpoint = env[OSS_ENDPOINT_ENV];
  const timeoutSeconds = context.function?.timeout;
  return new AliOssObjectStore({
    region: context.region,
    credentials: context.credentials,
    timeouts: storageTimeouts(typeof timeoutSeconds === 'number' ? timeoutSeconds * 1000 : undefined),
    ...(endpoint === undefined || endpoint === '' ? {} : { endpoint }),
  });
}
