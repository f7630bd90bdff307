/** Tencent Cloud COS trigger payloads: the documented event and one builder for events of its shape. */

/** Encodes a key as the COS trigger carries it in `cosObject.key`: URL-encoded, `/` kept. */
export function cosEventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/');
}

/** Where an event of {@link cosEvent} differs from the documented one. */
export interface CosEventOptions {
  /** The bucket, `<name>-<appid>`. @default 'testpic-1253970026' */
  readonly bucket?: string;
  /** @default 'cos:ObjectCreated:*' */
  readonly eventName?: string;
  /** `cosObject.size`; `null` leaves it out. @default 1029 */
  readonly size?: number | null;
  /** The path of `cosObject.url` (after the host); `null` leaves the URL out. @default `key` */
  readonly urlPath?: string | null;
}

/**
 * The COS trigger's documented event (Tencent Cloud "COS trigger" page), for an object `key` as COS sends it (see
 * {@link cosEventKey}); by default a JPEG uploaded to the page's bucket.
 */
export function cosEvent(key: string, { bucket = 'testpic-1253970026', eventName = 'cos:ObjectCreated:*', size = 1029, urlPath = key }: CosEventOptions = {}): object {
  const dash = bucket.lastIndexOf('-');
  const [name, appid] = [bucket.slice(0, dash), bucket.slice(dash + 1)];
  return {
    Records: [{
      cos: {
        cosSchemaVersion: '1.0',
        cosObject: {
          ...(urlPath === null ? {} : { url: `http://${bucket}.cos.ap-chengdu.myqcloud.com/${urlPath}` }),
          meta: { 'x-cos-request-id': 'NWMxOWY4MGFfMjViMjU4NjRfMTUyMV8yNzhhZjM=', 'Content-Type': '' },
          vid: '',
          key: `/${appid}/${name}/${key}`,
          ...(size === null ? {} : { size }),
        },
        cosBucket: { region: 'cd', name, appid },
        cosNotificationId: 'unknown',
      },
      event: {
        eventName,
        eventVersion: '1.0',
        eventTime: 1545205770,
        eventSource: 'qcs::cos',
        requestParameters: { requestSourceIP: '', requestHeaders: { Authorization: 'q-sign-algorithm=sha1&q-ak=AKID' } },
        eventQueue: `qcs:0:scf:cd:appid/${appid}:default.resize.$LATEST`,
        reservedInfo: '',
        reqid: 179398952,
      },
    }],
  };
}
