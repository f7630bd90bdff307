/**
 * A COS (S3 API) look-alike on 127.0.0.1 for the real ibm-cos-sdk client: path-style GET/HEAD/PUT of
 * `/<bucket>/<key>`, S3's 404s, `x-amz-meta-*` kept; and a fake IAM token endpoint for the cr-token grant.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface FakeObject {
  readonly body: Buffer;
  readonly headers: Record<string, string>;
}

export class FakeCos {
  readonly objects = new Map<string, FakeObject>();
  readonly requests: { method: string; path: string; headers: http.IncomingHttpHeaders }[] = [];
  /** IAM token requests (form fields). */
  readonly tokenRequests: Record<string, string>[] = [];
  private server?: http.Server;

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

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/identity/token') {
      const form = Object.fromEntries(new URLSearchParams(body.toString()));
      this.tokenRequests.push(form);
      const ok = form.grant_type === 'urn:ibm:params:oauth:grant-type:cr-token' && form.cr_token === 'CR-TOKEN' && form.profile_id === 'Profile-1';
      res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(ok ? { access_token: 'IAM-ACCESS', token_type: 'Bearer', expires_in: 3600, expiration: Math.floor(Date.now() / 1000) + 3600 } : { errorCode: 'BXNIM0415E' }));
    }
    const path = decodeURIComponent(url.pathname).slice(1);
    this.requests.push({ method: req.method ?? '', path, headers: req.headers });
    const error = (status: number, code: string) => {
      res.writeHead(status, { 'content-type': 'application/xml' });
      res.end(req.method === 'HEAD' ? undefined : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
    };
    if (path.includes('boom')) return error(500, 'InternalError');
    const object = this.objects.get(path);
    switch (req.method) {
      case 'PUT': {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers)) {
          if ((name === 'content-type' || name.startsWith('x-amz-meta-')) && typeof value === 'string') headers[name] = value;
        }
        this.objects.set(path, { body, headers });
        res.writeHead(200, { etag: '"fake"' });
        return void res.end();
      }
      case 'GET':
      case 'HEAD':
        if (object === undefined) return error(404, 'NoSuchKey');
        res.writeHead(200, { ...object.headers, 'content-length': String(object.body.length), etag: '"fake"' });
        return void res.end(req.method === 'GET' ? object.body : undefined);
      default:
        return error(405, 'MethodNotAllowed');
    }
  }
}

/** The COS notification body as Code Engine delivers it (CE docs, subscription-cos), for an upload under `key`. */
export function ceCosBody(bucket: string, key: string, operation: 'Object:Write' | 'Object:Delete' = 'Object:Write', length = 1029): object {
  return {
    bucket,
    endpoint: '',
    key,
    notification: {
      bucket_name: bucket, content_type: 'image/jpeg', event_type: operation, format: '2.0', object_etag: '8a1bd2ee4d4a5e1a7d5a0e2a1e8d1c0f',
      object_length: String(length), object_name: key, request_id: '2dc1e7c0-6ba1-4e1b-9a3b-7e8d9f0a1b2c', request_time: '2024-03-11T10:20:30.000Z',
    },
    operation,
  };
}

/** The CloudEvents headers Code Engine sends with it (binary mode). */
export function ceHeaders(bucket: string, key: string, kind: 'write' | 'delete' = 'write'): Record<string, string> {
  return {
    'content-type': 'application/json',
    'ce-id': 'e-1',
    'ce-source': `https://cloud.ibm.com/catalog/services/cloud-object-storage/${bucket}`,
    'ce-specversion': '1.0',
    'ce-subject': key,
    'ce-time': '2024-03-11T10:20:30.000Z',
    'ce-type': `com.ibm.cloud.cos.document.${kind}`,
  };
}

/** The parameters the Cloud Functions COS feed passes to the action (OW pkg_obstorage). */
export function owCosParams(bucket: string, key: string, eventType: 'Object:Write' | 'Object:Delete' = 'Object:Write'): Record<string, unknown> {
  const body = ceCosBody(bucket, key, eventType) as Record<string, unknown>;
  const { operation: _operation, ...rest } = body;
  return { ...rest, endpoint: 's3.private.us-south.cloud-object-storage.appdomain.cloud' };
}
