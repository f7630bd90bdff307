import { IConstruct } from 'constructs';
import { checkEnvironmentSize, checkReservedName, EnvironmentRules } from '../core/environment';
import { ResourceRule, registerResourceRules } from '../core/resource-rules';
import { holdsExpression, ResourceView } from '../core/resources';
import { registerUniqueNames } from '../core/uniqueness';
import { TENCENTCLOUD_UNIQUE_NAMES } from './naming';

/**
 * SCF's environment rules: user variables may not start with `SCF_`, `QCLOUD_` or `TENCENTCLOUD_` (the runtime sets
 * its own, e.g. `TENCENTCLOUD_SECRETID`), and all variables together are at most 4 KB.
 */
export const SCF_ENVIRONMENT_RULES: EnvironmentRules = { service: 'SCF', maxBytes: 4096, reservedPrefixes: ['SCF_', 'QCLOUD_', 'TENCENTCLOUD_'] };

function checkScfEnvironment(view: ResourceView): void {
  const env = view.resolved('environment');
  if (env === null || typeof env !== 'object') return;
  const literal: Record<string, string> = {};
  for (const [name, value] of Object.entries(env as Record<string, unknown>)) {
    checkReservedName(view.resource, name, SCF_ENVIRONMENT_RULES);
    if (typeof value === 'string') literal[name] = holdsExpression(value) ? value.replace(/\$\{[^}]*\}/g, '') : value;
  }
  checkEnvironmentSize(view.resource, literal, SCF_ENVIRONMENT_RULES);
}

/** Checks of synthesized Tencent resources, whichever construct created them. */
export const TENCENTCLOUD_RESOURCE_RULES: readonly ResourceRule[] = [
  { resourceType: 'tencentcloud_scf_function', check: checkScfEnvironment },
];

/** Registers the synth-time checks of every Tencent resource of the stack of `scope` (and of its app). */
export function registerTencentcloudChecks(scope: IConstruct): void {
  registerUniqueNames(scope, TENCENTCLOUD_UNIQUE_NAMES);
  registerResourceRules(scope, 'tencentcloud', TENCENTCLOUD_RESOURCE_RULES);
}
