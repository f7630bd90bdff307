/** Store wrappers for tests: record calls, fail chosen operations. */
import type { GetOptions, ObjectHead, ObjectStore, PutOptions, StorageOperation } from '../../lib/runtime/storage';

export class RecordingStore implements ObjectStore {
  readonly calls: string[] = [];

  constructor(
    private readonly inner: ObjectStore,
    /** Operations that reject with this error instead of reaching `inner`. */
    private readonly failures: Partial<Record<StorageOperation, Error>> = {},
  ) {}

  get(bucket: string, key: string, options: GetOptions): Promise<Buffer> {
    return this.call('get', bucket, key, () => this.inner.get(bucket, key, options));
  }

  head(bucket: string, key: string): Promise<ObjectHead | undefined> {
    return this.call('head', bucket, key, () => this.inner.head(bucket, key));
  }

  put(bucket: string, key: string, body: Buffer, options: PutOptions): Promise<void> {
    return this.call('put', bucket, key, () => this.inner.put(bucket, key, body, options));
  }

  private async call<T>(op: StorageOperation, bucket: string, key: string, run: () => Promise<T>): Promise<T> {
    this.calls.push(`${op} ${bucket}/${key}`);
    const failure = this.failures[op];
    if (failure !== undefined) throw failure;
    return run();
  }
}

/** `get` options that accept an object of any size. */
export const ANY_SIZE = { maxBytes: Number.MAX_SAFE_INTEGER } as const;
