import { RESIZED_FROM_METADATA } from '../../functions/resize/src/process-object';
import { alicloud } from '../../lib/runtime';
import { ObjectNotFoundError } from '../../lib/runtime/storage';
import { FakeOss } from './fake-oss';
import { FC_CONTEXT, ossEventJson, ossEventKey, SEED_EVENT } from './oss-event';
import { ANY_SIZE } from './stores';

const { AliOssObjectStore, OssEventError, OSS_ENDPOINT_ENV, ossEventKind, ossStoreFromContext, parseOssEvent } = alicloud;
const BUCKET = 'fc-with-oss-trigger';

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

describe('evented-buckets/runtime: alicloud.ossEventKind and the seed payload', () => {
  test.each([
    ['ObjectCreated:PutObject', 'created'],
    ['ObjectCreated:PostObject', 'created'],
    ['ObjectCreated:CopyObject', 'created'],
    ['ObjectCreated:CompleteMultipartUpload', 'created'],
    ['ObjectCreated:AppendObject', 'created'],
    ['ObjectCreated:PutSymlink', 'created'],
    ['oss:ObjectCreated:PutObject', 'created'],
    ['ObjectCreated:InitiateMultipartUpload', 'other'],
    ['ObjectCreated:UploadPart', 'other'],
    ['ObjectCreated:UploadPartCopy', 'other'],
    ['ObjectRemoved:DeleteObject', 'removed'],
    ['ObjectRemoved:DeleteObjects', 'removed'],
    ['ObjectRemoved:AbortMultipartUpload', 'removed'],
    ['ObjectModified:UpdateObjectMeta', 'other'],
    ['Something', 'other'],
  ])('%s → %s', (name, kind) => {
    expect(ossEventKind(name)).toBe(kind);
  });

  test("the seed's payload", () => {
    expect(parseOssEvent(Buffer.from(SEED_EVENT))).toEqual({
      events: [{
        bucket: BUCKET, key: 'source/serverless.png', eventKind: 'created', size: 122539,
        etag: '688A7BF4F233DC9C88A80BF985AB7329', time: '2019-01-16T12:46:37.000Z', eventName: 'ObjectCreated:PutObject',
      }],
      unreadable: [],
    });
  });
});

describe('evented-buckets/runtime: alicloud against a local OSS look-alike', () => {
  // One look-alike for the file: the first test's assertions read the first PUT it received.
  const oss = new FakeOss({ securityToken: 'TOKEN' });
  let endpoint: string;
  beforeAll(async () => {
    endpoint = await oss.start();
  });
  afterAll(() => oss.stop());

  describe('AliOssObjectStore', () => {
    const store = (): alicloud.AliOssObjectStore =>
      new AliOssObjectStore({ region: 'ap-southeast-1', credentials: FC_CONTEXT.credentials, endpoint });

    test('put sends Content-Type, x-oss-meta-* (header-safe) and the STS token; head reads them back', async () => {
      await store().put(BUCKET, 'processed/my photo 你.png', Buffer.from('png-bytes'), {
        contentType: 'image/png',
        metadata: { [RESIZED_FROM_METADATA]: 'source/my photo 你 100%.png' },
      });
      const request = oss.requests.find((r) => r.method === 'PUT');
      expect(request?.path).toBe('processed/my photo 你.png');
      expect(request?.headers['x-oss-security-token']).toBe('TOKEN');
      expect(request?.headers['content-type']).toBe('image/png');
      expect(request?.headers['x-oss-meta-resized-from']).toBe('source/my photo %E4%BD%A0 100%25.png');

      await expect(store().head(BUCKET, 'processed/my photo 你.png')).resolves.toEqual({
        metadata: { [RESIZED_FROM_METADATA]: 'source/my photo 你 100%.png' },
      });
      await expect(store().get(BUCKET, 'processed/my photo 你.png', ANY_SIZE)).resolves.toEqual(Buffer.from('png-bytes'));
    });

    test('404: head resolves undefined, get rejects with ObjectNotFoundError', async () => {
      await expect(store().head(BUCKET, 'nothing-here.png')).resolves.toBeUndefined();
      await expect(store().get(BUCKET, 'nothing-here.png', ANY_SIZE)).rejects.toBeInstanceOf(ObjectNotFoundError);
    });

    test('other errors propagate', async () => {
      oss.failNext('HEAD', 500, 'InternalError');
      await expect(store().head(BUCKET, 'boom.png')).rejects.toMatchObject({ status: 500 });
      oss.failNext('GET', 500, 'InternalError');
      await expect(store().get(BUCKET, 'boom.png', ANY_SIZE)).rejects.not.toBeInstanceOf(ObjectNotFoundError);
    });
  });

  describe('ossStoreFromContext', () => {
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
});
