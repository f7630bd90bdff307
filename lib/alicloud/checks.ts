import { IConstruct } from 'constructs';
import { checkSynthesizedEnvironment, EnvironmentRules } from '../core/environment';
import { ConfigurationError } from '../core/errors';
import { NameRule } from '../core/names';
import { ResourceRule, registerResourceRules, stringAt } from '../core/resource-rules';
import { holdsExpression, ResourceView } from '../core/resources';
import { registerUniqueNames } from '../core/uniqueness';
import { ALICLOUD_UNIQUE_NAMES } from './naming';

/**
 * An Alibaba Cloud account ID (UID) is a number (16 digits for accounts today). An alias or a login name would end
 * up in every ARN (`acs:oss:<region>:<account>:...`), which then never matches.
 */
export const ACCOUNT_ID: NameRule = {
  what: 'an Alibaba Cloud account ID',
  pattern: /^[0-9]{1,20}$/,
  explain: 'the numeric account ID (UID, e.g. "1234567890123456": the console\'s account center, or `aliyun sts GetCallerIdentity`), not an alias or a RAM user name',
};

/**
 * Function Compute's environment rules ("Environment variables", https://www.alibabacloud.com/help/doc-detail/164217.htm,
 * "Limits"): a name starts with a letter and holds letters, digits and "_"; a value is printable ASCII, no Chinese
 * or other characters; all variables together at most 4 KB; `FC_*`, `accessKeyID`, `accessKeySecret`,
 * `securityToken` and `topic` are reserved by the system.
 */
export const FC_ENVIRONMENT_RULES: EnvironmentRules = {
  service: 'Function Compute',
  maxBytes: 4096,
  reservedPrefixes: ['FC_'],
  reservedNames: ['accessKeyID', 'accessKeySecret', 'securityToken', 'topic'],
};

/**
 * Destinations FC 3.0 accepts for asynchronous invocations ("Destinations for asynchronous invocations",
 * https://www.alibabacloud.com/help/en/fc/user-guide/result-callback): Simple Message Queue (MNS) queues and topics,
 * Function Compute functions, EventBridge event buses, ApsaraMQ for RocketMQ topics, each named by its ARN.
 */
export const ASYNC_DESTINATION: NameRule = {
  what: 'the ARN of a destination Function Compute accepts',
  pattern: /^acs:(mns|fc|eventbridge|mq):[a-z0-9-]+:[0-9]+:\S+$/,
  explain: 'the ARN of an MNS queue or topic (`acs:mns:<region>:<account>:/queues/<name>/messages`), a function (`acs:fc:<region>:<account>:functions/<name>`), an EventBridge event bus (`acs:eventbridge:<region>:<account>:eventbus/<name>`) or a RocketMQ topic (`acs:mq:<region>:<account>:/instances/<id>/topic/<topic>`)',
};

const FC_ENV_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;

function checkFcEnvironment(view: ResourceView): void {
  const scope = view.resource;
  checkSynthesizedEnvironment(scope, view.resolved('environment_variables'), FC_ENVIRONMENT_RULES, {
    name: (name) => {
      if (!FC_ENV_NAME.test(name)) {
        throw new ConfigurationError(scope, `Environment variable name ${JSON.stringify(name)} is not accepted by Function Compute.`, 'start the name with a letter and use only letters, digits and "_".');
      }
    },
    literalValue: (name, literal) => {
      const nonAscii = /[^\x20-\x7e]/.exec(literal);
      if (nonAscii) {
        throw new ConfigurationError(scope,
          `Environment variable ${name} holds ${JSON.stringify(nonAscii[0])} (U+${nonAscii[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}); Function Compute accepts only printable ASCII in environment values.`,
          'encode the value (e.g. JSON with \\u escapes, or base64) and decode it in the function, or use ASCII only.');
      }
    },
  });
}

function checkAsyncDestinations(view: ResourceView): void {
  const config = view.resolved('destination_config');
  for (const kind of ['on_failure', 'on_success']) {
    const destination = stringAt(config, [kind, 'destination']);
    if (destination === undefined || holdsExpression(destination) || ASYNC_DESTINATION.pattern.test(destination)) continue;
    throw new ConfigurationError(view.resource, `Its ${kind} destination ${JSON.stringify(destination)} is not ${ASYNC_DESTINATION.what}.`, `use ${ASYNC_DESTINATION.explain}.`);
  }
}

/** Checks of synthesized Alibaba resources, whichever construct created them. */
export const ALICLOUD_RESOURCE_RULES: readonly ResourceRule[] = [
  { resourceType: 'alicloud_fcv3_function', check: checkFcEnvironment },
  { resourceType: 'alicloud_fcv3_async_invoke_config', check: checkAsyncDestinations },
];

/** Registers the synth-time checks of every Alibaba resource of the stack of `scope` (and of its app). */
export function registerAlicloudChecks(scope: IConstruct): void {
  registerUniqueNames(scope, ALICLOUD_UNIQUE_NAMES);
  registerResourceRules(scope, 'alicloud', ALICLOUD_RESOURCE_RULES);
}
