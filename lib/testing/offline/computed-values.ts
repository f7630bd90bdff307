import { createHash } from 'crypto';
import { CtyValue } from './cty';

/**
 * The few computed values the offline provider fills by rule instead of generically, because the example stacks'
 * preconditions and references depend on their shape: an OSS bucket's `location` from the provider region, a COS
 * bucket's `cos_bucket_url`, Alibaba ARNs, IBM CRNs. Everything else computed gets a deterministic generic value of
 * its type. Each rule returns values for top-level attributes; the model uses them only where the plan left them unknown.
 */
export interface RuleContext {
  /** The provider configuration's region (or the provider's default). */
  readonly region: string;
  /** A fixed, fake account id of the provider's cloud. */
  readonly accountId: string;
  /** The planned (or configured) attributes, unknowns as null. */
  readonly values: Readonly<Record<string, any>>;
  /** A stable hex digest of the resource's known configuration: the same input gives the same values. */
  readonly seed: string;
}

type Rule = (ctx: RuleContext) => Record<string, CtyValue>;

/** A UUID-shaped deterministic id from the seed. */
export function uuidFrom(seed: string, salt = ''): string {
  const h = createHash('sha256').update(seed + salt).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function ibmCrn(ctx: RuleContext, service: string, location: string, resource: string): string {
  return `crn:v1:bluemix:public:${service}:${location}:a/${ctx.accountId}:${resource}::`;
}

/** Fake account ids, one per provider source (fixed so that plans are reproducible). */
export const OFFLINE_ACCOUNT_IDS: Readonly<Record<string, string>> = {
  'aliyun/alicloud': '1234567890123456',
  'tencentcloudstack/tencentcloud': '100000000001',
  'ibm-cloud/ibm': '0123456789abcdef0123456789abcdef',
};

/** The region a provider uses when its configuration sets none (the providers' documented defaults or env vars). */
export function defaultRegion(source: string): string {
  switch (source) {
    case 'aliyun/alicloud':
      return process.env.ALICLOUD_REGION ?? process.env.ALIBABA_CLOUD_REGION ?? 'cn-beijing';
    case 'tencentcloudstack/tencentcloud':
      return process.env.TENCENTCLOUD_REGION ?? 'ap-guangzhou';
    default:
      return process.env.IC_REGION ?? process.env.IBMCLOUD_REGION ?? 'us-south';
  }
}

export const RESOURCE_RULES: Readonly<Record<string, Rule>> = {
  alicloud_oss_bucket: ({ region, values }) => ({
    id: values.bucket,
    location: `oss-${region}`,
    extranet_endpoint: `oss-${region}.aliyuncs.com`,
    intranet_endpoint: `oss-${region}-internal.aliyuncs.com`,
  }),
  alicloud_ram_role: ({ accountId, values, seed }) => ({
    id: values.role_name,
    arn: `acs:ram::${accountId}:role/${String(values.role_name).toLowerCase()}`,
    role_id: String(BigInt('0x' + seed.slice(0, 15))),
  }),
  alicloud_ram_policy: ({ values }) => ({ id: values.policy_name }),
  alicloud_fcv3_function: ({ region, accountId, values }) => ({
    id: values.function_name,
    function_arn: `acs:fc:${region}:${accountId}:functions/${values.function_name}`,
  }),
  tencentcloud_cos_bucket: ({ region, values }) => ({
    id: values.bucket,
    cos_bucket_url: `${values.bucket}.cos.${region}.myqcloud.com`,
  }),
  tencentcloud_cam_role: ({ seed }) => ({ id: String(BigInt('0x' + seed.slice(0, 13))) }),
  ibm_resource_instance: (ctx) => {
    const guid = uuidFrom(ctx.seed);
    const crn = ibmCrn(ctx, String(ctx.values.service ?? 'service'), String(ctx.values.location ?? ctx.region), guid);
    return { id: crn, guid, crn };
  },
  ibm_cos_bucket: (ctx) => {
    const instance = String(ctx.values.resource_instance_id ?? '');
    const crn = `crn:v1:bluemix:public:cloud-object-storage:global:a/${ctx.accountId}:${instance.split(':')[7] ?? ''}:bucket:${ctx.values.bucket_name}`;
    return { id: `${crn}:meta:rl:${ctx.values.region_location ?? ctx.region}:public`, crn };
  },
  ibm_code_engine_project: (ctx) => {
    const projectId = uuidFrom(ctx.seed);
    return { id: projectId, project_id: projectId, crn: ibmCrn(ctx, 'codeengine', ctx.region, 'project:' + projectId) };
  },
  // Service credentials as the IBM provider flattens them (nested keys joined with dots), here those of a COS HMAC key.
  ibm_resource_key: (ctx) => {
    const guid = uuidFrom(ctx.seed);
    const secret = uuidFrom(ctx.seed, 'secret').replace(/-/g, '');
    return {
      id: `crn:v1:bluemix:public:resource-controller::a/${ctx.accountId}::resource-key:${guid}`,
      guid,
      crn: `crn:v1:bluemix:public:resource-controller::a/${ctx.accountId}::resource-key:${guid}`,
      credentials: {
        apikey: secret,
        'cos_hmac_keys.access_key_id': secret.slice(0, 32),
        'cos_hmac_keys.secret_access_key': secret + secret.slice(0, 16),
        resource_instance_id: String(ctx.values.resource_instance_id ?? ''),
      },
    };
  },
  ibm_iam_trusted_profile: (ctx) => {
    const id = 'Profile-' + uuidFrom(ctx.seed);
    return { id, profile_id: id, iam_id: 'iam-' + id, crn: ibmCrn(ctx, 'iam-identity', 'global', 'profile:' + id) };
  },
};

export const DATA_SOURCE_RULES: Readonly<Record<string, Rule>> = {
  alicloud_account: ({ accountId }) => ({ id: accountId }),
  alicloud_caller_identity: ({ accountId }) => ({
    id: accountId,
    account_id: accountId,
    arn: `acs:ram::${accountId}:root`,
    identity_type: 'Account',
  }),
  alicloud_regions: ({ region, values }) => {
    const id = values.name ?? region;
    return { id, ids: [id], name: id, current: values.current ?? true, regions: [{ id, region_id: id, local_name: id }] };
  },
  tencentcloud_user_info: ({ accountId }) => ({
    id: accountId,
    app_id: '1250000000',
    uin: accountId,
    owner_uin: accountId,
    name: 'offline',
  }),
  // The example stacks check that the account-level role they look up by name exists: answer as an account that has it.
  tencentcloud_cam_roles: ({ values, seed }) => {
    const roleId = String(BigInt('0x' + seed.slice(0, 13)));
    const name = values.name ?? 'offline-role';
    return {
      id: seed.slice(0, 16),
      role_list: [
        { name, role_id: values.role_id ?? roleId, description: values.description ?? '', document: '{}', console_login: false, create_time: '2024-01-01 00:00:00', update_time: '2024-01-01 00:00:00' },
      ],
    };
  },
  ibm_resource_group: (ctx) => {
    const id = createHash('sha256').update('rg' + (ctx.values.name ?? 'default')).digest('hex').slice(0, 32);
    return {
      id,
      name: ctx.values.name ?? 'Default',
      is_default: ctx.values.is_default ?? ctx.values.name === undefined,
      account_id: ctx.accountId,
      crn: ibmCrn(ctx, 'resource-controller', 'global', 'resource-group:' + id),
      state: 'ACTIVE',
    };
  },
  ibm_resource_instance: (ctx) => {
    const guid = uuidFrom(ctx.seed);
    const crn = ibmCrn(ctx, String(ctx.values.service ?? 'service'), String(ctx.values.location ?? ctx.region), guid);
    return { id: crn, guid, crn };
  },
  ibm_iam_account_settings: ({ accountId }) => ({ id: accountId, account_id: accountId }),
};
