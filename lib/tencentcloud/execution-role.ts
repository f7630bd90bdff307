import { Lazy, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { normalizeGrants, ObjectAccess, ObjectGrant } from '../core/grants';
import { dashedNameRules, physicalName } from '../core/names';
import { escapeTerraformTemplate } from '../core/tokens';
import { CamServiceRole, CamStatement, camPolicyDocument } from './cam';

export interface ScfExecutionRoleProps {
  /** The account's APPID (literal or expression): COS resource names contain it. */
  readonly appId: string;
  /** @default derived from the construct path */
  readonly roleName?: string;
  /** @default `<roleName>-policy` */
  readonly policyName?: string;
  /** @default "Runs function <path>." */
  readonly description?: string;
  /** Literal region, when known: CAM names are account-wide, so it keeps copies of a stack in two regions apart. */
  readonly region?: string;
  /** @default the stack's default Tencent Cloud provider */
  readonly provider?: TerraformProvider;
}

/** Role names derived from construct paths: CAM allows mixed case, hyphens keep them readable. */
const ROLE_RULES = dashedNameRules(64);

/**
 * The COS actions each access stands for, and nothing more (COS API authorization guide, "COS API 授权策略使用指引"):
 * a write may be a simple upload or a multipart one (which the SDKs' upload helpers choose by size).
 */
export const COS_ACTIONS: Readonly<Record<Exclude<ObjectAccess, ObjectAccess.LIST>, readonly string[]>> = {
  [ObjectAccess.READ]: ['name/cos:GetObject', 'name/cos:HeadObject'],
  [ObjectAccess.WRITE]: [
    'name/cos:AbortMultipartUpload', 'name/cos:CompleteMultipartUpload', 'name/cos:InitiateMultipartUpload',
    'name/cos:ListParts', 'name/cos:PutObject', 'name/cos:UploadPart',
  ],
  [ObjectAccess.DELETE]: ['name/cos:DeleteObject'],
};
/** Listing is `GET Bucket`, a bucket-level action, narrowed to a prefix by the `cos:prefix` condition key. */
export const COS_LIST_ACTION = 'name/cos:GetBucket';

/** `qcs::cos:<region>:uid/<appid>:<bucket>/<prefix>*`: the objects of a bucket under a prefix. */
export function cosObjectsResource(grant: ObjectGrant, appId: string): string {
  return `qcs::cos:${grant.region}:uid/${appId}:${grant.bucketName}/${grant.prefix}*`;
}

/**
 * The role an SCF function runs as (trusted by `scf.qcloud.com`); SCF hands its temporary keys to the code. Its policy
 * is rendered at synth from the object grants and the statements collected while the stack is built. A role with
 * neither has no policy at all (CAM refuses one without statements): its function may only read its events.
 */
export class ScfExecutionRole extends CamServiceRole {
  private readonly grants: ObjectGrant[] = [];
  private readonly statements: CamStatement[] = [];
  private readonly appId: string;
  /** The policy's document, rendered at synth from everything added by then. */
  private readonly policyDocument = Lazy.stringValue({ produce: () => this.renderPolicy() });

  constructor(scope: Construct, id: string, props: ScfExecutionRoleProps) {
    super(scope, id, {
      roleName: props.roleName ?? physicalName(scope, ROLE_RULES, `${scope.node.id}-exec`, props.region),
      policyName: props.policyName,
      trustedService: 'scf.qcloud.com',
      description: props.description ?? `Runs function ${scope.node.path}.`,
      provider: props.provider,
    });
    this.appId = props.appId;
  }

  /** Adds an object permission; `region` is required (COS resource names contain it). */
  public grant(grant: ObjectGrant): void {
    this.grants.push(grant);
    this.attachPolicy(this.policyDocument);
  }

  /** Adds a statement of the caller's own (another service, a bucket-level action). */
  public addToPolicy(statement: CamStatement): void {
    this.statements.push(statement);
    this.attachPolicy(this.policyDocument);
  }

  private renderPolicy(): string {
    const grants = normalizeGrants(this.grants);
    const of = (access: ObjectAccess) => grants.filter((g) => g.access === access);
    const statements: CamStatement[] = [];
    for (const access of [ObjectAccess.READ, ObjectAccess.WRITE, ObjectAccess.DELETE] as const) {
      const resources = of(access).map((g) => cosObjectsResource(g, this.appId));
      if (resources.length > 0) statements.push({ effect: 'allow', action: COS_ACTIONS[access], resource: resources });
    }
    // One statement per listed bucket: the prefix condition belongs to that bucket alone.
    for (const g of of(ObjectAccess.LIST)) {
      statements.push({
        effect: 'allow',
        action: [COS_LIST_ACTION],
        resource: [cosObjectsResource({ ...g, prefix: '' }, this.appId)],
        ...(g.prefix === '' ? {} : { condition: { string_like: { 'cos:prefix': [`${g.prefix}*`] } } }),
      });
    }
    statements.push(...this.statements);
    // Prefixes are user text: `${` in one must not become Terraform template syntax.
    return escapeTerraformTemplate(camPolicyDocument(statements));
  }
}
