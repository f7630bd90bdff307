import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { DataTencentcloudUserInfo } from '../generated/providers/tencentcloud/data-tencentcloud-user-info';
import { TencentcloudProvider } from '../generated/providers/tencentcloud/provider';
import { resolveProviderPlacement, stackSingleton } from '../core/placement';
import { registerTencentcloudChecks } from './checks';
import { referenceOnce } from '../core/tokens';
import { APP_ID, checkName } from './naming';

/** Where a construct's resources live: which provider configuration, which account (APPID) and region. */
export interface TencentcloudPlacement {
  /** @default the only `TencentcloudProvider` of the stack */
  readonly provider?: TerraformProvider;
  /**
   * The region, e.g. `ap-guangzhou`: a literal. A construct that creates resources must name its provider's region
   * (resources are created where the provider points); for another region, pass a provider for it.
   * @default the provider's `region` when it is a literal; otherwise unknown until plan (the provider then reads
   * TENCENTCLOUD_REGION, or uses its own default)
   */
  readonly region?: string | undefined;
  /**
   * The account's 10-digit APPID, part of every bucket name and COS resource ARN.
   * @default read at plan time from the `tencentcloud_user_info` data source
   */
  readonly appId?: string | undefined;
}

export interface ResolvedTencentPlacement {
  readonly provider?: TerraformProvider;
  /** Literal region, when known at synth. */
  readonly literalRegion?: string;
  /** APPID as a literal or an expression. */
  readonly appId: string;
}

/**
 * Resolves placement: the provider, the region as a literal where one is known, the APPID (from one
 * `tencentcloud_user_info` data source per stack and provider when not given). `scope` is the construct whose
 * resources these are; it must not hold a provider, because later provider lookups skip it ({@link holdsNoProviders}).
 */
export function resolveTencentPlacement(scope: IConstruct, props: TencentcloudPlacement): ResolvedTencentPlacement {
  const { provider, literalRegion } = resolveProviderPlacement(scope, {
    cloud: 'Tencent Cloud',
    providerClass: TencentcloudProvider,
    provider: props.provider,
    region: props.region,
    registerChecks: registerTencentcloudChecks,
    literalRegionReason: 'COS trigger names and resource ARNs contain the region and are written at synth, and a bucket\'s region is compared with its functions\' before deploy',
  });
  if (props.appId !== undefined) checkName(scope, APP_ID, props.appId);
  const appId = props.appId ?? referenceOnce(stackSingleton(scope, 'TencentcloudUserInfo', (s, id) =>
    new DataTencentcloudUserInfo(s, id, { provider }), provider), 'app_id', (d) => d.appId);
  return { provider, literalRegion, appId };
}
