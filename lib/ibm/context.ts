import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { DataIbmResourceGroup } from '../generated/providers/ibm/data-ibm-resource-group';
import { IbmProvider } from '../generated/providers/ibm/provider';
import { ConfigurationError } from '../core/errors';
import { resolveProviderPlacement, stackSingleton } from '../core/placement';
import { registerIbmChecks } from './checks';
import { isLiteral, referenceOnce } from '../core/tokens';

/** The provider's region when neither its `region` argument nor IC_REGION/IBMCLOUD_REGION/BM_REGION/BLUEMIX_REGION is set. */
export const IBM_DEFAULT_REGION = 'us-south';

/** Where a construct's resources live. */
export interface IbmPlacement {
  /** @default the only `IbmProvider` of the stack (or its only unaliased one) */
  readonly provider?: TerraformProvider;
  /**
   * The region, e.g. `us-south`, `eu-de`.
   * @default the provider's `region` when it is a literal; `us-south` (the provider's default) when the provider
   * sets none. A region the provider gets from IC_REGION at apply time is caught by a plan-time precondition.
   */
  readonly region?: string | undefined;
  /**
   * Resource group for the resources that need one (Code Engine project, Cloud Functions namespace, COS instance).
   * @default the account's default resource group
   */
  readonly resourceGroupId?: string;
}

export interface ResolvedIbmPlacement {
  readonly provider?: TerraformProvider;
  /** The region as a literal, when known at synth. */
  readonly literalRegion?: string;
  /** True when the region is only the provider's default (`us-south`), which IC_REGION could change at apply time. */
  readonly regionIsDefault: boolean;
  readonly resourceGroupId?: string;
}

/**
 * Code Engine and Cloud Functions resources are created in the provider's region; a COS bucket's location is its
 * own `region_location`, and IAM and resource-controller resources are global.
 */
function isPlacedByProviderRegion(resourceType: string): boolean {
  return resourceType.startsWith('ibm_code_engine_') || resourceType.startsWith('ibm_function_');
}

/**
 * Resolves placement: the provider, the region as a literal where one is known, the resource group. `scope` is the
 * construct whose resources these are; it must not hold a provider, because later provider lookups skip it
 * ({@link holdsNoProviders}).
 */
export function resolveIbmPlacement(scope: IConstruct, props: IbmPlacement): ResolvedIbmPlacement {
  const { provider, providerRegion, literalRegion } = resolveProviderPlacement(scope, {
    cloud: 'IBM Cloud',
    providerClass: IbmProvider,
    provider: props.provider,
    region: props.region,
    registerChecks: registerIbmChecks,
    literalRegionReason: 'a regional bucket\'s location, the COS endpoints and the region checks are built from it at synth (a Terraform value here would be ignored in favour of the provider\'s region)',
    placedByProvider: isPlacedByProviderRegion,
  });
  // Neither names a region: the provider uses its default, unless IC_REGION says otherwise at apply time.
  const regionIsDefault = props.region === undefined && providerRegion === undefined;
  return { provider, literalRegion: regionIsDefault ? IBM_DEFAULT_REGION : literalRegion, regionIsDefault, resourceGroupId: props.resourceGroupId };
}

/** Resource group IDs as the provider validates them (`ibm_code_engine_project.resource_group_id`: 32 of `[a-z0-9]`). */
const RESOURCE_GROUP_ID = /^[a-z0-9]{32}$/;

/**
 * The resource group ID to use: the one given, else the account's default group (one `ibm_resource_group` data
 * source with `is_default = true` per stack and provider), so every resource that takes a group names one.
 */
export function resourceGroupId(scope: IConstruct, placement: Pick<ResolvedIbmPlacement, 'provider' | 'resourceGroupId'>): string {
  if (placement.resourceGroupId !== undefined) {
    if (isLiteral(placement.resourceGroupId) && !RESOURCE_GROUP_ID.test(placement.resourceGroupId)) {
      throw new ConfigurationError(scope, `resourceGroupId ${JSON.stringify(placement.resourceGroupId)} is not a resource group ID.`,
        'pass the 32-character ID (`ibmcloud resource group <name> --id`), not the group\'s name.');
    }
    return placement.resourceGroupId;
  }
  const provider = placement.provider;
  const group = stackSingleton(scope, 'IbmDefaultResourceGroup', (s, id) =>
    new DataIbmResourceGroup(s, id, { isDefault: true, provider }), provider);
  return referenceOnce(group, 'id', (g) => g.id);
}
