import * as path from 'path';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { tencentcloud } from '../lib';
import { AUDIT_BUCKET_ENV, AUDIT_PREFIX_ENV } from '../functions/audit/src/audit';

export interface TencentcloudAuditStackProps {
  /** @default 'ap-guangzhou' */
  readonly region?: string;
  /** The account's 10-digit APPID. @default read at plan time (tencentcloud_user_info) */
  readonly appId?: string;
  /** Bucket name without the APPID. @default derived */
  readonly bucketName?: string;
}

/**
 * Any function on a bucket's events: objects removed under `uploads/` of a private COS bucket are recorded, one JSON
 * object each, under `audit/` of the same bucket by an SCF function built from `functions/audit/src/tencentcloud.ts`.
 * The function may write `audit/` and nothing else; it reads nothing but its events.
 */
export class TencentcloudAuditStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: TencentcloudAuditStackProps = {}) {
    super(scope, id);
    new tencentcloud.TencentcloudProvider(this, 'tencentcloud', { region: props.region ?? 'ap-guangzhou' });

    const bucket = new tencentcloud.EventedBucket(this, 'Uploads', { bucketName: props.bucketName, appId: props.appId });
    const audit = new tencentcloud.NodejsFunction(this, 'Audit', {
      appId: props.appId,
      entry: path.join(__dirname, '../functions/audit/src/tencentcloud.ts'),
      environment: { [AUDIT_BUCKET_ENV]: bucket.bucketName, [AUDIT_PREFIX_ENV]: 'audit/' },
    });
    bucket.onObjectRemoved(audit, { prefix: 'uploads/' });
    bucket.grantWrite(audit, 'audit/*');

    new TerraformOutput(this, 'bucket_name', { value: bucket.bucket.bucket });
    new TerraformOutput(this, 'function_name', { value: audit.function.name });
  }
}
