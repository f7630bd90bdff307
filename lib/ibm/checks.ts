import { IConstruct } from 'constructs';
import { checkReservedName, EnvironmentRules } from '../core/environment';
import { ConfigurationError } from '../core/errors';
import { looksLikeIpAddress } from '../core/identifiers';
import { ResourceRule, registerResourceRules } from '../core/resource-rules';
import { holdsExpression, ResourceView } from '../core/resources';
import { registerUniqueNames } from '../core/uniqueness';
import { CODE_ENGINE_APP_ENVIRONMENT_BYTES } from './code-engine-workloads';
import { IBM_UNIQUE_NAMES } from './naming';

/**
 * Code Engine injects `CE_*` variables into every app and job (CE_APP, CE_REGION, CE_PROJECT_ID, ...; for jobs
 * CE_DATA and the other event variables: "Automatically injected environment variables",
 * https://cloud.ibm.com/docs/codeengine?topic=codeengine-inside-env-vars); a variable of the same name is overwritten.
 * The size is an app's; a job's rules take these with its smaller size.
 */
export const CODE_ENGINE_ENVIRONMENT_RULES: EnvironmentRules = { service: 'Code Engine', maxBytes: CODE_ENGINE_APP_ENVIRONMENT_BYTES, reservedPrefixes: ['CE_'] };

function checkCodeEngineEnvironment(view: ResourceView): void {
  const variables = view.resolved('run_env_variables');
  if (!Array.isArray(variables)) return;
  for (const v of variables as { name?: unknown; type?: unknown }[]) {
    // Secret and config-map references with a prefix are named by the referenced keys, not here.
    if (typeof v?.name === 'string' && !holdsExpression(v.name)) checkReservedName(view.resource, v.name, CODE_ENGINE_ENVIRONMENT_RULES);
  }
}

/**
 * IBM COS names buckets by S3's rules, which refuse a name formatted as an IPv4 address ("192.168.5.4"): the
 * name rule allows dots and digits, so without this it would fail only at apply (also covers names set by other constructs).
 */
function checkBucketNameNotIp(view: ResourceView): void {
  const name = view.resolved('bucket_name');
  if (typeof name !== 'string' || !looksLikeIpAddress(name)) return;
  throw new ConfigurationError(view.resource, `COS bucket name ${JSON.stringify(name)} is formatted as an IP address, which COS refuses.`,
    'use a name with at least one letter or hyphen, e.g. "photos-192-168-5-4".');
}

/** An IBM Cloud account ID: 32 lower-case hexadecimal characters (`ibmcloud account show`), the `a/<account>` scope of a CRN. */
export const IBM_ACCOUNT_ID = /^[0-9a-f]{32}$/;

/** Arguments that are metadata, not values sent to the cloud. */
const META_ARGUMENTS = new Set(['//', 'depends_on', 'lifecycle', 'provider', 'provisioner', 'count', 'for_each']);

/**
 * A CRN's scope (its 7th field) names the account as `a/<account id>`; a CRN written by hand with an account alias
 * or name makes every policy and link built from it point at nothing.
 */
function checkCrnAccounts(view: ResourceView): void {
  for (const argument of Object.keys(view.raw).filter((a) => !META_ARGUMENTS.has(a))) {
    for (const crn of crnsIn(view.resolved(argument))) {
      const scope = crn.split(':')[6] ?? '';
      if (!scope.startsWith('a/') || IBM_ACCOUNT_ID.test(scope.slice(2))) continue;
      throw new ConfigurationError(view.resource, `Its ${argument} holds the CRN ${JSON.stringify(crn)}, whose account ${JSON.stringify(scope.slice(2))} is not an IBM Cloud account ID.`,
        'use the CRN as IBM Cloud shows it (e.g. `ibmcloud resource service-instance <name> --id`, `ibmcloud ce project get --name <name>`): its scope is "a/" and the 32-character account ID.');
    }
  }
}

function crnsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith('crn:') && !holdsExpression(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(crnsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(crnsIn);
  return [];
}

/** Resources that take CRNs of other resources. */
const CRN_TAKING_TYPES = ['ibm_cos_bucket', 'ibm_iam_authorization_policy', 'ibm_iam_trusted_profile_link', 'ibm_iam_trusted_profile_policy', 'ibm_resource_key'];

/** Checks of synthesized IBM resources, whichever construct created them. */
export const IBM_RESOURCE_RULES: readonly ResourceRule[] = [
  { resourceType: 'ibm_code_engine_app', check: checkCodeEngineEnvironment },
  { resourceType: 'ibm_code_engine_job', check: checkCodeEngineEnvironment },
  { resourceType: 'ibm_cos_bucket', check: checkBucketNameNotIp },
  ...CRN_TAKING_TYPES.map((resourceType) => ({ resourceType, check: checkCrnAccounts })),
];

/** Registers the synth-time checks of every IBM resource of the stack of `scope` (and of its app). */
export function registerIbmChecks(scope: IConstruct): void {
  registerUniqueNames(scope, IBM_UNIQUE_NAMES);
  registerResourceRules(scope, 'ibm', IBM_RESOURCE_RULES);
}
