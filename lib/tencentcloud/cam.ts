import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CamPolicy } from '../generated/providers/tencentcloud/cam-policy';
import { CamRole } from '../generated/providers/tencentcloud/cam-role';
import { CamRolePolicyAttachment } from '../generated/providers/tencentcloud/cam-role-policy-attachment';
import { CAM_NAME, checkName } from './naming';

/** One statement of a CAM policy. */
export interface CamStatement {
  readonly effect: 'allow' | 'deny';
  readonly action: readonly string[];
  readonly resource: readonly string[];
}

/** CAM policy JSON, version 2.0. Fields that may be a string or an array are always arrays (the provider insists). */
export function camPolicyDocument(statements: readonly CamStatement[]): string {
  return JSON.stringify({ version: '2.0', statement: statements.map((s) => ({ effect: s.effect, action: s.action, resource: s.resource })) });
}

/** A trust policy that lets one cloud service assume the role. */
export function camTrustDocument(service: string): string {
  return JSON.stringify({ version: '2.0', statement: [{ action: ['name/sts:AssumeRole'], effect: 'allow', principal: { service: [service] } }] });
}

export interface CamServiceRoleProps {
  readonly roleName: string;
  /** Service principal allowed to assume the role, e.g. `scf.qcloud.com`. */
  readonly trustedService: string;
  /** The role's only permissions (a custom policy). May be a lazy value. */
  readonly policyDocument: string;
  readonly description: string;
  /** @default the stack's default Tencent Cloud provider */
  readonly provider?: TerraformProvider;
}

/**
 * A CAM role one service may assume, with exactly one custom policy attached. Resources that rely on the role
 * depend on `attachment`, so they are created only once the role has its rights.
 */
export class CamServiceRole extends Construct {
  public readonly role: CamRole;
  public readonly policy: CamPolicy;
  public readonly attachment: ITerraformDependable;
  public readonly roleName: string;

  constructor(scope: Construct, id: string, props: CamServiceRoleProps) {
    super(scope, id);
    this.roleName = checkName(this, CAM_NAME, props.roleName);
    const policyName = checkName(this, CAM_NAME, `${this.roleName}-policy`.slice(0, 128));
    this.role = new CamRole(this, 'Role', {
      name: this.roleName,
      document: camTrustDocument(props.trustedService),
      description: props.description,
      consoleLogin: false,
      provider: props.provider,
    });
    this.policy = new CamPolicy(this, 'Policy', {
      name: policyName,
      document: props.policyDocument,
      description: props.description,
      provider: props.provider,
    });
    this.attachment = new CamRolePolicyAttachment(this, 'Attachment', {
      roleId: this.role.id,
      policyId: this.policy.id,
      provider: props.provider,
    });
  }
}
