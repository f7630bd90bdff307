import { storageTimeouts } from '../../functions/resize/src/adapters/storage-timeouts';
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
