/** Test images, generated with sharp at test time (no binary fixtures), and helpers to inspect outputs. */
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
export async function exifRotatedJpeg(width: number, height: number): Promise<Buffer> {
  const stored = await redLeftBlueRight(width, height).jpeg().toBuffer();
  return sharp(stored).withMetadata({ orientation: 6 }).jpeg().toBuffer();
}

/** RGBA of the pixel at (x, y). */
export async function pixel(image: Buffer, x: number, y: number): Promise<{ r: number; g: number; b: number; a: number }> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
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
