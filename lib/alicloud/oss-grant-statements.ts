import { ObjectAccess, ObjectGrant } from '../core/grants';
import type { RamStatement } from './service-role';

/**
 * The OSS actions each object access needs, on the objects under the grant's prefix (RAM's OSS action list,
 * "RAM policies: Action element", OSS user guide). `oss:GetObject` also covers HeadObject and GetObjectMeta;
 * `oss:PutObject` covers PostObject, AppendObject, the parts of a multipart upload and the target of CopyObject;
 * `oss:DeleteObject` also covers DeleteMultipleObjects.
 */
const OBJECT_ACTIONS: Readonly<Partial<Record<ObjectAccess, string>>> = {
  [ObjectAccess.READ]: 'oss:GetObject',
  [ObjectAccess.WRITE]: 'oss:PutObject',
  [ObjectAccess.DELETE]: 'oss:DeleteObject',
};

/** A KMS key a grant needs, with the access that needs it. */
export interface KmsKeyGrant {
  readonly access: ObjectAccess;
  /** RAM resource name of the key. */
  readonly keyResource: string;
}

/**
 * Least-privilege RAM statements for object grants. Object actions are gathered per resource
 * (`acs:oss:*:*:<bucket>/<prefix>*`) and resources with the same actions share one statement; listing is
 * `oss:ListObjects` on the bucket, limited by `oss:Prefix` when the grant has a prefix. Statements and their
 * resources are sorted, so the policy does not depend on the order grants were made in.
 */
export function ossGrantStatements(grants: readonly ObjectGrant[]): RamStatement[] {
  const actionsByResource = new Map<string, Set<string>>();
  const listPrefixesByBucket = new Map<string, Set<string>>();
  for (const grant of grants) {
    if (grant.access === ObjectAccess.LIST) {
      let prefixes = listPrefixesByBucket.get(grant.bucketName);
      if (!prefixes) listPrefixesByBucket.set(grant.bucketName, prefixes = new Set());
      prefixes.add(grant.prefix);
      continue;
    }
    const action = OBJECT_ACTIONS[grant.access];
    if (action === undefined) continue;
    const resource = `acs:oss:*:*:${grant.bucketName}/${grant.prefix}*`;
    let actions = actionsByResource.get(resource);
    if (!actions) actionsByResource.set(resource, actions = new Set());
    actions.add(action);
  }

  const resourcesByActions = new Map<string, { actions: string[]; resources: string[] }>();
  for (const [resource, actions] of actionsByResource) {
    const sorted = sortedUnique([...actions]);
    const key = sorted.join(',');
    let group = resourcesByActions.get(key);
    if (!group) resourcesByActions.set(key, group = { actions: sorted, resources: [] });
    group.resources.push(resource);
  }
  const statements: RamStatement[] = [...resourcesByActions.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([, g]) => ({ Effect: 'Allow', Action: g.actions, Resource: sortedUnique(g.resources) }));

  for (const bucketName of sortedUnique([...listPrefixesByBucket.keys()])) {
    const prefixes = listPrefixesByBucket.get(bucketName)!;
    const resource = [`acs:oss:*:*:${bucketName}`];
    // A request's oss:Prefix is its `prefix` parameter: `uploads/*` admits listing under uploads/ only.
    statements.push(prefixes.has('')
      ? { Effect: 'Allow', Action: ['oss:ListObjects'], Resource: resource }
      : { Effect: 'Allow', Action: ['oss:ListObjects'], Resource: resource, Condition: { StringLike: { 'oss:Prefix': sortedUnique([...prefixes].map((p) => `${p}*`)) } } });
  }
  return statements;
}

/**
 * KMS rights for grants on SSE-KMS buckets (OSS user guide, "Server-side encryption": reading needs `kms:Decrypt`,
 * writing `kms:GenerateDataKey`, and a multipart or read-back writer also decrypts). Deleting and listing need none.
 */
export function kmsGrantStatements(keys: readonly KmsKeyGrant[]): RamStatement[] {
  const writeKeys = sortedUnique(keys.filter((k) => k.access === ObjectAccess.WRITE).map((k) => k.keyResource));
  const readKeys = sortedUnique(keys.filter((k) => k.access === ObjectAccess.READ).map((k) => k.keyResource)).filter((k) => !writeKeys.includes(k));
  const statements: RamStatement[] = [];
  if (readKeys.length > 0) statements.push({ Effect: 'Allow', Action: ['kms:Decrypt'], Resource: readKeys });
  if (writeKeys.length > 0) statements.push({ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: writeKeys });
  return statements;
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
