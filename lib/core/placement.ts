import { TerraformElement, TerraformProvider, TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ConfigurationError } from './errors';
import { addStackCheck } from './stack-checks';
import { MINIMUM_TERRAFORM_VERSION, requireTerraformVersion } from './terraform-version';
import { isLiteral, resolveIn } from './tokens';

/**
 * The provider a construct's resources use: the one given, else the stack's only provider of that class
 * (or its only unaliased one). Ambiguity is an error naming the construct, never a silent pick.
 */
export function findProvider<T extends TerraformProvider>(
  scope: IConstruct,
  providerClass: abstract new (...args: any[]) => T,
  cloud: string,
  given?: TerraformProvider,
): TerraformProvider | undefined {
  if (given) return given;
  const providers = providersIn(TerraformStack.of(scope), providerClass);
  if (providers.length > 1) {
    const unaliased = providers.filter((p) => p.alias === undefined);
    if (unaliased.length === 1) return unaliased[0];
    throw new ConfigurationError(scope, `The stack has ${providers.length} ${cloud} providers and this construct does not say which to use.`,
      'pass `provider` in its props.');
  }
  return providers[0];
}

/** Constructs whose subtrees hold no provider: the lookup does not walk into them. */
const HOLD_NO_PROVIDERS = new WeakSet<IConstruct>();

/**
 * Says that `construct` creates no provider and none is created inside it (this library's constructs, which take
 * their provider in props), so provider lookups skip its subtree. Every construct looks its provider up once, and
 * without this each lookup walks every resource of the stack: at 1,000 functions that walk was half of synth.
 */
export function holdsNoProviders(construct: IConstruct): void {
  HOLD_NO_PROVIDERS.add(construct);
}

function providersIn<T extends TerraformProvider>(stack: TerraformStack, providerClass: abstract new (...args: any[]) => T): T[] {
  const found: T[] = [];
  const visit = (c: IConstruct): void => {
    if (c instanceof providerClass) found.push(c);
    // Resources, data sources and providers have no construct children that could be providers.
    if (c instanceof TerraformElement || HOLD_NO_PROVIDERS.has(c)) return;
    for (const child of c.node.children) visit(child);
  };
  visit(stack);
  return found;
}

/**
 * One construct per stack and id (e.g. a data source every construct of a provider shares). With a provider, the id
 * gets the provider's id appended, so each provider configuration of the stack has its own.
 */
export function stackSingleton<T extends Construct>(scope: IConstruct, baseId: string, create: (stack: Construct, id: string) => T, provider?: TerraformProvider): T {
  const stack = TerraformStack.of(scope);
  const id = provider ? `${baseId}-${provider.node.id}` : baseId;
  return (stack.node.tryFindChild(id) as T | undefined) ?? create(stack, id);
}

/** A construct's region next to the region of the provider configuration its resources use. */
export interface RegionClaim {
  /** The cloud, for messages ("Alibaba Cloud"). */
  readonly cloud: string;
  /** The construct's own `region` prop. */
  readonly region: string | undefined;
  /** The provider's `region` argument. */
  readonly providerRegion: string | undefined;
  readonly provider: TerraformProvider | undefined;
  /**
   * Which resource types the provider's region places. Some are placed by an argument instead (an IBM COS bucket's
   * `region_location`), and a construct holding only those may name another region.
   * @default every resource type
   */
  readonly placedByProvider?: (resourceType: string) => boolean;
}

/**
 * A construct's resources are created where its provider points, whatever its `region` prop says; ARNs, names and
 * region checks built from a different literal would describe another region. Constructs that only describe an
 * existing resource (an imported bucket) create nothing, so the check runs at synth on constructs that hold
 * resources, and names the provider to pass instead.
 */
export function checkRegionMatchesProvider(scope: IConstruct, claim: RegionClaim): void {
  const { region, providerRegion, provider } = claim;
  if (region === undefined || Token.isUnresolved(region) || providerRegion === undefined || Token.isUnresolved(providerRegion) || region === providerRegion) return;
  addStackCheck(scope, `region-matches-provider:${scope.node.path}`, () => {
    const placed = claim.placedByProvider ?? (() => true);
    if (!scope.node.findAll().some((c) => c instanceof TerraformResource && placed(c.terraformResourceType))) return;
    throw new ConfigurationError(scope,
      `Its region is ${JSON.stringify(region)}, but its ${claim.cloud} provider ${provider?.node.path ?? ''} creates its resources in ${JSON.stringify(providerRegion)}; ARNs, names and region checks for ${region} would describe resources that are not there.`,
      `leave region out to use the provider's, or give the construct a provider for ${region}: \`provider: new ${provider?.constructor.name ?? 'Provider'}(stack, '${region}', { region: '${region}', alias: '${region.replace(/[^A-Za-z0-9_]/g, '_')}' })\`.`);
  });
}

/**
 * A construct's region that is a Terraform expression other than its provider's own cannot be compared or used at
 * synth (trigger names and ARNs are built from it), and its resources go wherever the provider points anyway.
 */
export function requireLiteralRegion(scope: IConstruct, claim: RegionClaim, why: string): void {
  const { region, providerRegion } = claim;
  if (region === undefined || !Token.isUnresolved(region) || sameValue(scope, region, providerRegion)) return;
  throw new ConfigurationError(scope,
    `Its region, ${JSON.stringify(region)}, is a Terraform expression, whose value is known only at plan time, but ${why}.`,
    'pass the region as a string literal (e.g. read from process.env when the app runs), or leave it out and set region on the provider.');
}

/** Two tokens for one expression (each `variable.stringValue` is a new token) resolve to the same text. */
function sameValue(scope: IConstruct, a: string, b: string | undefined): boolean {
  if (b === undefined) return false;
  try {
    return JSON.stringify(resolveIn(scope, a)) === JSON.stringify(resolveIn(scope, b));
  } catch {
    return false;
  }
}

/** What a cloud's placement resolver tells the steps every cloud shares. */
export interface ProviderPlacementOptions<P extends TerraformProvider & { readonly regionInput?: string }> {
  /** The cloud, for messages ("Alibaba Cloud"). */
  readonly cloud: string;
  /** The cloud's provider class: the stack's only one is used when none is given. */
  readonly providerClass: abstract new (...args: any[]) => P;
  /** @default the stack's only provider of `providerClass` (or its only unaliased one) */
  readonly provider?: TerraformProvider;
  /** The construct's own `region` prop. */
  readonly region: string | undefined;
  /** Registers the cloud's synth-time checks on the stack of the scope. */
  readonly registerChecks: (scope: IConstruct) => void;
  /** Why the region must be a literal, for the message when it is an expression (see {@link requireLiteralRegion}). */
  readonly literalRegionReason: string;
  /** @default every resource type (see {@link RegionClaim.placedByProvider}) */
  readonly placedByProvider?: (resourceType: string) => boolean;
}

/** The provider a construct's resources use, its region argument, and the region as a literal when one is known. */
export interface ProviderPlacement {
  readonly provider: TerraformProvider | undefined;
  readonly providerRegion: string | undefined;
  /** The construct's region when it is a literal, else the provider's when that is. */
  readonly literalRegion: string | undefined;
}

/**
 * What every cloud's placement resolver does first, in this order: find the provider, mark `scope` as holding none
 * ({@link holdsNoProviders}: it must not hold one, later lookups skip it), require the Terraform version, register
 * the cloud's checks, refuse a region expression other than the provider's, and check the region against the
 * provider's.
 */
export function resolveProviderPlacement<P extends TerraformProvider & { readonly regionInput?: string }>(
  scope: IConstruct,
  options: ProviderPlacementOptions<P>,
): ProviderPlacement {
  const provider = findProvider(scope, options.providerClass, options.cloud, options.provider);
  holdsNoProviders(scope); // the library's constructs take their provider in props and create none
  requireTerraformVersion(scope, MINIMUM_TERRAFORM_VERSION);
  const providerRegion = provider instanceof options.providerClass ? provider.regionInput : undefined;
  options.registerChecks(scope);
  const claim: RegionClaim = { cloud: options.cloud, region: options.region, providerRegion, provider, placedByProvider: options.placedByProvider };
  requireLiteralRegion(scope, claim, options.literalRegionReason);
  checkRegionMatchesProvider(scope, claim);
  const literalRegion = isLiteral(options.region) ? options.region : isLiteral(providerRegion) ? providerRegion : undefined;
  return { provider, providerRegion, literalRegion };
}
