import { KeyFilterRules } from '../core/filters';
import { UniqueNameTable } from '../core/uniqueness';
import { checkName, NameRule } from '../core/names';
import { NotificationLimits } from '../core/notifications';

/** COS object keys are at most 850 bytes; suffixes must start with "." (an extension). */
export const COS_FILTER_RULES: KeyFilterRules = { cloud: 'Tencent Cloud COS', maxBytes: 850, suffixStartsWithDot: true };
/** COS accepts at most 10 event notification rules per bucket. */
export const COS_NOTIFICATION_LIMITS: NotificationLimits = { maxPerBucket: 10 };
/** SCF accepts at most 10 COS triggers per function. */
export const SCF_MAX_COS_TRIGGERS_PER_FUNCTION = 10;

/** The part of a COS bucket name before `-<appid>`: the whole name is at most 60 characters, the appid 10 digits. */
export const BUCKET_BASE_NAME: NameRule = {
  what: 'COS bucket name (without the "-<appid>" suffix)',
  pattern: /^(?=.{1,49}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$/,
  explain: '1-49 lower-case letters, digits and hyphens, starting and ending with a letter or digit; the library appends "-<appid>"',
};
/** A whole COS bucket name, as the provider validates it. */
export const BUCKET_FULL_NAME: NameRule = {
  what: 'COS bucket name',
  pattern: /^(?=.{1,60}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]{10}$/,
  explain: '"<name>-<appid>": lower-case letters, digits and hyphens, then "-" and the 10-digit APPID, at most 60 characters',
};
/** SCF function names: 2-60 characters, a letter first, letters, digits, "-" and "_", not ending in "-" or "_". */
export const FUNCTION_NAME: NameRule = {
  what: 'SCF function name',
  pattern: /^[A-Za-z][A-Za-z0-9_-]{0,58}[A-Za-z0-9]$/,
  explain: '2-60 characters: a letter first, then letters, digits, "-" and "_", not ending in "-" or "_"',
};
/** CAM role and policy names: letters, digits and `+=,.@_-`, at most 128. */
export const CAM_NAME: NameRule = {
  what: 'CAM role or policy name',
  pattern: /^[A-Za-z0-9+=,.@_-]{1,128}$/,
  explain: '1-128 characters: letters, digits and +=,.@_-',
};
/** A COS APPID: 10 digits. */
export const APP_ID: NameRule = { what: 'APPID', pattern: /^[0-9]{10}$/, explain: 'the 10-digit APPID of the account' };

export { checkName };
export type { NameRule };

/**
 * The region inside a bucket's `cos_bucket_url`, as the provider writes it: `<bucket>.cos.<region>.myqcloud.com`, or,
 * with the provider's `cos_domain` or a bucket's `cdc_id`, `https://<bucket>.cos.<region>.myqcloud.com` and
 * `https://<bucket>.<cluster>.cos-cdc.<region>.myqcloud.com`. A custom `cos_domain` may not contain the region at all.
 * RE2 and JavaScript read it alike; `[.]` instead of `\.` because Terraform strings have no `\.` escape.
 */
export const COS_BUCKET_URL_REGION = '^(?:https?://)?[^./]+[.](?:[^./]+[.]cos-cdc|cos)[.]([a-z0-9-]+)[.]myqcloud[.]com/?$';

/** The name SCF requires of every COS trigger on a bucket, whatever endpoint the provider uses. */
export function cosTriggerName(bucketName: string, region: string): string {
  return `${bucketName}.cos.${region}.myqcloud.com`;
}

/**
 * Names Tencent Cloud requires to be unique, by resource type: COS bucket names per APPID (the name ends in it, so
 * one name is one bucket anywhere), CAM role and policy names per account, SCF namespaces per account and region,
 * functions per namespace, triggers per function, objects per bucket, and one event invocation or reserved
 * concurrency configuration per function.
 */
export const TENCENTCLOUD_UNIQUE_NAMES: UniqueNameTable = {
  cloud: 'Tencent Cloud',
  providerType: 'tencentcloud',
  accountArguments: ['secret_id', 'profile', 'assume_role', 'assume_role_with_saml', 'assume_role_with_web_identity', 'cam_role_name'],
  rules: [
    { resourceType: 'tencentcloud_cos_bucket', attribute: 'bucket', what: 'COS bucket name', scope: 'global', scopeText: 'per APPID (the name ends in it), in every region' },
    { resourceType: 'tencentcloud_cam_role', attribute: 'name', what: 'CAM role name', scope: 'account' },
    { resourceType: 'tencentcloud_cam_policy', attribute: 'name', what: 'CAM policy name', scope: 'account' },
    { resourceType: 'tencentcloud_scf_namespace', attribute: 'namespace', what: 'SCF namespace', scope: 'region' },
    { resourceType: 'tencentcloud_scf_function', attribute: 'name', what: 'SCF function name', scope: 'region', within: [{ attribute: 'namespace', what: 'namespace', default: 'default' }] },
    { resourceType: 'tencentcloud_scf_trigger', attribute: 'trigger_name', what: 'SCF trigger name', scope: 'region', within: [{ attribute: 'namespace', what: 'namespace', default: 'default' }, { attribute: 'function_name', what: 'function' }, { attribute: 'type', what: 'trigger type' }] },
    { resourceType: 'tencentcloud_scf_function_event_invoke_config', attribute: 'function_name', what: 'event invocation configuration (one per function) of function', scope: 'region', within: [{ attribute: 'namespace', what: 'namespace', default: 'default' }] },
    { resourceType: 'tencentcloud_scf_reserved_concurrency_config', attribute: 'function_name', what: 'reserved concurrency configuration (one per function) of function', scope: 'region', within: [{ attribute: 'namespace', what: 'namespace', default: 'default' }] },
    { resourceType: 'tencentcloud_cos_bucket_object', attribute: 'key', what: 'object key', scope: 'global', within: [{ attribute: 'bucket', what: 'bucket' }] },
  ],
};
