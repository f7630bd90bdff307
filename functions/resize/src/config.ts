/**
 * The contract between the constructs that deploy the resize function and the code that runs in it.
 *
 * The construct that wires a trigger writes this object, as JSON, into one environment variable
 * (`RESIZE_CONFIG_ENV`). The runtime reads the same object, so its guard against processing its own
 * outputs uses exactly the filters the cloud was given. Keep this file free of runtime dependencies:
 * the constructs import it at synth time.
 */

/** Name of the environment variable that carries the JSON-encoded {@link ResizeConfig}. */
export const RESIZE_CONFIG_ENV = 'RESIZE_CONFIG';

/** A key filter exactly as configured on the bucket notification that invokes the function. */
export interface SourceFilter {
  /** Bucket the notification is on. */
  readonly bucket: string;
  /** Key prefix of the notification ("" = whole bucket). */
  readonly prefix: string;
  /** Key suffix of the notification ("" = any). */
  readonly suffix: string;
}

/** One output size: a box (`width` × `height`), or only a width (`widthOnly`). */
export interface ResizeTarget {
  /** Width of the bounding box (or, with `widthOnly`, the output width), in pixels. */
  readonly width: number;
  /** Height of the bounding box, in pixels. Must be left out with `widthOnly`. @default same as width */
  readonly height?: number;
  /**
   * Scale to `width` and let the height follow the aspect ratio, however tall the image is (`height` and `fit`
   * do not apply; `withoutEnlargement` does).
   * @default false (fit into the `width` × `height` box)
   */
  readonly widthOnly?: boolean;
  /**
   * Folder, under the destination prefix, the output of this size is written to.
   * Required when there are several targets, so that outputs never overwrite each other.
   * @default none when there is a single target (the output key mirrors the source key)
   */
  readonly name?: string;
}

/** Output encoding: keep the input's format, or convert. */
export type OutputFormat = 'keep' | 'jpeg' | 'png' | 'webp' | 'avif';

/** How the image is fitted into the target box (sharp's `fit`). */
export type FitMode = 'inside' | 'outside' | 'cover' | 'contain' | 'fill';

/** What is made of an animated GIF or WebP. */
export type AnimationMode =
  /** A still image of the first frame. */
  | 'first-frame'
  /** Every frame, resized, with the original delays and loop count; only when the output is GIF or WebP. */
  | 'all-frames';

export interface ResizeConfig {
  /** Where outputs go. */
  readonly destination: {
    /** Bucket outputs are written to. */
    readonly bucket: string;
    /** Prefix outputs are written under; never empty. */
    readonly prefix: string;
  };
  /** The notification filters that invoke this function. Events outside all of them are skipped. */
  readonly sources: readonly SourceFilter[];
  /** One or more output sizes. */
  readonly targets: readonly ResizeTarget[];
  /** @default 'inside' (fit within the box, keep the aspect ratio) */
  readonly fit?: FitMode;
  /** Never enlarge an image smaller than the box. @default true */
  readonly withoutEnlargement?: boolean;
  /** @default 'keep' */
  readonly format?: OutputFormat;
  /** Encoder quality (1-100) for lossy formats. @default 80 */
  readonly quality?: number;
  /**
   * Colour that transparent pixels are flattened onto when the output has no alpha channel (JPEG), and that fills
   * the padding of `fit: 'contain'` in JPEG output (formats with alpha are padded with transparency).
   * `#rgb` or `#rrggbb`.
   * @default '#ffffff'
   */
  readonly background?: string;
  /**
   * Animated GIF and WebP inputs: keep only the first frame, or resize every frame. Frames are only kept when the
   * output format can animate (GIF or WebP); otherwise the first frame is used.
   * @default 'first-frame'
   */
  readonly animated?: AnimationMode;
  /**
   * Refuse inputs with more pixels than this (decompression bombs), counted over all frames that are decoded
   * (every frame with `animated: 'all-frames'`).
   * @default 100_000_000
   */
  readonly maxInputPixels?: number;
  /**
   * Refuse objects larger than this many bytes, before downloading them when the event reports the size
   * (the whole object is held in memory). @default 104_857_600 (100 MiB)
   */
  readonly maxInputBytes?: number;
}
