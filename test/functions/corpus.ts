/**
 * The image corpus: every behaviour the resize function promises, as data. Each case seeds a bucket, delivers one
 * event, and says what must come out. `corpus.test.ts` runs each case through every adapter harness and adds the
 * invariants that hold for all of them (sources untouched, nothing written where it would re-trigger, one log line…).
 * All images are generated here, at test time.
 */
import type { ResizeConfig } from '../../functions/resize/src/config';
import type { ImageFormat } from '../../functions/resize/src/formats';
import type { BadInputReason, OutputStatus, SkipReason } from '../../functions/resize/src/process-object';
import type { StorageOperation } from '../../lib/runtime/storage';
import { tutorialConfig } from './configs';
import { CORPUS_BUCKET, type HarnessEvent } from './harness';
import {
  BLUE,
  GREEN,
  RED,
  WHITE,
  animation,
  bmp,
  cmykJpeg,
  corrupted,
  jpeg,
  jpegClaiming,
  jpegWithPrivateMetadata,
  noisyJpeg,
  orientedJpeg,
  png16,
  pngBomb,
  pngWithAlpha,
  pngWithBadCrc,
  transparentLeftOpaqueRight,
  truncated,
  webp,
} from './images';
import sharp from 'sharp';

/** The tutorial's function: `source/` → `processed/`, one 128×128 box, same bucket. */
export const BASE_CONFIG: ResizeConfig = tutorialConfig(CORPUS_BUCKET);

type Rgb = { r: number; g: number; b: number };

/** A pixel an output must have (colour within the tolerance of lossy encoders; alpha within 8 when given). */
export interface ExpectedPixel {
  readonly x: number;
  readonly y: number;
  readonly colour: Rgb;
  readonly alpha?: number;
  /** Frame of an animated output. @default 0 */
  readonly frame?: number;
}

export interface ExpectedOutput {
  readonly key: string;
  /** @default 'written' */
  readonly status?: OutputStatus;
  readonly format: ImageFormat;
  /** Size of the output (of each frame, when animated). */
  readonly width: number;
  readonly height: number;
  /** @default 1 */
  readonly frames?: number;
  readonly hasAlpha?: boolean;
  /** Colour space of the embedded ICC profile ('RGB '), or false for none. Unchecked when left out. */
  readonly icc?: string | false;
  readonly pixels?: readonly ExpectedPixel[];
}

export type Expectation =
  | { readonly outcome: 'processed'; readonly outputs: readonly ExpectedOutput[] }
  | { readonly outcome: 'skipped'; readonly reason: SkipReason }
  | { readonly outcome: 'bad-input'; readonly reason: BadInputReason }
  /**
   * The invocation fails with a StorageError from this operation, so the platform retries it; the retry (the
   * outage over) writes `then`.
   */
  | { readonly outcome: 'retried'; readonly operation: StorageOperation; readonly then: readonly ExpectedOutput[] };

export interface CorpusCase {
  readonly name: string;
  /** Changes to {@link BASE_CONFIG}. */
  readonly config?: Partial<ResizeConfig>;
  /** Objects in the bucket before the event. @default the event's key holding `body` */
  readonly seed?: () => Promise<Readonly<Record<string, Buffer | { body: Buffer; metadata: Record<string, string> }>>>;
  /** The source object's bytes (seeded under the event's key unless `seed` is given). */
  readonly body?: () => Promise<Buffer>;
  /** The event. @default created, in the corpus bucket */
  readonly event: Partial<HarnessEvent> & { readonly key: string };
  /** Fail the next store call of this kind once (a transient outage). */
  readonly failNext?: StorageOperation;
  readonly expect: Expectation;
}

/** Generates an image once, however many harnesses use it. */
function once(make: () => Promise<Buffer> | Buffer): () => Promise<Buffer> {
  let made: Promise<Buffer> | undefined;
  return () => (made ??= Promise.resolve(make()));
}

/** The noisy JPEG (its own case, and the source of the damaged JPEG and PNG cases), made once. */
const noisy = once(() => noisyJpeg(400, 400));

const images = {
  landscape: once(() => jpeg(400, 200)),
  tiny: once(() => jpeg(50, 40)),
  tall: once(() => jpeg(400, 800)),
  pngAlpha: once(() => pngWithAlpha(300, 300)),
  webpPortrait: once(() => webp(200, 400)),
  orientation3: once(() => orientedJpeg(200, 100, 3)),
  orientation6: once(() => orientedJpeg(200, 100, 6)),
  orientation8: once(() => orientedJpeg(200, 100, 8)),
  cmykProfile: once(() => cmykJpeg(300, 200, RED, true)),
  cmykBare: once(() => cmykJpeg(300, 200, RED, false)),
  png16: once(() => png16(300, 150, RED, 0.5)),
  halfTransparent: once(() => transparentLeftOpaqueRight(256, 128, BLUE)),
  gif3: once(() => animation('gif', 200, 100, [RED, GREEN, BLUE])),
  webp3: once(() => animation('webp', 200, 100, [RED, GREEN, BLUE])),
  privateMetadata: once(() => jpegWithPrivateMetadata(300, 200)),
  tiff: once(() => sharp({ create: { width: 300, height: 150, channels: 3, background: GREEN } }).tiff().toBuffer()),
  noisy,
  truncatedJpeg: once(async () => truncated(await noisy())),
  truncatedPng: once(async () => truncated(await pngWithAlpha(400, 400))),
  corruptJpeg: once(async () => corrupted(await noisy())),
  badCrcPng: once(async () => pngWithBadCrc(await sharp(await noisy()).png().toBuffer())),
  pngBomb: once(() => pngBomb(20_000, 20_000)),
  jpegBomb: once(() => jpegClaiming(60_000, 60_000)),
};

const landscapeOut = (key: string): ExpectedOutput => ({ key, format: 'jpeg', width: 128, height: 64, pixels: [{ x: 64, y: 32, colour: RED }] });

/** A key of exactly `bytes` UTF-8 bytes under `source/`, in nested folders with multi-byte characters. */
export function longKey(bytes: number): string {
  let key = 'source/';
  const segment = 'très-long-dossier-写真/'; // 26 bytes
  while (Buffer.byteLength(key + segment) + 'x.jpg'.length <= bytes) key += segment;
  key += 'x'.repeat(bytes - Buffer.byteLength(key) - '.jpg'.length) + '.jpg';
  if (Buffer.byteLength(key) !== bytes) throw new Error(`long key is ${Buffer.byteLength(key)} bytes, wanted ${bytes}`);
  return key;
}

/**
 * The corpus for a store that accepts keys of up to `maxKeyBytes` bytes: every case in {@link CORPUS}, plus the two
 * that depend on that limit ('processed/' is 3 bytes longer than 'source/').
 */
export function corpusFor(maxKeyBytes: number): readonly CorpusCase[] {
  const fits = longKey(maxKeyBytes - 3);
  return [
    ...CORPUS,
    {
      name: `a very long key (${maxKeyBytes - 3} bytes) whose output is exactly the store's limit (${maxKeyBytes})`,
      body: images.landscape,
      event: { key: fits },
      expect: { outcome: 'processed', outputs: [landscapeOut(`processed/${fits.slice('source/'.length)}`)] },
    },
    {
      name: `a key whose output would be one byte over the store's limit is skipped`,
      body: images.landscape,
      event: { key: longKey(maxKeyBytes - 2) },
      expect: { outcome: 'skipped', reason: 'destination-key-too-long' },
    },
  ];
}

export const CORPUS: readonly CorpusCase[] = [
  // ---- formats and geometry ----
  {
    name: 'JPEG into the default 128×128 box',
    body: images.landscape,
    event: { key: 'source/photo.jpg' },
    expect: { outcome: 'processed', outputs: [landscapeOut('processed/photo.jpg')] },
  },
  {
    name: 'PNG with alpha stays PNG with its transparency',
    body: images.pngAlpha,
    event: { key: 'source/logo.png' },
    expect: {
      outcome: 'processed',
      outputs: [{ key: 'processed/logo.png', format: 'png', width: 128, height: 128, hasAlpha: true, pixels: [{ x: 64, y: 64, colour: BLUE, alpha: 128 }] }],
    },
  },
  {
    name: 'WebP stays WebP',
    body: images.webpPortrait,
    event: { key: 'source/w.webp' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/w.webp', format: 'webp', width: 64, height: 128, pixels: [{ x: 32, y: 64, colour: BLUE }] }] },
  },
  {
    name: 'TIFF stays TIFF',
    body: images.tiff,
    event: { key: 'source/scan.tif' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/scan.tif', format: 'tiff', width: 128, height: 64, pixels: [{ x: 64, y: 32, colour: GREEN }] }] },
  },
  {
    name: 'an image smaller than the box is not enlarged',
    body: images.tiny,
    event: { key: 'source/tiny.jpg' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/tiny.jpg', format: 'jpeg', width: 50, height: 40 }] },
  },
  {
    name: 'fit cover fills the whole box',
    config: { fit: 'cover' },
    body: images.landscape,
    event: { key: 'source/photo.jpg' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/photo.jpg', format: 'jpeg', width: 128, height: 128, pixels: [{ x: 64, y: 64, colour: RED }] }] },
  },
  {
    name: 'fit contain pads a JPEG with the configured background',
    config: { fit: 'contain', background: '#1ec83c' },
    body: images.landscape,
    event: { key: 'source/photo.jpg' },
    expect: {
      outcome: 'processed',
      outputs: [{ key: 'processed/photo.jpg', format: 'jpeg', width: 128, height: 128, pixels: [{ x: 64, y: 4, colour: GREEN }, { x: 64, y: 64, colour: RED }] }],
    },
  },
  {
    name: 'several targets: a box and a width-only size, each in its folder',
    config: { targets: [{ width: 64, height: 64, name: 'thumb' }, { width: 300, widthOnly: true, name: 'w300' }] },
    body: images.tall,
    event: { key: 'source/tall.jpg' },
    expect: {
      outcome: 'processed',
      outputs: [
        { key: 'processed/thumb/tall.jpg', format: 'jpeg', width: 32, height: 64 },
        { key: 'processed/w300/tall.jpg', format: 'jpeg', width: 300, height: 600 },
      ],
    },
  },
  {
    name: 'a width-only size never enlarges',
    config: { targets: [{ width: 300, widthOnly: true }] },
    body: images.tiny,
    event: { key: 'source/tiny.jpg' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/tiny.jpg', format: 'jpeg', width: 50, height: 40 }] },
  },
  {
    name: 'format webp converts and renames',
    config: { format: 'webp' },
    body: images.pngAlpha,
    event: { key: 'source/logo.png' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/logo.webp', format: 'webp', width: 128, height: 128, hasAlpha: true }] },
  },
  {
    name: 'format avif converts and renames',
    config: { format: 'avif', quality: 50 },
    body: images.landscape,
    event: { key: 'source/photo.jpeg' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/photo.avif', format: 'avif', width: 128, height: 64, pixels: [{ x: 64, y: 32, colour: RED }] }] },
  },
  {
    name: 'format png from JPEG renames',
    config: { format: 'png' },
    body: images.landscape,
    event: { key: 'source/IMG_0001.JPG' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/IMG_0001.png', format: 'png', width: 128, height: 64 }] },
  },

  // ---- orientation, colour, depth, alpha ----
  {
    name: 'EXIF orientation 6: upright portrait, red on top',
    body: images.orientation6,
    event: { key: 'source/rot6.jpg' },
    expect: {
      outcome: 'processed',
      outputs: [{ key: 'processed/rot6.jpg', format: 'jpeg', width: 64, height: 128, pixels: [{ x: 32, y: 10, colour: RED }, { x: 32, y: 118, colour: BLUE }] }],
    },
  },
  {
    name: 'EXIF orientation 3: turned 180°, blue on the left',
    body: images.orientation3,
    event: { key: 'source/rot3.jpg' },
    expect: {
      outcome: 'processed',
      outputs: [{ key: 'processed/rot3.jpg', format: 'jpeg', width: 128, height: 64, pixels: [{ x: 10, y: 32, colour: BLUE }, { x: 118, y: 32, colour: RED }] }],
    },
  },
  {
    name: 'EXIF orientation 8: upright portrait, blue on top',
    body: images.orientation8,
    event: { key: 'source/rot8.jpg' },
    expect: {
      outcome: 'processed',
      outputs: [{ key: 'processed/rot8.jpg', format: 'jpeg', width: 64, height: 128, pixels: [{ x: 32, y: 10, colour: BLUE }, { x: 32, y: 118, colour: RED }] }],
    },
  },
  {
    name: 'CMYK JPEG with a CMYK profile comes out sRGB with an RGB profile',
    body: images.cmykProfile,
    event: { key: 'source/print.jpg' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/print.jpg', format: 'jpeg', width: 128, height: 85, icc: 'RGB ', pixels: [{ x: 64, y: 42, colour: RED }] }] },
  },
  {
    name: 'CMYK JPEG without a profile comes out sRGB',
    body: images.cmykBare,
    event: { key: 'source/print-bare.jpg' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/print-bare.jpg', format: 'jpeg', width: 128, height: 85, pixels: [{ x: 64, y: 42, colour: RED }] }] },
  },
  {
    name: '16-bit PNG with alpha comes out 8-bit with its colour and transparency',
    body: images.png16,
    event: { key: 'source/deep.png' },
    expect: {
      outcome: 'processed',
      outputs: [{ key: 'processed/deep.png', format: 'png', width: 128, height: 64, hasAlpha: true, pixels: [{ x: 64, y: 32, colour: RED, alpha: 128 }] }],
    },
  },
  {
    name: 'PNG with alpha to JPEG: flattened on the configured background',
    config: { format: 'jpeg', background: '#1ec83c' },
    body: images.halfTransparent,
    event: { key: 'source/cutout.png' },
    expect: {
      outcome: 'processed',
      outputs: [{ key: 'processed/cutout.jpg', format: 'jpeg', width: 128, height: 64, hasAlpha: false, pixels: [{ x: 10, y: 32, colour: GREEN }, { x: 118, y: 32, colour: BLUE }] }],
    },
  },
  {
    name: 'PNG with alpha to JPEG: flattened on white by default',
    config: { format: 'jpeg' },
    body: images.halfTransparent,
    event: { key: 'source/cutout.png' },
    expect: {
      outcome: 'processed',
      outputs: [{ key: 'processed/cutout.jpg', format: 'jpeg', width: 128, height: 64, pixels: [{ x: 10, y: 32, colour: WHITE }, { x: 118, y: 32, colour: BLUE }] }],
    },
  },
  {
    name: 'metadata is stripped except the ICC profile',
    body: images.privateMetadata,
    event: { key: 'source/camera.jpg' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/camera.jpg', format: 'jpeg', width: 128, height: 85, icc: 'RGB ' }] },
  },

  // ---- animation ----
  {
    name: 'animated GIF: first frame by default',
    body: images.gif3,
    event: { key: 'source/anim.gif' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/anim.gif', format: 'gif', width: 128, height: 64, frames: 1, pixels: [{ x: 64, y: 32, colour: RED }] }] },
  },
  {
    name: 'animated GIF: all frames when configured',
    config: { animated: 'all-frames' },
    body: images.gif3,
    event: { key: 'source/anim.gif' },
    expect: {
      outcome: 'processed',
      outputs: [{
        key: 'processed/anim.gif', format: 'gif', width: 128, height: 64, frames: 3,
        pixels: [{ x: 64, y: 32, colour: RED }, { x: 64, y: 32, colour: GREEN, frame: 1 }, { x: 64, y: 32, colour: BLUE, frame: 2 }],
      }],
    },
  },
  {
    name: 'animated WebP: first frame by default',
    body: images.webp3,
    event: { key: 'source/anim.webp' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/anim.webp', format: 'webp', width: 128, height: 64, frames: 1, pixels: [{ x: 64, y: 32, colour: RED }] }] },
  },
  {
    name: 'animated WebP: all frames when configured',
    config: { animated: 'all-frames', fit: 'cover', targets: [{ width: 50, height: 50 }] },
    body: images.webp3,
    event: { key: 'source/anim.webp' },
    expect: {
      outcome: 'processed',
      outputs: [{ key: 'processed/anim.webp', format: 'webp', width: 50, height: 50, frames: 3, pixels: [{ x: 25, y: 25, colour: BLUE, frame: 2 }] }],
    },
  },
  {
    name: 'animated GIF to JPEG: the first frame, even with all-frames',
    config: { animated: 'all-frames', format: 'jpeg' },
    body: images.gif3,
    event: { key: 'source/anim.gif' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/anim.jpg', format: 'jpeg', width: 128, height: 64, frames: 1, pixels: [{ x: 64, y: 32, colour: RED }] }] },
  },
  {
    name: 'animated GIF: first frame fits a pixel limit that all frames exceed',
    config: { maxInputPixels: 50_000 },
    body: images.gif3,
    event: { key: 'source/anim.gif' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/anim.gif', format: 'gif', width: 128, height: 64, frames: 1 }] },
  },

  // ---- keys ----
  {
    name: 'key with spaces (a + in the event)',
    body: images.landscape,
    event: { key: 'source/my summer photo.jpg' },
    expect: { outcome: 'processed', outputs: [landscapeOut('processed/my summer photo.jpg')] },
  },
  {
    name: 'key with a literal + and =',
    body: images.landscape,
    event: { key: 'source/a+b=c.jpg' },
    expect: { outcome: 'processed', outputs: [landscapeOut('processed/a+b=c.jpg')] },
  },
  {
    name: 'unicode key',
    body: images.landscape,
    event: { key: 'source/相册/Ünïcödé 写真 🎉.jpg' },
    expect: { outcome: 'processed', outputs: [landscapeOut('processed/相册/Ünïcödé 写真 🎉.jpg')] },
  },
  {
    name: 'key that looks URL-encoded (literal % sequences)',
    body: images.landscape,
    event: { key: 'source/100% off %20 %E4%BD.jpg' },
    expect: { outcome: 'processed', outputs: [landscapeOut('processed/100% off %20 %E4%BD.jpg')] },
  },
  {
    name: 'nested folders are mirrored',
    body: images.landscape,
    event: { key: 'source/2024/06/01/trip/day 1/img.jpg' },
    expect: { outcome: 'processed', outputs: [landscapeOut('processed/2024/06/01/trip/day 1/img.jpg')] },
  },
  {
    name: 'a key without an extension keeps its name',
    body: images.pngAlpha,
    event: { key: 'source/no-extension' },
    expect: { outcome: 'processed', outputs: [{ key: 'processed/no-extension', format: 'png', width: 128, height: 128 }] },
  },

  // ---- events and filters ----
  {
    name: 'a delete event is skipped',
    body: images.landscape,
    event: { key: 'source/photo.jpg', kind: 'removed' },
    expect: { outcome: 'skipped', reason: 'not-a-creation' },
  },
  {
    name: 'a key outside the source prefix is skipped',
    body: images.landscape,
    event: { key: 'elsewhere/photo.jpg' },
    expect: { outcome: 'skipped', reason: 'outside-sources' },
  },
  {
    name: 'a suffix the function was not asked to handle is skipped',
    config: { sources: [{ bucket: CORPUS_BUCKET, prefix: 'source/', suffix: '.jpg' }] },
    body: images.pngAlpha,
    event: { key: 'source/logo.png' },
    expect: { outcome: 'skipped', reason: 'outside-sources' },
  },
  {
    name: 'an event from another bucket is skipped',
    body: images.landscape,
    event: { key: 'source/photo.jpg', bucket: 'someone-elses-bucket' },
    expect: { outcome: 'skipped', reason: 'outside-sources' },
  },
  {
    name: 'a folder placeholder is skipped',
    body: async () => Buffer.alloc(0),
    event: { key: 'source/holiday/' },
    expect: { outcome: 'skipped', reason: 'not-a-file' },
  },
  {
    name: 'its own output (whole-bucket trigger) is skipped',
    config: { sources: [{ bucket: CORPUS_BUCKET, prefix: '', suffix: '.png' }], format: 'jpeg' },
    body: images.pngAlpha,
    event: { key: 'processed/logo.png' },
    expect: { outcome: 'skipped', reason: 'under-destination' },
  },
  {
    name: 'an output that would match the trigger is not written (whole-bucket trigger)',
    config: { sources: [{ bucket: CORPUS_BUCKET, prefix: '', suffix: '.png' }] },
    body: images.pngAlpha,
    event: { key: 'uploads/logo.png' },
    expect: { outcome: 'skipped', reason: 'destination-matches-source-filter' },
  },
  {
    name: 'an output that would match a second trigger is not written',
    config: {
      format: 'webp',
      sources: [
        { bucket: CORPUS_BUCKET, prefix: 'source/', suffix: '' },
        { bucket: CORPUS_BUCKET, prefix: 'processed/', suffix: '.webp' },
      ],
    },
    body: images.pngAlpha,
    event: { key: 'source/logo.png' },
    expect: { outcome: 'skipped', reason: 'destination-matches-source-filter' },
  },
  {
    name: "a user's object at the destination is kept",
    seed: async () => ({
      'source/photo.jpg': await images.landscape(),
      'processed/photo.jpg': { body: Buffer.from('my own file'), metadata: { owner: 'me' } },
    }),
    event: { key: 'source/photo.jpg' },
    expect: { outcome: 'processed', outputs: [{ ...landscapeOut('processed/photo.jpg'), status: 'user-object-kept', pixels: [] }] },
  },
  {
    name: 'an earlier output of the function is replaced',
    seed: async () => ({
      'source/photo.jpg': await images.landscape(),
      'processed/photo.jpg': { body: Buffer.from('stale'), metadata: { 'resized-from': 'source/photo.jpg' } },
    }),
    event: { key: 'source/photo.jpg' },
    expect: { outcome: 'processed', outputs: [landscapeOut('processed/photo.jpg')] },
  },
  {
    name: 'a source deleted before it is read is skipped',
    seed: async () => ({}),
    event: { key: 'source/gone.jpg' },
    expect: { outcome: 'skipped', reason: 'source-missing' },
  },

  // ---- bad input: reported, not retried, nothing written ----
  { name: 'zero-byte object', body: async () => Buffer.alloc(0), event: { key: 'source/empty.jpg' }, expect: { outcome: 'bad-input', reason: 'empty' } },
  {
    name: 'not an image',
    body: async () => Buffer.from('<html><body>not a picture</body></html>'),
    event: { key: 'source/page.jpg' },
    expect: { outcome: 'bad-input', reason: 'unsupported-format' },
  },
  { name: 'truncated JPEG', body: images.truncatedJpeg, event: { key: 'source/cut.jpg' }, expect: { outcome: 'bad-input', reason: 'corrupt' } },
  { name: 'truncated PNG', body: images.truncatedPng, event: { key: 'source/cut.png' }, expect: { outcome: 'bad-input', reason: 'corrupt' } },
  { name: 'JPEG with corrupt scan data', body: images.corruptJpeg, event: { key: 'source/damaged.jpg' }, expect: { outcome: 'bad-input', reason: 'corrupt' } },
  { name: 'PNG with a bad checksum', body: images.badCrcPng, event: { key: 'source/damaged.png' }, expect: { outcome: 'bad-input', reason: 'corrupt' } },
  {
    name: 'PNG decompression bomb (400 megapixels in 50 kB), default limit',
    body: images.pngBomb,
    event: { key: 'source/bomb.png' },
    expect: { outcome: 'bad-input', reason: 'too-many-pixels' },
  },
  {
    name: 'JPEG whose header claims 60000×60000',
    body: images.jpegBomb,
    event: { key: 'source/bomb.jpg' },
    expect: { outcome: 'bad-input', reason: 'too-many-pixels' },
  },
  {
    name: 'animated GIF whose frames together exceed the pixel limit (all-frames)',
    config: { animated: 'all-frames', maxInputPixels: 50_000 },
    body: images.gif3,
    event: { key: 'source/anim.gif' },
    expect: { outcome: 'bad-input', reason: 'too-many-pixels' },
  },
  {
    name: 'SVG is not accepted',
    body: async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'),
    event: { key: 'source/vector.svg' },
    expect: { outcome: 'bad-input', reason: 'unsupported-format' },
  },
  { name: 'BMP is not accepted', body: async () => bmp(), event: { key: 'source/old.bmp' }, expect: { outcome: 'bad-input', reason: 'unsupported-format' } },
  {
    name: 'an object over maxInputBytes, judged from the event',
    config: { maxInputBytes: 1000 },
    body: images.noisy,
    event: { key: 'source/big.jpg', size: 50_000 },
    expect: { outcome: 'bad-input', reason: 'too-large' },
  },

  // ---- transient storage failures: thrown, so the platform retries ----
  { name: 'reading the source fails', body: images.landscape, event: { key: 'source/photo.jpg' }, failNext: 'get', expect: { outcome: 'retried', operation: 'get', then: [landscapeOut('processed/photo.jpg')] } },
  { name: 'checking the destination fails', body: images.landscape, event: { key: 'source/photo.jpg' }, failNext: 'head', expect: { outcome: 'retried', operation: 'head', then: [landscapeOut('processed/photo.jpg')] } },
  { name: 'writing the output fails', body: images.landscape, event: { key: 'source/photo.jpg' }, failNext: 'put', expect: { outcome: 'retried', operation: 'put', then: [landscapeOut('processed/photo.jpg')] } },
];
