import * as path from 'path';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { alicloud } from '../lib';
import { AlicloudProvider } from '../lib/generated/providers/alicloud/provider';
import { AUDIT_BUCKET_ENV, AUDIT_PREFIX_ENV } from '../functions/audit/src/audit';

export interface AlicloudAuditStackProps {
  /** @default 'ap-southeast-1' */
  readonly region?: string;
  /** @default derived, ending in the account ID */
  readonly bucketName?: string;
}

/**
 * A function of one's own on a bucket's events: every object removed under `uploads/` gets a JSON record under
 * `audit/` of the same bucket, written by a Function Compute function bundled from `functions/audit/src/alicloud.ts`.
 * The function may write `audit/` and nothing else of the bucket; it reads only the event.
 */
export class AlicloudAuditStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: AlicloudAuditStackProps = {}) {
    super(scope, id);
    new AlicloudProvider(this, 'alicloud', { region: props.region ?? 'ap-southeast-1' });

    const uploads = new alicloud.EventedBucket(this, 'Uploads', { bucketName: props.bucketName });
    const audit = new alicloud.NodejsFunction(this, 'Audit', {
      entry: path.join(__dirname, '..', 'functions', 'audit', 'src', 'alicloud.ts'),
      timeout: 30,
      environment: { [AUDIT_BUCKET_ENV]: uploads.bucket.bucket, [AUDIT_PREFIX_ENV]: 'audit/' },
    });
    uploads.onObjectRemoved(audit, { prefix: 'uploads/' });
    uploads.grantWrite(audit, 'audit/*');

    new TerraformOutput(this, 'bucket_name', { value: uploads.bucket.bucket });
    new TerraformOutput(this, 'function_name', { value: audit.functionName });
    new TerraformOutput(this, 'log_project', { value: audit.logConfig.project });
    new TerraformOutput(this, 'logstore', { value: audit.logConfig.logstore });
  }
}
