import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { tencentcloud } from '../lib';

export interface TencentcloudAccountSetupStackProps {
  /** CAM is global; the provider still needs a region. @default 'ap-guangzhou' */
  readonly region?: string;
  /** Adopt the SCF_QcsRole the console created instead of creating it (Terraform 1.5+). @default false */
  readonly adoptExisting?: boolean;
}

/**
 * What a Tencent Cloud account needs once before any COS-triggered SCF function: the account-wide `SCF_QcsRole`.
 * Apply it once per account (not per application); its resources refuse `terraform destroy` (`prevent_destroy`),
 * since every SCF function of the account depends on the role.
 */
export class TencentcloudAccountSetupStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: TencentcloudAccountSetupStackProps = {}) {
    super(scope, id);
    new tencentcloud.TencentcloudProvider(this, 'tencentcloud', { region: props.region ?? 'ap-guangzhou' });
    const role = new tencentcloud.ScfServiceRole(this, 'ScfServiceRole', { adoptExisting: props.adoptExisting });
    new TerraformOutput(this, 'scf_service_role', { value: role.role.name });
  }
}
