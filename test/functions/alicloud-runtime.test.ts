import { alicloud } from '../../lib/runtime';
import { FakeOss } from './fake-oss';
import { FC_CONTEXT, ossEventJson, ossEventKey } from './oss-event';

const { OssEventError, OSS_ENDPOINT_ENV, ossStoreFromContext, parseOssEvent } = alicloud;

describe('evented-buckets/runtime: alicloud.parseOssEvent', () => {
  test('a removal: decoded key, the key as sent as the alternative, size, ETag without quotes, time and native name', () => {
    const event = ossEventJson(['ObjectRemoved:DeleteObjects', ossEventKey('uploads/a b+c 你.pdf')]);
    event.events[0].oss.object.eTag = '"5B3C1A2E053D763E1B002CC607C5A0FE"';
    expect(parseOssEvent(Buffer.from(JSON.stringify(event)))).toEqual({
      events: [{
        bucket: 'fc-with-oss-trigger', key: 'uploads/a b+c 你.pdf', alternativeKeys: [ossEventKey('uploads/a b+c 你.pdf')],
        eventKind: 'removed', size: 122539, etag: '5B3C1A2E053D763E1B002CC607C5A0FE', time: '2019-01-16T12:46:37.000Z', eventName: 'ObjectRemoved:DeleteObjects',
      }],
      unreadable: [],
    });
  });

  test('parts of a multipart upload are "other"; unreadable records are reported by index; a non-event throws', () => {
    const event = ossEventJson(['ObjectCreated:UploadPart', 'in/a.bin'], ['ObjectCreated:CompleteMultipartUpload', 'in/a.bin', { size: null }]);
    event.events.push({ eventName: 'ObjectCreated:PutObject', oss: { bucket: { name: 'b' } } });
    const parsed = parseOssEvent(event);
    expect(parsed.events.map((e) => [e.eventKind, e.size])).toEqual([['other', 122539], ['created', undefined]]);
    expect(parsed.unreadable).toEqual([{ index: 2, problem: 'missing eventName, oss.bucket.name or oss.object.key' }]);
    expect(() => parseOssEvent(Buffer.from('not json'))).toThrow(OssEventError);
    expect(() => parseOssEvent({ Records: [] })).toThrow(/no "events" array/);
  });
});

describe('evented-buckets/runtime: alicloud.ossStoreFromContext', () => {
  const oss = new FakeOss({ securityToken: 'TOKEN' });
  let endpoint: string;
  beforeAll(async () => {
    endpoint = await oss.start();
  });
  afterAll(() => oss.stop());

  test('writes with the context\'s STS token and a V4 signature scoped to the function\'s region', async () => {
    const store = ossStoreFromContext(FC_CONTEXT, { [OSS_ENDPOINT_ENV]: endpoint });
    await store.put('fc-with-oss-trigger', 'audit/x.json', Buffer.from('{}'), { contentType: 'application/json', metadata: {} });
    const put = oss.requests.find((r) => r.method === 'PUT' && r.path === 'audit/x.json')!;
    expect(put.headers['x-oss-security-token']).toBe('TOKEN');
    expect(put.headers.authorization).toMatch(/^OSS4-HMAC-SHA256 Credential=STS\.AK\/\d{8}\/ap-southeast-1\/oss\/aliyun_v4_request,/);
    expect(oss.objects.get('audit/x.json')?.body.toString()).toBe('{}');
  });

  test('a hung store fails within the time the function\'s own timeout leaves (6 s: one 1 s attempt)', async () => {
    const store = ossStoreFromContext({ ...FC_CONTEXT, function: { timeout: 6 } }, { [OSS_ENDPOINT_ENV]: endpoint });
    oss.hangNext('PUT');
    const started = Date.now();
    await expect(store.put('fc-with-oss-trigger', 'audit/hung.json', Buffer.from('{}'), { contentType: 'application/json', metadata: {} })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(4000);
  });
});
