/**
 * Alibaba Cloud OSS trigger payloads as Function Compute delivers them: the tutorial's documented event, one builder
 * for events of its shape, and the invocation context.
 */
import type { FcContext } from '../../lib/runtime/alicloud';

/** The OSS event of the Function Compute tutorial (seed 001), verbatim. */
export const SEED_EVENT = `{
  "events": [
    {
      "eventName": "ObjectCreated:PutObject",
      "eventSource": "acs:oss",
      "eventTime": "2019-01-16T12:46:37.000Z",
      "eventVersion": "1.0",
      "oss": {
        "bucket": {
          "arn": "acs:oss:ap-southeast-1:229814243474603096:fc-with-oss-trigger",
          "name": "fc-with-oss-trigger",
          "ownerIdentity": "229814243474603096",
          "virtualBucket": ""
        },
        "object": {
          "deltaSize": 122539,
          "eTag": "688A7BF4F233DC9C88A80BF985AB7329",
          "key": "source/serverless.png",
          "size": 122539
        },
        "ossSchemaVersion": "1.0",
        "ruleId": "9adac8e253828f4f7c0466d941fa3db81161e853"
      },
      "region": "ap-southeast-1",
      "requestParameters": {
        "sourceIPAddress": "140.205.128.221"
      },
      "responseElements": {
        "requestId": "58F9FF2D3DF792092E12044C"
      },
      "userIdentity": {
        "principalId": "229814243474603096"
      }
    }
  ]
}`;

/** The invocation context Function Compute passes with the event (STS credentials of the function's role). */
export const FC_CONTEXT: FcContext = {
  requestId: 'req-1',
  region: 'ap-southeast-1',
  credentials: { accessKeyId: 'STS.AK', accessKeySecret: 'SK', securityToken: 'TOKEN' },
};

/** Encodes a key as OSS notifications carry it: URL-encoded, `/` kept, space as `+`. */
export function ossEventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/** Where one record of {@link ossEvent} differs from the seed's. */
export interface OssRecordOptions {
  /** @default - the seed's bucket, `fc-with-oss-trigger` */
  readonly bucket?: string;
  /** `size` and `deltaSize` of the object; `null` leaves both out. @default - the seed's, 122539 */
  readonly size?: number | null;
}

/** One record: event name, key as OSS sends it (see {@link ossEventKey}), and what else differs from the seed. */
export type OssRecord = [eventName: string, key: string, options?: OssRecordOptions];

/** An OSS event with the seed's shape (every documented field) for other names, keys, buckets and sizes, as JSON. */
export function ossEventJson(...records: OssRecord[]): { events: Record<string, any>[] } {
  const seed = (JSON.parse(SEED_EVENT) as { events: Record<string, any>[] }).events[0];
  return {
    events: records.map(([eventName, key, { bucket = seed.oss.bucket.name, size = seed.oss.object.size } = {}]) => {
      const { size: _size, deltaSize: _deltaSize, ...object } = seed.oss.object;
      return {
        ...seed,
        eventName,
        oss: {
          ...seed.oss,
          bucket: { ...seed.oss.bucket, name: bucket, arn: `acs:oss:${seed.region}:${seed.oss.bucket.ownerIdentity}:${bucket}` },
          object: { ...object, key, ...(size === null ? {} : { size, deltaSize: size }) },
        },
      };
    }),
  };
}

/** {@link ossEventJson} as Function Compute passes it to the handler: a Buffer. */
export function ossEvent(...records: OssRecord[]): Buffer {
  return Buffer.from(JSON.stringify(ossEventJson(...records)));
}
