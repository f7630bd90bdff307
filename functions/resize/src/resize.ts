/**
 * The resize core: image bytes in, one encoded image per target out. No storage, no cloud, no logging;
 * every failure caused by the bytes themselves surfaces as an {@link ImageInputError}.
 */
import sharp, { type Metadata, type Sharp } from 'sharp';
import type { FitMode, OutputFormat, ResizeConfig, ResizeTarget } from './config';
import { CONTENT_TYPES, type ImageFormat, type SourceFormat } from './formats';

export const DEFAULT_FIT: FitMode = 'inside';
export const DEFAULT_QUALITY = 80;
export const DEFAULT_MAX_INPUT_PIXELS = 100_000_000;

/** The parts of the configuration the core reads. */
export type ResizeOptions = Pick<
  ResizeConfig,
  'targets' | 'fit' | 'withoutEnlargement' | 'format' | 'quality' | 'maxInputPixels'
>;

/** The decoded input, as the outputs were made from it (dimensions after EXIF orientation). */
export interface SourceImage {
  readonly format: SourceFormat;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
}

/** One encoded output. */
export interface ResizedImage {
  readonly target: ResizeTarget;
  readonly body: Buffer;
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
  readonly contentType: string;
  /** The input it was made from (the same object for every output of one call). */
  readonly source: SourceImage;
}

/** What is wrong with an input that cannot be resized. Retrying never helps with any of these. */
export type ImageInputProblem = 'empty' | 'unsupported-format' | 'too-many-pixels' | 'corrupt';

/** The bytes are not an image this function can resize. */
export class ImageInputError extends Error {
  constructor(
    readonly problem: ImageInputProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ImageInputError';
  }
}

/**
 * Tunes sharp for a function instance that handles one image at a time on a fraction of a CPU:
 * one libvips worker thread keeps peak memory predictable, and the operation cache only holds memory
 * between invocations that never share inputs. Call once, at module load of the handler path.
 */
export function configureSharpForServerless(): void {
  sharp.concurrency(1);
  sharp.cache(false);
}

/**
 * Resizes `input` into every target. The image is auto-oriented from EXIF, fitted into each box (by default
 * `inside`, never enlarged), encoded in the input's format unless configured otherwise, and stripped of metadata
 * except its ICC profile (colours stay right; location and camera data do not leak into public thumbnails).
 */
export async function resizeImage(input: Buffer, options: ResizeOptions): Promise<ResizedImage[]> {
  if (input.length === 0) throw new ImageInputError('empty', 'the object is empty (0 bytes)');
  try {
    // 'warning' is sharp's advice for untrusted input: truncated or corrupt pixel data fails instead of
    // producing a half-grey thumbnail.
    const base = sharp(input, {
      failOn: 'warning',
      limitInputPixels: options.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS,
    }).rotate();
    const meta = await base.metadata();
    const source: SourceImage = {
      format: acceptedSourceFormat(meta),
      width: meta.autoOrient.width,
      height: meta.autoOrient.height,
      bytes: input.length,
    };
    const format = outputFormatFor(options.format ?? 'keep', source.format);
    const outputs: ResizedImage[] = [];
    // Sequential on purpose: with concurrency 1 nothing is gained in parallel, and peak memory stays one image.
    for (const target of options.targets) {
      outputs.push(await render(base, target, format, meta.hasAlpha, source, options));
    }
    return outputs;
  } catch (err) {
    throw toImageInputError(err);
  }
}

/** Encodes one target from a clone of the shared, already-oriented pipeline. */
async function render(
  base: Sharp,
  target: ResizeTarget,
  format: ImageFormat,
  hasAlpha: boolean,
  source: SourceImage,
  options: ResizeOptions,
): Promise<ResizedImage> {
  const resized = base
    .clone()
    .resize({
      width: target.width,
      height: target.height ?? target.width,
      fit: options.fit ?? DEFAULT_FIT,
      withoutEnlargement: options.withoutEnlargement ?? true,
      // Padding (fit 'contain') is transparent where the format allows, white in JPEG.
      background: format === 'jpeg' ? '#ffffff' : { r: 255, g: 255, b: 255, alpha: 0 },
    })
    .keepIccProfile();
  const { data, info } = await encode(resized, format, hasAlpha, options.quality ?? DEFAULT_QUALITY).toBuffer({
    resolveWithObject: true,
  });
  return {
    target,
    body: data,
    format,
    width: info.width,
    height: info.height,
    contentType: CONTENT_TYPES[format],
    source,
  };
}

/** Applies the encoder; `quality` only where it means something (lossy encoders). */
function encode(pipeline: Sharp, format: ImageFormat, hasAlpha: boolean, quality: number): Sharp {
  switch (format) {
    case 'jpeg':
      // JPEG has no alpha: composite onto white rather than let transparent pixels turn black.
      return (hasAlpha ? pipeline.flatten({ background: '#ffffff' }) : pipeline).jpeg({ quality });
    case 'png':
      return pipeline.png();
    case 'webp':
      return pipeline.webp({ quality });
    case 'gif':
      return pipeline.gif();
    case 'avif':
      return pipeline.avif({ quality });
    case 'tiff':
      // sharp's default TIFF compression (JPEG) drops alpha; deflate keeps it.
      return pipeline.tiff(hasAlpha ? { compression: 'deflate' } : { compression: 'jpeg', quality });
  }
}

/** The input's format if the function accepts it; vector, document, RAW and other exotic inputs are refused. */
function acceptedSourceFormat(meta: Metadata): SourceFormat {
  switch (meta.format) {
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'gif':
    case 'tiff':
      return meta.format;
    case 'heif':
      // One decoder for both: AV1-coded HEIF is AVIF; anything else (HEVC) is HEIC.
      return meta.compression === 'av1' ? 'avif' : 'heic';
    default:
      throw new ImageInputError('unsupported-format', `input format '${meta.format}' is not accepted`);
  }
}

/** 'keep' keeps the input's format when sharp can write it; HEIC (HEVC, not writable) becomes JPEG. */
function outputFormatFor(configured: OutputFormat, source: SourceFormat): ImageFormat {
  if (configured !== 'keep') return configured;
  return source === 'heic' ? 'jpeg' : source;
}

/**
 * Errors raised while decoding or encoding are blamed on the input: the same bytes would fail the same way on a
 * retry. sharp's message says which kind.
 */
function toImageInputError(err: unknown): ImageInputError {
  if (err instanceof ImageInputError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const firstLine = message.split('\n')[0];
  if (/pixel limit/i.test(message)) return new ImageInputError('too-many-pixels', firstLine, { cause: err });
  if (/unsupported image format/i.test(message)) {
    return new ImageInputError('unsupported-format', firstLine, { cause: err });
  }
  // HEIF container with a codec this libheif build cannot decode (the prebuilt sharp decodes AV1, not HEVC).
  if (/unsupported (codec|feature)/i.test(message)) {
    return new ImageInputError('unsupported-format', firstLine, { cause: err });
  }
  if (/buffer is empty/i.test(message)) return new ImageInputError('empty', firstLine, { cause: err });
  return new ImageInputError('corrupt', firstLine, { cause: err });
}
