import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { alicloud } from '../lib';
import { AlicloudProvider } from '../lib/generated/providers/alicloud/provider';

export interface AlicloudResizeStackProps {
  /** @default 'ap-southeast-1' (Singapore, as in the original tutorial) */
  readonly region?: string;
  /** @default derived, ending in the account ID */
  readonly bucketName?: string;
}

/**
 * The Function Compute tutorial's flow as a stack: images uploaded under `source/` of a private OSS bucket are
 * resized into `processed/` (same key) by a Function Compute 3.0 function invoked by an OSS trigger. The code zip
 * is staged in the stack's code bucket, and the function logs to the stack's log project.
 */
export class AlicloudResizeStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: AlicloudResizeStackProps = {}) {
    super(scope, id);
    // Credentials come from the environment (ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET or a profile) at deploy time.
    new AlicloudProvider(this, 'alicloud', { region: props.region ?? 'ap-southeast-1' });

    const images = new alicloud.EventedBucket(this, 'Images', { bucketName: props.bucketName });
    const resize = new alicloud.ResizeFunction(this, 'Resize', {
      destinationPrefix: 'processed/',
      sizes: [{ width: 128, height: 128 }],
    });
    images.onObjectCreated(resize, { prefix: 'source/' });

    new TerraformOutput(this, 'bucket_name', { value: images.bucket.bucket });
    new TerraformOutput(this, 'function_name', { value: resize.function.functionName });
    new TerraformOutput(this, 'function_arn', { value: resize.functionArn });
    // Where to look when an OSS-triggered (asynchronous) invocation fails.
    new TerraformOutput(this, 'log_project', { value: resize.logConfig.project });
    new TerraformOutput(this, 'logstore', { value: resize.logConfig.logstore });
  }
}
