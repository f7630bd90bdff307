import type { SourceFilter } from '../../functions/resize/src/config';
import {
  decodeEventKey,
  decodePercentSafely,
  destinationKey,
  guardSourceKey,
  matchSource,
  refuseDestination,
  type KeyConfig,
} from '../../functions/resize/src/keys';

const source: SourceFilter = { bucket: 'photos', prefix: 'source/', suffix: '' };
const single: KeyConfig = {
  destination: { bucket: 'photos', prefix: 'processed/' },
  sources: [source],
  targets: [{ width: 128 }],
};

describe('decodeEventKey', () => {
  test.each([
    ['source/serverless.png', 'source/serverless.png'],
    ['source/my+photo%20%E4%BD%A0.png', 'source/my photo 你.png'],
    ['source/a%2Bb.png', 'source/a+b.png'],
    ['source/100%.png', 'source/100%.png'],
    ['source/50%+off+%E4%BD%A0.png', 'source/50% off 你.png'],
    ['source/%ZZ%41.png', 'source/%ZZA.png'],
    ['source/%FF%E4%BD%A0.png', 'source/%FF你.png'],
    ['source/%E4%BD.png', 'source/%E4%BD.png'],
  ])('%s → %s', (raw, decoded) => {
    expect(decodeEventKey(raw)).toBe(decoded);
  });

  test('decodePercentSafely leaves + alone', () => {
    expect(decodePercentSafely('a+b%20c%')).toBe('a+b c%');
  });
});

describe('matchSource', () => {
  const sources: SourceFilter[] = [
    { bucket: 'photos', prefix: 'source/', suffix: '' },
    { bucket: 'photos', prefix: 'source/raw/', suffix: '.png' },
    { bucket: 'other', prefix: '', suffix: '.jpg' },
  ];
  test('bucket, prefix and suffix must all match', () => {
    expect(matchSource(sources, 'photos', 'source/a.png')).toBe(sources[0]);
    expect(matchSource(sources, 'photos', 'elsewhere/a.png')).toBeUndefined();
    expect(matchSource(sources, 'other', 'x/a.jpg')).toBe(sources[2]);
    expect(matchSource(sources, 'other', 'x/a.png')).toBeUndefined();
    expect(matchSource(sources, 'nope', 'source/a.png')).toBeUndefined();
  });
  test('the most specific filter wins, whatever the order', () => {
    expect(matchSource(sources, 'photos', 'source/raw/a.png')).toBe(sources[1]);
    expect(matchSource([...sources].reverse(), 'photos', 'source/raw/a.png')).toBe(sources[1]);
    expect(matchSource(sources, 'photos', 'source/raw/a.jpg')).toBe(sources[0]);
  });
});

describe('destinationKey', () => {
  test('single target mirrors the key under the destination prefix', () => {
    expect(destinationKey(single, source, 'source/serverless.png', single.targets[0])).toBe('processed/serverless.png');
    expect(destinationKey(single, source, 'source/2024/06/a b.png', single.targets[0])).toBe('processed/2024/06/a b.png');
  });

  test('several targets go to one folder each; a named single target too', () => {
    const several: KeyConfig = { ...single, targets: [{ width: 64, name: 'small' }, { width: 512, name: 'large' }] };
    expect(several.targets.map((t) => destinationKey(several, source, 'source/x/a.png', t))).toEqual([
      'processed/small/x/a.png',
      'processed/large/x/a.png',
    ]);
    const named: KeyConfig = { ...single, targets: [{ width: 64, name: 'thumb' }] };
    expect(destinationKey(named, source, 'source/a.png', named.targets[0])).toBe('processed/thumb/a.png');
  });

  test('unnamed targets (callers bypassing the loader) get a deterministic folder; width-only ones too', () => {
    const unnamed: KeyConfig = { ...single, targets: [{ width: 64 }, { width: 300, height: 200 }, { width: 800, widthOnly: true }] };
    expect(unnamed.targets.map((t) => destinationKey(unnamed, source, 'source/a.png', t))).toEqual([
      'processed/64x64/a.png',
      'processed/300x200/a.png',
      'processed/800w/a.png',
    ]);
  });

  test('extension replaced only when the format changes', () => {
    const t = single.targets[0];
    expect(destinationKey(single, source, 'source/a.png', t, { source: 'png', output: 'png' })).toBe('processed/a.png');
    expect(destinationKey(single, source, 'source/a.JPEG', t, { source: 'jpeg', output: 'jpeg' })).toBe('processed/a.JPEG');
    expect(destinationKey(single, source, 'source/a.png', t, { source: 'png', output: 'jpeg' })).toBe('processed/a.jpg');
    expect(destinationKey(single, source, 'source/a.heic', t, { source: 'heic', output: 'jpeg' })).toBe('processed/a.jpg');
    expect(destinationKey(single, source, 'source/v1.2/photo', t, { source: 'png', output: 'webp' })).toBe(
      'processed/v1.2/photo.webp',
    );
    expect(destinationKey(single, source, 'source/.hidden', t, { source: 'png', output: 'avif' })).toBe(
      'processed/.hidden.avif',
    );
  });
});

describe('guards', () => {
  test('folder placeholders and bare prefixes are not files', () => {
    expect(guardSourceKey(single, 'photos', 'source/', source)).toBe('not-a-file');
    expect(guardSourceKey(single, 'photos', 'source/sub/', source)).toBe('not-a-file');
  });

  test('keys under the destination prefix of the same bucket are refused', () => {
    const wholeBucket: SourceFilter = { bucket: 'photos', prefix: '', suffix: '.png' };
    const config: KeyConfig = { ...single, sources: [wholeBucket], format: 'jpeg' };
    expect(guardSourceKey(config, 'photos', 'processed/a.png', wholeBucket)).toBe('under-destination');
    // ...but the same key in another bucket is fine, and so is a source whose output leaves the filter (.jpg)
    expect(guardSourceKey(config, 'elsewhere', 'processed/a.png', { ...wholeBucket, bucket: 'elsewhere' })).toBeUndefined();
    expect(guardSourceKey(config, 'photos', 'a.png', wholeBucket)).toBeUndefined();
  });

  test('a destination equal to the source is refused', () => {
    const config: KeyConfig = { ...single, destination: { bucket: 'photos', prefix: 'img/' }, sources: [{ ...source, prefix: 'img/' }] };
    // 'img/a.png' is under the destination prefix too; the first guard already says so.
    expect(guardSourceKey(config, 'photos', 'img/a.png', config.sources[0])).toBe('under-destination');
    expect(refuseDestination(config, 'photos', 'img/a.png', 'img/a.png')).toBe('destination-is-source');
  });

  test('a destination that would match a trigger filter is refused (recursion)', () => {
    const wholeBucket: SourceFilter = { bucket: 'photos', prefix: '', suffix: '.png' };
    const config: KeyConfig = { ...single, sources: [wholeBucket] };
    expect(guardSourceKey(config, 'photos', 'a.png', wholeBucket)).toBe('destination-matches-source-filter');
    // a filter on another bucket does not match outputs written to this one
    const crossBucket: KeyConfig = { ...single, destination: { bucket: 'thumbs', prefix: 'out/' }, sources: [wholeBucket] };
    expect(guardSourceKey(crossBucket, 'photos', 'a.png', wholeBucket)).toBeUndefined();
  });

  test('the prediction uses the configured format: a .png trigger with WebP outputs is fine', () => {
    const pngOnly: SourceFilter = { bucket: 'photos', prefix: '', suffix: '.png' };
    const config: KeyConfig = { ...single, sources: [pngOnly], format: 'webp' };
    expect(guardSourceKey(config, 'photos', 'a.png', pngOnly)).toBeUndefined();
    expect(guardSourceKey({ ...config, format: 'keep' }, 'photos', 'a.png', pngOnly)).toBe(
      'destination-matches-source-filter',
    );
  });

  test('a destination longer than the store accepts is refused, counted in UTF-8 bytes', () => {
    // 'processed/' is 3 bytes longer than 'source/'; '写' is 3 bytes.
    const name = (bytes: number): string => `source/${'写'.repeat(Math.floor((bytes - 7) / 3))}${'x'.repeat((bytes - 7) % 3)}`;
    expect(Buffer.byteLength(name(1020))).toBe(1020);
    expect(guardSourceKey(single, 'photos', name(1020), source)).toBeUndefined();
    expect(guardSourceKey(single, 'photos', name(1021), source)).toBe('destination-key-too-long');
    expect(refuseDestination(single, 'photos', 'source/a.png', `processed/${'a'.repeat(841)}`, 850)).toBe('destination-key-too-long');
    expect(refuseDestination(single, 'photos', 'source/a.png', `processed/${'a'.repeat(841)}`, 1023)).toBeUndefined();
  });

  test('ordinary keys pass', () => {
    expect(guardSourceKey(single, 'photos', 'source/serverless.png', source)).toBeUndefined();
  });
});
