/**
 * Adapter harnesses: one way per entry point to seed a bucket, deliver an object event the way that cloud does, and
 * read the bucket back. A harness is an entry point ({@link Entry}: the cloud's handler, fed the cloud's payload)
 * over a store ({@link HarnessStore}: in memory, or a local server the real SDK talks to). The corpus
 * (`corpus.test.ts`) runs every case through every harness listed in {@link HARNESSES}; a new cloud adapter joins
 * it by adding its entry point and the harnesses here.
 */
import { createAlicloudHandler } from '../../functions/resize/src/adapters/alicloud';
import { createCloudFunctionsMain } from '../../functions/resize/src/adapters/ibm-cloud-functions';
import { createCodeEngineHandler } from '../../functions/resize/src/adapters/ibm-code-engine';
import { createTencentcloudHandler } from '../../functions/resize/src/adapters/tencentcloud';
import { OSS_ENDPOINT_ENV, OSS_MAX_KEY_BYTES, ossStoreFromContext } from '../../lib/runtime/alicloud';
import { IBM_COS_MAX_KEY_BYTES, IbmCosObjectStore } from '../../lib/runtime/ibm';
import { COS_MAX_KEY_BYTES, CosObjectStore } from '../../lib/runtime/tencentcloud';
import { RESIZE_CONFIG_ENV, type ResizeConfig } from '../../functions/resize/src/config';
import { DEFAULT_MAX_KEY_BYTES } from '../../functions/resize/src/keys';
import { metadataFromHeaders } from '../../lib/runtime/metadata-headers';
import { processObject, type ProcessResult } from '../../functions/resize/src/process-object';
import {
  InMemoryObjectStore,
  type GetOptions,
  type ObjectHead,
  type ObjectStore,
  type PutOptions,
  type StorageOperation,
} from '../../lib/runtime/storage';
import { ceCosBody, ceHeaders, owCosParams, type IbmCosOperation } from '../ibm/fake-cos';
import { cosEvent, cosEventKey } from './cos-event';
import { FakeOss, type StoreFlavour } from './fake-oss';
import { IBM_COS_HMAC, IbmCosServer } from './ibm-cos-server';
import type { StoreMethod } from './misbehaviour';
import { FC_CONTEXT, ossEvent, ossEventKey } from './oss-event';

/**
 * The bucket every corpus case seeds and reads (the local OSS and COS look-alikes serve one bucket per endpoint).
 * Shaped like a COS bucket (`<name>-<appid>`), which every other store accepts as a name too.
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

/** What a harness needs of its store besides what the entry point does with it. */
interface HarnessStore {
  /** Puts an object as another client uploaded it. */
  seed(key: string, body: Buffer, metadata: Record<string, string>): Promise<void>;
  objects(): Promise<ReadonlyMap<string, StoredObject>>;
  failNext(operation: StorageOperation): void;
  stop(): Promise<void>;
}

type Log = (entry: Record<string, unknown>) => void;

/** An entry point, configured: delivers one event the way its cloud does and returns the per-event results. */
type Entry = (config: ResizeConfig, log: Log) => (event: HarnessEvent) => Promise<readonly ProcessResult[]>;

/** A harness: `entry` over the store `open` starts, both fresh for each configuration. */
function harness<S extends HarnessStore>(name: string, maxKeyBytes: number, open: () => Promise<S>, entry: (store: S) => Entry): AdapterHarness {
  return {
    name,
    maxKeyBytes,
    async start(config) {
      const store = await open();
      const logs: Record<string, unknown>[] = [];
      const deliver = entry(store)(config, (line) => logs.push({ ...line }));
      return {
        seed: (key, body, metadata = {}) => store.seed(key, body, metadata),
        async invoke(event) {
          logs.length = 0;
          try {
            return { results: await deliver(event), logs: [...logs] };
          } catch (error) {
            return { error, logs: [...logs] };
          }
        },
        objects: () => store.objects(),
        failNext: (operation) => store.failNext(operation),
        close: () => store.stop(),
      };
    },
  };
}

/** An in-memory store whose next call of a chosen kind rejects (a transient failure). */
class FlakyMemoryStore implements ObjectStore, HarnessStore {
  private readonly inner = new InMemoryObjectStore();
  private readonly failures: StorageOperation[] = [];

  seed(key: string, body: Buffer, metadata: Record<string, string>): Promise<void> {
    return this.inner.put(CORPUS_BUCKET, key, body, { contentType: 'application/octet-stream', metadata });
  }

  async objects(): Promise<ReadonlyMap<string, StoredObject>> {
    return new Map(this.inner.keys(CORPUS_BUCKET).map((key) => [key, this.inner.object(CORPUS_BUCKET, key)!]));
  }

  failNext(operation: StorageOperation): void {
    this.failures.push(operation);
  }

  async stop(): Promise<void> {}

  get(bucket: string, key: string, options: GetOptions): Promise<Buffer> {
    return this.maybeFail('get', () => this.inner.get(bucket, key, options));
  }

  head(bucket: string, key: string): Promise<ObjectHead | undefined> {
    return this.maybeFail('head', () => this.inner.head(bucket, key));
  }

  put(bucket: string, key: string, body: Buffer, options: PutOptions): Promise<void> {
    return this.maybeFail('put', () => this.inner.put(bucket, key, body, options));
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

const openMemory = async () => new FlakyMemoryStore();

const METHODS: Record<StorageOperation, StoreMethod> = { get: 'GET', head: 'HEAD', put: 'PUT' };

/** Metadata as a client sends it in headers (percent-encoded values), and back. */
function metadataHeaders(metadata: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata).map(([name, value]) => [prefix + name, encodeURIComponent(value)]));
}

/**
 * An OSS or COS look-alike as a harness store. An outage fails as many attempts of an operation as the SDK makes
 * (`attempts`), so it reaches the function.
 */
async function openLookAlike(flavour: StoreFlavour, securityToken: string, attempts: (operation: StorageOperation) => number) {
  const fake = new FakeOss({ flavour, securityToken });
  const endpoint = await fake.start();
  const prefix = flavour === 'oss' ? 'x-oss-meta-' : 'x-cos-meta-';
  return {
    endpoint,
    async seed(key: string, body: Buffer, metadata: Record<string, string>) {
      fake.objects.set(key, { body, headers: { 'content-type': 'application/octet-stream', ...metadataHeaders(metadata, prefix) } });
    },
    async objects() {
      return new Map([...fake.objects].map(([key, { body, headers }]) => [key, { body, contentType: headers['content-type'], metadata: metadataFromHeaders(headers, prefix) }]));
    },
    failNext(operation: StorageOperation) {
      for (let i = 0; i < attempts(operation); i++) fake.failNext(METHODS[operation]);
    },
    stop: () => fake.stop(),
  };
}

/** s3rver behind the IBM COS proxy, holding {@link CORPUS_BUCKET}, as a harness store. */
async function openIbmCos() {
  const cos = new IbmCosServer([CORPUS_BUCKET]);
  const endpoint = await cos.start();
  return {
    endpoint,
    seed: (key: string, body: Buffer, metadata: Record<string, string>) => cos.seed(CORPUS_BUCKET, key, body, { headers: metadataHeaders(metadata, '') }),
    async objects() {
      const objects = new Map<string, StoredObject>();
      for (const key of await cos.keys(CORPUS_BUCKET)) {
        const { body, contentType, headers } = (await cos.object(CORPUS_BUCKET, key))!;
        objects.set(key, { body, contentType, metadata: metadataFromHeaders(headers, '') });
      }
      return objects;
    },
    // ibm-cos-sdk retries a 5xx once (its retries follow the 300 s default budget): an outage fails both attempts.
    failNext(operation: StorageOperation) {
      for (let i = 0; i < 2; i++) cos.failNext(METHODS[operation]);
    },
    stop: () => cos.stop(),
  };
}

/** The OSS notification payload (a Buffer, as Function Compute passes it) for one event. */
export function ossPayload(event: HarnessEvent): Buffer {
  const eventName = event.kind === 'created' ? 'ObjectCreated:PutObject' : 'ObjectRemoved:DeleteObject';
  return ossEvent([eventName, ossEventKey(event.key), { bucket: event.bucket, size: event.size ?? null }]);
}

/** The COS trigger payload (Tencent Cloud's documented shape): bucket `<name>-<appid>`, key `/<appid>/<name>/<URL-encoded key>`. */
export function cosPayload(event: HarnessEvent): object {
  const eventName = event.kind === 'created' ? 'cos:ObjectCreated:Put' : 'cos:ObjectRemove:Delete';
  return cosEvent(cosEventKey(event.key), { bucket: event.bucket, eventName, size: event.size ?? null });
}

/** The IBM COS operation of an event (the notification carries the key as it is). */
function ibmCosOperation(event: HarnessEvent): IbmCosOperation {
  return event.kind === 'created' ? 'Object:Write' : 'Object:Delete';
}

/** The cloud-neutral handler path: `processObject` called directly. */
const coreEntry = (store: ObjectStore): Entry => (config, log) => async (event) => [
  await processObject(
    { bucket: event.bucket, key: event.key, eventKind: event.kind, ...(event.size === undefined ? {} : { size: event.size }) },
    { config, store, log, maxKeyBytes: DEFAULT_MAX_KEY_BYTES },
  ),
];

/** Function Compute: the OSS notification as a Buffer, with the function's context. */
const fcEntry = (storeFactory: Parameters<typeof createAlicloudHandler>[0]): Entry => (config, log) => {
  const handler = createAlicloudHandler(storeFactory, { config, log });
  return async (event) => (await handler(ossPayload(event), FC_CONTEXT)).results;
};

/** SCF: the COS trigger's Records, with the invocation context (its time limit sets the store's timeouts). */
const scfEntry = (storeFactory: Parameters<typeof createTencentcloudHandler>[0]): Entry => (config, log) => {
  const handler = createTencentcloudHandler(storeFactory, { config, log });
  return async (event) => (await handler(cosPayload(event), { request_id: 'corpus-request', time_limit_in_ms: 60_000 })).results;
};

/**
 * The Code Engine app's handler: a CloudEvent in binary mode, whose `ce-subject` is the percent-encoded key. An
 * HTTP 5xx is what makes Code Engine redeliver: it is the invocation's error.
 */
const codeEngineEntry = (store: ObjectStore): Entry => (config, log) => {
  const handler = createCodeEngineHandler(() => store, { config, log });
  return async (event) => {
    const headers = ceHeaders(event.bucket, encodeURIComponent(event.key), event.kind === 'created' ? 'write' : 'delete');
    const response = await handler(headers, JSON.stringify(ceCosBody(event.bucket, event.key, ibmCosOperation(event), event.size ?? null)));
    if (response.status >= 500) throw response;
    if (response.status !== 200 || response.body.result === undefined) throw new Error(`unexpected response ${JSON.stringify(response)}`);
    return [response.body.result];
  };
};

/** The Cloud Functions action's `main(params)`: RESIZE_CONFIG and the feed's notification arrive as parameters. */
const cloudFunctionsEntry = (store: ObjectStore): Entry => (config, log) => {
  const main = createCloudFunctionsMain(() => store, { log });
  return async (event) => (await main({ [RESIZE_CONFIG_ENV]: JSON.stringify(config), ...owCosParams(event.bucket, event.key, ibmCosOperation(event), event.size ?? null) })).results;
};

export const coreHarness = harness('core (processObject + InMemoryObjectStore)', DEFAULT_MAX_KEY_BYTES, openMemory, coreEntry);

/** The Function Compute entry (OSS event parsing, key decoding, multi-event handling) over an in-memory store. */
export const alicloudMemoryHarness = harness('alicloud FC handler + InMemoryObjectStore', OSS_MAX_KEY_BYTES, openMemory, (store) => fcEntry(() => store));

/** The Function Compute entry with its production store: the real ali-oss client against a local OSS look-alike. */
export const alicloudOssHarness = harness(
  'alicloud FC handler + ali-oss against a local OSS',
  OSS_MAX_KEY_BYTES,
  // ali-oss does not retry: one failed attempt reaches the function.
  () => openLookAlike('oss', FC_CONTEXT.credentials.securityToken ?? '', () => 1),
  ({ endpoint }) => fcEntry((context) => ossStoreFromContext(context, { [OSS_ENDPOINT_ENV]: endpoint })),
);

/** The SCF entry (COS Records, key decoding) over an in-memory store. */
export const tencentcloudMemoryHarness = harness('tencentcloud SCF handler + InMemoryObjectStore', COS_MAX_KEY_BYTES, openMemory, (store) => scfEntry(() => store));

/** The SCF entry with its production store: the real cos-nodejs-sdk-v5 against a local COS look-alike. */
export const tencentcloudCosHarness = harness(
  'tencentcloud SCF handler + cos-nodejs-sdk-v5 against a local COS',
  COS_MAX_KEY_BYTES,
  // The COS SDK retries a 5xx itself (4 attempts) except on downloads into a stream: an outage fails them all.
  () => openLookAlike('cos', 'TOKEN', (operation) => (operation === 'get' ? 1 : 4)),
  ({ endpoint }) =>
    scfEntry((timeouts) => new CosObjectStore({ region: 'ap-chengdu', secretId: 'AKID', secretKey: 'KEY', sessionToken: 'TOKEN', endpoint: endpoint.replace(/^http:\/\//, ''), timeouts })),
);

/** The Code Engine app's handler (CloudEvents in binary mode) over an in-memory store. */
export const ibmCodeEngineHarness = harness('IBM Code Engine app handler + InMemoryObjectStore', IBM_COS_MAX_KEY_BYTES, openMemory, codeEngineEntry);

/** The Code Engine app's handler with its store: the real ibm-cos-sdk (HMAC, path-style) against s3rver behind the IBM COS proxy. */
export const ibmCodeEngineCosHarness = harness('IBM Code Engine app handler + ibm-cos-sdk against s3rver (IBM COS rules)', IBM_COS_MAX_KEY_BYTES, openIbmCos, ({ endpoint }) =>
  codeEngineEntry(new IbmCosObjectStore({ endpoint, auth: { kind: 'hmac', ...IBM_COS_HMAC } })),
);

/** The Cloud Functions action over an in-memory store. */
export const ibmCloudFunctionsHarness = harness('IBM Cloud Functions action + InMemoryObjectStore', IBM_COS_MAX_KEY_BYTES, openMemory, cloudFunctionsEntry);

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
