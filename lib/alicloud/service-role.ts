import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { RamPolicy } from '../generated/providers/alicloud/ram-policy';
import { RamRole } from '../generated/providers/alicloud/ram-role';
import { RamRolePolicyAttachment } from '../generated/providers/alicloud/ram-role-policy-attachment';
import { checkName, POLICY_NAME, ROLE_NAME } from './naming';

/** One statement of a RAM policy. */
export interface RamStatement {
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: readonly string[];
  readonly Resource: readonly string[];
  /**
   * Conditions, operator → condition key → values, e.g. `{ StringLike: { 'oss:Prefix': ['uploads/*'] } }`.
   * @default no condition
   */
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/** RAM policy JSON, with keys in a fixed order so plans are stable. */
export function ramPolicyDocument(statements: readonly RamStatement[]): string {
  return JSON.stringify({
    Version: '1',
    Statement: statements.map((s) => ({ Effect: s.Effect, Action: s.Action, Resource: s.Resource, ...(s.Condition ? { Condition: s.Condition } : {}) })),
  });
}

/** A trust policy that lets one cloud service assume the role. */
export function ramTrustDocument(service: string): string {
  return JSON.stringify({ Version: '1', Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: [service] } }] });
}

/** Deletes the oldest non-default version when a policy has five (`alicloud_ram_policy.rotate_strategy`). */
export const RAM_POLICY_ROTATE_STRATEGY = 'DeleteOldestNonDefaultVersionWhenLimitExceeded';

export interface ServiceRoleProps {
  /** Lower-case role name. */
  readonly roleName: string;
  /** Name of the role's custom policy. @default the role name with "." replaced by "-" and a `-policy` suffix */
  readonly policyName?: string;
  /** Service principal allowed to assume the role, e.g. `fc.aliyuncs.com`. */
  readonly trustedService: string;
  /** The role's only permissions (a custom policy). May be a lazy value. */
  readonly policyDocument: string;
  readonly description: string;
  /** @default the stack's default Alibaba Cloud provider */
  readonly provider?: TerraformProvider;
}

/**
 * A RAM role that one service may assume, with exactly one custom policy attached.
 * Resources that rely on the role should depend on `attachment`, so they are created only once it has its rights.
 */
export class ServiceRole extends Construct {
  public readonly role: RamRole;
  public readonly policy: RamPolicy;
  public readonly attachment: ITerraformDependable;
  public readonly roleName: string;
  /** ARN of the role (a Terraform reference). */
  public readonly roleArn: string;

  constructor(scope: Construct, id: string, props: ServiceRoleProps) {
    super(scope, id);
    const roleName = checkName(this, ROLE_NAME, props.roleName);
    const policyName = checkName(this, POLICY_NAME, props.policyName ?? `${roleName.replace(/\./g, '-')}-policy`.slice(0, 128));
    this.role = new RamRole(this, 'Role', {
      roleName,
      assumeRolePolicyDocument: ramTrustDocument(props.trustedService),
      description: props.description,
      force: true,
      provider: props.provider,
    });
    this.policy = new RamPolicy(this, 'Policy', {
      policyName,
      policyDocument: props.policyDocument,
      description: props.description,
      force: true,
      // RAM keeps at most five versions of a policy and the provider adds one per change: without rotation the
      // sixth change fails.
      rotateStrategy: RAM_POLICY_ROTATE_STRATEGY,
      provider: props.provider,
    });
    this.attachment = new RamRolePolicyAttachment(this, 'Attachment', {
      roleName: this.role.roleName,
      policyName: this.policy.policyName,
      policyType: 'Custom',
      provider: props.provider,
    });
    this.roleName = roleName;
    this.roleArn = this.role.arn;
  }
}
