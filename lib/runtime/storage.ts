/**
 * The storage seam: what the handler path needs from an object store, and an in-memory store for tests and
 * local runs. Each cloud adapter implements {@link ObjectStore} on its own SDK.
 */

/** What `head` returns for an existing object. */
export interface ObjectHead {
  /** User metadata, keys lower-case and without the cloud's header prefix (`x-oss-meta-`, `x-cos-meta-`, …). */
  readonly metadata: Record<string, string>;
}

export interface PutOptions {
  readonly contentType: string;
  /** User metadata; implementations must round-trip any Unicode value (header-backed stores percent-encode). */
  readonly metadata: Record<string, string>;
}

/** How much of an object `get` may hold in memory. */
export interface GetOptions {
  /**
   * Largest body accepted, in bytes: the store asks for at most one byte more (a ranged read) and stops reading past
   * it, so an object that grew after its event cannot exhaust the function's memory; a larger object rejects with
   * {@link ObjectTooLargeError}.
   */
  readonly maxBytes: number;
}

export interface ObjectStore {
  /**
   * The object's bytes, at most `maxBytes`; rejects with {@link ObjectNotFoundError} when there is no such object
   * and {@link ObjectTooLargeError} when it holds more.
   */
  get(bucket: string, key: string, options: GetOptions): Promise<Buffer>;
  /** The object's metadata, or undefined when there is no such object. */
  head(bucket: string, key: string): Promise<ObjectHead | undefined>;
  put(bucket: string, key: string, body: Buffer, options: PutOptions): Promise<void>;
}

/** The object does not exist (deleted since the event, or never completed). Adapters map their 404 to this. */
export class ObjectNotFoundError extends Error {
  constructor(
    readonly bucket: string,
    readonly key: string,
    options?: { cause?: unknown },
  ) {
    super(`no object '${key}' in bucket '${bucket}'`, options);
    this.name = 'ObjectNotFoundError';
  }
}

/** The object holds more than `get` may read; `size` is its full size when the store said it. */
export class ObjectTooLargeError extends Error {
  constructor(
    readonly bucket: string,
    readonly key: string,
    readonly maxBytes: number,
    readonly size?: number,
  ) {
    super(`object '${key}' in bucket '${bucket}' is ${size === undefined ? 'larger than' : `${size} bytes, over`} maxInputBytes (${maxBytes})`);
    this.name = 'ObjectTooLargeError';
  }
}

/**
 * The object's total size from a ranged response's `Content-Range: bytes 0-N/TOTAL` header, if it has one.
 * Shared by the stores, which all send `Range: bytes=0-<maxBytes>`.
 */
export function sizeFromContentRange(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /\/(\d+)\s*$/.exec(value) : null;
  return match ? Number(match[1]) : undefined;
}

/** The `Range` header value that asks for at most one byte more than `maxBytes`. */
export function cappedRange(maxBytes: number): string {
  return `bytes=0-${maxBytes}`;
}

/**
 * Reads a body stream into one Buffer, failing with {@link ObjectTooLargeError} (and destroying the stream, which
 * ends the download) as soon as more than `maxBytes` arrived: a store that ignores the range cannot make the
 * function hold more.
 */
export function readCapped(
  stream: NodeJS.ReadableStream & { destroy?(error?: Error): unknown },
  bucket: string,
  key: string,
  maxBytes: number,
  size?: number,
  /** Fails the read when no byte arrives for this long (a body that stalls after its headers). */
  idleMs?: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => {
      if (idleMs === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        finish(Object.assign(new Error(`no data for ${idleMs} ms while reading the body`), { code: 'ETIMEDOUT' }));
        stream.on('error', () => undefined);
        stream.destroy?.();
      }, idleMs);
    };
    const finish = (err: unknown, body?: Buffer): void => {
      clearTimeout(timer);
      if (done) return;
      done = true;
      if (err) reject(err);
      else resolve(body!);
    };
    arm();
    stream.on('data', (chunk: Buffer | string) => {
      arm();
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      length += buffer.length;
      if (length > maxBytes) {
        finish(new ObjectTooLargeError(bucket, key, maxBytes, size));
        stream.removeAllListeners('data');
        stream.on('error', () => undefined);
        stream.destroy?.();
        return;
      }
      chunks.push(buffer);
    });
    stream.on('error', (err) => finish(err));
    stream.on('end', () => finish(undefined, Buffer.concat(chunks, length)));
  });
}

/** A stored object, as {@link InMemoryObjectStore} keeps it. */
export interface StoredObject {
  readonly body: Buffer;
  readonly contentType: string;
  readonly metadata: Record<string, string>;
}

/** An {@link ObjectStore} in a Map: for tests and local runs. Stores copies, so callers cannot mutate its content. */
export class InMemoryObjectStore implements ObjectStore {
  private readonly objects = new Map<string, StoredObject>();

  async get(bucket: string, key: string, options: GetOptions): Promise<Buffer> {
    const object = this.objects.get(InMemoryObjectStore.id(bucket, key));
    if (object === undefined) throw new ObjectNotFoundError(bucket, key);
    if (object.body.length > options.maxBytes) throw new ObjectTooLargeError(bucket, key, options.maxBytes, object.body.length);
    return Buffer.from(object.body);
  }

  async head(bucket: string, key: string): Promise<ObjectHead | undefined> {
    const object = this.objects.get(InMemoryObjectStore.id(bucket, key));
    return object === undefined ? undefined : { metadata: { ...object.metadata } };
  }

  async put(bucket: string, key: string, body: Buffer, options: PutOptions): Promise<void> {
    this.objects.set(InMemoryObjectStore.id(bucket, key), {
      body: Buffer.from(body),
      contentType: options.contentType,
      metadata: { ...options.metadata },
    });
  }

  /** The stored object, or undefined. */
  object(bucket: string, key: string): StoredObject | undefined {
    return this.objects.get(InMemoryObjectStore.id(bucket, key));
  }

  /** Keys stored in `bucket`, sorted. */
  keys(bucket: string): string[] {
    const prefix = InMemoryObjectStore.id(bucket, '');
    return [...this.objects.keys()]
      .filter((id) => id.startsWith(prefix))
      .map((id) => id.slice(prefix.length))
      .sort();
  }

  /** Bucket names cannot contain '/', so "bucket/key" is unambiguous. */
  private static id(bucket: string, key: string): string {
    return `${bucket}/${key}`;
  }
}

/** Which store call failed. */
export type StorageOperation = 'get' | 'head' | 'put';

/**
 * A store call failed for a reason other than a missing source object (network, throttling, a hung store, …).
 * `retryable` is false for a deterministic refusal (a 4xx the same request gets every time, such as a metadata or key
 * limit); the handler reports those without failing the invocation, and rethrows the others so the platform retries.
 */
export class StorageError extends Error {
  readonly retryable: boolean;
  /** HTTP status and the store's error code and request id, when the store answered. */
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string;

  constructor(
    readonly operation: StorageOperation,
    readonly bucket: string,
    readonly key: string,
    cause: unknown,
  ) {
    const details = storageErrorDetails(cause);
    super(`${operation} '${key}' in bucket '${bucket}' failed: ${describeCause(cause)}`, { cause });
    this.name = 'StorageError';
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
    this.retryable = isRetryable(details);
  }
}

/**
 * Error codes that arrive with a 4xx status although a later attempt can succeed: clock skew, expired temporary
 * credentials, throttling, a request the store timed out, a concurrent change.
 */
const TRANSIENT_CODES = new Set([
  'RequestTimeout', 'RequestTimeTooSkewed', 'ExpiredToken', 'InvalidToken', 'SecurityTokenExpired', 'TokenRefreshRequired',
  'SlowDown', 'Throttling', 'ThrottlingException', 'TooManyRequests', 'RequestLimitExceeded', 'OperationAborted',
  'InvalidSecurityToken', 'AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch',
]);

/** 408 (timeout), 409 (conflict) and 429 (throttled) may pass; 403 may be a role grant still propagating. */
const TRANSIENT_STATUSES = new Set([401, 403, 408, 409, 429]);

function isRetryable({ status, code }: { status?: number; code?: string }): boolean {
  if (status === undefined || status < 400 || status >= 500) return true;
  if (code !== undefined && TRANSIENT_CODES.has(code)) return true;
  return TRANSIENT_STATUSES.has(status);
}

/** Status, code and request id from the error objects of ali-oss, cos-nodejs-sdk-v5 and ibm-cos-sdk. */
function storageErrorDetails(cause: unknown): { status?: number; code?: string; requestId?: string } {
  if (typeof cause !== 'object' || cause === null) return {};
  const e = cause as Record<string, unknown>;
  const status = [e.status, e.statusCode].find((v): v is number => typeof v === 'number' && v >= 100);
  const nested = typeof e.error === 'object' && e.error !== null ? (e.error as Record<string, unknown>) : {};
  const code = [e.code, nested.Code].find((v): v is string => typeof v === 'string' && v !== '' && !/^\d+$/.test(v));
  const headers = typeof e.headers === 'object' && e.headers !== null ? (e.headers as Record<string, unknown>) : {};
  const requestId = [e.requestId, nested.RequestId, headers['x-oss-request-id'], headers['x-cos-request-id'], headers['x-amz-request-id']].find(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  return { status, code, requestId };
}

/**
 * A readable message for any thrown value: cos-nodejs-sdk-v5 rejects with plain objects (`{error, message?, code}`),
 * which `String()` turns into `[object Object]`.
 */
export function describeCause(cause: unknown): string {
  if (cause instanceof Error) return cause.message || cause.name;
  if (typeof cause === 'object' && cause !== null) {
    const e = cause as Record<string, unknown>;
    const inner = e.error instanceof Error ? e.error.message : typeof e.error === 'object' && e.error !== null ? (e.error as Record<string, unknown>).Message : e.error;
    const parts = [e.message, inner, e.code, e.statusCode].filter((v) => (typeof v === 'string' && v !== '') || typeof v === 'number');
    if (parts.length > 0) return [...new Set(parts.map(String))].join(' ');
    try {
      return JSON.stringify(cause);
    } catch {
      return Object.prototype.toString.call(cause);
    }
  }
  return String(cause);
}
