import { IBM_COS_MAX_KEY_BYTES } from '../runtime/ibm-contract';
import { UniqueNameTable } from '../core/uniqueness';
import { KeyFilterRules } from '../core/filters';
import { checkName, dashedNameRules, NameRule } from '../core/names';
import { NotificationLimits } from '../core/notifications';

/** COS object keys are at most 1024 bytes of UTF-8; prefixes and suffixes are plain text. */
export const IBM_COS_FILTER_RULES: KeyFilterRules = { cloud: 'IBM Cloud Object Storage', maxBytes: IBM_COS_MAX_KEY_BYTES };
/** A Code Engine project holds at most 100 COS subscriptions; no bucket can carry more than its project allows. */
export const CODE_ENGINE_MAX_COS_SUBSCRIPTIONS = 100;
export const IBM_COS_NOTIFICATION_LIMITS: NotificationLimits = { maxPerBucket: CODE_ENGINE_MAX_COS_SUBSCRIPTIONS };
/** Longest object key on COS, as the runtime defines it. */
export { IBM_COS_MAX_KEY_BYTES };

/**
 * COS bucket names: 3-63 lower-case letters, digits, "-" and ".", starting and ending with a letter or digit, and
 * (S3's rule, which COS follows) not formatted as an IPv4 address.
 */
export const BUCKET_NAME: NameRule = {
  what: 'COS bucket name',
  pattern: /^(?=.{3,63}$)(?!.*[.-]{2})(?!\d{1,3}(\.\d{1,3}){3}$)[a-z0-9][a-z0-9.-]*[a-z0-9]$/,
  explain: '3-63 characters: lower-case letters, digits, "-" and "." (never two in a row), starting and ending with a letter or digit, not formatted as an IP address such as 192.168.5.4',
};
/** Code Engine app names, as the provider validates them (`^[a-z]([-a-z0-9]*[a-z0-9])?$`, 1-63). */
export const CODE_ENGINE_APP_NAME: NameRule = {
  what: 'Code Engine app name',
  pattern: /^(?=.{1,63}$)[a-z]([-a-z0-9]*[a-z0-9])?$/,
  explain: '1-63 characters: lower-case letters, digits and "-", a letter first, not ending in "-"',
};
/** Code Engine job names, as the provider validates them (`^[a-z0-9]([\-a-z0-9]*[a-z0-9])?$`, 1-63). */
export const CODE_ENGINE_JOB_NAME: NameRule = {
  what: 'Code Engine job name',
  pattern: /^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  explain: '1-63 characters: lower-case letters, digits and "-", not starting or ending with "-"',
};
/** Code Engine subscription names follow the app rule (Kubernetes resource names). */
export const CODE_ENGINE_SUBSCRIPTION_NAME: NameRule = { ...CODE_ENGINE_APP_NAME, what: 'Code Engine subscription name' };
/** Code Engine build names as the provider validates them (resource_ibm_code_engine_build.go:222-229). */
export const CODE_ENGINE_BUILD_NAME: NameRule = {
  what: 'Code Engine build name',
  pattern: /^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  explain: '1-63 characters: lower-case letters, digits and "-", not starting or ending with "-"',
};

/** Code Engine project names, as the provider validates them. */
export const CODE_ENGINE_PROJECT_NAME: NameRule = {
  what: 'Code Engine project name',
  pattern: /^(?=.{1,128}$)([^\x00-\x7F]|[a-zA-Z0-9\-._: ])+$/,
  explain: '1-128 characters: letters, digits, spaces and "-._:"',
};
/** The image reference regexp of `ibm_code_engine_app.image_reference` (length 1-256). */
export const IMAGE_REFERENCE: NameRule = {
  what: 'image reference',
  pattern: /^(?=.{1,256}$)([a-z0-9][a-z0-9\-_.]+[a-z0-9][/])?([a-z0-9][a-z0-9\-_]+[a-z0-9][/])?[a-z0-9][a-z0-9\-_./]+[a-z0-9](:[\w][\w.-]{0,127})?(@sha256:[a-fA-F0-9]{64})?$/,
  explain: 'a registry image such as "us.icr.io/my-namespace/resize:1.0" (lower case; a tag and/or @sha256 digest)',
};
/** Registry secret names (DNS-1123 subdomain, 1-253). */
export const IMAGE_SECRET_NAME: NameRule = {
  what: 'registry secret name',
  pattern: /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  explain: 'a DNS subdomain: lower-case letters, digits, "-" and ".", at most 253 characters',
};
/** Cloud Functions action, trigger and rule names (the provider's trigger regexp, which also fits actions). */
export const FUNCTION_ENTITY_NAME: NameRule = {
  what: 'Cloud Functions entity name',
  pattern: /^(?=.{1,256}$)[A-Za-z0-9_]([\w@ .-]*[\w@.-])?$/,
  explain: 'letters, digits, "_", "@", ".", "-" and inner spaces, starting with a letter, digit or "_"',
};
/** IAM trusted profile names: 1-48 characters. */
export const TRUSTED_PROFILE_NAME: NameRule = {
  what: 'trusted profile name',
  pattern: /^[A-Za-z0-9_.-][A-Za-z0-9 _.-]{0,47}$/,
  explain: '1-48 characters: letters, digits, spaces, "_", "." and "-"',
};


/** Names derived from construct paths for Code Engine (apps, subscriptions): lower case, a letter first. */
export const CODE_ENGINE_NAME_RULES = dashedNameRules(63, true);

export { escapeTerraformTemplate } from '../core/tokens';

export { checkName };
export type { NameRule };

/**
 * Names IBM Cloud requires to be unique, by resource type: COS bucket names across IBM Cloud, trusted profile names
 * per account, Code Engine projects and Cloud Functions namespaces per account and region, apps, jobs, builds,
 * secrets and COS subscriptions per project, actions, triggers and rules per namespace.
 */
export const IBM_UNIQUE_NAMES: UniqueNameTable = {
  cloud: 'IBM Cloud',
  providerType: 'ibm',
  accountArguments: ['ibmcloud_api_key', 'ibmcloud_account_id', 'iam_profile_id', 'iam_profile_name', 'iam_token', 'bluemix_api_key'],
  rules: [
    { resourceType: 'ibm_cos_bucket', attribute: 'bucket_name', what: 'COS bucket name', scope: 'global' },
    { resourceType: 'ibm_iam_trusted_profile', attribute: 'name', what: 'trusted profile name', scope: 'account' },
    { resourceType: 'ibm_code_engine_project', attribute: 'name', what: 'Code Engine project name', scope: 'region' },
    { resourceType: 'ibm_code_engine_app', attribute: 'name', what: 'Code Engine app name', scope: 'global', within: [{ attribute: 'project_id', what: 'project' }] },
    { resourceType: 'ibm_code_engine_job', attribute: 'name', what: 'Code Engine job name', scope: 'global', within: [{ attribute: 'project_id', what: 'project' }] },
    { resourceType: 'ibm_code_engine_build', attribute: 'name', what: 'Code Engine build name', scope: 'global', within: [{ attribute: 'project_id', what: 'project' }] },
    { resourceType: 'ibm_code_engine_secret', attribute: 'name', what: 'Code Engine secret name', scope: 'global', within: [{ attribute: 'project_id', what: 'project' }] },
    // The COS subscription is a `terraform_data` whose provisioners run `ibmcloud ce subscription cos` (cos-subscription.ts).
    { resourceType: 'terraform_data', attribute: 'input.name', what: 'Code Engine subscription name', scope: 'global', within: [{ attribute: 'input.project_id', what: 'project' }], requires: ['input.destination_type', 'input.bucket'] },
    { resourceType: 'ibm_function_namespace', attribute: 'name', what: 'Cloud Functions namespace name', scope: 'region' },
    { resourceType: 'ibm_function_action', attribute: 'name', what: 'Cloud Functions action name', scope: 'region', within: [{ attribute: 'namespace', what: 'namespace' }] },
    { resourceType: 'ibm_function_trigger', attribute: 'name', what: 'Cloud Functions trigger name', scope: 'region', within: [{ attribute: 'namespace', what: 'namespace' }] },
    { resourceType: 'ibm_function_rule', attribute: 'name', what: 'Cloud Functions rule name', scope: 'region', within: [{ attribute: 'namespace', what: 'namespace' }] },
  ],
};
