/**
 * Object keys: decoding them from events, matching them against the configured trigger filters, deriving where
 * each output goes, and refusing keys whose processing could loop or clobber the source.
 * Pure string logic, shared by every cloud adapter.
 */
import type { ResizeConfig, ResizeTarget, SourceFilter } from './config';
import { FORMAT_EXTENSIONS, formatFromExtension, type ImageFormat, type SourceFormat } from './formats';

/** Why a key is refused although it matches a source filter. */
export type GuardReason =
  /** A folder marker (`source/`, created by consoles) or a key that is nothing but the prefix: no file name. */
  | 'not-a-file'
  /** The key lies under the destination prefix of the destination bucket: it is (or looks like) one of our outputs. */
  | 'under-destination'
  /** The output would overwrite the object it is made from. */
  | 'destination-is-source'
  /** The output would itself match a trigger filter, so writing it would invoke the function again. */
  | 'destination-matches-source-filter'
  /**
   * The output key would be longer than the store accepts (a long source key under a longer destination prefix):
   * the write would fail the same way on every retry.
   */
  | 'destination-key-too-long';

/** Longest object key, in UTF-8 bytes, that OSS accepts; adapters for stores with other limits pass their own. */
export const DEFAULT_MAX_KEY_BYTES = 1023;

/** Which parts of the configuration key derivation and the guards read. */
export type KeyConfig = Pick<ResizeConfig, 'destination' | 'sources' | 'targets' | 'format'>;

/** Input and output formats of one output, when known; the extension changes only when they differ. */
export interface FormatChange {
  readonly source?: SourceFormat;
  readonly output?: ImageFormat;
}

export { decodeEventKey, decodePercentSafely } from '../../../lib/runtime/key-encoding';

/**
 * The source filter a key falls under, or undefined. When several match, the most specific one (longest prefix,
 * then longest suffix) wins, so the derived destination does not depend on the order of the configuration.
 */
export function matchSource(
  sources: readonly SourceFilter[],
  bucket: string,
  key: string,
): SourceFilter | undefined {
  let best: SourceFilter | undefined;
  for (const filter of sources) {
    if (filter.bucket !== bucket || !key.startsWith(filter.prefix) || !key.endsWith(filter.suffix)) continue;
    if (
      best === undefined ||
      filter.prefix.length > best.prefix.length ||
      (filter.prefix.length === best.prefix.length && filter.suffix.length > best.suffix.length)
    ) {
      best = filter;
    }
  }
  return best;
}

/**
 * Where the output of `target` made from `key` goes (in `config.destination.bucket`):
 * `destination.prefix` + [`name/`] + the key without the matched source prefix, with the extension replaced
 * when the output format differs from the input's. Deterministic, so a retry writes the same keys.
 */
export function destinationKey(
  config: KeyConfig,
  filter: SourceFilter,
  key: string,
  target: ResizeTarget,
  formats: FormatChange = {},
): string {
  const rest = key.slice(filter.prefix.length);
  const folder = targetFolder(config.targets, target);
  const output = formats.output;
  const name = output !== undefined && output !== formats.source ? replaceExtension(rest, FORMAT_EXTENSIONS[output]) : rest;
  return config.destination.prefix + folder + name;
}

/**
 * The folder of a target under the destination prefix: its name, when it has one or when there are several targets.
 * The config loader requires names with several targets; `<width>x<height>` is only a deterministic fallback for
 * callers that bypass it.
 */
function targetFolder(targets: readonly ResizeTarget[], target: ResizeTarget): string {
  if (target.name !== undefined) return `${target.name}/`;
  if (targets.length > 1) return target.widthOnly === true ? `${target.width}w/` : `${target.width}x${target.height ?? target.width}/`;
  return '';
}

/** Replaces (or adds) the extension of the last path segment; dot-files keep their name and get the extension appended. */
function replaceExtension(path: string, extension: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? path.slice(0, dot) + extension : path + extension;
}

/**
 * Refuses one derived destination: writing it must neither replace the source nor re-trigger the function.
 * Checked again after resizing, when the real output format (hence extension) is known.
 */
export function refuseDestination(
  config: KeyConfig,
  sourceBucket: string,
  sourceKey: string,
  destKey: string,
  maxKeyBytes: number = DEFAULT_MAX_KEY_BYTES,
): GuardReason | undefined {
  if (config.destination.bucket === sourceBucket && destKey === sourceKey) return 'destination-is-source';
  if (matchSource(config.sources, config.destination.bucket, destKey) !== undefined) {
    return 'destination-matches-source-filter';
  }
  if (Buffer.byteLength(destKey, 'utf8') > maxKeyBytes) return 'destination-key-too-long';
  return undefined;
}

/**
 * Refuses a source key before anything is downloaded. The output format is predicted from the key's extension
 * (and the configured format); `refuseDestination` re-checks each real destination before it is written.
 */
export function guardSourceKey(
  config: KeyConfig,
  bucket: string,
  key: string,
  filter: SourceFilter,
  maxKeyBytes: number = DEFAULT_MAX_KEY_BYTES,
): GuardReason | undefined {
  if (key.endsWith('/') || key.length <= filter.prefix.length) return 'not-a-file';
  if (bucket === config.destination.bucket && key.startsWith(config.destination.prefix)) return 'under-destination';
  const formats = predictFormats(config, key);
  for (const target of config.targets) {
    const reason = refuseDestination(config, bucket, key, destinationKey(config, filter, key, target, formats), maxKeyBytes);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/** The formats the key's extension suggests; `resize.ts` makes the same choice from the decoded bytes. */
function predictFormats(config: KeyConfig, key: string): FormatChange {
  const source = formatFromExtension(key);
  const format = config.format ?? 'keep';
  if (format !== 'keep') return { source, output: format };
  if (source === 'heic') return { source, output: 'jpeg' };
  return { source, output: source };
}
