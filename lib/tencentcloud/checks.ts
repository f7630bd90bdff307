import { IConstruct } from 'constructs';
import { checkSynthesizedEnvironment } from '../core/environment';
import { ResourceRule, registerResourceRules } from '../core/resource-rules';
import { registerUniqueNames } from '../core/uniqueness';
import { TENCENTCLOUD_UNIQUE_NAMES } from './naming';
import { SCF_ENVIRONMENT } from './scf-settings';

/** Checks of synthesized Tencent resources, whichever construct created them. */
export const TENCENTCLOUD_RESOURCE_RULES: readonly ResourceRule[] = [
  { resourceType: 'tencentcloud_scf_function', check: (view) => checkSynthesizedEnvironment(view.resource, view.resolved('environment'), SCF_ENVIRONMENT) },
];

/** Registers the synth-time checks of every Tencent resource of the stack of `scope` (and of its app). */
export function registerTencentcloudChecks(scope: IConstruct): void {
  registerUniqueNames(scope, TENCENTCLOUD_UNIQUE_NAMES);
  registerResourceRules(scope, 'tencentcloud', TENCENTCLOUD_RESOURCE_RULES);
}
