import { Lazy, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { ObjectAccess, ObjectGrant, requireGrants } from '../core/grants';
import { dashedNameRules, physicalName } from '../core/names';
import { escapeTerraformTemplate } from '../core/tokens';
import { CamServiceRole, CamStatement, camPolicyDocument } from './cam';

export interface ScfExecutionRoleProps {
  /** The account's APPID (literal or expression): COS resource names contain it. */
  readonly appId: string;
  /** @default derived from the construct path */
  readonly roleName?: string;
  /** Literal region, when known: CAM names are account-wide, so it keeps copies of a stack in two regions apart. */
  readonly region?: string;
  /** @default the stack's default Tencent Cloud provider */
  readonly provider?: TerraformProvider;
}

/** Role names derived from construct paths: CAM allows mixed case, hyphens keep them readable. */
const ROLE_RULES = dashedNameRules(64);

/**
 * The role an SCF function runs as (trusted by `scf.qcloud.com`); SCF hands its temporary keys to the code. Its policy
 * is rendered at synth from the object grants collected while the stack is built: read on each trigger prefix,
 * head and write on the destination prefix.
 */
export class ScfExecutionRole extends CamServiceRole {
  private readonly grants: ObjectGrant[] = [];

  constructor(scope: Construct, id: string, props: ScfExecutionRoleProps) {
    let self: ScfExecutionRole | undefined;
    super(scope, id, {
      roleName: props.roleName ?? physicalName(scope, ROLE_RULES, `${scope.node.id}-exec`, props.region),
      trustedService: 'scf.qcloud.com',
      policyDocument: Lazy.stringValue({ produce: () => self!.renderPolicy(props.appId) }),
      description: `Runs function ${scope.node.path}: reads its trigger prefixes, writes its output prefix.`,
      provider: props.provider,
    });
    self = this;
  }

  /** Adds an object permission; `region` is required (COS resource names contain it). */
  public grant(grant: ObjectGrant): void {
    this.grants.push(grant);
  }

  private renderPolicy(appId: string): string {
    const grants = requireGrants(this, this.grants);
    const resources = (access: ObjectAccess) => grants.filter((g) => g.access === access)
      .map((g) => `qcs::cos:${g.region}:uid/${appId}:${g.bucketName}/${g.prefix}*`);
    const statements: CamStatement[] = [];
    const read = resources(ObjectAccess.READ);
    const write = resources(ObjectAccess.WRITE);
    if (read.length > 0) statements.push({ effect: 'allow', action: ['name/cos:GetObject'], resource: read });
    // HeadObject on the outputs: the function checks that it never overwrites an object it did not write.
    if (write.length > 0) statements.push({ effect: 'allow', action: ['name/cos:HeadObject', 'name/cos:PutObject'], resource: write });
    // Prefixes are user text: `${` in one must not become Terraform template syntax.
    return escapeTerraformTemplate(camPolicyDocument(statements));
  }
}
