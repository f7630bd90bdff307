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

export interface ObjectStore {
  /** The object's bytes; rejects with {@link ObjectNotFoundError} when there is no such object. */
  get(bucket: string, key: string): Promise<Buffer>;
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

/** A stored object, as {@link InMemoryObjectStore} keeps it. */
export interface StoredObject {
  readonly body: Buffer;
  readonly contentType: string;
  readonly metadata: Record<string, string>;
}

/** An {@link ObjectStore} in a Map: for tests and local runs. Stores copies, so callers cannot mutate its content. */
export class InMemoryObjectStore implements ObjectStore {
  private readonly objects = new Map<string, StoredObject>();

  async get(bucket: string, key: string): Promise<Buffer> {
    const object = this.objects.get(InMemoryObjectStore.id(bucket, key));
    if (object === undefined) throw new ObjectNotFoundError(bucket, key);
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
 * A store call failed for a reason other than a missing source object (network, throttling, permissions, …).
 * Treated as transient: the handler rethrows it so the platform retries the invocation.
 */
export class StorageError extends Error {
  constructor(
    readonly operation: StorageOperation,
    readonly bucket: string,
    readonly key: string,
    cause: unknown,
  ) {
    super(`${operation} '${key}' in bucket '${bucket}' failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'StorageError';
  }
}
