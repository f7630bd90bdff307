import * as fs from 'fs';
import * as path from 'path';
import { alicloud } from '../../lib';
import { OfflineWorkspace } from '../../lib/testing/offline';
import { AlicloudAuditStack } from '../../stacks/alicloud-audit-stack';
import { onlyConstruct } from '../helpers';
import { BEHAVIOUR_DIRS, changesOf, describeWithTerraform, synthStack, withChangedCode } from './helpers';

const RENAMED = 'renamed-audit-fn';

/** The audit example synthesized into a fresh outdir; `rename` renames its function through the escape hatch. */
function synthAudit(rename = false): string {
  return synthStack('alicloud-audit', (app, id) => {
    const stack = new AlicloudAuditStack(app, id);
    if (rename) onlyConstruct(stack, alicloud.NodejsFunction).function.addOverride('function_name', RENAMED);
  });
}

describeWithTerraform('the Alibaba audit stack, planned and applied by Terraform against the offline provider', () => {
  test('init, validate, plan, apply, converge, code change, function rename, destroy', async () => {
    const original = synthAudit();
    const ws = new OfflineWorkspace(original, { behaviourDirs: BEHAVIOUR_DIRS });
    try {
      await ws.init();
      await ws.validate();

      const first = await ws.plan();
      const created = changesOf(first.plan);
      expect(created.size).toBeGreaterThan(0);
      for (const change of created.values()) expect(change.change.actions).toEqual(['create']);
      await ws.apply(first.file);
      const second = await ws.plan();
      expect([...changesOf(second.plan).values()].map((c) => `${c.address}: ${c.change.actions}`)).toEqual([]);

      // New code: the function is updated in place and its staged object replaced; nothing else.
      ws.useConfiguration(withChangedCode(original));
      const code = changesOf((await ws.plan()).plan);
      expect([...code.values()].map((c) => c.type).sort()).toEqual(['alicloud_fcv3_function', 'alicloud_oss_bucket_object']);
      expect([...code.values()].find((c) => c.type === 'alicloud_fcv3_function')!.change.actions).toEqual(['update']);

      // A name changed through the escape hatch: everything that refers to the function follows it.
      ws.useConfiguration(synthAudit(true));
      const renamePlan = await ws.plan();
      const rename = changesOf(renamePlan.plan);
      const after = (type: string) => [...rename.values()].filter((c) => c.type === type).map((c) => c.change.after as Record<string, unknown>);
      expect(after('alicloud_fcv3_function').map((a) => a.function_name)).toEqual([RENAMED]);
      expect(after('alicloud_fcv3_trigger')).toHaveLength(1);
      expect(after('alicloud_fcv3_async_invoke_config')).toHaveLength(1);
      const invokePolicies = [...rename.values()].filter((c) => c.type === 'alicloud_ram_policy' && c.address.includes('TriggerRole'));
      expect(invokePolicies).toHaveLength(1);
      await ws.apply(renamePlan.file);
      const state = JSON.stringify((await ws.state()).values);
      expect(state).toContain(`"function_name":"${RENAMED}"`);
      expect(state).toContain(`functions/${RENAMED}`);
      expect(changesOf((await ws.plan()).plan).size).toBe(0);

      await ws.destroy();
      expect((await ws.state()).values).toBeUndefined();
    } finally {
      ws.dispose();
    }
    expect(fs.existsSync(path.join(original, '.terraform.lock.hcl'))).toBe(false);
  }, 600_000);
});
