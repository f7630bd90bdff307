import { IConstruct } from 'constructs';
// The runtime configuration the resize wiring writes, whose size the user controls through notifications and sizes.
import { RESIZE_CONFIG_ENV } from '../../functions/resize/src/config';
import { ConfigurationError } from './errors';
import { literalBytes } from './literal-size';

/** What a cloud accepts in a function's environment variables. */
export interface EnvironmentRules {
  /** The cloud's name for its functions, for messages. */
  readonly service: string;
  /** Largest total of names and values, in bytes. */
  readonly maxBytes: number;
  /** Name prefixes the platform reserves (e.g. `SCF_` on Tencent). @default none */
  readonly reservedPrefixes?: readonly string[];
  /** Whole names the platform reserves, compared case-insensitively. @default none */
  readonly reservedNames?: readonly string[];
}

/** Names the constructs set themselves. */
export function checkEnvironmentNames(scope: IConstruct, env: Readonly<Record<string, string>>, rules: EnvironmentRules, ownNames: readonly string[]): void {
  for (const name of Object.keys(env)) {
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name)) {
      throw new ConfigurationError(scope, `Environment variable name ${JSON.stringify(name)} is invalid.`, 'use letters, digits and "_", not starting with a digit.');
    }
    if (ownNames.includes(name)) {
      throw new ConfigurationError(scope, `Environment variable ${name} is set by the construct.`, 'use the construct\'s props instead.');
    }
    checkReservedName(scope, name, rules);
  }
}

/** A name the platform sets itself (a reserved prefix or a reserved name) would be refused or overwritten. */
export function checkReservedName(scope: IConstruct, name: string, rules: EnvironmentRules): void {
  const reserved = (rules.reservedPrefixes ?? []).find((p) => name.toUpperCase().startsWith(p));
  if (reserved) {
    throw new ConfigurationError(scope, `Environment variable ${name} starts with ${reserved}, which ${rules.service} reserves.`, 'rename the variable.');
  }
  const reservedName = (rules.reservedNames ?? []).find((n) => n.toLowerCase() === name.toLowerCase());
  if (reservedName) {
    throw new ConfigurationError(scope, `Environment variable ${name} is ${reservedName}, a name ${rules.service} reserves.`, 'rename the variable.');
  }
}

/** How many of the largest variables a size error lists. */
const LARGEST_SHOWN = 3;

/**
 * The total size check, run once every value (lazy ones included) is known. Parts that are still Terraform
 * expressions (a bucket name read from another resource, say) are not counted, and the message says so: their
 * marker text is not their size, and it changes from run to run.
 */
export function checkEnvironmentSize(scope: IConstruct, env: Readonly<Record<string, string>>, rules: EnvironmentRules): void {
  const sizes = Object.entries(env).map(([name, value]) => {
    const v = literalBytes(value);
    return { name, bytes: Buffer.byteLength(name) + v.bytes, tokens: v.tokens };
  });
  const total = sizes.reduce((n, s) => n + s.bytes, 0);
  if (total <= rules.maxBytes) return;
  const sorted = [...sizes].sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
  const largest = sorted.slice(0, LARGEST_SHOWN).map((s) => `${s.name} ${s.bytes} bytes`).join(', ');
  const unknown = sizes.filter((s) => s.tokens > 0).map((s) => s.name);
  const uncounted = unknown.length > 0 ? ` Not counted: the parts of ${unknown.join(', ')} known only at plan time.` : '';
  throw new ConfigurationError(scope,
    `The environment variables total ${total} bytes; ${rules.service} allows ${rules.maxBytes}. The largest: ${largest}.${uncounted}`,
    sorted[0].name === RESIZE_CONFIG_ENV
      ? `${RESIZE_CONFIG_ENV} (the filters and sizes the function was given) is the largest: use fewer notifications or sizes per function, or shorter prefixes.`
      : `shorten or drop ${sorted[0].name}, the largest (large data belongs in an object the function reads, not in its environment).`);
}

/** A cloud's own checks of a synthesized function's environment, beside the reserved names and the total size. */
export interface SynthesizedEnvironmentChecks {
  /** Checks each name, before the reserved names are. @default none */
  readonly name?: (name: string) => void;
  /** Checks each string value with its Terraform expressions removed. @default none */
  readonly literalValue?: (name: string, literal: string) => void;
}

/**
 * The environment check of a synthesized function resource, whichever construct made it: every name against the
 * reserved ones, then the total size of the literal parts (Terraform expressions are left out: known only at plan).
 */
export function checkSynthesizedEnvironment(scope: IConstruct, env: unknown, rules: EnvironmentRules, checks: SynthesizedEnvironmentChecks = {}): void {
  if (env === null || typeof env !== 'object') return;
  const literal: Record<string, string> = {};
  for (const [name, value] of Object.entries(env as Record<string, unknown>)) {
    checks.name?.(name);
    checkReservedName(scope, name, rules);
    if (typeof value !== 'string') continue;
    literal[name] = value.replace(/\$\{[^}]*\}/g, '');
    checks.literalValue?.(name, literal[name]);
  }
  checkEnvironmentSize(scope, literal, rules);
}

/**
 * JSON with every character outside printable ASCII written as a `\uXXXX` escape: the same value for any JSON
 * parser, and accepted where a platform takes only printable ASCII in environment values (Function Compute).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
