import { ANY_SIZE } from './stores';
import { tencentcloud } from '../../lib/runtime';
import { createTencentcloudHandler } from '../../functions/resize/src/adapters/tencentcloud';
import { cosEventKind, cosObjectKey, parseCosEvent } from '../../lib/runtime/tencentcloud';
import { InMemoryObjectStore } from '../../lib/runtime/storage';
import { tutorialConfig } from './configs';
import { cosEvent } from './cos-event';
import { jpeg, metadata, pngWithAlpha } from './images';

const config = tutorialConfig('testpic-1253970026');

describe('the SCF adapter', () => {
  test('reads bucket, key and kind from the documented Records', () => {
    const { events, unreadable } = parseCosEvent(cosEvent('source/a%20b%2Bc.jpg'));
    expect(unreadable).toEqual([]);
    // The URL's path decoded first, then cosObject.key as it is and percent-decoded.
    expect(events).toEqual([
      {
        bucket: 'testpic-1253970026', key: 'source/a b+c.jpg', alternativeKeys: ['source/a%20b%2Bc.jpg'], eventKind: 'created', size: 1029,
        // eventTime is Unix seconds in the documented payload.
        time: '2018-12-19T07:49:30.000Z', eventName: 'cos:ObjectCreated:*',
      },
    ]);
    expect(cosEventKind('cos:ObjectRemove:Delete')).toBe('removed');
    expect(cosEventKind('cos:ObjectRestore:Completed')).toBe('other');
    expect(cosObjectKey('/1253970026/testpic-1253970026/x.png', '1253970026', 'testpic')).toBe('x.png');
    expect(cosObjectKey('/1253970026/testpic/100%.png', '1253970026', 'testpic')).toBe('100%.png');
    expect(cosObjectKey('/1253970026/testpic/a%2520b.png', '1253970026', 'testpic')).toBe('a%2520b.png');
  });

  test('resizes every Record of one event into processed/', async () => {
    const store = new InMemoryObjectStore();
    await store.put('testpic-1253970026', 'source/photo.jpg', await jpeg(1200, 800), { contentType: 'image/jpeg', metadata: {} });
    await store.put('testpic-1253970026', 'source/logo.png', await pngWithAlpha(300, 300), { contentType: 'image/png', metadata: {} });
    const handler = createTencentcloudHandler(() => store, { config, log: () => undefined });
    const event = cosEvent('source/photo.jpg') as { Records: object[] };
    event.Records.push(...(cosEvent('source/logo.png') as { Records: object[] }).Records);
    const { results } = await handler(event, { request_id: 'r-1' });
    expect(results.map((r) => r.outcome)).toEqual(['processed', 'processed']);
    const photo = await metadata((await store.get('testpic-1253970026', 'processed/photo.jpg', ANY_SIZE)));
    expect([photo.format, photo.width, photo.height]).toEqual(['jpeg', 128, 85]);
    expect((await store.head('testpic-1253970026', 'processed/logo.png'))?.metadata['resized-from']).toBe('source/logo.png');
  });

  test('skips deletions and keys outside the trigger prefix, and ignores a payload that is not a COS event', async () => {
    const store = new InMemoryObjectStore();
    const handler = createTencentcloudHandler(() => store, { config, log: () => undefined });
    expect((await handler(cosEvent('source/gone.jpg', { eventName: 'cos:ObjectRemove:Delete' }))).results).toEqual([
      expect.objectContaining({ outcome: 'skipped', reason: 'not-a-creation' }),
    ]);
    expect((await handler(cosEvent('other/x.jpg'))).results).toEqual([expect.objectContaining({ outcome: 'skipped', reason: 'outside-sources' })]);
    expect((await handler({ hello: 'world' })).results).toEqual([]);
    expect(store.keys('testpic-1253970026')).toEqual([]);
  });
});

describe('the SCF runtime module (evented-buckets/runtime, tencentcloud)', () => {
  test('reads removals with their native name, an ETag when the record carries one, and several Records', () => {
    const removed = cosEvent('uploads/a.txt', { eventName: 'cos:ObjectRemove:Delete', size: null }) as { Records: { cos: { cosObject: { meta: Record<string, string> } } }[] };
    removed.Records[0].cos.cosObject.meta.ETag = '"9a0364b9e99bb480dd25e1f0284c8555"';
    const second = cosEvent('uploads/b.txt', { eventName: 'cos:ObjectRemove:DeleteMarkerCreated' }) as { Records: object[] };
    const { events } = tencentcloud.parseCosEvent(JSON.stringify({ Records: [...removed.Records, ...second.Records] }));
    expect(events).toEqual([
      { bucket: 'testpic-1253970026', key: 'uploads/a.txt', eventKind: 'removed', etag: '9a0364b9e99bb480dd25e1f0284c8555', time: '2018-12-19T07:49:30.000Z', eventName: 'cos:ObjectRemove:Delete' },
      expect.objectContaining({ key: 'uploads/b.txt', eventKind: 'removed', eventName: 'cos:ObjectRemove:DeleteMarkerCreated', size: 1029 }),
    ]);
  });

  test('reports records it cannot read and refuses a payload without Records', () => {
    const { events, unreadable } = tencentcloud.parseCosEvent({ Records: [{ cos: {} }, ...(cosEvent('k') as { Records: object[] }).Records] });
    expect(events.map((e) => e.key)).toEqual(['k']);
    expect(unreadable).toEqual([{ index: 0, problem: expect.stringContaining('cos.cosObject.key') }]);
    expect(() => tencentcloud.parseCosEvent('not json')).toThrow(tencentcloud.CosEventError);
  });

  test('builds the store from the role keys SCF puts in the environment, and says what is missing', () => {
    expect(tencentcloud.cosStoreFromEnvironment({ TENCENTCLOUD_SECRETID: 'AKID', TENCENTCLOUD_SECRETKEY: 'KEY', TENCENTCLOUD_SESSIONTOKEN: 'T', TENCENTCLOUD_REGION: 'ap-guangzhou' }))
      .toBeInstanceOf(tencentcloud.CosObjectStore);
    expect(() => tencentcloud.cosStoreForInvocation({ time_limit_in_ms: 3000 }, { TENCENTCLOUD_SECRETID: 'AKID' })).toThrow(/TENCENTCLOUD_SECRETKEY/);
  });
});
