/**
 * Reads the {@link ResizeConfig} the deploying construct wrote into `RESIZE_CONFIG` and checks it field by field,
 * so a broken deployment fails on its first invocation with a message naming each wrong field.
 */
import { RESIZE_CONFIG_ENV, type AnimationMode, type FitMode, type OutputFormat, type ResizeConfig } from './config';
import { isRecord } from '../../../lib/runtime/is-record';

const FIT_MODES: readonly FitMode[] = ['inside', 'outside', 'cover', 'contain', 'fill'];
const OUTPUT_FORMATS: readonly OutputFormat[] = ['keep', 'jpeg', 'png', 'webp', 'avif'];
const ANIMATION_MODES: readonly AnimationMode[] = ['first-frame', 'all-frames'];
/** `#rgb` or `#rrggbb`: the forms every deploy tool writes unambiguously (no names, no alpha). */
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const CONFIG_FIELDS = [
  'destination',
  'sources',
  'targets',
  'fit',
  'withoutEnlargement',
  'format',
  'quality',
  'background',
  'animated',
  'maxInputPixels',
  'maxInputBytes',
];

/** The configuration is missing or wrong; `problems` lists every wrong field as `path: what is wrong`. */
export class ResizeConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid ${RESIZE_CONFIG_ENV}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ResizeConfigError';
  }
}

/** Reads and validates `env[RESIZE_CONFIG_ENV]`. */
export function loadResizeConfig(env: NodeJS.ProcessEnv = process.env): ResizeConfig {
  const json = env[RESIZE_CONFIG_ENV];
  if (json === undefined || json.trim() === '') {
    throw new ResizeConfigError([
      `environment variable ${RESIZE_CONFIG_ENV} is not set (the construct that deploys the function writes it)`,
    ]);
  }
  return parseResizeConfig(json);
}

/** Parses and validates a JSON-encoded configuration. */
export function parseResizeConfig(json: string): ResizeConfig {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new ResizeConfigError([`not valid JSON: ${err instanceof Error ? err.message : String(err)}`]);
  }
  return validateResizeConfig(value);
}

/** Checks every field; throws one {@link ResizeConfigError} listing all problems. */
export function validateResizeConfig(value: unknown): ResizeConfig {
  const problems: string[] = [];
  if (!isRecord(value)) {
    throw new ResizeConfigError([`(root): must be a JSON object, got ${describe(value)}`]);
  }
  unknownFields(value, CONFIG_FIELDS, '', problems);

  if (!isRecord(value.destination)) {
    problems.push(`destination: must be an object {bucket, prefix}, got ${describe(value.destination)}`);
  } else {
    unknownFields(value.destination, ['bucket', 'prefix'], 'destination.', problems);
    nonEmptyString(value.destination.bucket, 'destination.bucket', problems);
    // An empty prefix would put outputs next to their sources; config.ts promises it is never empty.
    if (nonEmptyString(value.destination.prefix, 'destination.prefix', problems) && value.destination.prefix.startsWith('/')) {
      problems.push(`destination.prefix: must not start with '/' (object keys do not), got ${JSON.stringify(value.destination.prefix)}`);
    }
  }

  if (!Array.isArray(value.sources) || value.sources.length === 0) {
    problems.push(`sources: must be a non-empty array of {bucket, prefix, suffix}, got ${describe(value.sources)}`);
  } else {
    value.sources.forEach((source: unknown, i: number) => {
      const path = `sources[${i}]`;
      if (!isRecord(source)) {
        problems.push(`${path}: must be an object {bucket, prefix, suffix}, got ${describe(source)}`);
        return;
      }
      unknownFields(source, ['bucket', 'prefix', 'suffix'], `${path}.`, problems);
      nonEmptyString(source.bucket, `${path}.bucket`, problems);
      // "" is meaningful for both: whole bucket / any suffix.
      isString(source.prefix, `${path}.prefix`, problems);
      isString(source.suffix, `${path}.suffix`, problems);
    });
  }

  if (!Array.isArray(value.targets) || value.targets.length === 0) {
    problems.push(`targets: must be a non-empty array of {width, height?, name?, widthOnly?}, got ${describe(value.targets)}`);
  } else {
    const several = value.targets.length > 1;
    const names = new Set<string>();
    value.targets.forEach((target: unknown, i: number) => {
      const path = `targets[${i}]`;
      if (!isRecord(target)) {
        problems.push(`${path}: must be an object {width, height?, name?, widthOnly?}, got ${describe(target)}`);
        return;
      }
      unknownFields(target, ['width', 'height', 'name', 'widthOnly'], `${path}.`, problems);
      positiveInteger(target.width, `${path}.width`, problems);
      if (target.height !== undefined) positiveInteger(target.height, `${path}.height`, problems);
      if (target.widthOnly !== undefined && typeof target.widthOnly !== 'boolean') {
        problems.push(`${path}.widthOnly: must be true or false, got ${describe(target.widthOnly)}`);
      } else if (target.widthOnly === true && target.height !== undefined) {
        // A height that is silently ignored would be a misconfiguration nobody notices.
        problems.push(`${path}.height: must be left out with widthOnly (the height follows the aspect ratio)`);
      }
      if (target.name === undefined) {
        // Without a folder per size, outputs of several targets would overwrite each other.
        if (several) problems.push(`${path}.name: required when there are several targets`);
      } else if (nonEmptyString(target.name, `${path}.name`, problems)) {
        if (target.name.includes('/') || target.name === '.' || target.name === '..') {
          problems.push(`${path}.name: must be a single folder name (no '/', not '.' or '..'), got ${JSON.stringify(target.name)}`);
        } else if (names.has(target.name)) {
          problems.push(`${path}.name: duplicate name ${JSON.stringify(target.name)} (outputs would overwrite each other)`);
        }
        names.add(target.name);
      }
    });
  }

  if (value.fit !== undefined) oneOf(value.fit, FIT_MODES, 'fit', problems);
  if (value.withoutEnlargement !== undefined && typeof value.withoutEnlargement !== 'boolean') {
    problems.push(`withoutEnlargement: must be true or false, got ${describe(value.withoutEnlargement)}`);
  }
  if (value.format !== undefined) oneOf(value.format, OUTPUT_FORMATS, 'format', problems);
  if (value.quality !== undefined && !(isInteger(value.quality) && value.quality >= 1 && value.quality <= 100)) {
    problems.push(`quality: must be an integer from 1 to 100, got ${describe(value.quality)}`);
  }
  if (value.background !== undefined && !(typeof value.background === 'string' && HEX_COLOUR.test(value.background))) {
    problems.push(`background: must be a colour '#rgb' or '#rrggbb', got ${describe(value.background)}`);
  }
  if (value.animated !== undefined) oneOf(value.animated, ANIMATION_MODES, 'animated', problems);
  if (value.maxInputPixels !== undefined) positiveInteger(value.maxInputPixels, 'maxInputPixels', problems);
  if (value.maxInputBytes !== undefined) positiveInteger(value.maxInputBytes, 'maxInputBytes', problems);

  if (problems.length > 0) throw new ResizeConfigError(problems);
  return value as unknown as ResizeConfig;
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** A typo in a field name would otherwise silently fall back to the default. */
function unknownFields(value: Record<string, unknown>, known: readonly string[], path: string, problems: string[]): void {
  for (const field of Object.keys(value)) {
    if (!known.includes(field)) problems.push(`${path}${field}: unknown field (known: ${known.join(', ')})`);
  }
}

function isString(value: unknown, path: string, problems: string[]): value is string {
  if (typeof value === 'string') return true;
  problems.push(`${path}: must be a string, got ${describe(value)}`);
  return false;
}

function nonEmptyString(value: unknown, path: string, problems: string[]): value is string {
  if (typeof value === 'string' && value !== '') return true;
  problems.push(`${path}: must be a non-empty string, got ${describe(value)}`);
  return false;
}

function positiveInteger(value: unknown, path: string, problems: string[]): void {
  if (!(isInteger(value) && value > 0)) problems.push(`${path}: must be a positive integer, got ${describe(value)}`);
}

function oneOf(value: unknown, allowed: readonly string[], path: string, problems: string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    problems.push(`${path}: must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  return JSON.stringify(value);
}
