import { TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { CamPolicy } from '../generated/providers/tencentcloud/cam-policy';
import { CamRole } from '../generated/providers/tencentcloud/cam-role';
import { CamRolePolicyAttachment } from '../generated/providers/tencentcloud/cam-role-policy-attachment';
import { CAM_NAME, checkName } from './naming';
import { resourceReference } from './references';

/** One statement of a CAM policy. */
export interface CamStatement {
  readonly effect: 'allow' | 'deny';
  readonly action: readonly string[];
  readonly resource: readonly string[];
  /**
   * Conditions, operator → condition key → values, e.g. `{ string_like: { 'cos:prefix': ['uploads/*'] } }`.
   * @default no condition
   */
  readonly condition?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/** CAM policy JSON, version 2.0. Fields that may be a string or an array are always arrays (the provider insists). */
export function camPolicyDocument(statements: readonly CamStatement[]): string {
  return JSON.stringify({
    version: '2.0',
    statement: statements.map((s) => ({ effect: s.effect, action: s.action, resource: s.resource, ...(s.condition ? { condition: s.condition } : {}) })),
  });
}

/** A trust policy that lets one cloud service assume the role. */
export function camTrustDocument(service: string): string {
  return JSON.stringify({ version: '2.0', statement: [{ action: ['name/sts:AssumeRole'], effect: 'allow', principal: { service: [service] } }] });
}

export interface CamServiceRoleProps {
  readonly roleName: string;
  /** @default `<roleName>-policy` */
  readonly policyName?: string;
  /** Service principal allowed to assume the role, e.g. `scf.qcloud.com`. */
  readonly trustedService: string;
  readonly description: string;
  /** @default the stack's default Tencent Cloud provider */
  readonly provider?: TerraformProvider;
}

/**
 * A CAM role one service may assume, with at most one custom policy attached. The policy (and its attachment) is
 * created by the first `attachPolicy` call: CAM refuses a policy without statements, so a role with no rights has
 * none. Resources registered with `addDependent` depend on the attachment once it exists, so they are created only
 * when the role has its rights.
 */
export class CamServiceRole extends Construct {
  public readonly role: CamRole;
  public readonly roleName: string;
  public readonly policyName: string;
  private readonly props: CamServiceRoleProps;
  private policyResource?: CamPolicy;
  private attachmentResource?: CamRolePolicyAttachment;
  private readonly dependents: TerraformResource[] = [];

  constructor(scope: Construct, id: string, props: CamServiceRoleProps) {
    super(scope, id);
    this.props = props;
    this.roleName = checkName(this, CAM_NAME, props.roleName);
    this.policyName = checkName(this, CAM_NAME, props.policyName ?? `${this.roleName}-policy`.slice(0, 128));
    this.role = new CamRole(this, 'Role', {
      name: this.roleName,
      document: camTrustDocument(props.trustedService),
      description: props.description,
      consoleLogin: false,
      provider: props.provider,
    });
  }

  /** The role's custom policy, once it has one. */
  public get policy(): CamPolicy | undefined {
    return this.policyResource;
  }

  /** The attachment of the custom policy, once the role has one. */
  public get attachment(): CamRolePolicyAttachment | undefined {
    return this.attachmentResource;
  }

  /** Makes `resource` wait for the role's rights: it depends on the policy attachment, now or once it exists. */
  public addDependent(resource: TerraformResource): void {
    this.dependents.push(resource);
    if (this.attachmentResource) dependOn(resource, this.attachmentResource);
  }

  /** Creates the role's policy with `document` (may be a lazy value); later calls keep the first policy. */
  protected attachPolicy(document: string): void {
    if (this.policyResource) return;
    this.policyResource = new CamPolicy(this, 'Policy', {
      name: this.policyName,
      document,
      description: this.props.description,
      provider: this.props.provider,
    });
    this.attachmentResource = new CamRolePolicyAttachment(this, 'Attachment', {
      // References, not copies: a rename of the role or the policy through an escape hatch reaches the attachment.
      roleId: this.role.id,
      policyId: this.policyResource.id,
      provider: this.props.provider,
    });
    for (const resource of this.dependents) dependOn(resource, this.attachmentResource);
  }
}

/** Puts `dependency` first in the resource's `depends_on`. */
function dependOn(resource: TerraformResource, dependency: TerraformResource): void {
  // The plain address, as `depends_on` is written (a resource's `fqn` renders as `${type.name}` there).
  const address = resourceReference(dependency);
  resource.dependsOn = [address, ...(resource.dependsOn ?? []).filter((d) => d !== address)];
}
