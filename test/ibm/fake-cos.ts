/**
 * The documented IBM event payloads (a COS notification as Code Engine and the Cloud Functions feed deliver it) and
 * a JSON POST to a local app. The COS server itself is s3rver behind a proxy: `test/functions/ibm-cos-server.ts`.
 */
import * as http from 'http';

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
