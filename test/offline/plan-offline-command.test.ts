import * as fs from 'fs';
import * as path from 'path';
import { planOfflineCommand } from '../../lib/cli/plan-offline';
import { describeWithTerraform, FIXTURES, providerJsonStack } from './helpers';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}


describe('plan-offline command arguments', () => {
  test('is named plan-offline and has a summary', () => {
    expect(planOfflineCommand.name).toBe('plan-offline');
    expect(planOfflineCommand.summary).toMatch(/offline/);
  });

  test('without a directory prints usage and exits 2', async () => {
    const r = io();
    expect(await planOfflineCommand.run([], r.io)).toBe(2);
    expect(r.err.join('\n')).toMatch(/Usage: evented-buckets plan-offline/);
  });

  test('an unknown option exits 2', async () => {
    const r = io();
    expect(await planOfflineCommand.run(['dir', '--frobnicate'], r.io)).toBe(2);
  });
});

describeWithTerraform('plan-offline command on a synthesized stack', () => {
  // Encrypted, kms_id ignored: Read writes both back (schemas/tencentcloud.behaviour.json).
  const bucket = { bucket: 'photos-1250000000', acl: 'private', encryption_algorithm: 'AES256', lifecycle: { ignore_changes: ['kms_id'] } };

  test.concurrent('exits 0 when the stack plans, applies and plans with no changes', async () => {
    const dir = providerJsonStack('tencentcloud', { tencentcloud_cos_bucket: { photos: bucket } });
    const r = io();
    expect(await planOfflineCommand.run([dir], r.io)).toBe(0);
    expect(r.out.join('\n')).toMatch(/plans with no changes/);
    expect(fs.readdirSync(dir)).toEqual(['cdk.tf.json']); // the synthesized stack is left as it was
  }, 300_000);

  test.concurrent('exits 1 with Terraform’s own error when the plan fails', async () => {
    const dir = providerJsonStack('tencentcloud', { tencentcloud_cos_bucket: { photos: { ...bucket, acl: '${tencentcloud_cos_bucket.missing.acl}' } } });
    const r = io();
    expect(await planOfflineCommand.run([dir], r.io)).toBe(1);
    expect(r.err.join('\n')).toMatch(/Reference to undeclared resource/);
  }, 300_000);

  test('exits 1 naming the resource when the plan after apply is not empty', async () => {
    const dir = providerJsonStack('alicloud', { alicloud_oss_bucket: { photos: { bucket: 'offline-photos' } } });
    const previous = process.env.EVENTED_BUCKETS_BEHAVIOUR_DIR;
    process.env.EVENTED_BUCKETS_BEHAVIOUR_DIR = path.join(FIXTURES, 'read-back');
    try {
      const r = io();
      expect(await planOfflineCommand.run([dir], r.io)).toBe(1);
      expect(r.err.join('\n')).toMatch(/alicloud_oss_bucket\.photos: update/);
    } finally {
      if (previous === undefined) delete process.env.EVENTED_BUCKETS_BEHAVIOUR_DIR;
      else process.env.EVENTED_BUCKETS_BEHAVIOUR_DIR = previous;
    }
  }, 300_000);
});
