/**
 * Object-store look-alikes on 127.0.0.1 for the real ali-oss and cos-nodejs-sdk-v5 clients (IBM COS, which speaks
 * S3, is the real s3rver behind a proxy: `ibm-cos-server.ts`). Each answers as its service documents: GET/HEAD/PUT
 * by path, ranged GETs (`206` with `Content-Range`; an empty object cannot satisfy a range on COS: `416`, while OSS
 * ignores it), the service's error XML and request-id header, errors of HEAD without a body, its key and
 * user-metadata limits, the signature it requires and, when given, the STS token header (sources by rule in
 * {@link FLAVOURS}). It can also answer slowly, hang, fail the next request of a method, and serve objects far
 * larger than their event says without holding them. With an IP endpoint ali-oss and the COS SDK put no bucket in
 * the host or path, so one server is one bucket.
 */
import * as http from 'http';
import { MisbehavingServer, stalledBytes, userMetadataBytes } from './misbehaviour';

export interface FakeOssObject {
  readonly body: Buffer;
  readonly headers: Record<string, string>;
}

/** An object served from a generator, never held: `size` bytes of `fill`. */
export interface VirtualObject {
  readonly size: number;
  readonly fill?: number;
  readonly headers?: Record<string, string>;
}

export interface FakeOssRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
}

export type StoreFlavour = 'oss' | 'cos';

export interface FakeStoreOptions {
  /** @default 'oss' */
  readonly flavour?: StoreFlavour;
  /** The STS token every request must carry (`x-oss-security-token`, `x-cos-security-token`). */
  readonly securityToken?: string;
}

interface FlavourRules {
  readonly requestIdHeader: string;
  readonly metaPrefix: string;
  readonly tokenHeader: string;
  readonly maxKeyBytes: number;
  readonly maxMetadataBytes: number;
  /** An empty object and a range: 416 (COS) or the whole (empty) object (OSS ignores invalid ranges). */
  readonly rangeOnEmpty: 416 | 200;
  readonly signature: RegExp;
  /** Headers a request signed this way must also carry. */
  readonly signedHeaders: readonly string[];
  readonly keyTooLong: string;
  readonly metadataTooLarge: string;
}

/**
 * Each service's documented rules.
 * - OSS: error body `<Error><Code/><Message/><RequestId/><HostId/><EC/></Error>` and headers `x-oss-request-id`,
 *   `x-oss-ec` (https://www.alibabacloud.com/help/en/oss/user-guide/overview-14); keys 1 to 1023 bytes, else
 *   InvalidObjectName (https://www.alibabacloud.com/help/en/oss/support/http-400-status-code); user metadata under
 *   8 KB, else EC 0011-00000002 (https://help.aliyun.com/en/oss/user-guide/0011-00000002); V4 header
 *   `OSS4-HMAC-SHA256 Credential=<AccessKeyId>/<SignDate>/<SignRegion>/oss/aliyun_v4_request, AdditionalHeaders=…,
 *   Signature=…` with `x-oss-date` and `x-oss-content-sha256` required, the STS token in `x-oss-security-token`
 *   (https://www.alibabacloud.com/help/en/oss/developer-reference/recommend-to-use-signature-version-4); an invalid
 *   range is ignored and the whole object served (https://www.alibabacloud.com/help/en/oss/developer-reference/getobject).
 * - COS: error body `<Error><Code/><Message/><Resource/><RequestId/><TraceId/></Error>`, codes `KeyTooLong`,
 *   `MetadataTooLarge`, `InvalidRange` (https://intl.cloud.tencent.com/document/api/436/7730) and header
 *   `x-cos-request-id` (https://intl.cloud.tencent.com/document/api/436/7729); keys at most 850 bytes
 *   (https://intl.cloud.tencent.com/document/product/436/13324), user metadata at most 2 KB (PUT Object,
 *   https://intl.cloud.tencent.com/document/product/436/7749); signature
 *   `q-sign-algorithm=sha1&q-ak=…&q-sign-time=…&q-key-time=…&q-header-list=…&q-url-param-list=…&q-signature=…`, the
 *   temporary key's token in `x-cos-security-token` (https://intl.cloud.tencent.com/document/product/436/7778).
 * HEAD answers carry no body on either (RFC 9110 §9.3.2): a client sees an error's status and headers only.
 */
const FLAVOURS: Record<StoreFlavour, FlavourRules> = {
  oss: {
    requestIdHeader: 'x-oss-request-id',
    metaPrefix: 'x-oss-meta-',
    tokenHeader: 'x-oss-security-token',
    maxKeyBytes: 1023,
    maxMetadataBytes: 8192,
    rangeOnEmpty: 200,
    signature: /^OSS4-HMAC-SHA256 Credential=[^/,\s]+\/\d{8}\/[a-z0-9-]+\/oss\/aliyun_v4_request, ?(?:AdditionalHeaders=[a-z0-9;-]+, ?)?Signature=[0-9a-f]{64}$/,
    signedHeaders: ['x-oss-date', 'x-oss-content-sha256'],
    keyTooLong: 'InvalidObjectName',
    metadataTooLarge: 'InvalidArgument',
  },
  cos: {
    requestIdHeader: 'x-cos-request-id',
    metaPrefix: 'x-cos-meta-',
    tokenHeader: 'x-cos-security-token',
    maxKeyBytes: 850,
    maxMetadataBytes: 2048,
    rangeOnEmpty: 416,
    signature: /^q-sign-algorithm=sha1&q-ak=[^&]+&q-sign-time=\d+;\d+&q-key-time=\d+;\d+&q-header-list=[^&]*&q-url-param-list=[^&]*&q-signature=[0-9a-f]{40}$/,
    signedHeaders: [],
    keyTooLong: 'KeyTooLong',
    metadataTooLarge: 'MetadataTooLarge',
  },
};

export class FakeOss extends MisbehavingServer {
  readonly objects = new Map<string, FakeOssObject>();
  readonly virtualObjects = new Map<string, VirtualObject>();
  readonly requests: FakeOssRequest[] = [];
  /** Body bytes sent in answers to GET. */
  bytesServed = 0;
  /** Serve whole bodies whatever the `Range` header says (a store that ignores ranges). */
  ignoreRange = false;
  readonly flavour: StoreFlavour;
  private readonly rules: FlavourRules;
  private requestCount = 0;

  constructor(private readonly options: FakeStoreOptions = {}) {
    super();
    this.flavour = options.flavour ?? 'oss';
    this.rules = FLAVOURS[this.flavour];
  }

  start(): Promise<string> {
    return this.listen((req, body, res) => this.handle(req, body, res));
  }

  stop(): Promise<void> {
    return this.close();
  }

  private async handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname).slice(1);
    const method = req.method ?? '';
    this.requests.push({ method, path, headers: req.headers });
    const requestId = `${this.flavour}-req-${++this.requestCount}`;
    /** `ec`: OSS's fine-grained code, in the `x-oss-ec` header and the body's `<EC>` (a generic one unless given). */
    const error = (status: number, code: string, message = code, ec = '0002-00000001'): void => {
      res.writeHead(status, { 'content-type': 'application/xml', [this.rules.requestIdHeader]: requestId, ...(this.flavour === 'oss' ? { 'x-oss-ec': ec } : {}) });
      // HEAD answers carry no body, errors included: clients see the status only.
      res.end(method === 'HEAD' ? undefined : this.errorXml(code, message, path, requestId, ec));
    };

    const misbehaved = await this.misbehave(req, res, error);
    if (misbehaved === 'answered') return;

    const auth = this.checkAuthorization(req.headers);
    if (auth !== undefined) return error(403, auth.code, auth.message);

    switch (method) {
      case 'PUT': {
        if (Buffer.byteLength(path) > this.rules.maxKeyBytes) return error(400, this.rules.keyTooLong, `the key is longer than ${this.rules.maxKeyBytes} bytes`);
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers)) {
          if (typeof value === 'string' && (name === 'content-type' || name.startsWith(this.rules.metaPrefix))) headers[name] = value;
        }
        const metadataBytes = userMetadataBytes(req.headers, this.rules.metaPrefix);
        if (metadataBytes > this.rules.maxMetadataBytes) {
          return error(400, this.rules.metadataTooLarge, `user metadata is ${metadataBytes} bytes, over ${this.rules.maxMetadataBytes}`, '0011-00000002');
        }
        this.objects.set(path, { body, headers });
        this.virtualObjects.delete(path);
        res.writeHead(200, { etag: '"fake"', [this.rules.requestIdHeader]: requestId });
        return void res.end();
      }
      case 'GET':
      case 'HEAD':
        return this.serve(req, res, path, method, requestId, misbehaved.stall, error);
      default:
        return error(405, 'MethodNotAllowed');
    }
  }

  private serve(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    path: string,
    method: string,
    requestId: string,
    stall: boolean,
    error: (status: number, code: string, message?: string) => void,
  ): void {
    const stored = this.objects.get(path);
    const virtual = stored === undefined ? this.virtualObjects.get(path) : undefined;
    if (stored === undefined && virtual === undefined) return error(404, 'NoSuchKey', 'The specified key does not exist.');
    const size = stored?.body.length ?? virtual!.size;
    const headers = { ...(stored?.headers ?? virtual?.headers ?? {}), [this.rules.requestIdHeader]: requestId, 'accept-ranges': 'bytes' };
    let [start, end, status] = [0, size - 1, 200];
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''));
    if (method === 'GET' && range !== null && !this.ignoreRange) {
      if (size === 0 || Number(range[1]) >= size) {
        if (this.rules.rangeOnEmpty === 416) return error(416, 'InvalidRange', 'The requested range is not satisfiable');
      } else {
        start = Number(range[1]);
        end = range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
        status = 206;
        Object.assign(headers, { 'content-range': `bytes ${start}-${end}/${size}` });
      }
    }
    const length = Math.max(0, end - start + 1);
    res.writeHead(status, { ...headers, 'content-length': String(method === 'HEAD' ? size : length) });
    if (method === 'HEAD') return void res.end();
    const chunkOf = (from: number, to: number): Buffer => (stored ? stored.body.subarray(from, to) : Buffer.alloc(to - from, virtual!.fill ?? 0x41));
    if (stall) {
      this.hung.add(res);
      const first = chunkOf(start, start + stalledBytes(length));
      this.bytesServed += first.length;
      return void res.write(first);
    }
    // Streamed in 64 KB chunks with back-pressure, so a virtual object of any size costs no memory here.
    let position = start;
    const pump = (): void => {
      while (position <= end) {
        const next = Math.min(position + 65_536, end + 1);
        const chunk = chunkOf(position, next);
        position = next;
        this.bytesServed += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => {
      position = end + 1;
    });
    pump();
  }

  /** The service's refusal of the request's credentials, if it would refuse them. */
  private checkAuthorization(headers: http.IncomingHttpHeaders): { code: string; message: string } | undefined {
    const authorization = String(headers.authorization ?? '');
    if (!this.rules.signature.test(authorization)) {
      return { code: this.flavour === 'cos' ? 'AccessDenied' : 'SignatureDoesNotMatch', message: `unsupported or malformed Authorization: ${authorization.slice(0, 40)}` };
    }
    const unsigned = this.rules.signedHeaders.find((name) => headers[name] === undefined);
    if (unsigned !== undefined) return { code: 'AccessDenied', message: `${unsigned} is required with this signature` };
    const token = this.options.securityToken;
    if (token !== undefined && headers[this.rules.tokenHeader] !== token) {
      return { code: this.flavour === 'oss' ? 'InvalidAccessKeyId' : 'InvalidToken', message: `${this.rules.tokenHeader} missing or wrong` };
    }
    return undefined;
  }

  private errorXml(code: string, message: string, path: string, requestId: string, ec: string): string {
    const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n';
    switch (this.flavour) {
      case 'oss':
        return `${head}  <Code>${code}</Code>\n  <Message>${x(message)}</Message>\n  <RequestId>${requestId}</RequestId>\n  <HostId>127.0.0.1</HostId>\n  <EC>${ec}</EC>\n</Error>\n`;
      case 'cos':
        return `${head}  <Code>${code}</Code>\n  <Message>${x(message)}</Message>\n  <Resource>127.0.0.1/${x(path)}</Resource>\n  <RequestId>${requestId}</RequestId>\n  <TraceId>OGVmYzZiMmQ</TraceId>\n</Error>\n`;
    }
  }
}
