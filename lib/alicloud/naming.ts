import { KeyFilterRules } from '../core/filters';
import { UniqueNameTable } from '../core/uniqueness';
import { checkName, NameRule } from '../core/names';
import { NotificationLimits } from '../core/notifications';

/** OSS object keys are at most 1023 bytes. */
export const OSS_FILTER_RULES: KeyFilterRules = { cloud: 'Alibaba Cloud OSS', maxBytes: 1023 };
/** OSS accepts at most 10 event notification rules (FC triggers) per bucket. */
export const OSS_NOTIFICATION_LIMITS: NotificationLimits = { maxPerBucket: 10 };
/** Function Compute accepts at most 50 triggers per function. */
export const FC_MAX_TRIGGERS_PER_FUNCTION = 50;

/** OSS bucket names: 3-63 lower-case letters, digits and hyphens, starting and ending with a letter or digit. */
export const BUCKET_NAME: NameRule = {
  what: 'OSS bucket name',
  pattern: /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/,
  explain: '3-63 characters: lower-case letters, digits and hyphens, starting and ending with a letter or digit',
};
/** FC 3.0 function names: letters, digits, "_" and "-", not starting with a digit or "-", at most 64 characters. */
export const FUNCTION_NAME: NameRule = {
  what: 'Function Compute function name',
  pattern: /^[a-zA-Z_][a-zA-Z0-9_-]{0,63}$/,
  explain: '1-64 characters: letters, digits, "_" and "-", starting with a letter or "_"',
};
/** Trigger names follow the same rule as function names, up to 128 characters. */
export const TRIGGER_NAME: NameRule = {
  what: 'Function Compute trigger name',
  pattern: /^[a-zA-Z_][a-zA-Z0-9_-]{0,127}$/,
  explain: '1-128 characters: letters, digits, "_" and "-", starting with a letter or "_"',
};
/**
 * RAM role names: letters, digits, "." and "-", at most 64. Lower case only here: Function Compute returns role ARNs
 * in lower case, and a mixed-case name would show a change on every plan.
 */
export const ROLE_NAME: NameRule = {
  what: 'RAM role name',
  pattern: /^[a-z0-9.-]{1,64}$/,
  explain: '1-64 characters: lower-case letters, digits, "." and "-" (lower case avoids a perpetual diff: FC reports role ARNs in lower case)',
};
/** RAM policy names: letters, digits and "-", at most 128. */
export const POLICY_NAME: NameRule = {
  what: 'RAM policy name',
  pattern: /^[a-zA-Z0-9-]{1,128}$/,
  explain: '1-128 characters: letters, digits and "-"',
};

/** Simple Log Service project names: 3-63 lower-case letters, digits and hyphens, starting and ending with a letter or digit. */
export const LOG_PROJECT_NAME: NameRule = {
  what: 'Simple Log Service project name',
  pattern: /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/,
  explain: '3-63 characters: lower-case letters, digits and hyphens, starting and ending with a letter or digit (unique across Alibaba Cloud)',
};
/** Logstore names: 3-63 lower-case letters, digits, "-" and "_", starting and ending with a letter or digit. */
export const LOGSTORE_NAME: NameRule = {
  what: 'Simple Log Service logstore name',
  pattern: /^[a-z0-9][a-z0-9_-]{1,61}[a-z0-9]$/,
  explain: '3-63 characters: lower-case letters, digits, "-" and "_", starting and ending with a letter or digit',
};

export { checkName };
export type { NameRule };

/**
 * Names Alibaba Cloud requires to be unique, by resource type: OSS bucket and Simple Log Service project names
 * across Alibaba Cloud, RAM role and policy names per account, FC functions per account and region, triggers per
 * function, logstores per project, objects per bucket, one async invocation configuration per function and qualifier.
 */
export const ALICLOUD_UNIQUE_NAMES: UniqueNameTable = {
  cloud: 'Alibaba Cloud',
  providerType: 'alicloud',
  accountArguments: ['access_key', 'profile', 'assume_role', 'assume_role_with_oidc', 'ecs_role_name', 'credentials_uri', 'account_id'],
  rules: [
    { resourceType: 'alicloud_oss_bucket', attribute: 'bucket', what: 'OSS bucket name', scope: 'global' },
    { resourceType: 'alicloud_log_project', attribute: 'project_name', what: 'Simple Log Service project name', scope: 'global' },
    { resourceType: 'alicloud_log_store', attribute: 'logstore_name', what: 'logstore name', scope: 'global', within: [{ attribute: 'project_name', what: 'project' }] },
    { resourceType: 'alicloud_ram_role', attribute: 'role_name', what: 'RAM role name', scope: 'account' },
    { resourceType: 'alicloud_ram_policy', attribute: 'policy_name', what: 'RAM policy name', scope: 'account' },
    { resourceType: 'alicloud_fcv3_function', attribute: 'function_name', what: 'Function Compute function name', scope: 'region' },
    { resourceType: 'alicloud_fcv3_trigger', attribute: 'trigger_name', what: 'Function Compute trigger name', scope: 'region', within: [{ attribute: 'function_name', what: 'function' }] },
    { resourceType: 'alicloud_fcv3_async_invoke_config', attribute: 'function_name', what: 'asynchronous invocation configuration (one per function and qualifier) of function', scope: 'region', within: [{ attribute: 'qualifier', what: 'qualifier' }] },
    { resourceType: 'alicloud_oss_bucket_object', attribute: 'key', what: 'object key', scope: 'global', within: [{ attribute: 'bucket', what: 'bucket' }] },
  ],
};
