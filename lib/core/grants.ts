import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';

/**
 * Object permissions as data: "read under this prefix", "write under that prefix". Each cloud renders them into
 * its own policy language, and the recursion check reads the write grants.
 */
export enum ObjectAccess {
  /** Read objects and their metadata (GET, HEAD). */
  READ = 'read',
  /** Create or overwrite objects (PUT, POST, multipart, copy into). Raises "object created" events. */
  WRITE = 'write',
  /** Delete objects. Raises "object removed" events. */
  DELETE = 'delete',
  /** List the keys under a prefix (a bucket-level permission on every cloud, limited to the prefix where it can be). */
  LIST = 'list',
}

/** The neutral event kind an access raises when the grantee uses it, if any: what the recursion check compares. */
export function eventKindRaisedBy(access: ObjectAccess): 'created' | 'removed' | undefined {
  if (access === ObjectAccess.WRITE) return 'created';
  if (access === ObjectAccess.DELETE) return 'removed';
  return undefined;
}

/**
 * The key prefix a grant's key pattern stands for. Patterns are a prefix followed by `*` (`uploads/*`), `*` alone
 * (the whole bucket), or nothing (the whole bucket): every cloud's policy language and the recursion check agree on
 * prefixes, so a `*` anywhere else is refused.
 */
export function keyPrefixOfPattern(scope: IConstruct, keyPattern: string | undefined): string {
  if (keyPattern === undefined || keyPattern === '*' || keyPattern === '') return '';
  const star = keyPattern.indexOf('*');
  if (star !== keyPattern.length - 1 || keyPattern.includes('?')) {
    throw new ConfigurationError(scope, `The key pattern ${JSON.stringify(keyPattern)} is not a prefix followed by "*".`,
      `grant on a prefix, e.g. ${JSON.stringify(`${keyPattern.split('*')[0] ?? ''}*`)}, or on "*" for the whole bucket.`);
  }
  const prefix = keyPattern.slice(0, -1);
  if (prefix.startsWith('/')) {
    throw new ConfigurationError(scope, `The key pattern ${JSON.stringify(keyPattern)} starts with "/"; object keys never do.`,
      `drop the leading "/" (e.g. ${JSON.stringify(keyPattern.replace(/^\/+/, ''))}).`);
  }
  return prefix;
}

export interface ObjectGrant {
  readonly access: ObjectAccess;
  /** Bucket name (literal or Terraform expression). */
  readonly bucketName: string;
  /** Key prefix; "" means the whole bucket. */
  readonly prefix: string;
  /** Region of the bucket, for clouds whose resource names include it (literal or Terraform expression). */
  readonly region?: string;
}

/** Grants without duplicates, in a stable order, so the rendered policy does not depend on construction order. */
export function normalizeGrants(grants: readonly ObjectGrant[]): ObjectGrant[] {
  const seen = new Map<string, ObjectGrant>();
  for (const g of grants) seen.set(`${g.access}\0${g.bucketName}\0${g.prefix}\0${g.region ?? ''}`, g);
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}
