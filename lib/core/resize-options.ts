import { IConstruct } from 'constructs';
import type { FitMode, OutputFormat, ResizeTarget } from '../../functions/resize/src/config';
import { ConfigurationError } from './errors';
import type { ResizeFunctionOptions } from './resize-wiring';

const FITS: readonly FitMode[] = ['inside', 'outside', 'cover', 'contain', 'fill'];
const FORMATS: readonly OutputFormat[] = ['keep', 'jpeg', 'png', 'webp', 'avif'];
/** Largest output edge sharp's encoders handle for every format here (WebP's limit). */
const MAX_EDGE = 16383;

/**
 * Checks the resize settings at synth and returns the targets to configure. With several sizes each gets a folder
 * name (default `<w>x<h>`) so that outputs never overwrite each other.
 */
export function validateResizeOptions(scope: IConstruct, o: ResizeFunctionOptions & { readonly destinationPrefix: string }): ResizeTarget[] {
  const prefix = o.destinationPrefix;
  if (prefix.trim().length === 0) {
    throw new ConfigurationError(scope, 'destinationPrefix is empty: outputs would be written over the whole bucket, next to (and possibly over) the originals.',
      'use a prefix such as "processed/".');
  }
  if (prefix.startsWith('/') || /[*?\u0000-\u001f]/.test(prefix)) {
    throw new ConfigurationError(scope, `destinationPrefix ${JSON.stringify(prefix)} is not a valid key prefix.`,
      'use plain text without a leading "/", wildcards or control characters, e.g. "processed/".');
  }
  const sizes = o.sizes ?? [{ width: 128, height: 128 }];
  if (sizes.length === 0) {
    throw new ConfigurationError(scope, 'sizes is empty: the function would write nothing.', 'give at least one size, e.g. [{ width: 128 }].');
  }
  const targets = sizes.map((t) => {
    if (t.widthOnly && t.height !== undefined) {
      throw new ConfigurationError(scope, `Size ${t.width} is widthOnly but also has a height (${t.height}).`, 'drop height, or drop widthOnly to fit a box.');
    }
    for (const [dim, v] of [['width', t.width], ['height', t.widthOnly ? t.width : (t.height ?? t.width)]] as const) {
      if (!Number.isInteger(v) || v < 1 || v > MAX_EDGE) {
        throw new ConfigurationError(scope, `Size ${dim} ${v} is out of range.`, `use a whole number of pixels from 1 to ${MAX_EDGE}.`);
      }
    }
    const name = t.name ?? (sizes.length > 1 ? (t.widthOnly ? `w${t.width}` : `${t.width}x${t.height ?? t.width}`) : undefined);
    if (name !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name)) {
      throw new ConfigurationError(scope, `Size name ${JSON.stringify(name)} is not a valid folder name.`, 'use 1-64 letters, digits, ".", "_" or "-".');
    }
    const named = name !== undefined ? { name } : {};
    return t.widthOnly ? { width: t.width, widthOnly: true, ...named } : { width: t.width, height: t.height ?? t.width, ...named };
  });
  const names = targets.map((t) => t.name ?? '');
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) {
    throw new ConfigurationError(scope, `Two sizes write to the same folder ${JSON.stringify(dup)}: one output would overwrite the other.`,
      'give each size a distinct name.');
  }
  if (o.fit !== undefined && !FITS.includes(o.fit)) {
    throw new ConfigurationError(scope, `fit ${JSON.stringify(o.fit)} is unknown.`, `use one of ${FITS.join(', ')}.`);
  }
  if (o.format !== undefined && !FORMATS.includes(o.format)) {
    throw new ConfigurationError(scope, `format ${JSON.stringify(o.format)} is unknown.`, `use one of ${FORMATS.join(', ')}.`);
  }
  if (o.quality !== undefined && (!Number.isInteger(o.quality) || o.quality < 1 || o.quality > 100)) {
    throw new ConfigurationError(scope, `quality ${o.quality} is out of range.`, 'use a whole number from 1 to 100.');
  }
  if (o.maxInputBytes !== undefined && (!Number.isInteger(o.maxInputBytes) || o.maxInputBytes < 1)) {
    throw new ConfigurationError(scope, `maxInputBytes ${o.maxInputBytes} is invalid.`, 'use a positive whole number of bytes, e.g. 104857600.');
  }
  if (o.background !== undefined && !/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(o.background)) {
    throw new ConfigurationError(scope, `background ${JSON.stringify(o.background)} is not a colour.`, 'use "#rgb" or "#rrggbb", e.g. "#ffffff".');
  }
  if (o.animated !== undefined && o.animated !== 'first-frame' && o.animated !== 'all-frames') {
    throw new ConfigurationError(scope, `animated ${JSON.stringify(o.animated)} is unknown.`, 'use "first-frame" or "all-frames".');
  }
  if (o.maxInputPixels !== undefined && (!Number.isInteger(o.maxInputPixels) || o.maxInputPixels < 1)) {
    throw new ConfigurationError(scope, `maxInputPixels ${o.maxInputPixels} is invalid.`, 'use a positive whole number, e.g. 100000000.');
  }
  return targets;
}
