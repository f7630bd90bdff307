/**
 * Adapter harnesses: one way per entry point to seed a bucket, deliver an object event the way that cloud does, and
 * read the bucket back. The corpus (`corpus.test.ts`) runs every case through every harness listed in
 * {@link HARNESSES}; a new cloud adapter joins it by adding one harness here.
 */
import { createAlicloudHandler, aliOssStoreFromContext, OSS_ENDPOINT_ENV, OSS_MAX_KEY_BYTES } from '../../functions/resize/src/adapters/alicloud';
import { createCloudFunctionsMain } from '../../functions/resize/src/adapters/ibm-cloud-functions';
import { createCodeEngineHandler } from '../../functions/resize/src/adapters/ibm-code-engine';
import { IBM_COS_MAX_KEY_BYTES, IbmCosObjectStore } from '../../functions/resize/src/adapters/ibm-cos';
import { COS_MAX_KEY_BYTES, CosObjectStore, createTencentcloudHandler } from '../../functions/resize/src/adapters/tencentcloud';
import { RESIZE_CONFIG_ENV, type ResizeConfig } from '../../functions/resize/src/config';
import { decodePercentSafely } from '../../functions/resize/src/keys';
import { processObject, type ProcessResult } from '../../functions/resize/src/process-object';
import {
  InMemoryObjectStore,
  type GetOptions,
  type ObjectHead,
  type ObjectStore,
  type PutOptions,
  type StorageOperation,
} from '../../lib/runtime/storage';
import { ceCosBody, ceHeaders, FakeCos, owCosParams, type IbmCosOperation } from '../ibm/fake-cos';
import { cosEvent, cosEventKey } from './cos-event';
import { FakeOss } from './fake-oss';
import { FC_CONTEXT, ossEvent, ossEventKey } from './oss-event';

/**
 * The bucket every corpus case seeds and reads (the local OSS look-alike serves one bucket per endpoint). Shaped like
 * a COS bucket (`<name>-<appid>`), which every other store accepts as a name too.
 */
export const CORPUS_BUCKET = 'photos-1250000000';

/** A cloud-neutral description of the notification the platform would send. */
export interface HarnessEvent {
  readonly kind: 'created' | 'removed';
  readonly bucket: string;
  /** The object's real (decoded) key; each harness encodes it the way its cloud does. */
  readonly key: string;
  /** The size the event reports, if any. */
  readonly size?: number;
}

export interface StoredObject {
  readonly body: Buffer;
  readonly contentType?: string;
  readonly metadata: Readonly<Record<string, string>>;
}

/** What one invocation did: the per-event results, or the failure the platform would see (and retry). */
export interface Invocation {
  readonly results?: readonly ProcessResult[];
  /** Set when the platform would retry: the thrown error, or the failed HTTP response of an HTTP entry point. */
  readonly error?: unknown;
  readonly logs: readonly Record<string, unknown>[];
}

/** One running instance of an entry point with its store, for one configuration. */
export interface HarnessInstance {
  /** Puts an object in {@link CORPUS_BUCKET} (directly, not through the function). */
  seed(key: string, body: Buffer, metadata?: Record<string, string>): Promise<void>;
  invoke(event: HarnessEvent): Promise<Invocation>;
  /** Everything in {@link CORPUS_BUCKET}, read directly from the store. */
  objects(): Promise<ReadonlyMap<string, StoredObject>>;
  /** The next store call of this kind fails the way a transient outage does on this cloud. */
  failNext(operation: StorageOperation): void;
  close(): Promise<void>;
}

export interface AdapterHarness {
  readonly name: string;
  /** Longest key, in UTF-8 bytes, this cloud's store accepts. */
  readonly maxKeyBytes: number;
  start(config: ResizeConfig): Promise<HarnessInstance>;
}

/** An in-memory store whose next call of a chosen kind rejects (a transient failure). */
class FlakyMemoryStore implements ObjectStore {
  readonly inner = new InMemoryObjectStore();
  private readonly failures: StorageOperation[] = [];

  failNext(operation: StorageOperation): void {
    this.failures.push(operation);
  }

  get(bucket: string, key: string, options: GetOptions): Promise<Buffer> {
    return this.maybeFail('get', () => this.inner.get(bucket, key, options));
  }

  head(bucket: string, key: string): Promise<ObjectHead | undefined> {
    return this.maybeFail('head', () => this.inner.head(bucket, key));
  }

  put(bucket: string, key: string, body: Buffer, options: PutOptions): Promise<void> {
    return this.maybeFail('put', () => this.inner.put(bucket, key, body, options));
  }

  objects(): Map<string, StoredObject> {
    return new Map(this.inner.keys(CORPUS_BUCKET).map((key) => [key, this.inner.object(CORPUS_BUCKET, key)!]));
  }

  private async maybeFail<T>(operation: StorageOperation, call: () => Promise<T>): Promise<T> {
    const i = this.failures.indexOf(operation);
    if (i >= 0) {
      this.failures.splice(i, 1);
      throw Object.assign(new Error(`${operation}: connect ETIMEDOUT`), { code: 'ETIMEDOUT' });
    }
    return call();
  }
}

/** The cloud-neutral handler path, called directly with an in-memory store. */
export const coreHarness: AdapterHarness = {
  name: 'core (processObject + InMemoryObjectStore)',
  maxKeyBytes: 1023,
  async start(config) {
    const store = new FlakyMemoryStore();
    return {
      seed: (key, body, metadata = {}) => store.inner.put(CORPUS_BUCKET, key, body, { contentType: 'application/octet-stream', metadata }),
      async invoke(event) {
        const logs: Record<string, unknown>[] = [];
        try {
          const result = await processObject(
            { bucket: event.bucket, key: event.key, eventKind: event.kind, ...(event.size === undefined ? {} : { size: event.size }) },
            { config, store, log: (entry) => logs.push({ ...entry }), maxKeyBytes: coreHarness.maxKeyBytes },
          );
          return { results: [result], logs };
        } catch (error) {
          return { error, logs };
        }
      },
      objects: async () => store.objects(),
      failNext: (operation) => store.failNext(operation),
      close: async () => undefined,
    };
  },
};

/** The OSS notification payload (a Buffer, as Function Compute passes it) for one event. */
export function ossPayload(event: HarnessEvent): Buffer {
  const eventName = event.kind === 'created' ? 'ObjectCreated:PutObject' : 'ObjectRemoved:DeleteObject';
  return ossEvent([eventName, ossEventKey(event.key), { bucket: event.bucket, size: event.size ?? null }]);
}

async function invokeFc(handler: ReturnType<typeof createAlicloudHandler>, event: HarnessEvent, logs: Record<string, unknown>[]): Promise<Invocation> {
  try {
    const { results } = await handler(ossPayload(event), FC_CONTEXT);
    return { results, logs };
  } catch (error) {
    return { error, logs };
  }
}

/** The Function Compute entry (OSS event parsing, key decoding, multi-event handling) over an in-memory store. */
export const alicloudMemoryHarness: AdapterHarness = {
  name: 'alicloud FC handler + InMemoryObjectStore',
  maxKeyBytes: OSS_MAX_KEY_BYTES,
  async start(config) {
    const store = new FlakyMemoryStore();
    const logs: Record<string, unknown>[] = [];
    const handler = createAlicloudHandler(() => store, { config, log: (entry) => logs.push({ ...entry }) });
    return {
      seed: (key, body, metadata = {}) => store.inner.put(CORPUS_BUCKET, key, body, { contentType: 'application/octet-stream', metadata }),
      invoke: (event) => invokeFc(handler, event, (logs.length = 0, logs)),
      objects: async () => store.objects(),
      failNext: (operation) => store.failNext(operation),
      close: async () => undefined,
    };
  },
};

/** The Function Compute entry with its production store: the real ali-oss client against a local OSS look-alike. */
export const alicloudOssHarness: AdapterHarness = {
  name: 'alicloud FC handler + ali-oss against a local OSS',
  maxKeyBytes: OSS_MAX_KEY_BYTES,
  async start(config) {
    const oss = new FakeOss({ securityToken: FC_CONTEXT.credentials.securityToken });
    const endpoint = await oss.start();
    const logs: Record<string, unknown>[] = [];
    const handler = createAlicloudHandler((context) => aliOssStoreFromContext(context, { [OSS_ENDPOINT_ENV]: endpoint }), {
      config,
      log: (entry) => logs.push({ ...entry }),
    });
    const methods: Record<StorageOperation, 'GET' | 'HEAD' | 'PUT'> = { get: 'GET', head: 'HEAD', put: 'PUT' };
    return {
      async seed(key, body, metadata = {}) {
        const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
        for (const [name, value] of Object.entries(metadata)) headers[`x-oss-meta-${name}`] = encodeURIComponent(value);
        oss.objects.set(key, { body, headers });
      },
      invoke: (event) => invokeFc(handler, event, (logs.length = 0, logs)),
      async objects() {
        const objects = new Map<string, StoredObject>();
        for (const [key, { body, headers }] of oss.objects) {
          const metadata: Record<string, string> = {};
          for (const [name, value] of Object.entries(headers)) {
            if (name.startsWith('x-oss-meta-')) metadata[name.slice('x-oss-meta-'.length)] = decodePercentSafely(value);
          }
          objects.set(key, { body, contentType: headers['content-type'], metadata });
        }
        return objects;
      },
      failNext: (operation) => oss.failNext(methods[operation]),
      close: () => oss.stop(),
    };
  },
};

/** What a look-alike holds under `prefix` (`''`, or `<bucket>/` for path-style S3), as corpus objects. */
function fakeObjects(fake: FakeOss, prefix: string, metaPrefix: string): Map<string, StoredObject> {
  const objects = new Map<string, StoredObject>();
  for (const [path, { body, headers }] of fake.objects) {
    if (!path.startsWith(prefix)) continue;
    const metadata: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (name.startsWith(metaPrefix)) metadata[name.slice(metaPrefix.length)] = decodePercentSafely(value);
    }
    objects.set(path.slice(prefix.length), { body, contentType: headers['content-type'], metadata });
  }
  return objects;
}

/** Seeds a look-alike as a client would have uploaded the object (metadata percent-encoded in its headers). */
function seedFake(fake: FakeOss, path: string, body: Buffer, metadata: Record<string, string>, metaPrefix: string): void {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  for (const [name, value] of Object.entries(metadata)) headers[`${metaPrefix}${name}`] = encodeURIComponent(value);
  fake.objects.set(path, { body, headers });
}

const METHODS: Record<StorageOperation, 'GET' | 'HEAD' | 'PUT'> = { get: 'GET', head: 'HEAD', put: 'PUT' };

/** The COS trigger payload (Tencent Cloud's documented shape): bucket `<name>-<appid>`, key `/<appid>/<name>/<URL-encoded key>`. */
export function cosPayload(event: HarnessEvent): object {
  const eventName = event.kind === 'created' ? 'cos:ObjectCreated:Put' : 'cos:ObjectRemove:Delete';
  return cosEvent(cosEventKey(event.key), { bucket: event.bucket, eventName, size: event.size ?? null });
}

/** The SCF entry (COS Records, key decoding) over an in-memory store. */
export const tencentcloudMemoryHarness: AdapterHarness = {
  name: 'tencentcloud SCF handler + InMemoryObjectStore',
  // The SCF adapter does not pass a limit of its own, so the default applies.
  maxKeyBytes: COS_MAX_KEY_BYTES,
  async start(config) {
    const store = new FlakyMemoryStore();
    const logs: Record<string, unknown>[] = [];
    const handler = createTencentcloudHandler(() => store, { config, log: (entry) => logs.push({ ...entry }) });
    return {
      seed: (key, body, metadata = {}) => store.inner.put(CORPUS_BUCKET, key, body, { contentType: 'application/octet-stream', metadata }),
      async invoke(event) {
        logs.length = 0;
        try {
          const { results } = await handler(cosPayload(event), { request_id: 'corpus-request' });
          return { results, logs };
        } catch (error) {
          return { error, logs };
        }
      },
      objects: async () => store.objects(),
      failNext: (operation) => store.failNext(operation),
      close: async () => undefined,
    };
  },
};

/** The SCF entry with its production store: the real cos-nodejs-sdk-v5 against a local COS look-alike. */
export const tencentcloudCosHarness: AdapterHarness = {
  name: 'tencentcloud SCF handler + cos-nodejs-sdk-v5 against a local COS',
  maxKeyBytes: COS_MAX_KEY_BYTES,
  async start(config) {
    const cos = new FakeOss({ flavour: 'cos', securityToken: 'TOKEN' });
    const endpoint = (await cos.start()).replace(/^http:\/\//, '');
    const logs: Record<string, unknown>[] = [];
    const handler = createTencentcloudHandler(
      (timeouts) => new CosObjectStore({ region: 'ap-chengdu', secretId: 'AKID', secretKey: 'KEY', sessionToken: 'TOKEN', endpoint, timeouts }),
      { config, log: (entry) => logs.push({ ...entry }) },
    );
    return {
      seed: async (key, body, metadata = {}) => seedFake(cos, key, body, metadata, 'x-cos-meta-'),
      async invoke(event) {
        logs.length = 0;
        try {
          const { results } = await handler(cosPayload(event), { request_id: 'corpus-request', time_limit_in_ms: 60_000 });
          return { results, logs };
        } catch (error) {
          return { error, logs };
        }
      },
      objects: async () => fakeObjects(cos, '', 'x-cos-meta-'),
      // The COS SDK retries a 5xx itself (4 attempts) except on downloads into a stream: an outage fails them all.
      failNext: (operation) => {
        for (let i = 0; i < (operation === 'get' ? 1 : 4); i++) cos.failNext(METHODS[operation]);
      },
      close: () => cos.stop(),
    };
  },
};

/** The IBM COS operation of an event (the notification carries the key as it is). */
function ibmCosOperation(event: HarnessEvent): IbmCosOperation {
  return event.kind === 'created' ? 'Object:Write' : 'Object:Delete';
}

/** The Code Engine app's handler (CloudEvents in binary mode); an HTTP 5xx is what makes Code Engine redeliver. */
export const ibmCodeEngineHarness: AdapterHarness = {
  name: 'IBM Code Engine app handler + InMemoryObjectStore',
  maxKeyBytes: IBM_COS_MAX_KEY_BYTES,
  async start(config) {
    const store = new FlakyMemoryStore();
    const logs: Record<string, unknown>[] = [];
    const handler = createCodeEngineHandler(() => store, { config, log: (entry) => logs.push({ ...entry }) });
    return {
      seed: (key, body, metadata = {}) => store.inner.put(CORPUS_BUCKET, key, body, { contentType: 'application/octet-stream', metadata }),
      async invoke(event) {
        logs.length = 0;
        const headers = ceHeaders(event.bucket, event.key, event.kind === 'created' ? 'write' : 'delete');
        const response = await handler(headers, JSON.stringify(ceCosBody(event.bucket, event.key, ibmCosOperation(event), event.size ?? null)));
        if (response.status >= 500) return { error: response, logs };
        if (response.status !== 200 || response.body.result === undefined) throw new Error(`unexpected response ${JSON.stringify(response)}`);
        return { results: [response.body.result], logs };
      },
      objects: async () => store.objects(),
      failNext: (operation) => store.failNext(operation),
      close: async () => undefined,
    };
  },
};

/** The Code Engine app's handler with its store: the real ibm-cos-sdk (HMAC, path-style) against a local S3 look-alike. */
export const ibmCodeEngineCosHarness: AdapterHarness = {
  name: 'IBM Code Engine app handler + ibm-cos-sdk against a local COS (S3)',
  maxKeyBytes: IBM_COS_MAX_KEY_BYTES,
  async start(config) {
    const cos = new FakeCos();
    const endpoint = await cos.start();
    const logs: Record<string, unknown>[] = [];
    const store = new IbmCosObjectStore({ endpoint, auth: { kind: 'hmac', accessKeyId: 'AK', secretAccessKey: 'SK' } });
    const handler = createCodeEngineHandler(() => store, { config, log: (entry) => logs.push({ ...entry }) });
    const prefix = `${CORPUS_BUCKET}/`;
    return {
      seed: async (key, body, metadata = {}) => seedFake(cos, prefix + key, body, metadata, 'x-amz-meta-'),
      async invoke(event) {
        logs.length = 0;
        const headers = ceHeaders(event.bucket, encodeURIComponent(event.key), event.kind === 'created' ? 'write' : 'delete');
        const response = await handler(headers, JSON.stringify(ceCosBody(event.bucket, event.key, ibmCosOperation(event), event.size ?? null)));
        if (response.status >= 500) return { error: response, logs };
        if (response.status !== 200 || response.body.result === undefined) throw new Error(`unexpected response ${JSON.stringify(response)}`);
        return { results: [response.body.result], logs };
      },
      objects: async () => fakeObjects(cos, prefix, 'x-amz-meta-'),
      // ibm-cos-sdk retries a 5xx once (its retries follow the 300 s default budget): an outage fails both attempts.
      failNext: (operation) => {
        for (let i = 0; i < 2; i++) cos.failNext(METHODS[operation]);
      },
      close: () => cos.stop(),
    };
  },
};

/** The Cloud Functions action's `main(params)`: RESIZE_CONFIG and the feed's notification arrive as parameters. */
export const ibmCloudFunctionsHarness: AdapterHarness = {
  name: 'IBM Cloud Functions action + InMemoryObjectStore',
  maxKeyBytes: IBM_COS_MAX_KEY_BYTES,
  async start(config) {
    const store = new FlakyMemoryStore();
    const logs: Record<string, unknown>[] = [];
    const main = createCloudFunctionsMain(() => store, { log: (entry) => logs.push({ ...entry }) });
    return {
      seed: (key, body, metadata = {}) => store.inner.put(CORPUS_BUCKET, key, body, { contentType: 'application/octet-stream', metadata }),
      async invoke(event) {
        logs.length = 0;
        const feed = owCosParams(event.bucket, event.key, ibmCosOperation(event), event.size ?? null);
        try {
          const { results } = await main({ [RESIZE_CONFIG_ENV]: JSON.stringify(config), ...feed });
          return { results, logs };
        } catch (error) {
          return { error, logs };
        }
      },
      objects: async () => store.objects(),
      failNext: (operation) => store.failNext(operation),
      close: async () => undefined,
    };
  },
};

/** Every entry point the corpus runs through. Add a harness here when a cloud adapter is added. */
export const HARNESSES: readonly AdapterHarness[] = [
  coreHarness,
  alicloudMemoryHarness,
  alicloudOssHarness,
  tencentcloudMemoryHarness,
  tencentcloudCosHarness,
  ibmCodeEngineHarness,
  ibmCodeEngineCosHarness,
  ibmCloudFunctionsHarness,
];
