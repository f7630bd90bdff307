import type { ResizeConfig } from '../../functions/resize/src/config';
import {
  processObject,
  RESIZED_FROM_METADATA,
  type ObjectEvent,
  type ProcessResult,
} from '../../functions/resize/src/process-object';
import { InMemoryObjectStore, StorageError, ObjectNotFoundError } from '../../lib/runtime/storage';
import { tutorialConfig } from './configs';
import { jpeg, metadata, pngWithAlpha } from './images';
import { RecordingStore , ANY_SIZE } from './stores';

const BUCKET = 'photos';
const config = tutorialConfig(BUCKET);

function created(key: string, extra: Partial<ObjectEvent> = {}): ObjectEvent {
  return { bucket: BUCKET, key, eventKind: 'created', ...extra };
}

interface Run {
  result: ProcessResult;
  logs: Record<string, unknown>[];
}

/** Processes `event` with `cfg`, collecting the log lines; `maxKeyBytes` is the store's key limit (default: processObject's). */
async function run(event: ObjectEvent, store: InMemoryObjectStore | RecordingStore, cfg: ResizeConfig = config, maxKeyBytes?: number): Promise<Run> {
  const logs: Record<string, unknown>[] = [];
  const result = await processObject(event, { config: cfg, store, log: (e) => logs.push({ ...e }), logContext: { requestId: 'r-1' }, maxKeyBytes });
  return { result, logs };
}

async function storeWith(key: string, body: Buffer, metadata: Record<string, string> = {}): Promise<InMemoryObjectStore> {
  const store = new InMemoryObjectStore();
  await store.put(BUCKET, key, body, { contentType: 'application/octet-stream', metadata });
  return store;
}

describe('processObject', () => {
  test('resizes a created object and writes it with the marker, logging one line', async () => {
    const store = await storeWith('source/a.png', await pngWithAlpha(512, 256));
    const { result, logs } = await run(created('source/a.png'), store);

    expect(result).toMatchObject({
      outcome: 'processed',
      source: { format: 'png', width: 512, height: 256 },
      outputs: [{ bucket: BUCKET, key: 'processed/a.png', status: 'written', format: 'png', width: 128, height: 64 }],
    });
    const written = store.object(BUCKET, 'processed/a.png');
    expect(written?.contentType).toBe('image/png');
    expect(written?.metadata).toEqual({ [RESIZED_FROM_METADATA]: 'source/a.png' });
    const meta = await metadata(written!.body);
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 128, 64]);

    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      requestId: 'r-1',
      level: 'info',
      outcome: 'processed',
      key: 'source/a.png',
      input: { format: 'png', width: 512, height: 256 },
      written: 1,
      outputs: [{ key: 'processed/a.png', status: 'written', width: 128, height: 64, bytes: written!.body.length }],
    });
    expect(typeof logs[0].ms).toBe('number');
    expect(typeof logs[0].inputBytes).toBe('number');
  });

  test('several targets are written to their folders', async () => {
    const store = await storeWith('source/x/a.jpg', await jpeg(800, 600));
    const cfg: ResizeConfig = { ...config, targets: [{ width: 64, name: 'small' }, { width: 400, name: 'medium' }] };
    const { result } = await run(created('source/x/a.jpg'), store, cfg);
    expect(result.outcome).toBe('processed');
    expect(store.keys(BUCKET)).toEqual(['processed/medium/x/a.jpg', 'processed/small/x/a.jpg', 'source/x/a.jpg']);
    expect((await metadata(store.object(BUCKET, 'processed/small/x/a.jpg')!.body)).width).toBe(64);
    expect((await metadata(store.object(BUCKET, 'processed/medium/x/a.jpg')!.body)).width).toBe(400);
  });

  test('a format change renames the output', async () => {
    const store = await storeWith('source/a.png', await pngWithAlpha(300, 300));
    await run(created('source/a.png'), store, { ...config, format: 'webp' });
    expect(store.keys(BUCKET)).toEqual(['processed/a.webp', 'source/a.png']);
    expect(store.object(BUCKET, 'processed/a.webp')?.contentType).toBe('image/webp');
  });

  describe('skips, writing nothing', () => {
    test.each([
      ['removed events', { eventKind: 'removed' as const }, 'source/a.png', 'not-a-creation'],
      ['other events', { eventKind: 'other' as const }, 'source/a.png', 'not-a-creation'],
      ['keys outside the source prefix', {}, 'elsewhere/a.png', 'outside-sources'],
      ['keys in another bucket', { bucket: 'other' }, 'source/a.png', 'outside-sources'],
      ['folder placeholders', {}, 'source/', 'not-a-file'],
    ])('%s', async (_name, extra, key, reason) => {
      const store = new RecordingStore(await storeWith(key, await jpeg(300, 300)));
      const { result, logs } = await run({ ...created(key), ...extra }, store);
      expect(result).toMatchObject({ outcome: 'skipped', reason });
      expect(logs).toEqual([expect.objectContaining({ outcome: 'skipped', reason, key })]);
      expect(store.calls).toEqual([]);
    });

    test('its own outputs (keys under the destination prefix)', async () => {
      const wholeBucket: ResizeConfig = { ...config, sources: [{ bucket: BUCKET, prefix: '', suffix: '.png' }], format: 'jpeg' };
      const store = new RecordingStore(await storeWith('processed/a.png', await pngWithAlpha(300, 300)));
      const { result } = await run(created('processed/a.png'), store, wholeBucket);
      expect(result).toMatchObject({ outcome: 'skipped', reason: 'under-destination' });
      expect(store.calls).toEqual([]);
    });

    test('keys whose output would re-trigger the function', async () => {
      const wholeBucket: ResizeConfig = { ...config, sources: [{ bucket: BUCKET, prefix: '', suffix: '.png' }] };
      const store = new RecordingStore(await storeWith('a.png', await pngWithAlpha(300, 300)));
      const { result } = await run(created('a.png'), store, wholeBucket);
      expect(result).toMatchObject({ outcome: 'skipped', reason: 'destination-matches-source-filter' });
      expect(store.calls).toEqual([]);
    });

    test('keys whose output would be longer than the store accepts (maxKeyBytes)', async () => {
      const store = new RecordingStore(await storeWith('source/abcdef.jpg', await jpeg(300, 300)));
      const { result } = await run(created('source/abcdef.jpg'), store, config, 20);
      // 'processed/abcdef.jpg' is 20 bytes: allowed; one more byte is not.
      expect(result).toMatchObject({ outcome: 'processed' });
      const { result: longer } = await run(created('source/abcdefg.jpg'), store, config, 20);
      expect(longer).toMatchObject({ outcome: 'skipped', reason: 'destination-key-too-long' });
    });

    test('a source deleted before it is read', async () => {
      const { result } = await run(created('source/gone.png'), new InMemoryObjectStore());
      expect(result).toMatchObject({ outcome: 'skipped', reason: 'source-missing' });
    });
  });

  test('the real destination is re-checked once the format is known', async () => {
    // 'a.jpg' holds a PNG; with format 'png' the prediction says 'processed/a.png' (allowed) but the real output
    // keeps the name 'processed/a.jpg' (PNG in, PNG out), which a second trigger filter would fire on.
    const cfg: ResizeConfig = {
      ...config,
      format: 'png',
      sources: [...config.sources, { bucket: BUCKET, prefix: 'processed/', suffix: '.jpg' }],
    };
    const store = await storeWith('source/a.jpg', await pngWithAlpha(300, 300));
    const { result } = await run(created('source/a.jpg'), store, cfg);
    expect(result).toMatchObject({
      outcome: 'processed',
      outputs: [{ key: 'processed/a.jpg', status: 'refused', reason: 'destination-matches-source-filter' }],
    });
    expect(store.keys(BUCKET)).toEqual(['source/a.jpg']);
  });

  test("never overwrites a user's object at the destination", async () => {
    const store = await storeWith('source/a.jpg', await jpeg(300, 300));
    const users = Buffer.from('my own file');
    await store.put(BUCKET, 'processed/a.jpg', users, { contentType: 'text/plain', metadata: { owner: 'me' } });
    const { result, logs } = await run(created('source/a.jpg'), store);
    expect(result).toMatchObject({ outcome: 'processed', outputs: [{ key: 'processed/a.jpg', status: 'user-object-kept' }] });
    expect(store.object(BUCKET, 'processed/a.jpg')?.body.equals(users)).toBe(true);
    expect(logs[0]).toMatchObject({ written: 0, outputs: [{ status: 'user-object-kept' }] });
  });

  test('replaces its own earlier output (retries and re-uploads)', async () => {
    const store = await storeWith('source/a.jpg', await jpeg(300, 300));
    await store.put(BUCKET, 'processed/a.jpg', Buffer.from('stale'), {
      contentType: 'image/jpeg',
      metadata: { [RESIZED_FROM_METADATA]: 'source/a.jpg' },
    });
    const { result } = await run(created('source/a.jpg'), store);
    expect(result).toMatchObject({ outputs: [{ status: 'written' }] });
    expect((await metadata(store.object(BUCKET, 'processed/a.jpg')!.body)).width).toBe(128);
  });

  describe('bad inputs are reported, not thrown, and not retried', () => {
    const truncated = async (): Promise<Buffer> => {
      const whole = await jpeg(400, 400);
      return whole.subarray(0, whole.length / 2);
    };
    test.each([
      ['zero bytes', async () => Buffer.alloc(0), 'empty'],
      ['not an image', async () => Buffer.from('<html>not an image</html>'), 'unsupported-format'],
      ['truncated', truncated, 'corrupt'],
    ])('%s', async (_name, body, reason) => {
      const store = await storeWith('source/bad.jpg', await body());
      const { result, logs } = await run(created('source/bad.jpg'), store);
      expect(result).toMatchObject({ outcome: 'bad-input', reason, retry: false });
      expect(logs).toEqual([expect.objectContaining({ level: 'warn', outcome: 'bad-input', reason, retry: false })]);
      expect(store.keys(BUCKET)).toEqual(['source/bad.jpg']);
    });

    test('over the pixel limit', async () => {
      const store = await storeWith('source/big.jpg', await jpeg(300, 300));
      const { result } = await run(created('source/big.jpg'), store, { ...config, maxInputPixels: 1000 });
      expect(result).toMatchObject({ outcome: 'bad-input', reason: 'too-many-pixels' });
    });

    test('too large per the event: refused without downloading', async () => {
      const store = new RecordingStore(await storeWith('source/big.jpg', await jpeg(300, 300)));
      const { result } = await run(created('source/big.jpg', { size: 2_000 }), store, { ...config, maxInputBytes: 1_000 });
      expect(result).toMatchObject({ outcome: 'bad-input', reason: 'too-large', inputBytes: 2_000 });
      expect(store.calls).toEqual([]);
    });

    test('too large once downloaded (event without size)', async () => {
      const store = await storeWith('source/big.jpg', await jpeg(300, 300));
      const { result } = await run(created('source/big.jpg'), store, { ...config, maxInputBytes: 100 });
      expect(result).toMatchObject({ outcome: 'bad-input', reason: 'too-large' });
      expect(store.keys(BUCKET)).toEqual(['source/big.jpg']);
    });
  });

  describe('storage failures are thrown (the platform retries)', () => {
    test.each(['get', 'head', 'put'] as const)('%s fails', async (operation) => {
      const cause = new Error('connect ETIMEDOUT');
      const store = new RecordingStore(await storeWith('source/a.jpg', await jpeg(300, 300)), { [operation]: cause });
      const logs: Record<string, unknown>[] = [];
      const failure = processObject(created('source/a.jpg'), { config, store, log: (e) => logs.push({ ...e }) });
      await expect(failure).rejects.toBeInstanceOf(StorageError);
      await expect(failure).rejects.toMatchObject({ operation, cause });
      expect(logs).toEqual([expect.objectContaining({ level: 'error', outcome: 'error', operation, retry: true })]);
    });
  });
});

describe('InMemoryObjectStore', () => {
  test('get of a missing object rejects with ObjectNotFoundError; head resolves undefined', async () => {
    const store = new InMemoryObjectStore();
    await expect(store.get('b', 'k', ANY_SIZE)).rejects.toBeInstanceOf(ObjectNotFoundError);
    await expect(store.head('b', 'k')).resolves.toBeUndefined();
  });

  test('stores copies', async () => {
    const store = new InMemoryObjectStore();
    const body = Buffer.from('abc');
    await store.put('b', 'k', body, { contentType: 'text/plain', metadata: { a: '1' } });
    body.write('xyz');
    const read = await store.get('b', 'k', ANY_SIZE);
    read.write('qqq');
    expect((await store.get('b', 'k', ANY_SIZE)).toString()).toBe('abc');
    expect(await store.head('b', 'k')).toEqual({ metadata: { a: '1' } });
    expect(store.keys('b')).toEqual(['k']);
    expect(store.keys('other')).toEqual([]);
  });
});
