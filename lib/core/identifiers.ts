import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';
import { NameRule } from './names';
import { isLiteral } from './tokens';

/**
 * An identifier a cloud expects in one exact form (an account ID, an ARN). Unlike a name, a wrong one is not refused
 * when it is set: it ends up inside ARNs and policies and fails later, or never matches.
 */
export function checkIdentifier(scope: IConstruct, prop: string, rule: NameRule, value: string | undefined): void {
  if (!isLiteral(value) || rule.pattern.test(value)) return;
  throw new ConfigurationError(scope, `${prop} ${JSON.stringify(value)} is not ${rule.what}.`, `pass ${rule.explain}.`);
}

/**
 * S3-style storage refuses a bucket name formatted as an IPv4 address (`192.168.5.4`), since virtual-hosted
 * addressing would read it as a host: IBM COS follows that rule (see `lib/ibm/checks.ts`).
 */
export function looksLikeIpAddress(name: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(name);
}
