/**
 * The image formats the function writes, with their file extension and MIME type.
 * Kept apart from `resize.ts` so that key derivation (`keys.ts`) needs no native module.
 */

/** Formats the function can write. `avif` is reported by sharp as `heif`; it is normalised to `avif` here. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'tiff';

/** Formats the function accepts as input: the writable ones plus HEIC, which is converted (sharp cannot write HEVC). */
export type SourceFormat = ImageFormat | 'heic';

/** Extension written when the output format differs from the input's (`.jpg`, the common spelling, for JPEG). */
export const FORMAT_EXTENSIONS: Readonly<Record<ImageFormat, string>> = {
  jpeg: '.jpg',
  png: '.png',
  webp: '.webp',
  gif: '.gif',
  avif: '.avif',
  tiff: '.tiff',
};

/** Content-Type stored with each output, so browsers and CDNs serve it correctly. */
export const CONTENT_TYPES: Readonly<Record<ImageFormat, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  tiff: 'image/tiff',
};

/** Extensions (lower-case) recognised as already naming a given format, so `a.jpeg` → JPEG is not renamed. */
const EXTENSION_FORMATS: Readonly<Record<string, SourceFormat>> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.jpe': 'jpeg',
  '.png': 'png',
  '.webp': 'webp',
  '.gif': 'gif',
  '.avif': 'avif',
  '.tif': 'tiff',
  '.tiff': 'tiff',
  '.heic': 'heic',
  '.heif': 'heic',
};

/** The format a file name's extension suggests, if any (used before the bytes are read). */
export function formatFromExtension(key: string): SourceFormat | undefined {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? EXTENSION_FORMATS[name.slice(dot).toLowerCase()] : undefined;
}
