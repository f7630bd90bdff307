import { Aspects, IAspect, TerraformDataSource, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';

/**
 * The oldest Terraform CLI any stack of this library declares: 1.0, the first release under Terraform's 1.x
 * compatibility promises. Constructs raise it with `requireTerraformVersion` where they emit a newer feature.
 */
export const MINIMUM_TERRAFORM_VERSION = '1.0';

/**
 * The Terraform release that introduced each language feature the library emits or the behaviour check looks for,
 * from Terraform's CHANGELOG.md at the tag of that release (hashicorp/terraform): `moved` v1.1.0:7;
 * `precondition`/`postcondition` and `replace_triggered_by` v1.2.0:18-19; `startswith`/`endswith` v1.3.0:19,
 * `timecmp` v1.3.0:37; `terraform_data` v1.4.0:31; `check` blocks v1.5.0:5, `import` blocks v1.5.0:13,
 * `plantimestamp` v1.5.0:23, `strcontains` v1.5.0:24; `removed` v1.7.0:30.
 */
export const TERRAFORM_FEATURE_VERSIONS = {
  moved: '1.1',
  precondition: '1.2',
  postcondition: '1.2',
  replace_triggered_by: '1.2',
  startswith: '1.3',
  endswith: '1.3',
  timecmp: '1.3',
  terraform_data: '1.4',
  check: '1.5',
  import: '1.5',
  plantimestamp: '1.5',
  strcontains: '1.5',
  removed: '1.7',
} as const;

/** A Terraform feature with a known first release. */
export type TerraformFeature = keyof typeof TERRAFORM_FEATURE_VERSIONS;

/** The highest requirement recorded per stack (the stack JSON only holds the rendered constraint). */
const requirements = new WeakMap<TerraformStack, string>();

const VERSION = /^\d+\.\d+(\.\d+)?$/;

/**
 * Records that the stack of `scope` needs Terraform `version` (`major.minor[.patch]`) or later, and writes
 * `terraform.required_version = ">= <highest recorded>"`. Call it where a construct emits a feature that an older
 * Terraform would reject: older releases fail `init` with a clear "unsupported Terraform Core version" instead of a
 * parse error halfway through a plan. The highest requirement wins, so calls can come in any order; call it on a stack
 * yourself to require a newer Terraform than the library needs.
 *
 * The first call on a stack also adds a `TerraformFeatureAspect`, so the lifecycle meta-arguments and
 * `terraform_data` of every resource in the stack raise the requirement at synth without a call of their own.
 * Functions inside expressions (`endswith`) cannot be seen there: call `requireTerraformFeature` where they are used.
 */
export function requireTerraformVersion(scope: IConstruct, version: string): void {
  if (!VERSION.test(version)) {
    throw new ConfigurationError(scope, `"${version}" is not a Terraform version.`, 'pass major.minor or major.minor.patch, e.g. "1.4".');
  }
  const stack = TerraformStack.of(scope);
  const current = requirements.get(stack);
  if (current === undefined) Aspects.of(stack).add(new TerraformFeatureAspect());
  if (current !== undefined && compareVersions(current, version) >= 0) return;
  requirements.set(stack, version);
  stack.addOverride('terraform.required_version', `>= ${version}`);
}

/** `requireTerraformVersion` with the release that introduced `feature` (`'precondition'`, `'terraform_data'`...). */
export function requireTerraformFeature(scope: IConstruct, feature: TerraformFeature): void {
  requireTerraformVersion(scope, TERRAFORM_FEATURE_VERSIONS[feature]);
}

/** The highest Terraform version recorded for the stack of `scope`, if any. */
export function requiredTerraformVersion(scope: IConstruct): string | undefined {
  return requirements.get(TerraformStack.of(scope));
}

/** Compares dotted numeric versions (`1.4` equals `1.4.0`): negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Raises the stack's required Terraform from what each resource and data source declares: `precondition` and
 * `postcondition` (1.2), `replace_triggered_by` (1.2), the `terraform_data` resource type (1.4), and the `import`
 * (1.5) and `moved` (1.1) blocks of `importFrom` and `moveTo`.
 */
export class TerraformFeatureAspect implements IAspect {
  visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource) && !(node instanceof TerraformDataSource)) return;
    const lifecycle = node.lifecycle;
    if ((lifecycle?.precondition?.length ?? 0) > 0) requireTerraformFeature(node, 'precondition');
    if ((lifecycle?.postcondition?.length ?? 0) > 0) requireTerraformFeature(node, 'postcondition');
    if ((lifecycle?.replaceTriggeredBy?.length ?? 0) > 0) requireTerraformFeature(node, 'replace_triggered_by');
    if (!(node instanceof TerraformResource)) return;
    if (node.terraformResourceType === 'terraform_data') requireTerraformFeature(node, 'terraform_data');
    // importFrom and moveTo/moveFromId render top-level import and moved blocks; toMetadata says which were used.
    const metadata = node.toMetadata() as { imports?: unknown; moved?: unknown };
    if (metadata.imports) requireTerraformFeature(node, 'import');
    if (metadata.moved) requireTerraformFeature(node, 'moved');
  }
}
