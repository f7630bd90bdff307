import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CamRoleByName } from '../generated/providers/tencentcloud/cam-role-by-name';
import { CamRolePolicyAttachmentByName } from '../generated/providers/tencentcloud/cam-role-policy-attachment-by-name';
import { MINIMUM_TERRAFORM_VERSION, requireTerraformVersion } from '../core/terraform-version';
import { camTrustDocument } from './cam';

/** The account-level role SCF assumes to write COS notification rules, and its preset policy. */
export const SCF_SERVICE_ROLE_NAME = 'SCF_QcsRole';
export const SCF_SERVICE_ROLE_POLICY = 'QcloudAccessForScfRole';

export interface ScfServiceRoleProps {
  /**
   * Take over the role the SCF console created (Terraform `import` blocks, Terraform 1.5+) instead of creating it;
   * creating it where it exists fails with `RoleNameInUse`.
   * @default false
   */
  readonly adoptExisting?: boolean;
  /** @default the stack's default Tencent Cloud provider */
  readonly provider?: TerraformProvider;
}

/**
 * The account-wide `SCF_QcsRole` (trusted by `scf.qcloud.com`, preset policy `QcloudAccessForScfRole`), which every
 * SCF function of the account relies on for its COS triggers. It belongs in an account-setup stack applied once per
 * account, never in an application stack: both resources carry `prevent_destroy`, because destroying them breaks
 * the COS triggers of every function in the account. The role is `tencentcloud_cam_role_by_name`, whose ID is the
 * role name, so an existing role can be adopted by name.
 */
export class ScfServiceRole extends Construct {
  public readonly role: CamRoleByName;
  public readonly attachment: CamRolePolicyAttachmentByName;

  constructor(scope: Construct, id: string, props: ScfServiceRoleProps = {}) {
    super(scope, id);
    // It resolves no placement (the role is account-wide), so it declares the stack's Terraform floor itself.
    requireTerraformVersion(this, MINIMUM_TERRAFORM_VERSION);
    this.role = new CamRoleByName(this, 'Role', {
      name: SCF_SERVICE_ROLE_NAME,
      document: camTrustDocument('scf.qcloud.com'),
      description: 'Lets SCF configure COS triggers and access the resources its triggers need.',
      consoleLogin: false,
      lifecycle: { preventDestroy: true },
      provider: props.provider,
    });
    this.attachment = new CamRolePolicyAttachmentByName(this, 'PresetPolicy', {
      roleName: this.role.name,
      policyName: SCF_SERVICE_ROLE_POLICY,
      lifecycle: { preventDestroy: true },
      provider: props.provider,
    });
    if (props.adoptExisting) {
      // IDs: the role name (resource_tc_cam_role_by_name.go:140), `<role>#<policy>` (…_attachment_by_name.go:89).
      this.role.importFrom(SCF_SERVICE_ROLE_NAME, props.provider);
      this.attachment.importFrom(`${SCF_SERVICE_ROLE_NAME}#${SCF_SERVICE_ROLE_POLICY}`, props.provider);
    }
  }
}
