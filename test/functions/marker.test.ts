import { createTencentcloudHandler } from '../../functions/resize/src/adapters/tencentcloud';
import { WASM_BASE_MB, WASM_BYTES_PER_PIXEL, wasmInputLimits } from '../../functions/resize/src/adapters/wasm-memory';
import { InMemoryObjectStore } from '../../lib/runtime/storage';
import { pngBomb } from './images';
import { storageTimeouts } from '../../lib/runtime/storage-timeouts';
import { markerValue, metadataBytes, RESIZED_FROM_METADATA } from '../../functions/resize/src/marker';

describe('the resized-from marker', () => {
  // 232 CJK characters: 696 bytes of key, about 2,090 bytes once percent-encoded into the marker.
  const cjk = `source/${'写真'.repeat(116)}.jpg`;

  test('the marker: the key when it fits, else a prefix and the digest of the whole key, within the limit', () => {
    expect(markerValue('source/a.jpg', 2048)).toBe('source/a.jpg');
    const marker = markerValue(cjk, 2048)!;
    expect(metadataBytes(RESIZED_FROM_METADATA, marker)).toBeLessThanOrEqual(2048);
    expect(marker).toMatch(/^source\/写真.* \[sha256:[0-9a-f]{64}\]$/);
    expect(markerValue(`${cjk}x`, 2048)).not.toBe(marker);
    expect(markerValue(cjk, 8192)).toBe(cjk);
    expect(markerValue(cjk, 60)).toBeUndefined();
  });

});

describe('storage timeouts', () => {
  test('the budget: (retries + 1) × request timeout stays within a sixth of the function timeout', () => {
    for (const ms of [3_000, 6_000, 60_000, 300_000, 900_000]) {
      const t = storageTimeouts(ms);
      expect((t.retries + 1) * t.requestMs).toBeLessThanOrEqual(Math.max(ms / 6, 1_000));
    }
    expect(storageTimeouts(undefined)).toEqual(storageTimeouts(300_000));
  });
});

describe('wasm32 input limits from the instance memory', () => {
  const configured = { maxInputPixels: 100_000_000, maxInputBytes: 104_857_600 };

  test('1024 MB: 100 MB inputs and 39 MP; 2048 MB keeps the defaults; never above the configured limits', () => {
    expect(wasmInputLimits(1024, configured)).toEqual({ maxInputBytes: 102_400_000, maxInputPixels: 38_584_615 });
    expect(wasmInputLimits(2048, configured)).toEqual(configured);
    expect(wasmInputLimits(3072, { maxInputPixels: 1_000, maxInputBytes: 10 })).toEqual({ maxInputPixels: 1_000, maxInputBytes: 10 });
    // The model's predicted warm peak (×1.56 of the cold one) stays inside the memory.
    for (const memory of [1024, 1536, 2048, 3072]) {
      const l = wasmInputLimits(memory, configured);
      expect((WASM_BASE_MB + l.maxInputBytes / 1e6 + (l.maxInputPixels * WASM_BYTES_PER_PIXEL) / 1e6) * 1.56).toBeLessThan(memory);
    }
  });

  test('the SCF handler refuses, from the header, a PNG the instance could not decode, and says why once', async () => {
    const store = new InMemoryObjectStore();
    await store.put('b-1', 'source/big.png', pngBomb(8_000, 6_000), { contentType: 'image/png', metadata: {} });
    const logs: Record<string, unknown>[] = [];
    const handler = createTencentcloudHandler(() => store, {
      config: { destination: { bucket: 'b-1', prefix: 'out/' }, sources: [{ bucket: 'b-1', prefix: 'source/', suffix: '' }], targets: [{ width: 64 }] },
      log: (e) => logs.push(e),
    });
    const event = { Records: [{ cos: { cosObject: { key: '/1/b/source/big.png' }, cosBucket: { name: 'b', appid: '1' } }, event: { eventName: 'cos:ObjectCreated:Put' } }] };
    expect((await handler(event, { memory_limit_in_mb: 1024 })).results[0]).toMatchObject({ outcome: 'bad-input', reason: 'too-many-pixels' });
    expect(logs[0]).toMatchObject({ outcome: 'limits-lowered', memoryMB: 1024, maxInputPixels: 38_584_615 });
    // With 2048 MB (or no memory given) the 48 MP image is within the limits.
    expect((await handler(event, { memory_limit_in_mb: 2048 })).results[0]).not.toMatchObject({ reason: 'too-many-pixels' });
  });
});
