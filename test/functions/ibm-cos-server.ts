/**
 * IBM COS on 127.0.0.1 for the real ibm-cos-sdk client: the S3 server s3rver (path-style buckets, objects on disk,
 * ranged GETs, S3's error codes) behind a proxy that adds the rules IBM COS documents and s3rver does not enforce.
 *
 * What s3rver 3.7.1 itself does (read in `node_modules/s3rver/lib`):
 * - `AWS4-HMAC-SHA256` headers: the form is checked (Credential, SignedHeaders and Signature present,
 *   `x-amz-content-sha256` present and well-formed, `x-amz-date` within 15 minutes) and the access key must be
 *   known (`S3RVER`, its documented default), but the V4 signature value is not computed
 *   (`middleware/authentication.js`: "Signature version 4 calculation is unimplemeneted"); any other scheme, such as
 *   IBM's IAM `Bearer` token, is refused as "Unsupported Authorization Type", and a request without `Authorization`
 *   is served anonymously.
 * - Errors: S3's XML `<Error><Code/><Message/>…</Error>` with S3's status for each code (`models/error.js`), without
 *   a request id; HEAD answers have no body.
 * - Ranges: `bytes=<start>-<end>` gives 206 with `Content-Range`; on an empty object it answers 206 `bytes 0-0/0`
 *   with a length of 1 and no body, where S3 answers 416 InvalidRange.
 * - No limit on the key's length or the user metadata's size; but it stores each key segment as one file name, so a
 *   segment over the file system's 255 bytes fails (ENAMETOOLONG, thrown out of its write stream). Keys are
 *   therefore stored in segments of at most {@link SEGMENT_BYTES} (see {@link storeLongSegments}).
 *
 * What the proxy adds, and where the rule comes from:
 * - IAM's token endpoint (`/identity/token`) answering the trusted profile's cr-token grant, and `Bearer` tokens:
 *   the token IAM issued is accepted, anything else is 403 AccessDenied; no `Authorization` at all is 403
 *   AccessDenied, buckets being private (ibm-cloud-docs/cloud-object-storage `api-reference-objects.md`: requests
 *   carry `Authorization: Bearer {token}` or an `AWS4-HMAC-SHA256` HMAC signature).
 * - The V4 header's credential scope (`<key>/<date>/<region>/s3/aws4_request`) and hex signature: 400
 *   AuthorizationHeaderMalformed otherwise.
 * - `x-amz-request-id` and `X-Clv-Request-Id` on every answer, and IBM's error body with `<Resource>`,
 *   `<RequestId>` and `<httpStatusCode>` (ibm-cloud-docs/cloud-object-storage `api-reference-objects.md`,
 *   `api-reference-buckets.md`).
 * - Keys of at most 1024 bytes: `KeyTooLongError` (ibm-cloud-docs/cloud-object-storage `faq.md`: "Keys have a
 *   1024-character limit"; S3's code). User metadata of at most 2 KB (the UTF-8 bytes of each `x-amz-meta-` name and
 *   value): `MetadataTooLarge`. IBM COS does not state a metadata limit, so S3's applies
 *   (https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMetadata.html).
 * - 416 InvalidRange for a range on an empty object (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html).
 * - Slow, hung, reset, failing and stalling answers on demand, and the GET body bytes served.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import S3rver from 's3rver';
import { MisbehavingServer, stalledBytes, userMetadataBytes, type ErrorAnswer } from './misbehaviour';

/** Longest file name a key segment becomes (s3rver appends `._S3rver_object`; file systems allow 255 bytes). */
const SEGMENT_BYTES = 200;

/** `s`, cut into pieces of at most `max` UTF-8 bytes, never inside a character. */
function cutUtf8(s: string, max: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of s) {
    if (Buffer.byteLength(piece + ch) > max) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  return [...pieces, piece];
}

/**
 * Makes s3rver's file store keep long key segments: its key-to-path mapping (`FilesystemStore.encodeKeyPath` and
 * `decodeKeyPath`, the identity outside Windows, used both to store and to list) becomes a reversible one where a
 * literal `&` is `&26` and a segment over {@link SEGMENT_BYTES} is cut into directories ending in `&`. The patch is
 * on s3rver 3.7.1's class (pinned), for this test process only.
 */
function storeLongSegments(): void {
  interface KeyPathMapping {
    encodeKeyPath(key: string): string;
    decodeKeyPath(keyPath: string): string;
  }
  const store = require('s3rver/lib/stores/filesystem') as KeyPathMapping;
  store.encodeKeyPath = (key) =>
    key
      .split('/')
      .map((segment) => cutUtf8(segment.replace(/&/g, '&26'), SEGMENT_BYTES).join('&/'))
      .join('/');
  store.decodeKeyPath = (keyPath) => keyPath.replace(/&\//g, '').replace(/&26/g, '&');
}
storeLongSegments();

/** The access key s3rver knows by default (its README); HMAC clients sign with it. */
export const IBM_COS_HMAC = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** The trusted profile and compute-resource token IAM accepts, and the access token it then issues. */
export const IAM_GRANT = { profileId: 'Profile-1', crToken: 'CR-TOKEN', accessToken: 'IAM-ACCESS' } as const;

/** The environment the Code Engine app reads to reach COS at `endpoint` with the trusted profile, IAM being the proxy. */
export function trustedProfileEnv(endpoint: string, tokenFile: string): Record<string, string> {
  return { COS_ENDPOINT: endpoint, IBM_TRUSTED_PROFILE_ID: IAM_GRANT.profileId, IBM_CR_TOKEN_FILE: tokenFile, IBM_IAM_ENDPOINT: `${endpoint}/identity/token` };
}

/**
 * The V4 header's form, which s3rver checks only in part (three components; the scope is not parsed):
 * `AWS4-HMAC-SHA256 Credential=<key>/<yyyymmdd>/<region>/s3/aws4_request, SignedHeaders=<names>, Signature=<hex>`
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-auth-using-authorization-header.html).
 */
const V4_AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=[^/,\s]+\/\d{8}\/[a-z0-9-]+\/s3\/aws4_request, ?SignedHeaders=[a-z0-9;-]+, ?Signature=[0-9a-f]{64}$/;

const MAX_KEY_BYTES = 1024;
const MAX_METADATA_BYTES = 2048;
const META_PREFIX = 'x-amz-meta-';

export interface IbmCosRequest {
  readonly method: string;
  /** `<bucket>/<key>`, decoded. */
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
}

export interface IbmCosObject {
  readonly body: Buffer;
  readonly contentType?: string;
  /** User metadata, names without `x-amz-meta-`, values as stored (the function percent-encodes them). */
  readonly headers: Readonly<Record<string, string>>;
}

/** `<bucket>/<key>` as a URL path, each segment percent-encoded. */
function objectPath(bucket: string, key: string): string {
  return `/${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undoes s3rver's XML escaping of keys (`he.escape`: `& < > " ' \``). */
function xmlDecode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#x27|#x60);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#x60': '`' })[e]!);
}

export class IbmCosServer extends MisbehavingServer {
  readonly requests: IbmCosRequest[] = [];
  /** IAM token requests (form fields). */
  readonly tokenRequests: Record<string, string>[] = [];
  /** Body bytes sent in answers to GET. */
  bytesServed = 0;
  private readonly directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ibm-cos-'));
  private readonly s3rver: S3rver;
  private backendPort = 0;
  private requestCount = 0;

  /** @param buckets the buckets that exist when it starts */
  constructor(buckets: readonly string[]) {
    super();
    this.s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: this.directory, configureBuckets: buckets.map((name) => ({ name })) });
  }

  /** Starts s3rver and the proxy; returns the endpoint clients use (the proxy's). */
  async start(): Promise<string> {
    this.backendPort = (await this.s3rver.run()).port;
    return this.listen((req, body, res) => this.handle(req, body, res));
  }

  async stop(): Promise<void> {
    await this.close();
    await this.s3rver.close();
    fs.rmSync(this.directory, { recursive: true, force: true });
  }

  /** Puts an object straight into s3rver (as another client uploaded it): metadata values are stored as given. */
  async seed(bucket: string, key: string, body: Buffer, options: { contentType?: string; headers?: Record<string, string> } = {}): Promise<void> {
    const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/octet-stream' };
    for (const [name, value] of Object.entries(options.headers ?? {})) headers[META_PREFIX + name] = value;
    const { status } = await this.direct('PUT', objectPath(bucket, key), headers, body);
    if (status !== 200) throw new Error(`seeding ${bucket}/${key}: s3rver answered ${status}`);
  }

  /** An object as s3rver holds it, or undefined. */
  async object(bucket: string, key: string): Promise<IbmCosObject | undefined> {
    const { status, headers, body } = await this.direct('GET', objectPath(bucket, key));
    if (status === 404) return undefined;
    if (status !== 200) throw new Error(`reading ${bucket}/${key}: s3rver answered ${status}`);
    const metadata: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (name.startsWith(META_PREFIX) && typeof value === 'string') metadata[name.slice(META_PREFIX.length)] = value;
    }
    return { body, contentType: headers['content-type'], headers: metadata };
  }

  /** Every key in a bucket. */
  async keys(bucket: string): Promise<string[]> {
    const { status, body } = await this.direct('GET', `/${bucket}?list-type=2&max-keys=1000`);
    if (status !== 200) throw new Error(`listing ${bucket}: s3rver answered ${status}`);
    return [...body.toString().matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => xmlDecode(m[1]));
  }

  /** A request to s3rver itself, unsigned (it serves those anonymously). */
  private direct(method: string, urlPath: string, headers: Record<string, string> = {}, body?: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: this.backendPort, method, path: urlPath, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  private async handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/identity/token') return this.answerTokenRequest(body, res);
    const resource = decodeURIComponent(url.pathname);
    const method = req.method ?? '';
    this.requests.push({ method, path: resource.slice(1), headers: req.headers });
    const requestId = `ibm-cos-req-${++this.requestCount}`;
    const ids = { 'x-amz-request-id': requestId, 'x-clv-request-id': requestId };
    const error: ErrorAnswer = (status, code, message = code) => {
      res.writeHead(status, { 'content-type': 'application/xml', ...ids });
      res.end(method === 'HEAD' ? undefined : this.errorXml(code, message, resource, requestId, status));
    };

    const misbehaved = await this.misbehave(req, res, error);
    if (misbehaved === 'answered') return;

    const headers = { ...req.headers };
    const authorization = String(headers.authorization ?? '');
    if (authorization === '') return error(403, 'AccessDenied', 'Access Denied');
    if (authorization.startsWith('AWS4-HMAC-SHA256 ') && !V4_AUTHORIZATION.test(authorization)) {
      return error(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed');
    }
    if (authorization.startsWith('Bearer ')) {
      if (authorization !== `Bearer ${IAM_GRANT.accessToken}`) return error(403, 'AccessDenied', 'Access Denied');
      // Checked here; s3rver knows no IAM tokens and serves the request anonymously.
      delete headers.authorization;
    }
    if (method === 'PUT') {
      const key = resource.slice(resource.indexOf('/', 1) + 1);
      if (Buffer.byteLength(key) > MAX_KEY_BYTES) return error(400, 'KeyTooLongError', 'Your key is too long');
      const metadataBytes = userMetadataBytes(headers, META_PREFIX);
      if (metadataBytes > MAX_METADATA_BYTES) {
        return error(400, 'MetadataTooLarge', `Your metadata headers exceed the maximum allowed metadata size (${metadataBytes} > ${MAX_METADATA_BYTES})`);
      }
    }
    this.forward(req, headers, body, res, { requestId, resource, stall: misbehaved.stall, error });
  }

  private forward(
    req: http.IncomingMessage,
    headers: http.IncomingHttpHeaders,
    body: Buffer,
    res: http.ServerResponse,
    answer: { requestId: string; resource: string; stall: boolean; error: ErrorAnswer },
  ): void {
    const upstream = http.request({ host: '127.0.0.1', port: this.backendPort, method: req.method, path: req.url, headers }, (backend) => {
      const status = backend.statusCode ?? 502;
      if (status === 206 && /\/0$/.test(String(backend.headers['content-range'] ?? ''))) {
        backend.destroy();
        return answer.error(416, 'InvalidRange', 'The requested range is not satisfiable');
      }
      const ids = { 'x-amz-request-id': answer.requestId, 'x-clv-request-id': answer.requestId };
      if (status >= 400 && req.method !== 'HEAD') {
        // Buffered (error bodies are small) to add what IBM's error body carries and s3rver's lacks.
        const chunks: Buffer[] = [];
        backend.on('data', (c: Buffer) => chunks.push(c));
        backend.on('end', () => {
          const xml = Buffer.concat(chunks).toString();
          const code = /<Code>([^<]*)<\/Code>/.exec(xml)?.[1] ?? 'InternalError';
          const message = /<Message>([^<]*)<\/Message>/.exec(xml)?.[1] ?? code;
          res.writeHead(status, { 'content-type': 'application/xml', ...ids });
          res.end(this.errorXml(code, xmlDecode(message), answer.resource, answer.requestId, status));
        });
        return;
      }
      res.writeHead(status, { ...backend.headers, ...ids });
      if (answer.stall) {
        this.hung.add(res);
        const length = Number(backend.headers['content-length'] ?? 0);
        backend.once('data', (c: Buffer) => {
          const first = c.subarray(0, stalledBytes(length));
          this.bytesServed += first.length;
          res.write(first);
          backend.destroy();
        });
        return;
      }
      if (req.method === 'GET') backend.on('data', (c: Buffer) => (this.bytesServed += c.length));
      backend.pipe(res);
      res.on('close', () => backend.destroy());
    });
    upstream.on('error', () => answer.error(502, 'InternalError'));
    upstream.end(body);
  }

  private answerTokenRequest(body: Buffer, res: http.ServerResponse): void {
    const form = Object.fromEntries(new URLSearchParams(body.toString()));
    this.tokenRequests.push(form);
    const ok = form.grant_type === 'urn:ibm:params:oauth:grant-type:cr-token' && form.cr_token === IAM_GRANT.crToken && form.profile_id === IAM_GRANT.profileId;
    res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        ok
          ? { access_token: IAM_GRANT.accessToken, token_type: 'Bearer', expires_in: 3600, expiration: Math.floor(Date.now() / 1000) + 3600 }
          : { errorCode: 'BXNIM0415E', errorMessage: 'Provided information is not valid' },
      ),
    );
  }

  /** IBM COS's error body (`api-reference-buckets.md`, "Example response"). */
  private errorXml(code: string, message: string, resource: string, requestId: string, status: number): string {
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>${code}</Code>\n  <Message>${xmlText(message)}</Message>\n` +
      `  <Resource>${xmlText(resource)}</Resource>\n  <RequestId>${requestId}</RequestId>\n  <httpStatusCode>${status}</httpStatusCode>\n</Error>\n`
    );
  }
}
