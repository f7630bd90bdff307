import { createHash } from 'crypto';
import * as fs from 'fs';
import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { Fcv3FunctionCode } from '../generated/providers/alicloud/fcv3-function';
import { OssBucketObject } from '../generated/providers/alicloud/oss-bucket-object';
import { ConfigurationError } from '../core/errors';
import { dashedNameRules, physicalName } from '../core/names';
import { FunctionCodeAsset } from '../core/packaging';
import { checkSameRegion } from '../core/region';
import { stackSingleton } from '../core/placement';
import { isLiteral } from '../core/tokens';
import { resolvePlacement } from './context';
import type { IEventedBucket } from './evented-bucket';
import { BUCKET_NAME, checkName } from './naming';
import { createPrivateBucket } from './private-bucket';
import { crc64Decimal } from './crc64';

/** Where a function's code zip is staged before Function Compute copies it. */
export interface ICodeBucket {
  /** Construct path, for messages. */
  readonly constructPath: string;
  readonly bucketName: string;
  /** Literal region, when known. */
  readonly literalRegion?: string;
  /** Resources that must exist before an object is written to the bucket. */
  readonly dependables: readonly ITerraformDependable[];
  /** Refuses (now and later) any notification of the bucket that would fire on this key; see IEventedBucket. */
  reserveObjectKey?(scope: IConstruct, key: string, what: string): void;
}

/**
 * The bucket the library creates for function code: one per stack and provider configuration (so per region),
 * private, AES-256 encrypted, public access blocked, with no notifications. Its name ends in the account ID and its
 * hash covers the stack and the literal region, like the other bucket names.
 */
export class FunctionCodeBucket extends Construct implements ICodeBucket {
  /** The stack's code bucket for this provider configuration, created on first use. */
  public static of(scope: IConstruct, provider?: TerraformProvider): FunctionCodeBucket {
    return stackSingleton(scope, 'FunctionCodeBucket', (stack, id) => new FunctionCodeBucket(stack, id, provider), provider);
  }

  public readonly bucketName: string;
  public readonly literalRegion?: string;
  public readonly dependables: readonly ITerraformDependable[];
  public readonly constructPath: string;

  private constructor(scope: Construct, id: string, provider?: TerraformProvider) {
    super(scope, id);
    const placement = resolvePlacement(this, { provider });
    this.literalRegion = placement.literalRegion;
    this.constructPath = this.node.path;
    this.bucketName = checkName(this, BUCKET_NAME,
      `${physicalName(this, dashedNameRules(46), `${scope.node.id}-fc-code`, placement.literalRegion)}-${placement.accountId}`);
    // Code objects are named by content and written once: no versioning needed. Destroying the stack empties it.
    this.dependables = createPrivateBucket(this, {
      bucketName: this.bucketName,
      forceDestroy: true,
      region: placement.region,
      accountId: placement.accountId,
      provider: placement.provider,
    }).dependables;
  }
}

/** An existing bucket used for code, with its notifications checked against the code key when it is an IEventedBucket. */
export function codeBucketFrom(bucket: IEventedBucket): ICodeBucket {
  return {
    constructPath: bucket.node.path,
    bucketName: bucket.bucketName,
    literalRegion: bucket.placement.literalRegion,
    dependables: bucket.dependables,
    reserveObjectKey: (scope, key, what) => bucket.reserveObjectKey(scope, key, what),
  };
}

export interface StagedFunctionCodeProps {
  readonly asset: FunctionCodeAsset;
  readonly bucket: ICodeBucket;
  /** Key prefix of code objects in the bucket. */
  readonly prefix: string;
  readonly functionName: string;
  /** Literal region of the function, when known. */
  readonly functionRegion?: string;
  /** @default the stack's default Alibaba Cloud provider */
  readonly provider?: TerraformProvider;
}

const checksums = new Map<string, { crc64: string; md5: string }>();

/** CRC-64 (what Function Compute checks) and MD5 (what OSS checks on upload) of a zip, computed once per content. */
function zipChecksums(asset: FunctionCodeAsset): { crc64: string; md5: string } {
  const key = asset.package.sha256;
  let sums = checksums.get(key);
  if (!sums) {
    const zip = fs.readFileSync(asset.package.zipPath);
    sums = { crc64: crc64Decimal(zip), md5: createHash('md5').update(zip).digest('base64') };
    checksums.set(key, sums);
  }
  return sums;
}

/**
 * A function's code zip staged in OSS: an `alicloud_oss_bucket_object` keyed by the zip's SHA-256, uploaded from the
 * synthesized asset at apply, and the `code` block that points Function Compute at it with the zip's CRC-64.
 *
 * Inline `code.zip_file` would put the base64 zip into the plan request, over the provider's 4 MiB plugin message
 * limit. A new zip is a new key: the object is replaced (created before the old one is deleted) and the function
 * updated in place, since its `code` block changed.
 */
export class StagedFunctionCode extends Construct {
  public readonly object: OssBucketObject;
  public readonly objectKey: string;
  /** The zip's CRC-64 (ECMA-182, as OSS computes it), an unsigned decimal. */
  public readonly checksum: string;
  /** For `alicloud_fcv3_function.code`. */
  public readonly code: Fcv3FunctionCode;

  constructor(scope: Construct, id: string, props: StagedFunctionCodeProps) {
    super(scope, id);
    checkSameRegion(this, props.bucket.literalRegion, props.functionRegion, { bucket: props.bucket.constructPath, fn: scope.node.path });
    const prefix = checkCodePrefix(this, props.prefix);
    this.objectKey = `${prefix}${props.functionName}/${props.asset.package.sha256}.zip`;
    props.bucket.reserveObjectKey?.(this, this.objectKey, 'code object');
    const sums = zipChecksums(props.asset);
    this.checksum = sums.crc64;
    this.object = new OssBucketObject(this, 'Object', {
      bucket: props.bucket.bucketName,
      key: this.objectKey,
      // A path, read by the provider at apply (relative to the stack directory): only the path crosses the plugin protocol.
      source: props.asset.path,
      contentType: 'application/zip',
      contentMd5: sums.md5,
      dependsOn: [...props.bucket.dependables],
      // The function is updated to the new key before the old object goes, so a failed update leaves both in place.
      lifecycle: { createBeforeDestroy: true },
      provider: props.provider,
    });
    this.code = { ossBucketName: this.object.bucket, ossObjectName: this.object.key, checksum: this.checksum };
  }
}

/** A code prefix: relative, no control characters, and short enough to leave room for the name and hash. */
function checkCodePrefix(scope: IConstruct, prefix: string): string {
  if (!isLiteral(prefix)) {
    throw new ConfigurationError(scope, 'codePrefix must be a literal string.', 'pass a plain string such as "function-code/".');
  }
  // eslint-disable-next-line no-control-regex
  if (prefix.startsWith('/') || /[\u0000-\u001f\u007f]/.test(prefix) || Buffer.byteLength(prefix) > 800) {
    throw new ConfigurationError(scope, `codePrefix ${JSON.stringify(prefix)} is not a usable OSS key prefix.`,
      'use at most 800 bytes without a leading "/" or control characters, e.g. "function-code/".');
  }
  return prefix;
}
