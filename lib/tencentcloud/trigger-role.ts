import { Fn, ITerraformDependable, Op, Precondition, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { DataTencentcloudCamRoles } from '../generated/providers/tencentcloud/data-tencentcloud-cam-roles';
import { SCF_SERVICE_ROLE_NAME, ScfServiceRole } from './scf-service-role';

export interface TriggerRoleProps {
  /**
   * Create `SCF_QcsRole` (trusted by `scf.qcloud.com`, preset policy `QcloudAccessForScfRole`) in this stack, as a
   * {@link ScfServiceRole} (with `prevent_destroy`: `terraform destroy` of this stack then stops until the role is
   * moved out of its state). Prefer an account-setup stack with an `ScfServiceRole` of its own: the role serves every
   * SCF function of the account. The console creates it the first time anyone authorizes SCF in an account.
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
      const owned = new ScfServiceRole(this, 'ServiceRole', { provider: props.provider });
      this.dependables = [owned.role, owned.attachment];
      this.preconditions = [];
    } else {
      const existing = new DataTencentcloudCamRoles(this, 'Existing', { name: SCF_SERVICE_ROLE_NAME, provider: props.provider });
      this.dependables = [];
      this.preconditions = [{
        condition: Op.gte(Fn.lengthOf(existing.roleList), 1),
        errorMessage: `The account has no ${SCF_SERVICE_ROLE_NAME} role, which SCF needs to create COS triggers (else: FailedOperation.QcsRoleNotFound). Authorize SCF once in the SCF console, or create it once per account in an account-setup stack (new tencentcloud.ScfServiceRole(stack, id), as in stacks/tencentcloud-account-setup-stack.ts).`,
      }];
    }
  }
}
