/**
 * IBM COS (S3 API) on 127.0.0.1 for the real ibm-cos-sdk client: the shared object look-alike in its S3 flavour
 * (path-style `/<bucket>/<key>`, S3 errors and limits, `x-amz-meta-*` kept) plus a fake IAM token endpoint for the cr-token grant; and the
 * documented IBM event payloads, and a JSON POST to a local app.
 */
import * as http from 'http';
import { FakeOss, type FakeStoreOptions } from '../functions/fake-oss';

/** The object store of {@link FakeOss}, plus IAM's token endpoint answering the trusted profile's cr-token grant. */
export class FakeCos extends FakeOss {
  /** IAM token requests (form fields). */
  readonly tokenRequests: Record<string, string>[] = [];

  /** IBM COS speaks the S3 API: S3's error XML, `x-amz-request-id`, 1024-byte keys, 2 KB of user metadata. */
  constructor(options: Omit<FakeStoreOptions, 'flavour'> = {}) {
    super({ ...options, flavour: 's3' });
  }

  protected override intercept(url: URL, body: Buffer, res: http.ServerResponse): boolean {
    if (url.pathname !== '/identity/token') return false;
    const form = Object.fromEntries(new URLSearchParams(body.toString()));
    this.tokenRequests.push(form);
    const ok = form.grant_type === 'urn:ibm:params:oauth:grant-type:cr-token' && form.cr_token === 'CR-TOKEN' && form.profile_id === 'Profile-1';
    res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
    res.end(JSON.stringify(ok ? { access_token: 'IAM-ACCESS', token_type: 'Bearer', expires_in: 3600, expiration: Math.floor(Date.now() / 1000) + 3600 } : { errorCode: 'BXNIM0415E' }));
    return true;
  }
}

/** A COS operation as the notification names it. */
export type IbmCosOperation = 'Object:Write' | 'Object:Delete';

/**
 * The COS notification body as Code Engine delivers it (CE docs, subscription-cos), for an upload under `key` (as it
 * is: COS does not encode it); `length` is the object's size, `null` leaves `object_length` out.
 */
export function ceCosBody(bucket: string, key: string, operation: IbmCosOperation = 'Object:Write', length: number | null = 1029): Record<string, unknown> {
  return {
    bucket,
    endpoint: '',
    key,
    notification: {
      bucket_name: bucket, content_type: 'image/jpeg', event_type: operation, format: '2.0', object_etag: '8a1bd2ee4d4a5e1a7d5a0e2a1e8d1c0f',
      ...(length === null ? {} : { object_length: String(length) }),
      object_name: key, request_id: '2dc1e7c0-6ba1-4e1b-9a3b-7e8d9f0a1b2c', request_time: '2024-03-11T10:20:30.000Z',
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

/** The parameters the Cloud Functions COS feed passes to the action (OW pkg_obstorage): {@link ceCosBody} without `operation`. */
export function owCosParams(bucket: string, key: string, eventType: IbmCosOperation = 'Object:Write', length: number | null = 1029): Record<string, unknown> {
  const { operation: _operation, ...rest } = ceCosBody(bucket, key, eventType, length);
  return { ...rest, endpoint: 's3.private.us-south.cloud-object-storage.appdomain.cloud' };
}

/** POSTs `body` with `headers` to `/` on 127.0.0.1:`port` and reads the JSON answer, as COS delivers to a Code Engine app. */
export function postJson(port: number, body: string, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
