/**
 * IBM Cloud Object Storage for the resize code: the notification payloads (Code Engine CloudEvents and the Cloud
 * Functions COS feed) as cloud-neutral object events, and an {@link ObjectStore} on `ibm-cos-sdk` authenticated by a
 * trusted profile (Code Engine compute-resource token), an API key, or HMAC keys.
 */
import * as fs from 'fs';
import { S3 } from 'ibm-cos-sdk';
import { isRecord } from '../../../../lib/runtime/is-record';
import type { ObjectEvent, ObjectEventKind } from '../process-object';
import { cappedRange, ObjectNotFoundError, ObjectTooLargeError, readCapped, sizeFromContentRange, type GetOptions, type ObjectHead, type ObjectStore, type PutOptions } from '../../../../lib/runtime/storage';
import { storageTimeouts, type StorageTimeouts } from './storage-timeouts';
import { COS_ENDPOINT_ENV, TRUSTED_PROFILE_ENV } from './ibm-contract';
import { metadataFromHeaders, metadataToHeaders } from './metadata-headers';

export { COS_ENDPOINT_ENV, IBM_COS_MAX_KEY_BYTES, TRUSTED_PROFILE_ENV } from './ibm-contract';
/** IBM COS, like S3, accepts at most 2 KB of user metadata (`x-amz-meta-*` headers) per object. */
export const IBM_COS_MAX_METADATA_BYTES = 2048;
/** Where Code Engine mounts the compute-resource token when `run_compute_resource_token_enabled` is true. */
export const CR_TOKEN_FILE = '/var/run/secrets/codeengine.cloud.ibm.com/compute-resource-token/token';
/** Overrides the token file (local runs, tests). */
export const CR_TOKEN_FILE_ENV = 'IBM_CR_TOKEN_FILE';
/** Overrides the IAM token endpoint (tests, private endpoints: `https://private.iam.cloud.ibm.com/identity/token`). */
export const IAM_ENDPOINT_ENV = 'IBM_IAM_ENDPOINT';
export const IAM_TOKEN_ENDPOINT = 'https://iam.cloud.ibm.com/identity/token';

/** A notification payload that is not a COS event. */
export class CosNotificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CosNotificationError';
  }
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
 * `{bucket, endpoint, key, notification: {bucket_name, event_type, object_name, object_length, ...}, operation}`.
 * COS sends the object name as it is (not URL-encoded). `type` is the CloudEvents `ce-type` when there is one.
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
  return { bucket, key, eventKind: ibmCosEventKind(kindFrom), ...(size === undefined ? {} : { size }) };
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
    this.s3 = new S3({
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

/** The Code Engine store: the trusted profile named in the environment, the endpoint the construct set. */
export function cosStoreFromEnvironment(env: NodeJS.ProcessEnv = process.env): ObjectStore {
  const endpoint = env[COS_ENDPOINT_ENV];
  const profileId = env[TRUSTED_PROFILE_ENV];
  if (!endpoint || !profileId) {
    throw new Error(`${COS_ENDPOINT_ENV} and ${TRUSTED_PROFILE_ENV} are not set: deploy the app with ibm.ResizeFunction, or set them (and ${CR_TOKEN_FILE_ENV}) for a local run.`);
  }
  return new IbmCosObjectStore({
    endpoint,
    auth: { kind: 'trusted-profile', profileId, tokenFile: env[CR_TOKEN_FILE_ENV] || CR_TOKEN_FILE, iamEndpoint: env[IAM_ENDPOINT_ENV] || IAM_TOKEN_ENDPOINT },
  });
}

function isNotFound(err: unknown): boolean {
  return isRecord(err) && (err.statusCode === 404 || err.code === 'NoSuchKey' || err.code === 'NotFound');
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}
