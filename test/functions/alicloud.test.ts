import { createAlicloudHandler } from '../../functions/resize/src/adapters/alicloud';
import { OSS_ENDPOINT_ENV, type FcContext } from '../../lib/runtime/alicloud';
import { RESIZE_CONFIG_ENV } from '../../functions/resize/src/config';
import { ResizeConfigError } from '../../functions/resize/src/config-loader';
import { RESIZED_FROM_METADATA } from '../../functions/resize/src/process-object';
import { InMemoryObjectStore, StorageError } from '../../lib/runtime/storage';
import { FakeOss } from './fake-oss';
import { jpeg, metadata, pngWithAlpha } from './images';
import { FC_CONTEXT as context, ossEvent, SEED_EVENT } from './oss-event';
import { RecordingStore } from './stores';
import { tutorialConfig } from './configs';
import { withServer } from './with-server';

const BUCKET = 'fc-with-oss-trigger';
const config = tutorialConfig(BUCKET);

function setup(): { store: InMemoryObjectStore; logs: Record<string, unknown>[]; handler: ReturnType<typeof createAlicloudHandler> } {
  const store = new InMemoryObjectStore();
  const logs: Record<string, unknown>[] = [];
  const handler = createAlicloudHandler(() => store, { config, log: (e) => logs.push({ ...e }) });
  return { store, logs, handler };
}

async function put(store: InMemoryObjectStore, key: string, body: Buffer): Promise<void> {
  await store.put(BUCKET, key, body, { contentType: 'image/png', metadata: {} });
}

describe('alicloud handler', () => {
  test("the seed's event: source/serverless.png → processed/serverless.png within 128×128", async () => {
    const { store, logs, handler } = setup();
    await put(store, 'source/serverless.png', await pngWithAlpha(600, 400));

    const { results } = await handler(Buffer.from(SEED_EVENT), context);

    expect(results).toEqual([expect.objectContaining({ outcome: 'processed', bucket: BUCKET, key: 'source/serverless.png' })]);
    const out = store.object(BUCKET, 'processed/serverless.png');
    expect(out?.contentType).toBe('image/png');
    expect(out?.metadata).toEqual({ [RESIZED_FROM_METADATA]: 'source/serverless.png' });
    const meta = await metadata(out!.body);
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 128, 85]);
    expect(logs).toEqual([expect.objectContaining({ requestId: 'req-1', outcome: 'processed' })]);
  });

  test('the event may also arrive as a string or an object', async () => {
    const { store, handler } = setup();
    await put(store, 'source/serverless.png', await pngWithAlpha(300, 300));
    await expect(handler(SEED_EVENT, context)).resolves.toMatchObject({ results: [{ outcome: 'processed' }] });
    await expect(handler(JSON.parse(SEED_EVENT) as object, context)).resolves.toMatchObject({
      results: [{ outcome: 'processed' }],
    });
  });

  test('URL-encoded keys are decoded', async () => {
    const { store, handler } = setup();
    await put(store, 'source/my photo 你.png', await pngWithAlpha(300, 300));
    const { results } = await handler(ossEvent(['ObjectCreated:PostObject', 'source/my+photo%20%E4%BD%A0.png']), context);
    expect(results).toEqual([expect.objectContaining({ outcome: 'processed', key: 'source/my photo 你.png' })]);
    expect(store.keys(BUCKET)).toEqual(['processed/my photo 你.png', 'source/my photo 你.png']);
  });

  test('removed events, multipart parts, keys outside the prefix and own outputs are skipped', async () => {
    const { store, handler } = setup();
    await put(store, 'source/a.png', await pngWithAlpha(300, 300));
    await put(store, 'other/a.png', await pngWithAlpha(300, 300));
    const { results } = await handler(
      ossEvent(
        ['ObjectRemoved:DeleteObject', 'source/a.png'],
        ['ObjectCreated:UploadPart', 'source/a.png'],
        ['ObjectCreated:PutObject', 'other/a.png'],
        ['ObjectCreated:PutObject', 'processed/a.png'],
      ),
      context,
    );
    expect(results.map((r) => [r.outcome, r.outcome === 'skipped' ? r.reason : undefined])).toEqual([
      ['skipped', 'not-a-creation'],
      ['skipped', 'not-a-creation'],
      ['skipped', 'outside-sources'],
      ['skipped', 'outside-sources'],
    ]);
    expect(store.keys(BUCKET)).toEqual(['other/a.png', 'source/a.png']);
  });

  test("an existing user object at the destination is not overwritten", async () => {
    const { store, handler } = setup();
    await put(store, 'source/serverless.png', await pngWithAlpha(300, 300));
    await store.put(BUCKET, 'processed/serverless.png', Buffer.from('mine'), { contentType: 'text/plain', metadata: {} });
    const { results } = await handler(Buffer.from(SEED_EVENT), context);
    expect(results).toMatchObject([{ outcome: 'processed', outputs: [{ status: 'user-object-kept' }] }]);
    expect(store.object(BUCKET, 'processed/serverless.png')?.body.toString()).toBe('mine');
  });

  test('zero-byte and non-image inputs are non-retried failures (the handler resolves)', async () => {
    const { store, handler } = setup();
    await put(store, 'source/empty.png', Buffer.alloc(0));
    await put(store, 'source/notes.png', Buffer.from('just text'));
    const { results } = await handler(
      ossEvent(['ObjectCreated:PutObject', 'source/empty.png'], ['ObjectCreated:PutObject', 'source/notes.png']),
      context,
    );
    expect(results).toMatchObject([
      { outcome: 'bad-input', reason: 'empty', retry: false },
      { outcome: 'bad-input', reason: 'unsupported-format', retry: false },
    ]);
    expect(store.keys(BUCKET)).toEqual(['source/empty.png', 'source/notes.png']);
  });

  test('a storage failure fails the invocation, after the other events are handled', async () => {
    const inner = new InMemoryObjectStore();
    await inner.put(BUCKET, 'source/a.png', await pngWithAlpha(300, 300), { contentType: 'image/png', metadata: {} });
    const handler = createAlicloudHandler(() => new RecordingStore(inner, { head: new Error('ECONNRESET') }), {
      config,
      log: () => undefined,
    });
    await expect(handler(ossEvent(['ObjectCreated:PutObject', 'source/a.png']), context)).rejects.toBeInstanceOf(StorageError);

    let gets = 0;
    const flaky = new InMemoryObjectStore();
    await flaky.put(BUCKET, 'source/b.png', await pngWithAlpha(300, 300), { contentType: 'image/png', metadata: {} });
    const original = flaky.get.bind(flaky);
    flaky.get = async (bucket, key, options) => {
      gets += 1;
      if (key === 'source/a.png') throw new Error('throttled');
      return original(bucket, key, options);
    };
    const twoEvents = createAlicloudHandler(() => flaky, { config, log: () => undefined });
    await expect(
      twoEvents(ossEvent(['ObjectCreated:PutObject', 'source/a.png'], ['ObjectCreated:PutObject', 'source/b.png']), context),
    ).rejects.toMatchObject({ operation: 'get', key: 'source/a.png' });
    expect(gets).toBe(2);
    expect(flaky.keys(BUCKET)).toContain('processed/b.png');
  });

  test('a payload that is not an OSS event is logged and not retried; unreadable records are skipped', async () => {
    const { store, logs, handler } = setup();
    await expect(handler(Buffer.from('not json'), context)).resolves.toEqual({ results: [] });
    await expect(handler({ Records: [] }, context)).resolves.toEqual({ results: [] });
    expect(logs).toEqual([
      expect.objectContaining({ outcome: 'invalid-event', retry: false }),
      expect.objectContaining({ outcome: 'invalid-event', retry: false }),
    ]);

    await put(store, 'source/serverless.png', await pngWithAlpha(300, 300));
    const seed = JSON.parse(SEED_EVENT) as { events: unknown[] };
    const { results } = await handler({ events: [{ eventName: 'ObjectCreated:PutObject' }, ...seed.events] }, context);
    expect(results).toMatchObject([{ outcome: 'processed' }]);
    expect(logs[2]).toMatchObject({ outcome: 'invalid-record', index: 0 });
  });

  test('reads RESIZE_CONFIG when no configuration is given, and reports a broken one', async () => {
    const saved = process.env[RESIZE_CONFIG_ENV];
    try {
      const store = new InMemoryObjectStore();
      await put(store, 'source/serverless.png', await jpeg(300, 300));
      process.env[RESIZE_CONFIG_ENV] = JSON.stringify({ ...config, targets: [{ width: 50 }] });
      const fromEnv = createAlicloudHandler(() => store, { log: () => undefined });
      await fromEnv(Buffer.from(SEED_EVENT), context);
      expect((await metadata(store.object(BUCKET, 'processed/serverless.png')!.body)).width).toBe(50);

      process.env[RESIZE_CONFIG_ENV] = JSON.stringify({ ...config, targets: [{ width: -1 }] });
      const broken = createAlicloudHandler(() => store, { log: () => undefined });
      await expect(broken(Buffer.from(SEED_EVENT), context)).rejects.toThrow(ResizeConfigError);
      await expect(broken(Buffer.from(SEED_EVENT), context)).rejects.toThrow(/targets\[0\]\.width: must be a positive integer/);
    } finally {
      if (saved === undefined) delete process.env[RESIZE_CONFIG_ENV];
      else process.env[RESIZE_CONFIG_ENV] = saved;
    }
  });

  test('the store factory gets the invocation context', async () => {
    const seen: FcContext[] = [];
    const handler = createAlicloudHandler(
      (ctx) => {
        seen.push(ctx);
        return new InMemoryObjectStore();
      },
      { config, log: () => undefined },
    );
    await handler(Buffer.from(SEED_EVENT), context);
    expect(seen).toEqual([context]);
  });
});

describe('the default FC handler', () => {
  test('the default handler, with OSS_ENDPOINT, resizes through ali-oss end to end', async () => {
    await withServer(new FakeOss({ securityToken: 'TOKEN' }), async (oss) => ({ oss, endpoint: await oss.start() }), async ({ oss, endpoint }) => {
      const saved = { endpoint: process.env[OSS_ENDPOINT_ENV], config: process.env[RESIZE_CONFIG_ENV] };
      const writes = process.stdout.write;
      try {
        process.env[OSS_ENDPOINT_ENV] = endpoint;
        process.env[RESIZE_CONFIG_ENV] = JSON.stringify(config);
        const lines: string[] = [];
        process.stdout.write = ((chunk: string) => lines.push(chunk) > 0) as typeof process.stdout.write;
        oss.objects.set('source/serverless.png', { body: await pngWithAlpha(256, 512), headers: { 'content-type': 'image/png' } });

        const { handler } = await import('../../functions/resize/src/adapters/alicloud');
        await handler(Buffer.from(SEED_EVENT), context);

        const out = oss.objects.get('processed/serverless.png');
        expect(out?.headers['x-oss-meta-resized-from']).toBe('source/serverless.png');
        const meta = await metadata(out!.body);
        expect([meta.format, meta.width, meta.height]).toEqual(['png', 64, 128]);
        const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
        expect(logged).toEqual([expect.objectContaining({ outcome: 'processed', requestId: 'req-1' })]);
      } finally {
        process.stdout.write = writes;
        for (const [name, value] of [
          [OSS_ENDPOINT_ENV, saved.endpoint],
          [RESIZE_CONFIG_ENV, saved.config],
        ] as const) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    });
  });
});
