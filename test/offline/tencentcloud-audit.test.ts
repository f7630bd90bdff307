import * as fs from 'fs';
import * as path from 'path';
import { OfflineWorkspace } from '../../lib/testing/offline';
import { TencentcloudAuditStack } from '../../stacks/tencentcloud-audit-stack';
import { BEHAVIOUR_DIRS, changesOf, describeWithTerraform, synthStack, withChangedCode } from './helpers';

/** The audit stack synthesized as stacks/main.ts does, into a fresh outdir; returns its directory. */
function synthAuditStack(): string {
  return synthStack('tencentcloud-audit', (app, id) => new TencentcloudAuditStack(app, id));
}

describeWithTerraform('the Tencent Cloud audit stack, planned and applied by Terraform against the offline provider', () => {
  const dir = synthAuditStack();

  test('init, validate, plan, apply, converge, code change, destroy', async () => {
    const ws = new OfflineWorkspace(dir, { behaviourDirs: BEHAVIOUR_DIRS });
    try {
      await ws.init();
      await ws.validate();

      const first = await ws.plan();
      expect(first.changes).toBe(true);
      const created = changesOf(first.plan);
      for (const change of created.values()) expect(change.change.actions).toEqual(['create']);
      const types = new Set([...created.values()].map((c) => c.type));
      for (const type of ['tencentcloud_cos_bucket', 'tencentcloud_scf_function', 'tencentcloud_scf_trigger', 'tencentcloud_cam_role', 'tencentcloud_cam_policy', 'tencentcloud_cam_role_policy_attachment']) {
        expect([type, types.has(type)]).toEqual([type, true]);
      }

      await ws.apply(first.file);
      const second = await ws.plan();
      expect([...changesOf(second.plan).values()].map((c) => `${c.address}: ${c.change.actions}`)).toEqual([]);
      expect(second.changes).toBe(false);

      // New code: only the function changes, in place.
      ws.useConfiguration(withChangedCode(dir));
      const code = [...changesOf((await ws.plan()).plan).values()];
      expect(code.map((c) => [c.type, c.change.actions])).toEqual([['tencentcloud_scf_function', ['update']]]);

      ws.useConfiguration(dir);
      await ws.destroy();
      expect((await ws.state()).values).toBeUndefined();
      expect(fs.existsSync(path.join(dir, '.terraform.lock.hcl'))).toBe(false);
    } finally {
      ws.dispose();
    }
  }, 600_000);
});
