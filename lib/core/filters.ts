import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';

/** Which object keys a notification fires for. Plain text: no wildcards on any cloud. */
export interface KeyFilter {
  /**
   * Keys must start with this text, e.g. `source/`.
   * @default - every key in the bucket
   */
  readonly prefix?: string;
  /**
   * Keys must end with this text, e.g. `.jpg`.
   * @default - any ending
   */
  readonly suffix?: string;
}

/** A filter with both parts present ("" = unrestricted), as the validators and renderers use it. */
export interface NormalizedKeyFilter {
  readonly prefix: string;
  readonly suffix: string;
}

/** What a cloud accepts in a key filter. */
export interface KeyFilterRules {
  /** Cloud name used in error messages. */
  readonly cloud: string;
  /** Longest prefix or suffix, in UTF-8 bytes (object keys are at most 1023 bytes on OSS, 850 on COS). */
  readonly maxBytes: number;
  /** The suffix, when given, must start with "." (COS). */
  readonly suffixStartsWithDot?: boolean;
}

export function normalizeFilter(filter: KeyFilter | undefined): NormalizedKeyFilter {
  return { prefix: filter?.prefix ?? '', suffix: filter?.suffix ?? '' };
}

/** Rejects filters every cloud would reject or that can never match, naming the construct. */
export function validateKeyFilter(scope: IConstruct, filter: KeyFilter | undefined, rules: KeyFilterRules): NormalizedKeyFilter {
  const f = normalizeFilter(filter);
  for (const [part, value] of [['prefix', f.prefix], ['suffix', f.suffix]] as const) {
    if (value.length > 0 && value.trim().length === 0) {
      throw new ConfigurationError(scope, `The ${part} ${JSON.stringify(value)} is only white space.`,
        `give a real ${part}, or leave it out to match every key.`);
    }
    if (/[*?]/.test(value)) {
      throw new ConfigurationError(scope, `The ${part} ${JSON.stringify(value)} contains a wildcard; ${rules.cloud} matches ${part}es as plain text.`,
        `remove "*" and "?": a ${part} already matches every key that ${part === 'prefix' ? 'starts' : 'ends'} with it.`);
    }
    if (/[\u0000-\u001f\u007f]/.test(value)) {
      throw new ConfigurationError(scope, `The ${part} ${JSON.stringify(value)} contains a control character.`,
        `use printable characters only.`);
    }
    if (Buffer.byteLength(value, 'utf8') > rules.maxBytes) {
      throw new ConfigurationError(scope, `The ${part} is longer than the ${rules.maxBytes} bytes ${rules.cloud} allows in an object key.`,
        `shorten the ${part}.`);
    }
  }
  if (f.prefix.startsWith('/')) {
    throw new ConfigurationError(scope, `The prefix ${JSON.stringify(f.prefix)} starts with "/"; object keys never do, so it would never match.`,
      `drop the leading "/" (e.g. "${f.prefix.replace(/^\/+/, '')}").`);
  }
  if (rules.suffixStartsWithDot && f.suffix.length > 0 && !f.suffix.startsWith('.')) {
    throw new ConfigurationError(scope, `The suffix ${JSON.stringify(f.suffix)} does not start with "."; ${rules.cloud} rejects such suffixes.`,
      `write the suffix as a file extension, e.g. ".${f.suffix}".`);
  }
  return f;
}

/** True when one text is a prefix of the other (so some key starts with both). */
export function prefixesOverlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** True when one text is a suffix of the other (so some key ends with both). */
export function suffixesOverlap(a: string, b: string): boolean {
  return a.endsWith(b) || b.endsWith(a);
}

/** True when some key matches both filters: the longer prefix followed by the longer suffix always does. */
export function filtersOverlap(a: NormalizedKeyFilter, b: NormalizedKeyFilter): boolean {
  return prefixesOverlap(a.prefix, b.prefix) && suffixesOverlap(a.suffix, b.suffix);
}

export function describeFilter(f: NormalizedKeyFilter): string {
  const p = f.prefix ? `prefix ${JSON.stringify(f.prefix)}` : 'any prefix';
  const s = f.suffix ? `suffix ${JSON.stringify(f.suffix)}` : 'any suffix';
  return `${p}, ${s}`;
}
