/**
 * Offline planning: the real Terraform binary plans and applies a synthesized stack against providers that serve
 * this library's schema files and behaviour data, with no network and no credentials (docs/offline-plan.md).
 */
import { TerraformStack } from 'cdktf';
import { effectiveChanges, OfflineCycleResult, OfflineOptions, OfflineWorkspace, runOfflineCycle, TerraformPlanJson } from './harness';
import { synthesizedStackDir } from './synth';

export * from './harness';
export { installOfflineMirror, pinnedProviders, terraformPlatform } from './mirror';
export type { OfflineMirror, MirrorOptions } from './mirror';
export { synthesizedStackDir } from './synth';
export { DEFAULT_PLUGIN_FACTS } from './plugin-facts';

/**
 * Runs `terraform init`, `validate` and `plan` on a stack (synthesized first) or a synthesized stack directory, and
 * returns the plan as `terraform show -json` prints it. Throws `OfflineTerraformError` with Terraform's own error.
 */
export async function planOffline(stackOrDir: TerraformStack | string, options: OfflineOptions = {}): Promise<TerraformPlanJson> {
  const ws = new OfflineWorkspace(synthesizedStackDir(stackOrDir), options);
  try {
    await ws.init();
    await ws.validate();
    return (await ws.plan()).plan;
  } finally {
    ws.dispose();
  }
}

/** The whole cycle (init, validate, plan, apply, plan again, destroy) on a stack or a synthesized stack directory. */
export async function applyOffline(stackOrDir: TerraformStack | string, options: OfflineOptions = {}): Promise<OfflineCycleResult> {
  return runOfflineCycle(synthesizedStackDir(stackOrDir), options);
}

export { effectiveChanges };
