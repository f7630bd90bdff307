import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DataAlicloudAccount } from '../generated/providers/alicloud/data-alicloud-account';
import { DataAlicloudRegions } from '../generated/providers/alicloud/data-alicloud-regions';
import { AlicloudProvider } from '../generated/providers/alicloud/provider';
import { ConfigurationError } from '../core/errors';
import { isLiteral } from '../core/tokens';

/** Where a construct's resources live: which provider configuration, which account and region. */
export interface AlicloudPlacement {
  /**
   * The provider configuration the resources use.
   * @default the only `AlicloudProvider` of the stack
   */
  readonly provider?: TerraformProvider;
  /**
   * The region, e.g. `cn-hangzhou`. Lets region mismatches fail at synth instead of plan.
   * @default the provider's `region` when it is a literal, otherwise read at plan time
   */
  readonly region?: string;
  /**
   * The account ID, used in ARNs.
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
 * provider rather than once per construct.
 */
export function resolvePlacement(scope: IConstruct, props: AlicloudPlacement): ResolvedPlacement {
  const stack = TerraformStack.of(scope);
  const provider = props.provider ?? defaultProvider(stack, scope);
  const providerRegion = provider instanceof AlicloudProvider ? provider.regionInput : undefined;
  const literalRegion = isLiteral(props.region) ? props.region : isLiteral(providerRegion) ? providerRegion : undefined;
  const suffix = provider ? `-${provider.node.id}` : '';
  const region = literalRegion ?? singleton(stack, `AlicloudCurrentRegion${suffix}`, (s, id) =>
    new DataAlicloudRegions(s, id, { current: true, provider })).regions.get(0).id;
  const accountId = props.accountId ?? singleton(stack, `AlicloudAccount${suffix}`, (s, id) =>
    new DataAlicloudAccount(s, id, { provider })).id;
  return { provider, literalRegion, region, accountId };
}

function defaultProvider(stack: TerraformStack, scope: IConstruct): TerraformProvider | undefined {
  const providers = stack.node.findAll().filter((c): c is AlicloudProvider => c instanceof AlicloudProvider);
  if (providers.length > 1) {
    const unaliased = providers.filter((p) => p.alias === undefined);
    if (unaliased.length === 1) return unaliased[0];
    throw new ConfigurationError(scope, `The stack has ${providers.length} Alibaba Cloud providers and this construct does not say which to use.`,
      'pass `provider` in its props.');
  }
  return providers[0];
}

function singleton<T extends Construct>(stack: TerraformStack, id: string, create: (s: Construct, id: string) => T): T {
  return (stack.node.tryFindChild(id) as T | undefined) ?? create(stack, id);
}
