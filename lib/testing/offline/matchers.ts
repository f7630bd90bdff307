import { TerraformStack } from 'cdktf';
import { OfflineOptions } from './harness';
import { applyOffline, effectiveChanges, planOffline } from './index';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** `await expect(stack).toPlanCleanly()`: Terraform inits, validates and plans the stack offline without error. */
      toPlanCleanly(options?: OfflineOptions): Promise<R>;
      /** `await expect(stack).toApplyAndConverge()`: plan, apply, then a plan with no changes, and destroy, offline. */
      toApplyAndConverge(options?: OfflineOptions): Promise<R>;
    }
  }
}

function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Registers `toPlanCleanly()` and `toApplyAndConverge()` with jest (call it from a setup file). */
export function setupOfflineMatchers(): void {
  const expectFn = (globalThis as any).expect;
  if (!expectFn) throw new Error('setupOfflineMatchers() must run inside jest (e.g. from setupFilesAfterEnv).');
  expectFn.extend({
    async toPlanCleanly(received: TerraformStack | string, options?: OfflineOptions) {
      try {
        const plan = await planOffline(received, options);
        const count = effectiveChanges(plan).length;
        return { pass: true, message: () => `expected the stack not to plan, but it planned ${count} changes` };
      } catch (e) {
        return { pass: false, message: () => `expected the stack to plan offline:\n${describeError(e)}` };
      }
    },
    async toApplyAndConverge(received: TerraformStack | string, options?: OfflineOptions) {
      try {
        const result = await applyOffline(received, options);
        const drift = result.drift.map((c) => `  ${c.address}: ${c.change.actions.join(', ')}`).join('\n');
        return {
          pass: result.converged,
          message: () => (result.converged
            ? 'expected the stack to change on its second plan, but it converged'
            : `expected no changes on the plan after apply, but it plans:\n${drift}`),
        };
      } catch (e) {
        return { pass: false, message: () => `expected the stack to plan, apply and converge offline:\n${describeError(e)}` };
      }
    },
  });
}
