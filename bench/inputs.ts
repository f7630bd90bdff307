/**
 * The benchmark's inputs, generated (never downloaded) and deterministic: the same bytes on every machine and run.
 * Pixels are "photo-like": smooth gradients and waves with per-pixel grain, so encoders and decoders do real work
 * (a flat colour would decode unrealistically fast).
 */
import sharp from 'sharp';

export interface BenchInput {
  /** Short id used in tables and file names. */
  readonly id: string;
  readonly label: string;
  readonly format: 'jpeg' | 'png' | 'webp';
  readonly extension: string;
  readonly width: number;
  readonly height: number;
  readonly make: () => Promise<Buffer>;
}

/** Raw pixels: two-dimensional waves and gradients plus seeded grain (xorshift32), optionally an alpha ramp. */
export function photoPixels(width: number, height: number, channels: 3 | 4, grain = 24): Buffer {
  const pixels = Buffer.alloc(width * height * channels);
  let state = 0x9e3779b9;
  const random = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  const columns = new Float64Array(width);
  const rows = new Float64Array(height);
  for (let x = 0; x < width; x++) columns[x] = Math.sin((x / width) * 9.1) * 60 + Math.sin(x / 37) * 20 + Math.sin(x / 5.3) * 6;
  for (let y = 0; y < height; y++) rows[y] = Math.cos((y / height) * 7.3) * 60 + Math.cos(y / 23) * 20 + Math.cos(y / 4.1) * 6;
  let i = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = columns[x] + rows[y];
      const n = (random() % (2 * grain + 1)) - grain;
      pixels[i++] = clamp(128 + v * 0.9 + n);
      pixels[i++] = clamp(110 + v * 0.5 - n);
      pixels[i++] = clamp(100 - v * 0.7 + n);
      // Opaque on the right, transparent on the left, with soft edges.
      if (channels === 4) pixels[i++] = clamp((x / width) * 300 - 20 + n);
    }
  }
  return pixels;
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

/** A 12-megapixel (4000×3000) camera-like JPEG, quality 90, 4:2:0. */
export function photoJpeg(width = 4000, height = 3000): Promise<Buffer> {
  return sharp(photoPixels(width, height, 3), { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

export const BENCH_INPUTS: readonly BenchInput[] = [
  { id: 'jpeg-12mp', label: '12 MP JPEG (4000×3000)', format: 'jpeg', extension: '.jpg', width: 4000, height: 3000, make: () => photoJpeg() },
  {
    id: 'png-1080-alpha',
    label: '1920×1080 PNG, alpha',
    format: 'png',
    extension: '.png',
    width: 1920,
    height: 1080,
    make: () => sharp(photoPixels(1920, 1080, 4), { raw: { width: 1920, height: 1080, channels: 4 } }).png().toBuffer(),
  },
  {
    id: 'webp-1000',
    label: '1000×1000 WebP',
    format: 'webp',
    extension: '.webp',
    width: 1000,
    height: 1000,
    make: () => sharp(photoPixels(1000, 1000, 3), { raw: { width: 1000, height: 1000, channels: 3 } }).webp({ quality: 80 }).toBuffer(),
  },
  {
    id: 'png-64',
    label: '64×64 PNG',
    format: 'png',
    extension: '.png',
    width: 64,
    height: 64,
    make: () => sharp(photoPixels(64, 64, 3), { raw: { width: 64, height: 64, channels: 3 } }).png().toBuffer(),
  },
];

/** Output sizes: the tutorial's thumbnail and a web-sized image, each a square box (fit inside, never enlarged). */
export const BENCH_SIZES: readonly number[] = [128, 1024];

/** What a correct resize into a `box`×`box` square (fit inside, never enlarged) must produce. */
export function expectedSize(input: Pick<BenchInput, 'width' | 'height'>, box: number): { width: number; height: number } {
  const scale = Math.min(box / input.width, box / input.height, 1);
  return { width: Math.round(input.width * scale), height: Math.round(input.height * scale) };
}
