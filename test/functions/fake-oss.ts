/**
 * A minimal OSS (and COS, Tencent's and IBM's: same verbs, same XML error shape) look-alike on 127.0.0.1 for
 * exercising the real ali-oss, cos-nodejs-sdk-v5 and ibm-cos-sdk clients: GET/HEAD/PUT by path, 404 as OSS
 * answers it (XML `NoSuchKey` body on GET, empty body on HEAD), a 500 for any key containing "boom", and a 503 for
 * requests queued with `failNext`.
 * With an IP endpoint ali-oss puts no bucket in the host or path, so one server is one bucket.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface FakeOssObject {
  readonly body: Buffer;
  readonly headers: Record<string, string>;
}

export interface FakeOssRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
}

export class FakeOss {
  readonly objects = new Map<string, FakeOssObject>();
  readonly requests: FakeOssRequest[] = [];
  private server?: http.Server;
  private readonly failures: string[] = [];

  /** The next request with this method is answered 503 ServiceUnavailable (a transient failure). */
  failNext(method: 'GET' | 'HEAD' | 'PUT'): void {
    this.failures.push(method);
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, Buffer.concat(chunks), res));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((err) => (err ? reject(err) : resolve())));
  }

  /** Lets a subclass answer requests that are not object operations (e.g. a token endpoint); true when answered. */
  protected intercept(_url: URL, _body: Buffer, _res: http.ServerResponse): boolean {
    return false;
  }

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://x');
    if (this.intercept(url, body, res)) return;
    const path = decodeURIComponent(url.pathname).slice(1);
    this.requests.push({ method: req.method ?? '', path, headers: req.headers });
    const error = (status: number, code: string): void => {
      const xml = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message><RequestId>fake</RequestId></Error>`;
      res.writeHead(status, { 'content-type': 'application/xml', 'x-oss-request-id': 'fake' });
      res.end(req.method === 'HEAD' ? undefined : xml);
    };
    if (path.includes('boom')) return error(500, 'InternalError');
    const failure = this.failures.indexOf(req.method ?? '');
    if (failure >= 0) {
      this.failures.splice(failure, 1);
      return error(503, 'ServiceUnavailable');
    }
    const object = this.objects.get(path);
    switch (req.method) {
      case 'PUT': {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers)) {
          if ((name === 'content-type' || /^x-(oss|cos|amz)-meta-/.test(name)) && typeof value === 'string') headers[name] = value;
        }
        this.objects.set(path, { body, headers });
        res.writeHead(200, { etag: '"fake"', 'x-oss-request-id': 'fake' });
        return void res.end();
      }
      case 'GET':
      case 'HEAD':
        if (object === undefined) return error(404, 'NoSuchKey');
        res.writeHead(200, { ...object.headers, 'content-length': String(object.body.length), 'x-oss-request-id': 'fake' });
        return void res.end(req.method === 'GET' ? object.body : undefined);
      default:
        return error(405, 'MethodNotAllowed');
    }
  }
}
