import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { tencentcloud } from '../lib';

export interface TencentcloudResizeStackProps {
  /** @default 'ap-guangzhou' */
  readonly region?: string;
  /** The account's 10-digit APPID. @default read at plan time (tencentcloud_user_info) */
  readonly appId?: string;
  /** Bucket name without the APPID. @default derived */
  readonly bucketName?: string;
  /**
   * Create the account-level SCF_QcsRole here (protected by prevent_destroy) instead of checking that it exists.
   * Prefer the account-setup stack (TencentcloudAccountSetupStack), applied once per account.
   * @default false: this stack only checks, at plan time, that the role exists
   */
  readonly createScfServiceRole?: boolean;
  /**
   * Concurrent instances reserved for the function, so an upload burst cannot take the concurrency of the account's
   * other functions (and never runs more than this). @default 10 (10 × 1024 MB of the region's quota)
   */
  readonly reservedConcurrency?: number;
  /** @default ScfCodeUpload.AUTO: inline when the zip fits one API request, else staged in a COS code bucket */
  readonly codeUpload?: tencentcloud.ScfCodeUpload;
}

/**
 * The COS event notification flow as a stack: images uploaded under `source/` of a private COS bucket are resized
 * into `processed/` by an SCF function (Node.js 18.15, sharp's wasm32 build) invoked by a COS trigger. The account's
 * `SCF_QcsRole` comes from the account-setup stack (TencentcloudAccountSetupStack); this stack checks that it exists.
 */
export class TencentcloudResizeStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: TencentcloudResizeStackProps = {}) {
    super(scope, id);
    // Credentials come from TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY at deploy time.
    new tencentcloud.TencentcloudProvider(this, 'tencentcloud', { region: props.region ?? 'ap-guangzhou' });

    const triggerRole = new tencentcloud.TriggerRole(this, 'ScfServiceRole', { create: props.createScfServiceRole ?? false });
    const images = new tencentcloud.EventedBucket(this, 'Images', { bucketName: props.bucketName, appId: props.appId });
    const resize = new tencentcloud.ResizeFunction(this, 'Resize', {
      appId: props.appId,
      destinationPrefix: 'processed/',
      sizes: [{ width: 128, height: 128 }],
      triggerRole,
      reservedConcurrency: props.reservedConcurrency ?? 10,
      codeUpload: props.codeUpload,
    });
    images.onObjectCreated(resize, { prefix: 'source/' });

    new TerraformOutput(this, 'bucket_name', { value: images.bucket.bucket });
    new TerraformOutput(this, 'function_name', { value: resize.function.name });
  }
}
