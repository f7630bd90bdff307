import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { dashedNameRules, physicalName } from '../core/names';
import { isLiteral } from '../core/tokens';
import { ServiceRole, ramPolicyDocument } from './service-role';

export interface TriggerRoleProps {
  /**
   * Name of the function OSS may invoke: pass the function resource's `functionName` attribute, so a name changed
   * through an escape hatch reaches the policy.
   */
  readonly functionName: string;
  /** Region of the function (literal or expression). */
  readonly region: string;
  /** Account of the function (literal or expression). */
  readonly accountId: string;
  /**
   * Lower-case role name.
   * @default derived from the construct path
   */
  readonly roleName?: string;
  /** @default the role name with a `-policy` suffix */
  readonly policyName?: string;
  /** @default the stack's default Alibaba Cloud provider */
  readonly provider?: TerraformProvider;
}

/**
 * The invocation role of an OSS trigger: OSS (`oss.aliyuncs.com`) assumes it to call the function, and it may do
 * nothing but `fc:InvokeFunction` on that one function. It replaces the console's broad default
 * `AliyunOSSEventNotificationRole`.
 */
export class TriggerRole extends ServiceRole {
  constructor(scope: Construct, id: string, props: TriggerRoleProps) {
    const functionArn = `acs:fc:${props.region}:${props.accountId}:functions/${props.functionName}`;
    super(scope, id, {
      roleName: props.roleName ?? physicalName(scope, ROLE_RULES, `${scope.node.id}-oss-invoke`, isLiteral(props.region) ? props.region : undefined),
      policyName: props.policyName,
      trustedService: 'oss.aliyuncs.com',
      // The function itself and its versions/aliases (`functions/<name>/<qualifier>`), nothing else.
      policyDocument: ramPolicyDocument([{ Effect: 'Allow', Action: ['fc:InvokeFunction'], Resource: [functionArn, `${functionArn}/*`] }]),
      description: `Lets OSS invoke function ${props.functionName} for object events.`,
      provider: props.provider,
    });
  }
}

/** Role names derived from construct paths: lower case (see ROLE_NAME), hyphen-separated, 64 characters at most. */
export const ROLE_RULES = dashedNameRules(64);
