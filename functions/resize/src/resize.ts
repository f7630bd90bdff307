/**
 * The resize core: image bytes in, one encoded image per target out. No storage, no cloud, no logging;
 * every failure caused by the bytes themselves surfaces as an {@link ImageInputError}.
 */
import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';
import type { AnimationMode, FitMode, OutputFormat, ResizeConfig, ResizeTarget } from './config';
import { CONTENT_TYPES, type ImageFormat, type SourceFormat } from './formats';

export const DEFAULT_FIT: FitMode = 'inside';
export const DEFAULT_QUALITY = 80;
export const DEFAULT_MAX_INPUT_PIXELS = 100_000_000;
export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_ANIMATION: AnimationMode = 'first-frame';

/** The parts of the configuration the core reads. */
export type ResizeOptions = Pick<
  ResizeConfig,
  'targets' | 'fit' | 'withoutEnlargement' | 'format' | 'quality' | 'maxInputPixels' | 'background' | 'animated'
>;

/** The decoded input, as the outputs were made from it (dimensions after EXIF orientation, of one frame). */
export interface SourceImage {
  readonly format: SourceFormat;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  /** Frames (animated GIF/WebP) or pages (TIFF) in the input; 1 for a still image. */
  readonly frames: number;
}

/** One encoded output. */
export interface ResizedImage {
  readonly target: ResizeTarget;
  readonly body: Buffer;
  readonly format: ImageFormat;
  /** Size of the output (of each frame, when animated). */
  readonly width: number;
  readonly height: number;
  /** Frames in the output: the input's with `animated: 'all-frames'` into GIF or WebP, otherwise 1. */
  readonly frames: number;
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
 * (glibc's allocator is tuned by the `MALLOC_ARENA_MAX` environment variable, which must be set before the
 * process starts: the deploying construct sets it.)
 */
export function configureSharpForServerless(): void {
  sharp.concurrency(1);
  sharp.cache(false);
}

/**
 * Resizes `input` into every target. The image is auto-oriented from EXIF, fitted into each box (by default
 * `inside`, never enlarged) or scaled to each width, encoded in the input's format unless configured otherwise, and
 * stripped of metadata except its ICC profile (colours stay right; location and camera data do not leak into public
 * thumbnails). CMYK and 16-bit inputs come out as 8-bit sRGB.
 */
export async function resizeImage(input: Buffer, options: ResizeOptions): Promise<ResizedImage[]> {
  if (input.length === 0) throw new ImageInputError('empty', 'the object is empty (0 bytes)');
  const maxPixels = options.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS;
  try {
    // 'warning' is sharp's advice for untrusted input: truncated or corrupt pixel data fails instead of
    // producing a half-grey thumbnail. The pixel limit is checked from the header, before anything is decoded.
    const decode: SharpOptions = { failOn: 'warning', limitInputPixels: maxPixels, autoOrient: true };
    const meta = await sharp(input, decode).metadata();
    const sourceFormat = acceptedSourceFormat(meta);
    const format = outputFormatFor(options.format ?? 'keep', sourceFormat);
    const frames = meta.pages ?? 1;
    const animate = (options.animated ?? DEFAULT_ANIMATION) === 'all-frames' && frames > 1 && canAnimate(sourceFormat) && canAnimate(format);
    if (animate) {
      // libvips checks the limit on the whole strip of frames too; checking here first gives a clear message.
      const pixels = meta.width * meta.height * frames;
      if (pixels > maxPixels) {
        throw new ImageInputError(
          'too-many-pixels',
          `${frames} frames of ${meta.width}x${meta.height} are ${pixels} pixels, maxInputPixels is ${maxPixels}`,
        );
      }
    }
    const source: SourceImage = {
      format: sourceFormat,
      width: meta.autoOrient.width,
      height: meta.autoOrient.height,
      bytes: input.length,
      frames,
    };
    const style: Style = {
      format,
      hasAlpha: meta.hasAlpha,
      quality: options.quality ?? DEFAULT_QUALITY,
      background: options.background ?? DEFAULT_BACKGROUND,
      fit: options.fit ?? DEFAULT_FIT,
      withoutEnlargement: options.withoutEnlargement ?? true,
    };
    const outputs: ResizedImage[] = [];
    // Sequential on purpose: with concurrency 1 nothing is gained in parallel, and peak memory stays one image.
    // A new pipeline per target, not `clone()`: sharp clones its options with structuredClone, which copies the
    // whole input buffer each time.
    for (const target of options.targets) {
      outputs.push(await render(sharp(input, animate ? { ...decode, animated: true } : decode), target, style, source));
    }
    return outputs;
  } catch (err) {
    throw toImageInputError(err);
  }
}

/** How every target of one input is encoded. */
interface Style {
  readonly format: ImageFormat;
  readonly hasAlpha: boolean;
  readonly quality: number;
  readonly background: string;
  readonly fit: FitMode;
  readonly withoutEnlargement: boolean;
}

/** GIF and WebP are the formats both read and written with frames. */
function canAnimate(format: SourceFormat): boolean {
  return format === 'gif' || format === 'webp';
}

/** Encodes one target from a fresh (auto-orienting) pipeline on the input. */
async function render(pipeline: Sharp, target: ResizeTarget, style: Style, source: SourceImage): Promise<ResizedImage> {
  const resized = pipeline
    .resize(
      target.widthOnly === true
        ? { width: target.width, withoutEnlargement: style.withoutEnlargement }
        : {
            width: target.width,
            height: target.height ?? target.width,
            fit: style.fit,
            withoutEnlargement: style.withoutEnlargement,
            // Padding (fit 'contain') is transparent where the format allows, the background colour in JPEG.
            background: style.format === 'jpeg' ? style.background : { r: 0, g: 0, b: 0, alpha: 0 },
          },
    )
    .keepIccProfile();
  const { data, info } = await encode(resized, style).toBuffer({ resolveWithObject: true });
  const frames = info.pages ?? 1;
  return {
    target,
    body: data,
    format: style.format,
    width: info.width,
    // Frames are stacked vertically: one frame is pageHeight high.
    height: frames > 1 && info.pageHeight !== undefined ? info.pageHeight : info.height,
    frames,
    contentType: CONTENT_TYPES[style.format],
    source,
  };
}

/** Applies the encoder; `quality` only where it means something (lossy encoders). */
function encode(pipeline: Sharp, { format, hasAlpha, quality, background }: Style): Sharp {
  switch (format) {
    case 'jpeg':
      // JPEG has no alpha: composite onto the background rather than let transparent pixels turn black.
      return (hasAlpha ? pipeline.flatten({ background }) : pipeline).jpeg({ quality });
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
