import { Lazy } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { CosBucketObject } from '../generated/providers/tencentcloud/cos-bucket-object';
import { ConfigurationError } from '../core/errors';
import { FunctionCodeAsset } from '../core/packaging';
import { stackSingleton } from '../core/placement';
import { ResolvedTencentPlacement } from './context';
import { EventedBucket, IEventedBucket } from './evented-bucket';

/**
 * How an SCF function's zip reaches SCF. The provider sends an inline zip base64-encoded in the JSON body of one
 * TC3-HMAC-SHA256-signed POST (CreateFunction / UpdateFunctionCode), and Tencent Cloud API 3.0 accepts such bodies up
 * to 10 MB; a zip in COS is fetched by SCF itself.
 */
export enum ScfCodeUpload {
  /** Inline when the zip fits the request body with room to spare (SCF_MAX_INLINE_ZIP_BYTES), else through COS. */
  AUTO = 'auto',
  /** Always inline (`zip_file`); a zip too large for the request body is an error at synth. */
  INLINE = 'inline',
  /** Always staged in COS (`cos_bucket_name` / `cos_object_name` / `cos_bucket_region`). */
  COS = 'cos',
}

/** Tencent Cloud API 3.0: a TC3-HMAC-SHA256-signed POST body is at most 10 MB; read as 10^7 bytes, the smaller reading. */
export const TC3_MAX_POST_BODY_BYTES = 10_000_000;
/**
 * What the request body holds besides the zip: environment (SCF caps it at 4 KB), description (1000 characters, up
 * to 3 bytes each), names, handler, runtime and the JSON around them, with a wide margin.
 */
export const SCF_REQUEST_OVERHEAD_BYTES = 64 * 1024;
/** The largest zip sent inline: its base64 (4 bytes per 3) plus the overhead fits the body. 7,450,848 bytes. */
export const SCF_MAX_INLINE_ZIP_BYTES = Math.floor((TC3_MAX_POST_BODY_BYTES - SCF_REQUEST_OVERHEAD_BYTES) / 4) * 3;
/** Where staged zips go in a code bucket; keys are `<prefix><sha256>.zip`, so new content is a new object. */
export const SCF_CODE_KEY_PREFIX = 'evented-buckets/scf-code/';

/** Bytes of the base64 encoding of `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** Whether a zip of `bytes` is sent inline under `mode`; an inline zip that cannot fit is an error naming `scope`. */
export function uploadsInline(scope: IConstruct, mode: ScfCodeUpload, bytes: number): boolean {
  if (!Object.values(ScfCodeUpload).includes(mode)) {
    throw new ConfigurationError(scope, `codeUpload ${JSON.stringify(mode)} is not a code upload mode.`, `use one of ${Object.values(ScfCodeUpload).join(', ')}.`);
  }
  const fits = bytes <= SCF_MAX_INLINE_ZIP_BYTES;
  if (mode === ScfCodeUpload.INLINE && !fits) {
    throw new ConfigurationError(scope, `The function zip is ${bytes} bytes (${base64Length(bytes)} in base64); sent inline it would exceed the ${TC3_MAX_POST_BODY_BYTES}-byte limit of a TC3-signed API request (inline zips up to ${SCF_MAX_INLINE_ZIP_BYTES} bytes).`,
      'use codeUpload: ScfCodeUpload.AUTO or ScfCodeUpload.COS, which stage the zip in a COS bucket.');
  }
  return mode === ScfCodeUpload.INLINE || (mode === ScfCodeUpload.AUTO && fits);
}

/** The code arguments of a `tencentcloud_scf_function`: one of the two forms. */
export type ScfCodeArguments =
  | { readonly zipFile: string }
  | { readonly cosBucketName: string; readonly cosObjectName: string; readonly cosBucketRegion: string };

export interface StagedCodeProps {
  readonly code: FunctionCodeAsset;
  /** The function's placement: the code bucket must be in its region. */
  readonly placement: ResolvedTencentPlacement;
  /** @default one private code bucket per stack and provider configuration, created here */
  readonly bucket?: IEventedBucket;
}

/**
 * A function zip staged in COS: a `tencentcloud_cos_bucket_object` keyed by the zip's SHA-256 (outside every trigger
 * prefix of the bucket), in a private code bucket of the function's region.
 */
export class StagedCode {
  public readonly bucket: IEventedBucket;
  public readonly object: CosBucketObject;
  public readonly key: string;

  constructor(scope: IConstruct, props: StagedCodeProps) {
    const { code, placement } = props;
    this.bucket = props.bucket ?? stackSingleton(scope, 'ScfCodeBucket', (s, id) =>
      new EventedBucket(s, id, { provider: placement.provider, appId: placement.appId, region: placement.literalRegion }), placement.provider);
    const bucket = this.bucket;
    const bucketRegion = bucket.placement.literalRegion;
    if (bucket.placement.provider !== placement.provider && (bucketRegion === undefined || bucketRegion !== placement.literalRegion)) {
      throw new ConfigurationError(scope, `Code bucket ${bucket.node.path} is not known to be in the function's region${placement.literalRegion ? ` (${placement.literalRegion})` : ''}; SCF reads code only from a bucket of its own region.`,
        'use a bucket of the function\'s provider, or give both the same literal region.');
    }
    this.key = `${SCF_CODE_KEY_PREFIX}${code.package.sha256}.zip`;
    const key = this.key;
    // One object per bucket and zip: functions with the same zip share it, and no two resources own one key.
    const id = `Code-${code.package.sha256.slice(0, 16)}`;
    this.object = (bucket.node.tryFindChild(id) as CosBucketObject | undefined) ?? new CosBucketObject(bucket as unknown as Construct, id, {
      bucket: bucket.bucketName,
      // Checked when the stack is synthesized, after every notification of the bucket has been added.
      key: Lazy.stringValue({ produce: () => checkedKey(bucket, key) }),
      source: code.path,
      acl: 'private',
      contentType: 'application/zip',
      dependsOn: [...bucket.dependables],
      // The function's code source stays in place until the function points at the new key.
      lifecycle: { createBeforeDestroy: true },
      provider: bucket.placement.provider,
    });
  }

  /** The function's code arguments. `cos_bucket_name` is the whole `<name>-<appid>`: the provider cuts its last "-" part. */
  public get arguments(): ScfCodeArguments {
    return { cosBucketName: this.bucket.bucketName, cosObjectName: this.object.key, cosBucketRegion: this.bucket.region };
  }
}

/** The key, unless a notification of the bucket would fire on it (staging code must never trigger a function). */
function checkedKey(bucket: IEventedBucket, key: string): string {
  for (const n of bucket.notifications.all) {
    if (key.startsWith(n.filter.prefix) && key.endsWith(n.filter.suffix)) {
      throw new ConfigurationError(bucket, `The function code staged at ${key} would fire notification ${n.scope.node.path} (prefix ${JSON.stringify(n.filter.prefix)}, suffix ${JSON.stringify(n.filter.suffix)}).`,
        `use a code bucket without that notification, or narrow the notification so that ${SCF_CODE_KEY_PREFIX} is outside it.`);
    }
  }
  return key;
}
