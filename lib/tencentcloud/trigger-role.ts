import { Fn, ITerraformDependable, Op, Precondition, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CamRole } from '../generated/providers/tencentcloud/cam-role';
import { CamRolePolicyAttachmentByName } from '../generated/providers/tencentcloud/cam-role-policy-attachment-by-name';
import { DataTencentcloudCamRoles } from '../generated/providers/tencentcloud/data-tencentcloud-cam-roles';
import { camTrustDocument } from './cam';

/** The account-level role SCF assumes to write COS notification rules, and its preset policy. */
export const SCF_SERVICE_ROLE_NAME = 'SCF_QcsRole';
export const SCF_SERVICE_ROLE_POLICY = 'QcloudAccessForScfRole';

export interface TriggerRoleProps {
  /**
   * Create `SCF_QcsRole` (trusted by `scf.qcloud.com`, preset policy `QcloudAccessForScfRole`) in this stack.
   * The console creates it the first time anyone authorizes SCF in an account; create it here only in an account
   * where that never happened, or the apply fails on the existing role.
   * @default false: check at plan time that it exists, and stop with instructions if it does not
   */
  readonly create?: boolean;
  /** @default the stack's default Tencent Cloud provider */
  readonly provider?: TerraformProvider;
}

/**
 * Service-to-service authorization on Tencent Cloud: SCF acts as the account-level role `SCF_QcsRole` when it writes
 * a COS trigger into the bucket's notification configuration. Without it, trigger creation fails with
 * `FailedOperation.QcsRoleNotFound`. This construct either creates the role or checks, before anything is applied,
 * that it exists.
 */
export class TriggerRole extends Construct {
  /** Resources a trigger waits for (the role and its policy, when created here). */
  public readonly dependables: readonly ITerraformDependable[];
  /** Checks a trigger carries (the role exists, when not created here). */
  public readonly preconditions: readonly Precondition[];

  constructor(scope: Construct, id: string, props: TriggerRoleProps = {}) {
    super(scope, id);
    if (props.create) {
      const role = new CamRole(this, 'Role', {
        name: SCF_SERVICE_ROLE_NAME,
        document: camTrustDocument('scf.qcloud.com'),
        description: 'Lets SCF configure COS triggers and access the resources its triggers need.',
        consoleLogin: false,
        provider: props.provider,
      });
      const attachment = new CamRolePolicyAttachmentByName(this, 'PresetPolicy', {
        roleName: role.name,
        policyName: SCF_SERVICE_ROLE_POLICY,
        provider: props.provider,
      });
      this.dependables = [role, attachment];
      this.preconditions = [];
    } else {
      const existing = new DataTencentcloudCamRoles(this, 'Existing', { name: SCF_SERVICE_ROLE_NAME, provider: props.provider });
      this.dependables = [];
      this.preconditions = [{
        condition: Op.gte(Fn.lengthOf(existing.roleList), 1),
        errorMessage: `The account has no ${SCF_SERVICE_ROLE_NAME} role, which SCF needs to create COS triggers (else: FailedOperation.QcsRoleNotFound). Authorize SCF once in the SCF console, or create the role in this stack with new tencentcloud.TriggerRole(scope, id, { create: true }).`,
      }];
    }
  }
}
