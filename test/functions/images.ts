/** Test images, generated with sharp at test time (no binary fixtures), and helpers to inspect outputs. */
import * as zlib from 'zlib';
import sharp, { type Metadata, type Sharp } from 'sharp';

export const RED = { r: 220, g: 30, b: 30 };
export const BLUE = { r: 30, g: 30, b: 220 };

export function jpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: RED } }).jpeg().toBuffer();
}

/** A PNG whose pixels are all half-transparent blue. */
export function pngWithAlpha(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { ...BLUE, alpha: 0.5 } } })
    .png()
    .toBuffer();
}

export function webp(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: BLUE } }).webp().toBuffer();
}

/** Left half red, right half blue, as stored pixels. */
export function redLeftBlueRight(width: number, height: number): Sharp {
  return sharp({ create: { width, height, channels: 3, background: RED } }).composite([
    { input: { create: { width: width / 2, height, channels: 3, background: BLUE } }, left: width / 2, top: 0 },
  ]);
}

/**
 * A JPEG stored landscape (`width`×`height`, red left, blue right) with EXIF orientation 6 ("rotate 90° clockwise
 * to display"): displayed upright it is portrait, red on top, blue at the bottom.
 */
export function exifRotatedJpeg(width: number, height: number): Promise<Buffer> {
  return orientedJpeg(width, height, 6);
}

/** RGBA of the pixel at (x, y), of frame `page` of an animated image (default: the first, or only, one). */
export async function pixel(image: Buffer, x: number, y: number, page = 0): Promise<{ r: number; g: number; b: number; a: number }> {
  const { data, info } = await sharp(image, { page }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * 4;
  return { r: data[i], g: data[i + 1], b: data[i + 2], a: data[i + 3] };
}

/** True when the colour is close to `expected` (lossy encoders shift channels a little). */
export function near(actual: { r: number; g: number; b: number }, expected: { r: number; g: number; b: number }): boolean {
  return Math.abs(actual.r - expected.r) < 40 && Math.abs(actual.g - expected.g) < 40 && Math.abs(actual.b - expected.b) < 40;
}

export function metadata(image: Buffer): Promise<Metadata> {
  return sharp(image).metadata();
}

export const GREEN = { r: 30, g: 200, b: 60 };
export const WHITE = { r: 255, g: 255, b: 255 };
type Rgb = { r: number; g: number; b: number };

/**
 * A JPEG stored `width`×`height`, red left and blue right, tagged with an EXIF orientation (1-8). Displayed upright:
 * 3 (180°) is blue left, red right; 6 (90° clockwise) is portrait, red on top; 8 (90° anti-clockwise) is portrait,
 * blue on top.
 */
export async function orientedJpeg(width: number, height: number, orientation: number): Promise<Buffer> {
  const stored = await redLeftBlueRight(width, height).jpeg().toBuffer();
  return sharp(stored).withMetadata({ orientation }).jpeg().toBuffer();
}

/** A CMYK JPEG of one colour, with a CMYK ICC profile (as print workflows export) or without one. */
export function cmykJpeg(width: number, height: number, colour: Rgb, withProfile: boolean): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: colour } });
  return (withProfile ? image.withIccProfile('cmyk') : image.toColourspace('cmyk')).jpeg({ quality: 95 }).toBuffer();
}

/** A 16-bit-per-channel RGBA PNG of one colour (`alpha` 0-1). */
export function png16(width: number, height: number, colour: Rgb, alpha: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { ...colour, alpha } } })
    .toColourspace('rgb16')
    .png()
    .toBuffer();
}

/** An RGBA PNG: the left half fully transparent, the right half opaque `colour`. */
export function transparentLeftOpaqueRight(width: number, height: number, colour: Rgb): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: { create: { width: width / 2, height, channels: 4, background: { ...colour, alpha: 1 } } }, left: width / 2, top: 0 }])
    .png()
    .toBuffer();
}

/** An animated GIF or WebP: one frame per colour, each `width`×`height`, 100 ms apart, looping. */
export async function animation(format: 'gif' | 'webp', width: number, height: number, colours: readonly Rgb[]): Promise<Buffer> {
  const strip = await sharp({ create: { width, height: height * colours.length, channels: 3, background: '#000000' } })
    .composite(colours.map((c, i) => ({ input: { create: { width, height, channels: 3, background: c } }, left: 0, top: i * height })))
    .removeAlpha()
    .raw()
    .toBuffer();
  const frames = sharp(strip, { raw: { width, height: height * colours.length, channels: 3, pageHeight: height } });
  const timing = { delay: colours.map(() => 100), loop: 0 };
  return (format === 'gif' ? frames.gif(timing) : frames.webp({ ...timing, quality: 90 })).toBuffer();
}

/** A JPEG carrying a Display P3 ICC profile, EXIF (camera, GPS-like text) and XMP: only the ICC profile may survive. */
export async function jpegWithPrivateMetadata(width: number, height: number): Promise<Buffer> {
  return sharp(await jpeg(width, height))
    .withIccProfile('p3')
    .withExif({ IFD0: { Copyright: 'someone', Artist: 'someone', Make: 'Camera', Model: 'X' } })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .jpeg()
    .toBuffer();
}

/** A noisy JPEG (entropy-coded data everywhere, so damage anywhere is detectable). */
export function noisyJpeg(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.from(Array.from({ length: width * height * 3 }, (_, i) => (i * 7919 + (i >> 5) * 31) % 256));
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg().toBuffer();
}

/** The first half of an encoded image (an interrupted upload). */
export function truncated(image: Buffer): Buffer {
  return image.subarray(0, Math.floor(image.length / 2));
}

/** The same JPEG with a run of its entropy-coded data overwritten (a damaged file of the full length). */
export function corrupted(image: Buffer): Buffer {
  const damaged = Buffer.from(image);
  const from = Math.floor(image.length * 0.3);
  for (let i = from; i < from + 300 && i < image.length - 2; i++) damaged[i] = (i * 13) & 0xff;
  return damaged;
}

/** A PNG with one byte of its compressed data flipped (its CRC no longer matches). */
export function pngWithBadCrc(image: Buffer): Buffer {
  const damaged = Buffer.from(image);
  damaged[Math.floor(image.length / 2)] ^= 0x55;
  return damaged;
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a valid 1-bit greyscale PNG of `width`×`height` black pixels whose zlib stream is tiny
 * (20000×20000 = 400 megapixels in about 50 kB).
 */
export function pngBomb(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((Math.ceil(width / 8) + 1) * height); // filter byte 0 + zero pixels, per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A small JPEG whose frame header claims `width`×`height` (up to 65535 each): refused before any decoding. */
export async function jpegClaiming(width: number, height: number): Promise<Buffer> {
  const image = Buffer.from(await jpeg(64, 64));
  for (let i = 2; i < image.length - 9; i++) {
    // SOF0 (baseline) or SOF2 (progressive): FF Cx, length (2), precision (1), height (2), width (2)
    if (image[i] === 0xff && (image[i + 1] === 0xc0 || image[i + 1] === 0xc2)) {
      image.writeUInt16BE(height, i + 5);
      image.writeUInt16BE(width, i + 7);
      return image;
    }
  }
  throw new Error('no SOF marker in the generated JPEG');
}

/** A valid 4×4 24-bit BMP: a real image format the function does not accept. */
export function bmp(): Buffer {
  const image = Buffer.alloc(54 + 4 * 4 * 3);
  image.write('BM', 0, 'ascii');
  image.writeUInt32LE(image.length, 2);
  image.writeUInt32LE(54, 10);
  image.writeUInt32LE(40, 14);
  image.writeInt32LE(4, 18);
  image.writeInt32LE(4, 22);
  image.writeUInt16LE(1, 26);
  image.writeUInt16LE(24, 28);
  return image;
}

/** The colour space an ICC profile converts from ('RGB ', 'CMYK', 'GRAY'), read from its header. */
export function iccColourSpace(icc: Buffer): string {
  return icc.subarray(16, 20).toString('latin1');
}
