import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { DataAlicloudAccount } from '../generated/providers/alicloud/data-alicloud-account';
import { DataAlicloudRegions } from '../generated/providers/alicloud/data-alicloud-regions';
import { AlicloudProvider } from '../generated/providers/alicloud/provider';
import { checkIdentifier } from '../core/identifiers';
import { resolveProviderPlacement, stackSingleton } from '../core/placement';
import { ACCOUNT_ID, registerAlicloudChecks } from './checks';
import { referenceOnce } from '../core/tokens';

/** Where a construct's resources live: which provider configuration, which account and region. */
export interface AlicloudPlacement {
  /**
   * The provider configuration the resources use.
   * @default the only `AlicloudProvider` of the stack
   */
  readonly provider?: TerraformProvider;
  /**
   * The region, e.g. `cn-hangzhou`. Lets region mismatches fail at synth instead of plan. A construct that creates
   * resources must name its provider's region (resources are created where the provider points); for another
   * region, pass a provider for it.
   * @default the provider's `region` when it is a literal, otherwise read at plan time
   */
  readonly region?: string | undefined;
  /**
   * The numeric account ID (UID), used in ARNs.
   * @default read at plan time from the `alicloud_account` data source
   */
  readonly accountId?: string;
}

/** Resolved placement: literal region when known, and Terraform expressions that always work. */
export interface ResolvedPlacement {
  readonly provider?: TerraformProvider;
  /** Literal region, when known at synth. */
  readonly literalRegion?: string;
  /** Region as a literal or an expression. */
  readonly region: string;
  /** Account ID as a literal or an expression. */
  readonly accountId: string;
}

/**
 * Resolves placement, creating the `alicloud_account` and `alicloud_regions` data sources once per stack and
 * provider rather than once per construct. `scope` is the construct whose resources these are; it must not hold a
 * provider, because later provider lookups skip it ({@link holdsNoProviders}).
 */
export function resolvePlacement(scope: IConstruct, props: AlicloudPlacement): ResolvedPlacement {
  const { provider, literalRegion } = resolveProviderPlacement(scope, {
    cloud: 'Alibaba Cloud',
    providerClass: AlicloudProvider,
    provider: props.provider,
    region: props.region,
    registerChecks: registerAlicloudChecks,
    literalRegionReason: 'ARNs, names and the bucket-function region check are built from it at synth (a Terraform value here would be ignored in favour of the provider\'s region)',
  });
  checkIdentifier(scope, 'accountId', ACCOUNT_ID, props.accountId);
  const region = literalRegion ?? referenceOnce(stackSingleton(scope, 'AlicloudCurrentRegion', (s, id) =>
    new DataAlicloudRegions(s, id, { current: true, provider }), provider), 'regions.0.id', (d) => d.regions.get(0).id);
  const accountId = props.accountId ?? referenceOnce(stackSingleton(scope, 'AlicloudAccount', (s, id) =>
    new DataAlicloudAccount(s, id, { provider }), provider), 'id', (d) => d.id);
  return { provider, literalRegion, region, accountId };
}
