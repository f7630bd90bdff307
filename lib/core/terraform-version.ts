import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';

/**
 * The oldest Terraform CLI any stack of this library declares: 1.0, the first release under Terraform's 1.x
 * compatibility promises. Constructs raise it with `requireTerraformVersion` where they emit a newer feature.
 */
export const MINIMUM_TERRAFORM_VERSION = '1.0';

/** The highest requirement recorded per stack (the stack JSON only holds the rendered constraint). */
const requirements = new WeakMap<TerraformStack, string>();

const VERSION = /^\d+\.\d+(\.\d+)?$/;

/**
 * Records that the stack of `scope` needs Terraform `version` (`major.minor[.patch]`) or later, and writes
 * `terraform.required_version = ">= <highest recorded>"`. Call it where a construct emits a feature that an older
 * Terraform would reject: older releases fail `init` with a clear "unsupported Terraform Core version" instead of a
 * parse error halfway through a plan. The highest requirement wins, so calls can come in any order; call it on a stack
 * yourself to require a newer Terraform than the library needs.
 */
export function requireTerraformVersion(scope: IConstruct, version: string): void {
  if (!VERSION.test(version)) {
    throw new ConfigurationError(scope, `"${version}" is not a Terraform version.`, 'pass major.minor or major.minor.patch, e.g. "1.4".');
  }
  const stack = TerraformStack.of(scope);
  const current = requirements.get(stack);
  if (current !== undefined && compareVersions(current, version) >= 0) return;
  requirements.set(stack, version);
  stack.addOverride('terraform.required_version', `>= ${version}`);
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
