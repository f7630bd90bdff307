import * as fs from 'fs';
import * as path from 'path';
import { OfflineWorkspace } from '../../lib/testing/offline';
import { IbmAuditStack } from '../../stacks/ibm-audit-stack';
import { BEHAVIOUR_DIRS, changesOf, describeWithTerraform, ibmCliFixture, synthStack } from './helpers';

/** Synthesizes the audit stack into a fresh outdir; returns the stack's directory. */
function synthAudit(imageRepository?: string): string {
  return synthStack('ibm-audit', (app, id) => new IbmAuditStack(app, id, { imageRepository }));
}

describeWithTerraform('the IBM audit stack, planned and applied by Terraform against the offline provider', () => {
  const original = synthAudit();
  const moved = synthAudit('us.icr.io/other-namespace/audit');
  const { calls, env } = ibmCliFixture();

  test('init, validate, plan, apply (build run, then subscription), converge, new image, destroy', async () => {
    const ws = new OfflineWorkspace(original, { behaviourDirs: BEHAVIOUR_DIRS, env });
    try {
      await ws.init();
      await ws.validate();
      const first = await ws.plan();
      expect([...changesOf(first.plan).values()].every((c) => c.change.actions.join() === 'create')).toBe(true);
      await ws.apply(first.file);

      // The build run uploaded the context folder of the workspace, which holds the Dockerfile it builds.
      const log = fs.readFileSync(calls, 'utf8').split('\n');
      const submit = log.find((l) => l.startsWith('ce buildrun submit'));
      expect(submit).toMatch(/^ce buildrun submit --build audit-build-[0-9a-f]{8} --source \.\/assets\/\S+ --wait --wait-timeout 900$/);
      const source = submit!.split(' --source ')[1].split(' ')[0];
      expect(fs.readFileSync(path.join(ws.dir, source, 'Dockerfile'), 'utf8')).toContain('CMD ["node","server.js","handler"]');
      expect(log.findIndex((l) => l.startsWith('ce subscription cos create'))).toBeGreaterThan(log.indexOf(submit!));
      expect(log.find((l) => l.startsWith('ce subscription cos create'))).toContain('--event-type delete --prefix uploads/');

      const second = await ws.plan();
      expect([...changesOf(second.plan).values()].map((c) => `${c.address}: ${c.change.actions}`)).toEqual([]);

      // A new image: the build is updated, the build run replaced, the app updated in place; nothing else.
      ws.useConfiguration(moved);
      const image = [...changesOf((await ws.plan()).plan).values()].map((c) => [c.type, c.change.actions.join('+')]).sort();
      expect(image).toEqual([
        ['ibm_code_engine_app', 'update'],
        ['ibm_code_engine_build', 'update'],
        ['terraform_data', 'delete+create'],
      ].sort());

      ws.useConfiguration(original);
      await ws.destroy();
      expect((await ws.state()).values).toBeUndefined();
    } finally {
      ws.dispose();
    }
  }, 600_000);
});
