import { Lazy, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { ObjectAccess, ObjectGrant, requireGrants } from '../core/grants';
import { physicalName } from '../core/names';
import { escapeTerraformTemplate } from '../core/tokens';
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
  /** Literal region, when known: RAM names are account-wide, so it keeps copies of a stack in two regions apart. */
  readonly region?: string;
  /** Grants the role may also write logs to this logstore. @default no logging rights */
  readonly logConfig?: FunctionLogConfig;
  /** @default the stack's default Alibaba Cloud provider */
  readonly provider?: TerraformProvider;
}

/**
 * The role a function runs as (trusted by `fc.aliyuncs.com`). Its policy is rendered at synth from the object
 * grants collected while the stack is built, so it holds exactly the prefixes the function reads and writes.
 */
export class FunctionExecutionRole extends ServiceRole {
  private readonly grants: ObjectGrant[] = [];
  private readonly kmsGrants: { readonly access: ObjectAccess; readonly keyResource: string }[] = [];

  constructor(scope: Construct, id: string, props: FunctionExecutionRoleProps = {}) {
    let self: FunctionExecutionRole | undefined;
    super(scope, id, {
      roleName: props.roleName ?? physicalName(scope, ROLE_RULES, `${scope.node.id}-exec`, props.region),
      trustedService: 'fc.aliyuncs.com',
      policyDocument: Lazy.stringValue({ produce: () => self!.renderPolicy(props.logConfig) }),
      description: `Runs function ${scope.node.path}: reads its trigger prefixes, writes its output prefix.`,
      provider: props.provider,
    });
    self = this;
  }

  /**
   * Adds an object permission to the role. `kmsKeyResource` is the bucket's KMS key when it is SSE-KMS encrypted:
   * OSS then needs the caller to be allowed `kms:Decrypt` to read and `kms:GenerateDataKey` to write.
   */
  public grant(grant: ObjectGrant, kmsKeyResource?: string): void {
    this.grants.push(grant);
    if (kmsKeyResource !== undefined) this.kmsGrants.push({ access: grant.access, keyResource: kmsKeyResource });
  }

  private renderPolicy(logConfig: FunctionLogConfig | undefined): string {
    const grants = requireGrants(this, this.grants);
    const resources = (access: ObjectAccess) => grants.filter((g) => g.access === access).map((g) => `acs:oss:*:*:${g.bucketName}/${g.prefix}*`);
    const statements: RamStatement[] = [];
    const read = resources(ObjectAccess.READ);
    const write = resources(ObjectAccess.WRITE);
    if (read.length > 0) statements.push({ Effect: 'Allow', Action: ['oss:GetObject'], Resource: read });
    // GetObject on the outputs too: the function checks (HeadObject) that it never overwrites an object it did not write.
    if (write.length > 0) statements.push({ Effect: 'Allow', Action: ['oss:GetObject', 'oss:PutObject'], Resource: write });
    const writeKeys = unique(this.kmsGrants.filter((g) => g.access === ObjectAccess.WRITE).map((g) => g.keyResource));
    const readKeys = unique(this.kmsGrants.map((g) => g.keyResource)).filter((k) => !writeKeys.includes(k));
    if (readKeys.length > 0) statements.push({ Effect: 'Allow', Action: ['kms:Decrypt'], Resource: readKeys });
    // Outputs are read back too (the HeadObject check before each write), so writers may also decrypt.
    if (writeKeys.length > 0) statements.push({ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: writeKeys });
    if (logConfig) {
      statements.push({ Effect: 'Allow', Action: ['log:PostLogStoreLogs'], Resource: [`acs:log:*:*:project/${logConfig.project}/logstore/${logConfig.logstore}`] });
    }
    // Prefixes are user text: `${` in one must not become Terraform template syntax.
    return escapeTerraformTemplate(ramPolicyDocument(statements));
  }
}

/** Distinct values, sorted, so the policy does not depend on construction order. */
function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
