import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { OssBucket } from '../generated/providers/alicloud/oss-bucket';
import { OssBucketAcl } from '../generated/providers/alicloud/oss-bucket-acl';
import { OssBucketPublicAccessBlock } from '../generated/providers/alicloud/oss-bucket-public-access-block';
import { OssBucketServerSideEncryption } from '../generated/providers/alicloud/oss-bucket-server-side-encryption';
import { OssBucketVersioningA as OssBucketVersioning } from '../generated/providers/alicloud/oss-bucket-versioning';
import { ConfigurationError } from '../core/errors';
import { isLiteral } from '../core/tokens';

/** Server-side encryption of a bucket. */
export enum BucketEncryption {
  /** OSS-managed keys, AES-256. */
  AES256 = 'AES256',
  /** Keys in KMS (default KMS key unless `kmsKeyId` is given). */
  KMS = 'KMS',
  /** OSS-managed keys, SM4. */
  SM4 = 'SM4',
}

/**
 * Attributes of `alicloud_oss_bucket` that the split resources own (`_acl`, `_server_side_encryption`,
 * `_versioning`). Read fills them from the bucket although they are Optional and not Computed, so without
 * `ignore_changes` the next plan removes them and the bucket's Update undoes the split resource (for encryption:
 * DeleteBucketEncryption).
 */
export const SPLIT_BUCKET_ATTRIBUTES: readonly string[] = ['acl', 'server_side_encryption_rule', 'versioning'];

export interface PrivateBucketProps {
  readonly bucketName: string;
  /** @default BucketEncryption.AES256 */
  readonly encryption?: BucketEncryption;
  /** KMS key for BucketEncryption.KMS. @default the account's default OSS KMS key */
  readonly kmsKeyId?: string;
  /** @default false */
  readonly versioned?: boolean;
  /** @default false */
  readonly forceDestroy?: boolean;
  /** @default 'Standard' */
  readonly storageClass?: string;
  /** @default 'LRS' */
  readonly redundancyType?: string;
  /** @default no tags */
  readonly tags?: Readonly<Record<string, string>>;
  /** Region and account, for the KMS key's resource name in RAM policies (literals or expressions). */
  readonly region: string;
  readonly accountId: string;
  /** @default the stack's default Alibaba Cloud provider */
  readonly provider?: TerraformProvider;
}

/** The resources of a private bucket. */
export interface PrivateBucket {
  readonly bucket: OssBucket;
  /** The bucket and its settings: what must exist before the bucket is used. */
  readonly dependables: readonly ITerraformDependable[];
  /**
   * The KMS key a role needs to read or write the bucket's objects (RAM resource name), when it is SSE-KMS encrypted.
   * With the default OSS key, every key of the account in the region (its ID is not known before it exists).
   */
  readonly kmsKeyResource?: string;
}

/**
 * A bucket that is private (ACL `private`, public access blocked) and encrypted, each setting a split resource, with
 * the bucket ignoring the attributes those resources own. The resources are created directly in `scope` under the
 * ids `Bucket`, `Acl`, `PublicAccessBlock`, `Encryption`, `Versioning`.
 */
export function createPrivateBucket(scope: Construct, props: PrivateBucketProps): PrivateBucket {
  const provider = props.provider;
  const encryption = props.encryption ?? BucketEncryption.AES256;
  if (props.kmsKeyId !== undefined && encryption !== BucketEncryption.KMS) {
    throw new ConfigurationError(scope, 'kmsKeyId is set but encryption is not KMS.', 'set encryption: BucketEncryption.KMS, or drop kmsKeyId.');
  }
  const bucket = new OssBucket(scope, 'Bucket', {
    bucket: props.bucketName,
    storageClass: props.storageClass ?? 'Standard',
    redundancyType: props.redundancyType ?? 'LRS',
    forceDestroy: props.forceDestroy ?? false,
    tags: props.tags ? { ...props.tags } : undefined,
    lifecycle: { ignoreChanges: [...SPLIT_BUCKET_ATTRIBUTES] },
    provider,
  });
  const bucketName = bucket.bucket; // one reference for the three settings resources
  const acl = new OssBucketAcl(scope, 'Acl', { bucket: bucketName, acl: 'private', provider });
  const publicAccess = new OssBucketPublicAccessBlock(scope, 'PublicAccessBlock', { bucket: bucketName, blockPublicAccess: true, provider });
  const sse = new OssBucketServerSideEncryption(scope, 'Encryption', {
    bucket: bucketName,
    sseAlgorithm: encryption,
    kmsMasterKeyId: props.kmsKeyId,
    // Read writes both from the bucket although they are Optional and not Computed; left unset, whatever OSS
    // reports (e.g. the default KMS key's ID) must not plan a change.
    lifecycle: { ignoreChanges: props.kmsKeyId === undefined ? ['kms_master_key_id', 'kms_data_encryption'] : ['kms_data_encryption'] },
    provider,
  });
  const dependables: ITerraformDependable[] = [bucket, acl, publicAccess, sse];
  if (props.versioned) dependables.push(new OssBucketVersioning(scope, 'Versioning', { bucket: bucket.bucket, status: 'Enabled', provider }));
  const kmsKeyResource = encryption === BucketEncryption.KMS ? kmsKeyResourceName(props.kmsKeyId, props.region, props.accountId) : undefined;
  return { bucket, dependables, kmsKeyResource };
}

/** The RAM resource name of a KMS key given by ID or ARN; with none, every key of the account in the region. */
export function kmsKeyResourceName(kmsKeyId: string | undefined, region: string, accountId: string): string {
  if (isLiteral(kmsKeyId) && kmsKeyId.startsWith('acs:kms:')) return kmsKeyId;
  return `acs:kms:${region}:${accountId}:key/${kmsKeyId ?? '*'}`;
}
