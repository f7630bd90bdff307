import { IConstruct } from 'constructs';
import { checkEnvironmentSize, checkReservedName } from '../core/environment';
import { ResourceRule, registerResourceRules } from '../core/resource-rules';
import { holdsExpression, ResourceView } from '../core/resources';
import { registerUniqueNames } from '../core/uniqueness';
import { TENCENTCLOUD_UNIQUE_NAMES } from './naming';
import { SCF_ENVIRONMENT } from './scf-settings';

function checkScfEnvironment(view: ResourceView): void {
  const env = view.resolved('environment');
  if (env === null || typeof env !== 'object') return;
  const literal: Record<string, string> = {};
  for (const [name, value] of Object.entries(env as Record<string, unknown>)) {
    checkReservedName(view.resource, name, SCF_ENVIRONMENT);
    if (typeof value === 'string') literal[name] = holdsExpression(value) ? value.replace(/\$\{[^}]*\}/g, '') : value;
  }
  checkEnvironmentSize(view.resource, literal, SCF_ENVIRONMENT);
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
