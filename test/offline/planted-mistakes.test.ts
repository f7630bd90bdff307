import { randomBytes } from 'crypto';
import * as path from 'path';
import { OfflineTerraformError, OfflineWorkspace, runOfflineCycle } from '../../lib/testing/offline';
import { changesOf, describeWithTerraform, FIXTURES, providerJsonStack } from './helpers';

/** A hand-made Alibaba Cloud stack (region ap-southeast-1) of these resources. */
const alicloudStack = (resource: object, files?: Record<string, Buffer>) => providerJsonStack('alicloud', resource, files);

/** Runs init, validate and plan and returns the error Terraform failed with (or fails the test when it did not). */
async function planError(dir: string): Promise<OfflineTerraformError> {
  const ws = new OfflineWorkspace(dir);
  try {
    await ws.init();
    await ws.validate();
    await ws.plan();
  } catch (e) {
    if (e instanceof OfflineTerraformError) return e;
    throw e;
  } finally {
    ws.dispose();
  }
  throw new Error('expected Terraform to fail, but init, validate and plan succeeded');
}

const fn = (code: object) => ({
  function_name: 'resize',
  runtime: 'nodejs20',
  handler: 'index.handler',
  memory_size: 1024,
  code,
});

describeWithTerraform('mistakes the offline cycle catches, each with Terraform’s own error', () => {
  test.concurrent('inline code over the plugin message limit (9 MB zip, 12 MB of base64) fails with ResourceExhausted', async () => {
    const dir = alicloudStack({ alicloud_fcv3_function: { big: fn({ zip_file: '${filebase64("code.zip")}' }) } }, { 'code.zip': randomBytes(9 * 1024 * 1024) });
    const error = await planError(dir);
    expect(error.message).toMatch(/ResourceExhausted/);
    expect(error.message).toMatch(/larger than max \(\d+ vs 4194304\)/);
  }, 300_000);

  test.concurrent('the same function with its code under the limit plans', async () => {
    const dir = alicloudStack({ alicloud_fcv3_function: { small: fn({ zip_file: '${filebase64("code.zip")}' }) } }, { 'code.zip': randomBytes(1024 * 1024) });
    const ws = new OfflineWorkspace(dir);
    try {
      await ws.init();
      await ws.validate();
      expect([...changesOf((await ws.plan()).plan).keys()]).toEqual(['alicloud_fcv3_function.small']);
    } finally {
      ws.dispose();
    }
  }, 300_000);

  const bucket = (lifecycle?: object) => alicloudStack({
    alicloud_oss_bucket: { photos: { bucket: 'offline-photos', ...(lifecycle ? { lifecycle } : {}) } },
    alicloud_oss_bucket_server_side_encryption: { photos: { bucket: '${alicloud_oss_bucket.photos.bucket}', sse_algorithm: 'AES256' } },
  });
  const readBack = { behaviourDirs: [path.join(FIXTURES, 'read-back')] };

  test.concurrent('a bucket whose read-back encryption is not ignored plans a change after apply', async () => {
    const result = await runOfflineCycle(bucket(), readBack);
    expect(result.converged).toBe(false);
    expect(result.drift.map((c) => [c.address, c.change.actions])).toEqual([['alicloud_oss_bucket.photos', ['update']]]);
    expect((result.drift[0].change.before as any).server_side_encryption_rule).toEqual([expect.objectContaining({ sse_algorithm: 'AES256' })]);
    expect((result.drift[0].change.after as any).server_side_encryption_rule).toEqual([]);
  }, 300_000);

  test.concurrent('the same bucket with the encryption in ignore_changes converges', async () => {
    const result = await runOfflineCycle(bucket({ ignore_changes: ['server_side_encryption_rule'] }), readBack);
    expect(result.drift).toEqual([]);
    expect(result.converged).toBe(true);
  }, 300_000);

  test.concurrent('an ignore_changes path that does not exist fails validation', async () => {
    const error = await planError(bucket({ ignore_changes: ['server_side_encryption'] }));
    expect(error.command).toBe('validate');
    expect(error.message).toMatch(/Unsupported attribute/);
    expect(error.message).toMatch(/server_side_encryption/);
  }, 300_000);

  test.concurrent('a dependency cycle fails with Terraform’s Cycle error', async () => {
    const dir = alicloudStack({
      alicloud_ram_role: {
        a: { role_name: 'a', assume_role_policy_document: '{}', description: '${alicloud_ram_role.b.arn}' },
        b: { role_name: 'b', assume_role_policy_document: '{}', description: '${alicloud_ram_role.a.arn}' },
      },
    });
    const error = await planError(dir);
    expect(error.message).toMatch(/Cycle: /);
  }, 300_000);

  test.concurrent('a precondition that fails once the bucket exists (region from the provider) fails the apply', async () => {
    const dir = alicloudStack({
      alicloud_oss_bucket: { photos: { bucket: 'offline-photos' } },
      alicloud_ram_role: {
        reader: {
          role_name: 'reader',
          assume_role_policy_document: '{}',
          description: 'reads ${alicloud_oss_bucket.photos.bucket}',
          lifecycle: {
            precondition: [{ condition: '${alicloud_oss_bucket.photos.location == "oss-cn-hangzhou"}', error_message: 'The bucket must be in cn-hangzhou.' }],
          },
        },
      },
    });
    const ws = new OfflineWorkspace(dir);
    try {
      await ws.init();
      const plan = await ws.plan(); // location is known only after apply: Terraform defers the check
      await expect(ws.apply(plan.file)).rejects.toThrow(/Resource precondition failed[\s\S]*The bucket must be in cn-hangzhou/);
      expect((await ws.state()).values.root_module.resources.find((r: any) => r.type === 'alicloud_oss_bucket').values.location).toBe('oss-ap-southeast-1');
    } finally {
      ws.dispose();
    }
  }, 300_000);
});
