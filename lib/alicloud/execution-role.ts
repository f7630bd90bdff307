import { Lazy, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { ObjectGrant } from '../core/grants';
import { physicalName } from '../core/names';
import { escapeTerraformTemplate } from '../core/tokens';
import { KmsKeyGrant, kmsGrantStatements, ossGrantStatements } from './oss-grant-statements';
import { RamStatement, ServiceRole, ramPolicyDocument } from './service-role';
import { ROLE_RULES } from './trigger-role';

/** A Simple Log Service logstore a function writes its logs to. */
export interface FunctionLogConfig {
  readonly project: string;
  readonly logstore: string;
}

export interface FunctionExecutionRoleProps {
  /** @default derived from the construct path */
  readonly roleName?: string;
  /** @default the role name with a `-policy` suffix */
  readonly policyName?: string;
  /** Literal region, when known: RAM names are account-wide, so it keeps copies of a stack in two regions apart. */
  readonly region?: string;
  /** Grants the role may also write logs to this logstore. @default no logging rights */
  readonly logConfig?: FunctionLogConfig;
  /** @default "Runs function <path>." */
  readonly description?: string;
  /** @default the stack's default Alibaba Cloud provider */
  readonly provider?: TerraformProvider;
}

/**
 * The role a function runs as (trusted by `fc.aliyuncs.com`). Its policy is rendered at synth from the object
 * grants and statements collected while the stack is built, so it holds exactly what the function was granted.
 */
export class FunctionExecutionRole extends ServiceRole {
  private readonly grants: ObjectGrant[] = [];
  private readonly kmsGrants: KmsKeyGrant[] = [];
  private readonly statements: RamStatement[] = [];

  constructor(scope: Construct, id: string, props: FunctionExecutionRoleProps = {}) {
    let self: FunctionExecutionRole | undefined;
    super(scope, id, {
      roleName: props.roleName ?? physicalName(scope, ROLE_RULES, `${scope.node.id}-exec`, props.region),
      policyName: props.policyName,
      trustedService: 'fc.aliyuncs.com',
      policyDocument: Lazy.stringValue({ produce: () => self!.renderPolicy(props.logConfig) }),
      description: props.description ?? `Runs function ${scope.node.path}.`,
      provider: props.provider,
    });
    self = this;
  }

  /**
   * Adds an object permission to the role. `kmsKeyResource` is the bucket's KMS key when it is SSE-KMS encrypted:
   * OSS then needs the caller to be allowed `kms:Decrypt` to read and `kms:GenerateDataKey` to write (deleting and
   * listing need neither: `kmsGrantStatements` renders nothing for them).
   */
  public grant(grant: ObjectGrant, kmsKeyResource?: string): void {
    this.grants.push(grant);
    if (kmsKeyResource !== undefined) this.kmsGrants.push({ access: grant.access, keyResource: kmsKeyResource });
  }

  /** Adds a statement as it is (for anything beyond object grants: other services, other resources). */
  public addStatement(statement: RamStatement): void {
    this.statements.push(statement);
  }

  private renderPolicy(logConfig: FunctionLogConfig | undefined): string {
    // Both group, de-duplicate and sort what they are given: the policy does not depend on the order of the grants.
    const statements: RamStatement[] = [...ossGrantStatements(this.grants), ...kmsGrantStatements(this.kmsGrants)];
    if (logConfig) {
      statements.push({ Effect: 'Allow', Action: ['log:PostLogStoreLogs'], Resource: [`acs:log:*:*:project/${logConfig.project}/logstore/${logConfig.logstore}`] });
    }
    statements.push(...this.statements);
    if (statements.length === 0) {
      // RAM refuses a policy without statements; a function with no rights at all still gets a valid one.
      statements.push({ Effect: 'Deny', Action: ['*'], Resource: ['*'] });
    }
    // Prefixes are user text: `${` in one must not become Terraform template syntax.
    return escapeTerraformTemplate(ramPolicyDocument(statements));
  }
}
