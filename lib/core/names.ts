import { createHash } from 'crypto';
import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';
import { isLiteral } from './tokens';

export interface PhysicalNameRules {
  /** Longest name the cloud accepts. */
  readonly maxLength: number;
  /** Fold to lower case (most storage and role names must be). */
  readonly lowerCase: boolean;
  /** Characters allowed besides [a-z0-9] (and A-Z unless lowerCase); others become the separator. */
  readonly extraChars: string;
  /** Separator used in place of disallowed characters. */
  readonly separator: string;
  /** A name must start with a letter. */
  readonly startWithLetter?: boolean;
}

/** The rules most cloud names here follow: lower-case words joined by "-", at most `maxLength` characters. */
export function dashedNameRules(maxLength: number, startWithLetter = false): PhysicalNameRules {
  return startWithLetter ? { maxLength, lowerCase: true, extraChars: '-', separator: '-', startWithLetter } : { maxLength, lowerCase: true, extraChars: '-', separator: '-' };
}

/**
 * A short, stable hash of the construct's path: stays the same across synths, differs between constructs.
 * `salt` separates copies of one stack deployed side by side (e.g. the region, for account-wide names).
 */
export function pathHash(scope: IConstruct, length = 8, salt = ''): string {
  return createHash('sha256').update(salt ? `${scope.node.path}\0${salt}` : scope.node.path).digest('hex').slice(0, length);
}

/**
 * Derives a deterministic physical name from the construct path, within the cloud's naming rules.
 * The readable part is the stack name and construct id; a hash of the full path keeps it unique.
 */
export function physicalName(scope: IConstruct, rules: PhysicalNameRules, hint?: string, salt?: string): string {
  const hash = pathHash(scope, 8, salt);
  const parts = scope.node.path.split('/').filter((p) => p.length > 0);
  const readable = hint ?? [parts[0], parts[parts.length - 1]].filter((p, i, a) => a.indexOf(p) === i).join('-');
  const escaped = rules.extraChars.replace(/[\\\]^-]/g, '\\$&');
  const disallowed = new RegExp(`[^a-zA-Z0-9${escaped}]+`, 'g');
  let base = readable.replace(disallowed, rules.separator);
  if (rules.lowerCase) base = base.toLowerCase();
  base = base.replace(new RegExp(`^[${escaped}]+|[${escaped}]+$`, 'g'), '');
  if (rules.startWithLetter && !/^[a-zA-Z]/.test(base)) base = `x${base}`;
  const room = rules.maxLength - hash.length - rules.separator.length;
  base = base.slice(0, Math.max(room, 0)).replace(new RegExp(`[${escaped}]+$`), '');
  return base ? `${base}${rules.separator}${hash}` : hash;
}

/** A cloud's naming rule for one kind of resource. */
export interface NameRule {
  /** What is named, for messages ("OSS bucket name"). */
  readonly what: string;
  readonly pattern: RegExp;
  /** The rule in words, for the fix ("3-63 lower-case letters, ..."). */
  readonly explain: string;
}

/** Checks a literal name against a rule; names that are Terraform references are checked by the cloud. */
export function checkName(scope: IConstruct, rule: NameRule, name: string): string {
  if (isLiteral(name) && !rule.pattern.test(name)) {
    throw new ConfigurationError(scope, `${JSON.stringify(name)} is not a valid ${rule.what}.`, `use ${rule.explain}.`);
  }
  return name;
}
