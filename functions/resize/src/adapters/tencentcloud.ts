/**
 * Tencent Cloud entry point: SCF invoked by a COS trigger. Bundled as `index.js`, handler `index.main_handler`.
 * Turns the COS event's Records into cloud-neutral object events, gives the core a COS-backed store built from the
 * execution role's temporary keys, and leaves everything else to `process-object.ts`.
 */
import COS from 'cos-nodejs-sdk-v5';
import { isRecord } from '../is-record';
import { decodePercentSafely } from '../keys';
import { jsonLineLog } from '../log';
import type { ObjectEvent, ObjectEventKind, ProcessResult } from '../process-object';
import { ObjectNotFoundError, type ObjectHead, type ObjectStore, type PutOptions } from '../storage';
import { metadataFromHeaders, metadataToHeaders } from './metadata-headers';
import { lazyConfig, processEvents, type HandlerOptions } from './process-events';

/** COS object keys are at most 850 bytes. */
export const COS_MAX_KEY_BYTES = 850;

/** Environment variable that replaces COS's regional domain (tests, local runs): `host:port`, plain HTTP. */
export const COS_ENDPOINT_ENV = 'COS_ENDPOINT';

/** The SCF invocation context (only the request id is read). */
export interface ScfContext {
  readonly request_id?: string;
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
 * The object key inside the bucket: COS sends `/<appid>/<bucket name>/<key>`, URL-encoded (decoded defensively:
 * a literal `%` that is not an escape stays as it is).
 */
export function cosObjectKey(rawKey: string, appid: string, bucketName: string): string {
  const prefixes = [`/${appid}/${bucketName}/`, `/${appid}/${bucketName}-${appid}/`];
  const prefix = prefixes.find((p) => rawKey.startsWith(p));
  const key = prefix ? rawKey.slice(prefix.length) : rawKey.replace(/^\//, '');
  return decodePercentSafely(key);
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
    events.push({
      bucket: `${bucket.name}-${appid}`,
      key: cosObjectKey(object.key, appid, bucket.name),
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

  constructor(private readonly options: { region: string; secretId: string; secretKey: string; sessionToken?: string; endpoint?: string }) {
    this.cos = new COS({
      SecretId: options.secretId,
      SecretKey: options.secretKey,
      ...(options.sessionToken ? { SecurityToken: options.sessionToken } : {}),
      ...(options.endpoint ? { Domain: options.endpoint, Protocol: 'http:' } : {}),
    });
  }

  async get(bucket: string, key: string): Promise<Buffer> {
    try {
      const data = await this.cos.getObject({ Bucket: bucket, Region: this.options.region, Key: key });
      return Buffer.isBuffer(data.Body) ? data.Body : Buffer.from(data.Body as string);
    } catch (err) {
      if (isNotFound(err)) throw new ObjectNotFoundError(bucket, key, { cause: err });
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
export function cosStoreFromEnvironment(env: NodeJS.ProcessEnv = process.env): ObjectStore {
  const secretId = env.TENCENTCLOUD_SECRETID;
  const secretKey = env.TENCENTCLOUD_SECRETKEY;
  const region = env.TENCENTCLOUD_REGION;
  if (!secretId || !secretKey || !region) {
    throw new Error('TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY and TENCENTCLOUD_REGION are not set: give the function an execution role.');
  }
  return new CosObjectStore({ region, secretId, secretKey, sessionToken: env.TENCENTCLOUD_SESSIONTOKEN, endpoint: env[COS_ENDPOINT_ENV] || undefined });
}

export type TencentcloudHandlerOptions = HandlerOptions;

export type TencentcloudHandler = (event: unknown, context?: ScfContext) => Promise<{ results: readonly ProcessResult[] }>;

/** Builds the SCF handler; COS may deliver several Records in one event. */
export function createTencentcloudHandler(
  storeFactory: () => ObjectStore = () => cosStoreFromEnvironment(),
  options: TencentcloudHandlerOptions = {},
): TencentcloudHandler {
  const log = options.log ?? jsonLineLog;
  const loadConfig = lazyConfig(options);
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
    return { results: await processEvents(parsed.events, { config, store: storeFactory(), log, logContext, maxKeyBytes: COS_MAX_KEY_BYTES }) };
  };
}

/** The SCF entry, `index.main_handler` in the bundle. */
export const main_handler: TencentcloudHandler = createTencentcloudHandler();

function isNotFound(err: unknown): boolean {
  return isRecord(err) && (err.statusCode === 404 || err.code === 'NoSuchKey');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
