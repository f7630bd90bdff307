import { ANY_SIZE } from './stores';
import { createTencentcloudHandler, cosEventKind, cosObjectKey, parseCosEvent } from '../../functions/resize/src/adapters/tencentcloud';
import type { ResizeConfig } from '../../functions/resize/src/config';
import { InMemoryObjectStore } from '../../lib/runtime/storage';
import { cosEvent } from './cos-event';
import { jpeg, metadata, pngWithAlpha } from './images';

const config: ResizeConfig = {
  destination: { bucket: 'testpic-1253970026', prefix: 'processed/' },
  sources: [{ bucket: 'testpic-1253970026', prefix: 'source/', suffix: '' }],
  targets: [{ width: 128, height: 128 }],
};

describe('the SCF adapter', () => {
  test('reads bucket, key and kind from the documented Records', () => {
    const { events, unreadable } = parseCosEvent(cosEvent('source/a%20b%2Bc.jpg'));
    expect(unreadable).toEqual([]);
    // The URL's path decoded first, then cosObject.key as it is and percent-decoded.
    expect(events).toEqual([
      { bucket: 'testpic-1253970026', key: 'source/a b+c.jpg', alternativeKeys: ['source/a%20b%2Bc.jpg'], eventKind: 'created', size: 1029 },
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
