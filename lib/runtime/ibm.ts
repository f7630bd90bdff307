/**
 * IBM Cloud Object Storage for handler code on Code Engine (and the ended Cloud Functions): COS notifications as
 * neutral {@link ObjectEvent}s, the Code Engine deliveries that carry them (CloudEvents POSTs to an app, `CE_*`
 * variables of a job run), a small server that hands each delivery to a handler, and an {@link ObjectStore} on
 * `ibm-cos-sdk` authenticated by the component's trusted profile (its compute-resource token), an API key or HMAC keys.
 * No cdktf or constructs here: this is bundled into the code that runs in the cloud.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { S3 } from 'ibm-cos-sdk';
import { COS_ENDPOINT_ENV, FUNCTION_TIMEOUT_ENV, IBM_COS_MAX_KEY_BYTES, TRUSTED_PROFILE_ENV } from './ibm-contract';
import { metadataFromHeaders, metadataToHeaders } from './metadata-headers';
import { storageTimeouts, type StorageTimeouts } from './storage-timeouts';
import type { ObjectEvent, ObjectEventKind } from './events';
import { isRecord } from './is-record';
import { decodePercentSafely } from './key-encoding';
import { jsonLineLog, type LogSink } from './log';
import { cappedRange, ObjectNotFoundError, ObjectTooLargeError, readCapped, sizeFromContentRange, type GetOptions, type ObjectHead, type ObjectStore, type PutOptions } from './storage';

export { COS_ENDPOINT_ENV, FUNCTION_TIMEOUT_ENV, IBM_COS_MAX_KEY_BYTES, TRUSTED_PROFILE_ENV };
/** IBM COS, like S3, accepts at most 2 KB of user metadata (`x-amz-meta-*` headers) per object. */
export const IBM_COS_MAX_METADATA_BYTES = 2048;
/** Where Code Engine mounts the compute-resource token when `run_compute_resource_token_enabled` is true. */
export const CR_TOKEN_FILE = '/var/run/secrets/codeengine.cloud.ibm.com/compute-resource-token/token';
/** Overrides the token file (local runs, tests). */
export const CR_TOKEN_FILE_ENV = 'IBM_CR_TOKEN_FILE';
/** Overrides the IAM token endpoint (tests, private endpoints: `https://private.iam.cloud.ibm.com/identity/token`). */
export const IAM_ENDPOINT_ENV = 'IBM_IAM_ENDPOINT';
export const IAM_TOKEN_ENDPOINT = 'https://iam.cloud.ibm.com/identity/token';
/** Largest delivery body the server accepts (COS notifications are a few hundred bytes). */
export const MAX_DELIVERY_BYTES = 1024 * 1024;

/**
 * A notification payload that is not a COS event. Recognized by its `name` ({@link isCosNotificationError}): the
 * handler's bundle and the image's server each carry their own copy of this module.
 */
export class CosNotificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CosNotificationError';
  }
}

/** True for a {@link CosNotificationError} from any copy of this module. */
export function isCosNotificationError(err: unknown): boolean {
  return err instanceof Error && err.name === 'CosNotificationError';
}

/**
 * Maps a COS notification to a neutral kind: the CloudEvents type (`com.ibm.cloud.cos.document.write|delete`), or the
 * notification's `event_type` / `operation` (`Object:Write`, `Object:Delete`).
 */
export function ibmCosEventKind(type: string): ObjectEventKind {
  const t = type.toLowerCase();
  if (t.endsWith('.write') || t === 'object:write' || t === 'write') return 'created';
  if (t.endsWith('.delete') || t === 'object:delete' || t === 'delete') return 'removed';
  return 'other';
}

/**
 * Reads the JSON body COS sends (to a Code Engine app, in a job's CE_DATA, or as action parameters):
 * `{bucket, endpoint, key, notification: {bucket_name, event_type, object_name, object_length, object_etag,
 * request_time, ...}, operation}`. COS sends the object name as it is (not URL-encoded). `type` is the CloudEvents
 * `ce-type` when there is one; the native event name is the notification's `event_type` (`Object:Write`).
 */
export function parseCosNotification(body: unknown, type?: string): ObjectEvent {
  if (!isRecord(body)) throw new CosNotificationError('payload is not a JSON object');
  const notification = isRecord(body.notification) ? body.notification : {};
  const bucket = str(body.bucket) ?? str(notification.bucket_name);
  const key = str(body.key) ?? str(notification.object_name);
  const kindFrom = type ?? str(notification.event_type) ?? str(body.operation);
  if (bucket === undefined || key === undefined || kindFrom === undefined) {
    throw new CosNotificationError('payload has no bucket, key or event type: not a COS notification');
  }
  const length = notification.object_length;
  const size = typeof length === 'number' ? length : typeof length === 'string' && /^\d+$/.test(length) ? Number(length) : undefined;
  const etag = str(notification.object_etag)?.replace(/^"|"$/g, '');
  const time = str(notification.request_time);
  const eventName = str(notification.event_type) ?? str(body.operation) ?? type;
  return {
    bucket, key, eventKind: ibmCosEventKind(kindFrom),
    ...(size === undefined ? {} : { size }),
    ...(etag === undefined ? {} : { etag }),
    ...(time === undefined ? {} : { time }),
    ...(eventName === undefined ? {} : { eventName }),
  };
}

/**
 * One Code Engine delivery: what a COS subscription sends to an app (a CloudEvents POST: `ce-*` headers and the
 * notification as the body, or a structured CloudEvent) or hands a job run (`CE_TYPE`, `CE_SUBJECT`, `CE_ID`,
 * `CE_TIME` and the notification in `CE_DATA`).
 */
export interface CodeEngineDelivery {
  /** Lower-case header names (`ce-type`, `ce-subject`, `ce-id`, `content-type`, ...). */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The raw body. */
  readonly body: string;
}

/** The delivery a job run was started with, from its environment. */
export function jobRunDelivery(env: NodeJS.ProcessEnv = process.env): CodeEngineDelivery {
  return {
    headers: { 'ce-type': env.CE_TYPE, 'ce-subject': env.CE_SUBJECT, 'ce-id': env.CE_ID, 'ce-time': env.CE_TIME },
    body: env.CE_DATA ?? '',
  };
}

/**
 * The object events of a delivery (one per delivery on COS). The body's fields come first: `ce-subject` is the key
 * percent-encoded (CloudEvents' binary mode), so it is only used, decoded, when the body names no key.
 * Throws {@link CosNotificationError} for a delivery that is not a COS notification.
 */
export function objectEventsFromDelivery(delivery: CodeEngineDelivery): ObjectEvent[] {
  let payload: unknown;
  try {
    payload = JSON.parse(delivery.body);
  } catch (err) {
    throw new CosNotificationError(`body is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  let type = delivery.headers['ce-type'];
  // Structured mode: the CloudEvent itself is the body, the notification is its `data`.
  if ((delivery.headers['content-type'] ?? '').includes('application/cloudevents+json') && isRecord(payload)) {
    type = typeof payload.type === 'string' ? payload.type : type;
    payload = payload.data;
  }
  const subject = delivery.headers['ce-subject'];
  const notification = isRecord(payload) && isRecord(payload.notification) ? payload.notification : {};
  if (isRecord(payload) && payload.key === undefined && notification.object_name === undefined && subject !== undefined) {
    payload = { ...payload, key: decodePercentSafely(subject) };
  }
  const event = parseCosNotification(payload, type);
  const time = event.time ?? delivery.headers['ce-time'];
  return [time === undefined ? event : { ...event, time }];
}

/** Code that handles one delivery; it resolves when done (the app answers 200, the job run exits 0) or throws (500, exit 1). */
export type CodeEngineDeliveryHandler = (delivery: CodeEngineDelivery) => unknown;

/** Headers as node:http gives them (a list for a repeated header), first value of each. */
export function firstHeaderValues(headers: Readonly<Record<string, string | readonly string[] | undefined>>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = typeof value === 'string' || value === undefined ? value : value[0];
  return out;
}

/** An answer of the app's server: status and JSON body. */
export interface JsonAnswer {
  readonly status: number;
  readonly body: unknown;
}

/**
 * An HTTP server that answers GET and HEAD with 200 (the probes) and hands each POST's body, at most `maxBytes`
 * (413 past it), to `respond`; a rejection of `respond` is answered 500, so Code Engine redelivers.
 */
export function createJsonPostServer(
  maxBytes: number,
  respond: (headers: http.IncomingHttpHeaders, body: string) => Promise<JsonAnswer>,
): http.Server {
  return http.createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? null));
    };
    if (req.method === 'GET' || req.method === 'HEAD') return reply(200, { status: 'ok' });
    if (req.method !== 'POST') return reply(405, { error: 'use POST' });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        reply(413, { error: 'body too large' });
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (size > maxBytes) return;
      Promise.resolve().then(() => respond(req.headers, Buffer.concat(chunks).toString('utf8'))).then(
        (answer) => reply(answer.status, answer.body),
        (err: unknown) => reply(500, { outcome: 'error', error: err instanceof Error ? err.message : String(err) }),
      );
    });
  });
}

/**
 * The app's HTTP server: POST (any path) is a delivery for `handler`; GET and HEAD answer 200 (the probes).
 * 200 with the handler's JSON result; 400 when the handler throws {@link CosNotificationError} (redelivering a
 * payload that is not a COS event cannot help); 500 for any other error, so Code Engine redelivers.
 */
export function createDeliveryServer(handler: CodeEngineDeliveryHandler, log: LogSink = jsonLineLog): http.Server {
  return createJsonPostServer(MAX_DELIVERY_BYTES, async (headers, body) => {
    const delivery = { headers: firstHeaderValues(headers), body };
    try {
      return { status: 200, body: (await handler(delivery)) ?? { outcome: 'done' } };
    } catch (err) {
      const { invalid, error } = logDeliveryFailure(err, delivery, log);
      return { status: invalid ? 400 : 500, body: { outcome: invalid ? 'invalid-event' : 'error', error } };
    }
  });
}

/** Job mode: handles the run's delivery and resolves with the exit code (1 when the handler throws, so Code Engine reruns it). */
export async function runJobDelivery(handler: CodeEngineDeliveryHandler, env: NodeJS.ProcessEnv = process.env, log: LogSink = jsonLineLog): Promise<number> {
  const delivery = jobRunDelivery(env);
  try {
    await handler(delivery);
    return 0;
  } catch (err) {
    // A run without a COS event (submitted by hand) is refused, not rerun.
    return logDeliveryFailure(err, delivery, log).invalid ? 0 : 1;
  }
}

/**
 * Logs a handler's failure on `delivery`: a payload that is not a COS event ({@link CosNotificationError}) as a
 * warning not to retry, anything else as an error to retry. Returns which it was, and the message.
 */
function logDeliveryFailure(err: unknown, delivery: CodeEngineDelivery, log: LogSink): { invalid: boolean; error: string } {
  const error = err instanceof Error ? err.message : String(err);
  const invalid = isCosNotificationError(err);
  log({ level: invalid ? 'warn' : 'error', outcome: invalid ? 'invalid-event' : 'error', requestId: delivery.headers['ce-id'], error, retry: !invalid });
  return { invalid, error };
}

/** True in a Code Engine job run (Code Engine sets `CE_JOBRUN`; a subscription adds the event as `CE_DATA`). */
export function isCodeEngineJobRun(env: NodeJS.ProcessEnv): boolean {
  return env.CE_DATA !== undefined || env.CE_JOBRUN !== undefined;
}

/**
 * Starts the app (listening on `PORT`, 8080 by default; SIGTERM drains) or, in a job run, handles its delivery and
 * exits with the run's code. What the image's entry calls with the user's handler.
 */
export function serveCodeEngine(handler: CodeEngineDeliveryHandler, env: NodeJS.ProcessEnv = process.env): http.Server | undefined {
  if (isCodeEngineJobRun(env)) {
    runJobDelivery(handler, env).then((code) => process.exit(code), (err) => {
      console.error(err);
      process.exit(1);
    });
    return undefined;
  }
  const port = Number(env.PORT ?? 8080);
  const server = createDeliveryServer(handler);
  server.listen(port, () => jsonLineLog({ level: 'info', outcome: 'listening', port }));
  // Code Engine stops instances with SIGTERM: finish the requests in flight first.
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
  return server;
}

/**
 * The image entry's job: loads the bundled handler module (`index.js` beside the entry) and serves its export
 * `exportName`. Fails at start, with the exports it found, when that export is not a function.
 */
export function serveBundledHandler(dir: string, exportName: string, env: NodeJS.ProcessEnv = process.env): http.Server | undefined {
  // A computed path: the bundler leaves it alone, so it resolves beside the entry at runtime.
  const mod = require(path.join(dir, 'index.js')) as Record<string, unknown>;
  const handler = mod[exportName];
  if (typeof handler !== 'function') {
    throw new Error(`index.js exports no function ${JSON.stringify(exportName)} (it exports ${Object.keys(mod).join(', ') || 'nothing'}); check the handler prop.`);
  }
  return serveCodeEngine(handler as CodeEngineDeliveryHandler, env);
}

/** How the store authenticates. */
export type IbmCosAuth =
  | { readonly kind: 'hmac'; readonly accessKeyId: string; readonly secretAccessKey: string }
  | { readonly kind: 'apikey'; readonly apiKey: string; readonly iamEndpoint?: string }
  | { readonly kind: 'trusted-profile'; readonly profileId: string; readonly tokenFile?: string; readonly iamEndpoint?: string };

export interface IbmCosStoreOptions {
  /** A host (`s3.us-south.cloud-object-storage.appdomain.cloud`, HTTPS) or a URL (`http://127.0.0.1:9000`, path-style). */
  readonly endpoint: string;
  readonly auth: IbmCosAuth;
  /** @default derived from Code Engine's default request timeout (300 s) */
  readonly timeouts?: StorageTimeouts;
}

/** An IAM access token for a trusted profile, from a compute-resource token (IAM grant type `cr-token`). */
export async function trustedProfileToken(profileId: string, tokenFile = CR_TOKEN_FILE, iamEndpoint = IAM_TOKEN_ENDPOINT): Promise<{ accessToken: string; expiration: number }> {
  const crToken = (await fs.promises.readFile(tokenFile, 'utf8')).trim();
  const response = await fetch(iamEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'urn:ibm:params:oauth:grant-type:cr-token', cr_token: crToken, profile_id: profileId }).toString(),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`IAM refused the compute-resource token for trusted profile ${profileId}: ${response.status} ${text.slice(0, 300)}`);
  const token = JSON.parse(text) as { access_token?: string; expiration?: number; expires_in?: number };
  if (!token.access_token) throw new Error('IAM returned no access_token');
  const expiration = typeof token.expiration === 'number' ? token.expiration * 1000 : Date.now() + (token.expires_in ?? 3600) * 1000;
  return { accessToken: token.access_token, expiration };
}

/**
 * The token manager ibm-cos-sdk's IAM signer asks for a bearer token. The SDK's own (with `authCallback`) leaves a
 * refused token as an unhandled rejection that ends the process and never retries; this one reports the failure to
 * the request (a storage error, so Code Engine redelivers the event) and tries again on the next request.
 */
export class TrustedProfileTokenManager {
  public token?: { accessToken: string; expiration: Date; isExpired(graceMs: number): boolean };
  private pending?: Promise<void>;

  constructor(private readonly profileId: string, private readonly tokenFile?: string, private readonly iamEndpoint?: string) {}

  getToken() {
    return this.token;
  }

  refreshToken(_options: unknown, _forceRenew: unknown, callback?: (err: Error | null, token?: unknown) => void): void {
    this.pending ??= trustedProfileToken(this.profileId, this.tokenFile, this.iamEndpoint)
      .then(({ accessToken, expiration }) => {
        this.token = { accessToken, expiration: new Date(expiration), isExpired: (graceMs: number) => Date.now() > expiration - graceMs };
      })
      .finally(() => {
        this.pending = undefined;
      });
    this.pending.then(() => callback?.(null, this.token), (err: Error) => callback?.(err));
  }
}

/** {@link ObjectStore} on `ibm-cos-sdk`. User metadata travels as `x-amz-meta-*` headers, percent-encoded. */
export class IbmCosObjectStore implements ObjectStore {
  private readonly s3: S3;
  private readonly timeouts: StorageTimeouts;

  constructor(options: IbmCosStoreOptions) {
    const url = /^https?:\/\//.test(options.endpoint);
    const auth = options.auth;
    const credentials: Record<string, unknown> =
      auth.kind === 'hmac' ? { accessKeyId: auth.accessKeyId, secretAccessKey: auth.secretAccessKey, signatureVersion: 'v4' }
        : auth.kind === 'apikey' ? { apiKeyId: auth.apiKey, ...(auth.iamEndpoint ? { ibmAuthEndpoint: auth.iamEndpoint } : {}), signatureVersion: 'iam' }
          : { tokenManager: new TrustedProfileTokenManager(auth.profileId, auth.tokenFile, auth.iamEndpoint), signatureVersion: 'iam' };
    this.timeouts = options.timeouts ?? storageTimeouts(undefined);
    // Loaded here, not at the top: a handler that imports the runtime for another cloud never evaluates the SDK.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sdk = require('ibm-cos-sdk') as typeof import('ibm-cos-sdk');
    this.s3 = new sdk.S3({
      endpoint: url ? options.endpoint : `https://${options.endpoint}`,
      s3ForcePathStyle: url,
      region: 'us-standard',
      // The SDK's defaults (120 s per request, 2 retries) outlast Code Engine's request timeout.
      maxRetries: this.timeouts.retries,
      httpOptions: { connectTimeout: this.timeouts.connectMs, timeout: this.timeouts.requestMs },
      ...credentials,
    } as ConstructorParameters<typeof S3>[0]);
  }

  async get(bucket: string, key: string, { maxBytes }: GetOptions): Promise<Buffer> {
    try {
      // Ranged and streamed: at most maxBytes + 1 bytes are asked for or held.
      const request = this.s3.getObject({ Bucket: bucket, Key: key, Range: cappedRange(maxBytes) });
      let size: number | undefined;
      request.on('httpHeaders', (_status: number, headers: Record<string, string>) => {
        size = sizeFromContentRange(headers['content-range']);
      });
      const stream = request.createReadStream();
      return await readCapped(stream, bucket, key, maxBytes, undefined, this.timeouts.requestMs).catch((err: unknown) => {
        throw err instanceof ObjectTooLargeError ? new ObjectTooLargeError(bucket, key, maxBytes, size) : err;
      });
    } catch (err) {
      if (isNotFound(err)) throw new ObjectNotFoundError(bucket, key, { cause: err });
      // An empty object cannot satisfy a range: S3 answers 416 InvalidRange.
      if (isRecord(err) && err.statusCode === 416) return Buffer.alloc(0);
      throw err;
    }
  }

  async head(bucket: string, key: string): Promise<ObjectHead | undefined> {
    try {
      const data = await this.s3.headObject({ Bucket: bucket, Key: key }).promise();
      // The SDK takes and gives the metadata without its header prefix.
      return { metadata: metadataFromHeaders(data.Metadata ?? {}, '') };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async put(bucket: string, key: string, body: Buffer, options: PutOptions): Promise<void> {
    const metadata = metadataToHeaders(options.metadata, '');
    await this.s3.putObject({ Bucket: bucket, Key: key, Body: body, ContentType: options.contentType, Metadata: metadata }).promise();
  }
}

/**
 * The storage timeouts of a Code Engine component: from its own timeout (the app's request timeout, the job's
 * execution time), which the constructs pass in {@link FUNCTION_TIMEOUT_ENV}, so a hung store ends in a logged
 * error before Code Engine gives up on the request.
 */
export function timeoutsFromEnvironment(env: NodeJS.ProcessEnv = process.env): StorageTimeouts {
  const seconds = Number(env[FUNCTION_TIMEOUT_ENV]);
  return storageTimeouts(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined);
}

/** The Code Engine store: the trusted profile named in the environment, the endpoint and timeout the construct set. */
export function cosStoreFromEnvironment(env: NodeJS.ProcessEnv = process.env): ObjectStore {
  const endpoint = env[COS_ENDPOINT_ENV];
  const profileId = env[TRUSTED_PROFILE_ENV];
  if (!endpoint || !profileId) {
    throw new Error(`${COS_ENDPOINT_ENV} and ${TRUSTED_PROFILE_ENV} are not set: deploy the code with an ibm Code Engine construct, or set them (and ${CR_TOKEN_FILE_ENV}) for a local run.`);
  }
  return new IbmCosObjectStore({
    endpoint,
    auth: { kind: 'trusted-profile', profileId, tokenFile: env[CR_TOKEN_FILE_ENV] || CR_TOKEN_FILE, iamEndpoint: env[IAM_ENDPOINT_ENV] || IAM_TOKEN_ENDPOINT },
    timeouts: timeoutsFromEnvironment(env),
  });
}

function isNotFound(err: unknown): boolean {
  return isRecord(err) && (err.statusCode === 404 || err.code === 'NoSuchKey' || err.code === 'NotFound');
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}
