import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { OfflineWorkspace } from '../../lib/testing/offline';
import { AlicloudResizeStack } from '../../stacks/alicloud-resize-stack';
import { IbmFunctionsResizeStack } from '../../stacks/ibm-functions-resize-stack';
import { IbmResizeStack } from '../../stacks/ibm-resize-stack';
import { TencentcloudResizeStack } from '../../stacks/tencentcloud-resize-stack';
import { BEHAVIOUR_DIRS, changesOf, dependentsOf, describeWithTerraform, ibmCliFixture, tempDir, withChangedCode } from './helpers';

/** The function of each cloud, and the objects that carry its code (staged zips) where a stack has them. */
const FUNCTION_TYPES = new Set(['alicloud_fcv3_function', 'tencentcloud_scf_function', 'ibm_code_engine_app', 'ibm_code_engine_job', 'ibm_function_action']);
const CODE_OBJECT_TYPES = new Set(['alicloud_oss_bucket_object', 'tencentcloud_cos_bucket_object', 'ibm_cos_bucket_object']);
const BUCKET_TYPES = new Set(['alicloud_oss_bucket', 'tencentcloud_cos_bucket', 'ibm_cos_bucket']);

const RENAMED = 'renamed-photos';

interface Variant {
  readonly bucketName?: string;
  readonly imageReference?: string;
}

/** Synthesizes every example stack, as stacks/main.ts does, into a fresh outdir; returns each stack's directory. */
function synthExamples(variant: Variant = {}): Record<string, string> {
  const outdir = tempDir('examples');
  const app = new App({ outdir });
  new AlicloudResizeStack(app, 'alicloud-resize', { bucketName: variant.bucketName });
  new TencentcloudResizeStack(app, 'tencentcloud-resize', { bucketName: variant.bucketName });
  new IbmResizeStack(app, 'ibm-resize', { bucketName: variant.bucketName, imageReference: variant.imageReference });
  // COS bucket names are unique across IBM Cloud: the two IBM stacks of one app cannot share one.
  new IbmFunctionsResizeStack(app, 'ibm-functions-resize', { bucketName: variant.bucketName && `${variant.bucketName}-classic` });
  app.synth();
  const stacks = path.join(outdir, 'stacks');
  return Object.fromEntries(fs.readdirSync(stacks).map((s) => [s, path.join(stacks, s)]));
}

describeWithTerraform('every example stack, planned and applied by Terraform against the offline providers', () => {
  const original = synthExamples();
  const renamed = synthExamples({ bucketName: RENAMED });
  const newImage = synthExamples({ imageReference: 'us.icr.io/evented-buckets/resize:0.2.0' });
  const { env } = ibmCliFixture();

  test.concurrent.each(Object.keys(original))('%s: init, validate, plan, apply, converge, code change, bucket rename, destroy', async (name) => {
    const ws = new OfflineWorkspace(original[name], { behaviourDirs: BEHAVIOUR_DIRS, env });
    try {
      await ws.init();
      expect(fs.existsSync(path.join(ws.dir, '.terraform.lock.hcl'))).toBe(true);
      expect(fs.existsSync(path.join(original[name], '.terraform.lock.hcl'))).toBe(false); // the stack is not written to
      await ws.validate();

      const first = await ws.plan();
      expect(first.changes).toBe(true);
      const created = changesOf(first.plan);
      const configured = ((first.plan as any).configuration.root_module.resources as { mode: string }[]).filter((r) => r.mode === 'managed');
      expect(created.size).toBe(configured.length);
      for (const change of created.values()) expect(change.change.actions).toEqual(['create']);

      await ws.apply(first.file);
      const second = await ws.plan();
      expect([...changesOf(second.plan).values()].map((c) => `${c.address}: ${c.change.actions}`)).toEqual([]);
      expect(second.changes).toBe(false);

      // New code: the function is updated in place, its staged code object (if any) replaced or created; nothing else.
      ws.useConfiguration(name === 'ibm-resize' ? newImage[name] : withChangedCode(original[name]));
      const code = changesOf((await ws.plan()).plan);
      expect(code.size).toBeGreaterThan(0);
      for (const change of code.values()) {
        expect(FUNCTION_TYPES.has(change.type) || CODE_OBJECT_TYPES.has(change.type)).toBe(true);
        if (FUNCTION_TYPES.has(change.type)) expect(change.change.actions).toEqual(['update']);
      }
      expect([...code.values()].some((c) => FUNCTION_TYPES.has(c.type))).toBe(true);

      // A new bucket name replaces the bucket and changes only what depends on it.
      ws.useConfiguration(renamed[name]);
      const renamePlan = (await ws.plan()).plan;
      const rename = changesOf(renamePlan);
      const buckets = [...rename.values()].filter((c) => BUCKET_TYPES.has(c.type));
      expect(buckets).toHaveLength(1);
      expect([...buckets[0].change.actions].sort()).toEqual(['create', 'delete']);
      // What depends on it: what refers to the bucket, or names it (policies and descriptions spell the name out).
      const before = buckets[0].change.before as Record<string, string>;
      const oldName = before.bucket ?? before.bucket_name;
      const after = buckets[0].change.after as Record<string, string>;
      const newName = after.bucket ?? after.bucket_name;
      const dependents = dependentsOf(renamePlan, buckets[0].address);
      for (const [address, change] of rename) {
        if (address === buckets[0].address) continue;
        const text = JSON.stringify([change.change.before, change.change.after]);
        const namesIt = text.includes(oldName) || text.includes(newName);
        expect([address, dependents.has(address) || namesIt]).toEqual([address, true]);
      }

      ws.useConfiguration(original[name]);
      await ws.destroy();
      expect((await ws.state()).values).toBeUndefined();
    } finally {
      ws.dispose();
    }
  }, 600_000);
});
