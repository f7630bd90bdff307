/**
 * Runs the whole corpus (`corpus.ts`) through every adapter harness (`harness.ts`). Besides each case's own
 * expectations, every case checks the promises that hold whatever the input:
 * - the source, and every other object that was there, is never modified or deleted;
 * - exactly the expected outputs are written, none of them under a key a trigger filter would fire on;
 * - each event gets exactly one structured log line (key, outcome, ms; sizes and bytes when processed);
 * - bad inputs resolve (no retry); storage failures fail the invocation (retry), and the retry succeeds;
 * - processing the same event again rewrites the same keys (no duplicates).
 */
import sharp from 'sharp';
import { CONTENT_TYPES } from '../../functions/resize/src/formats';
import { matchSource } from '../../functions/resize/src/keys';
import { RESIZED_FROM_METADATA, type ProcessResult } from '../../functions/resize/src/process-object';
import { StorageError } from '../../lib/runtime/storage';
import type { ResizeConfig } from '../../functions/resize/src/config';
import { BASE_CONFIG, corpusFor, type CorpusCase, type ExpectedOutput } from './corpus';
import { CORPUS_BUCKET, HARNESSES, type AdapterHarness, type HarnessEvent, type StoredObject } from './harness';
import { iccColourSpace, near, pixel } from './images';

describe.each(HARNESSES)('corpus through $name', (harness) => {
  test.each(corpusFor(harness.maxKeyBytes).map((c) => [c.name, c] as const))('%s', (_name, corpusCase) => runCase(harness, corpusCase));
});

async function runCase(harness: AdapterHarness, c: CorpusCase): Promise<void> {
  const config: ResizeConfig = { ...BASE_CONFIG, ...c.config };
  const instance = await harness.start(config);
  try {
    const seed = c.seed ? await c.seed() : { [c.event.key]: await c.body!() };
    for (const [key, object] of Object.entries(seed)) {
      if (Buffer.isBuffer(object)) await instance.seed(key, object);
      else await instance.seed(key, object.body, object.metadata);
    }
    const before = await instance.objects();
    const event: HarnessEvent = { kind: 'created', bucket: CORPUS_BUCKET, ...c.event };
    if (c.failNext) instance.failNext(c.failNext);

    const first = await instance.invoke(event);
    const after = await instance.objects();
    const expected = c.expect;
    const written = expected.outcome === 'processed' ? expected.outputs.filter((o) => (o.status ?? 'written') === 'written') : [];
    expectOnlyWritten(config, event, before, after, written);
    expect(first.logs).toHaveLength(1);
    const line = first.logs[0];
    expect(line).toMatchObject({ bucket: event.bucket, key: event.key, outcome: expected.outcome === 'retried' ? 'error' : expected.outcome });
    expect(typeof line.ms).toBe('number');

    switch (expected.outcome) {
      case 'skipped':
        expect(first.error).toBeUndefined();
        expect(first.results).toEqual([expect.objectContaining({ outcome: 'skipped', reason: expected.reason })]);
        expect(line).toMatchObject({ level: 'info', reason: expected.reason });
        return;
      case 'bad-input':
        expect(first.error).toBeUndefined();
        expect(first.results).toEqual([expect.objectContaining({ outcome: 'bad-input', reason: expected.reason, retry: false })]);
        expect(line).toMatchObject({ level: 'warn', reason: expected.reason, retry: false });
        expect(typeof line.detail).toBe('string');
        return;
      case 'retried': {
        // Thrown (or, for an HTTP entry point, a 5xx), so the platform retries; the log line names the operation.
        expect(first.error).toBeDefined();
        if (first.error instanceof Error) expect(first.error).toMatchObject({ name: StorageError.name, operation: expected.operation });
        expect(line).toMatchObject({ level: 'error', operation: expected.operation, retry: true });
        // The platform retries once the outage is over: the same event now gets through.
        const retry = await instance.invoke(event);
        expect(retry.error).toBeUndefined();
        await expectProcessed(retry.results, retry.logs, expected.then, event);
        const afterRetry = await instance.objects();
        expectOnlyWritten(config, event, before, afterRetry, expected.then);
        await expectOutputs(afterRetry, expected.then, event.key);
        return;
      }
      case 'processed': {
        expect(first.error).toBeUndefined();
        await expectProcessed(first.results, first.logs, expected.outputs, event);
        await expectOutputs(after, written, event.key);
        // A retried (or repeated) event overwrites the same keys: nothing new appears.
        const again = await instance.invoke(event);
        expect(again.error).toBeUndefined();
        expect(again.results).toEqual([expect.objectContaining({ outcome: 'processed' })]);
        const afterAgain = await instance.objects();
        expect([...afterAgain.keys()].sort()).toEqual([...after.keys()].sort());
        for (const output of written) expect(afterAgain.get(output.key)?.metadata[RESIZED_FROM_METADATA]).toBe(event.key);
        return;
      }
    }
  } finally {
    await instance.close();
  }
}

/** Objects present before are unchanged unless they are expected outputs; the only new or changed keys are those. */
function expectOnlyWritten(
  config: ResizeConfig,
  event: HarnessEvent,
  before: ReadonlyMap<string, StoredObject>,
  after: ReadonlyMap<string, StoredObject>,
  written: readonly ExpectedOutput[],
): void {
  const outputKeys = new Set(written.map((o) => o.key));
  for (const [key, object] of before) {
    if (outputKeys.has(key)) continue;
    const now = after.get(key);
    expect({ key, present: now !== undefined }).toEqual({ key, present: true });
    expect(now!.body.equals(object.body)).toBe(true);
    expect(now!.metadata).toEqual(object.metadata);
  }
  const changed = [...after.keys()].filter((key) => {
    const old = before.get(key);
    return old === undefined || !old.body.equals(after.get(key)!.body);
  });
  expect(changed.sort()).toEqual([...outputKeys].sort());
  for (const key of changed) {
    // Never over the source, never where a trigger would fire on it again.
    expect(key).not.toBe(event.key);
    expect(matchSource(config.sources, CORPUS_BUCKET, key)).toBeUndefined();
  }
}

/** The result and the log line of a processed event list every output with its size. */
async function expectProcessed(
  results: readonly ProcessResult[] | undefined,
  logs: readonly Record<string, unknown>[],
  outputs: readonly ExpectedOutput[],
  event: HarnessEvent,
): Promise<void> {
  const shape = outputs.map((o) =>
    expect.objectContaining({ key: o.key, status: o.status ?? 'written', format: o.format, width: o.width, height: o.height, frames: o.frames ?? 1 }),
  );
  expect(results).toEqual([expect.objectContaining({ outcome: 'processed', key: event.key, outputs: shape })]);
  expect(logs).toHaveLength(1);
  expect(logs[0]).toMatchObject({ level: 'info', outcome: 'processed', key: event.key, inputBytes: expect.any(Number) });
  expect(logs[0].input).toEqual(expect.objectContaining({ format: expect.any(String), width: expect.any(Number), height: expect.any(Number) }));
  const logged = logs[0].outputs as Record<string, unknown>[];
  expect(logged).toEqual(
    outputs.map((o) => expect.objectContaining({ key: o.key, status: o.status ?? 'written', width: o.width, height: o.height, bytes: expect.any(Number) })),
  );
  expect(logs[0].written).toBe(outputs.filter((o) => (o.status ?? 'written') === 'written').length);
}

/** Decodes each written output and checks format, size, frames, metadata and pixels. */
async function expectOutputs(objects: ReadonlyMap<string, StoredObject>, outputs: readonly ExpectedOutput[], sourceKey: string): Promise<void> {
  for (const o of outputs) {
    const stored = objects.get(o.key);
    expect({ key: o.key, stored: stored !== undefined }).toEqual({ key: o.key, stored: true });
    expect(stored!.contentType).toBe(CONTENT_TYPES[o.format]);
    expect(stored!.metadata[RESIZED_FROM_METADATA]).toBe(sourceKey);
    const meta = await sharp(stored!.body).metadata();
    expect({
      key: o.key,
      format: meta.format,
      width: meta.width,
      height: meta.height,
      frames: meta.pages ?? 1,
      space: meta.space,
      depth: meta.depth,
      // Upright: no tag, or 1 (the TIFF writer always writes one).
      orientation: meta.orientation ?? 1,
      exif: meta.exif,
      xmp: meta.xmp,
      iptc: meta.iptc,
    }).toEqual({
      key: o.key,
      format: o.format === 'avif' ? 'heif' : o.format,
      width: o.width,
      height: o.height,
      frames: o.frames ?? 1,
      space: 'srgb',
      depth: 'uchar',
      orientation: 1,
      exif: undefined,
      xmp: undefined,
      iptc: undefined,
    });
    if (o.hasAlpha !== undefined) expect(meta.hasAlpha).toBe(o.hasAlpha);
    if (o.icc === false) expect(meta.icc).toBeUndefined();
    else if (o.icc !== undefined) expect(meta.icc && iccColourSpace(meta.icc)).toBe(o.icc);
    for (const p of o.pixels ?? []) {
      const actual = await pixel(stored!.body, p.x, p.y, p.frame ?? 0);
      expect({ at: p, actual, near: near(actual, p.colour) }).toEqual({ at: p, actual, near: true });
      if (p.alpha !== undefined) expect(Math.abs(actual.a - p.alpha)).toBeLessThanOrEqual(8);
    }
  }
}
