import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';

/**
 * Object permissions as data: "read under this prefix", "write under that prefix". Each cloud renders them into
 * its own policy language, and the recursion check reads the write grants.
 */
export enum ObjectAccess {
  READ = 'read',
  WRITE = 'write',
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

/** The grants of an execution role, normalized; a role with none belongs to a function bound to nothing. */
export function requireGrants(role: IConstruct, grants: readonly ObjectGrant[]): ObjectGrant[] {
  const normalized = normalizeGrants(grants);
  if (normalized.length === 0) {
    throw new ConfigurationError(role, 'The execution role has no object permissions: the function is bound to no bucket.',
      'bind the function to a bucket with bucket.onObjectCreated(fn, ...), or give it a destinationBucket.');
  }
  return normalized;
}
