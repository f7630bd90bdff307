import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { planOffline, setupOfflineMatchers } from '../../lib/testing';
import { CosBucket } from '../../lib/generated/providers/tencentcloud/cos-bucket';
import { TencentcloudProvider } from '../../lib/generated/providers/tencentcloud/provider';
import { describeWithTerraform, FIXTURES, providerJsonStack } from './helpers';

setupOfflineMatchers();

function bucketStack(acl: string): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'offline-matchers');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  // Encrypted and with kms_id ignored, as the library's buckets are: Read writes both back (schemas/tencentcloud.behaviour.json).
  const bucket = new CosBucket(stack, 'Photos', {
    bucket: 'photos-1250000000',
    acl,
    encryptionAlgorithm: 'AES256',
    lifecycle: { ignoreChanges: ['kms_id'] },
  });
  // A reference to an attribute the schema does not have: Terraform rejects it, the schema check alone does not see it.
  if (acl === 'broken') bucket.addOverride('lifecycle', { ignore_changes: ['no_such_attribute'] });
  return stack;
}

describeWithTerraform('planOffline and the jest matchers on a cdktf stack', () => {
  test.concurrent('planOffline synthesizes the stack and returns the plan JSON', async () => {
    const plan = await planOffline(bucketStack('private'));
    expect(plan.resource_changes?.map((c) => [c.type, c.change.actions])).toEqual([['tencentcloud_cos_bucket', ['create']]]);
  }, 300_000);

  test.concurrent('toPlanCleanly and toApplyAndConverge pass on a good stack', async () => {
    await expect(bucketStack('private')).toPlanCleanly();
    await expect(bucketStack('private')).toApplyAndConverge();
  }, 300_000);

  test.concurrent('toApplyAndConverge fails on a stack whose second plan changes, naming what it changes', async () => {
    // Read writes back the bucket's encryption (fixtures/read-back), which the stack neither sets nor ignores.
    const dir = providerJsonStack('alicloud', { alicloud_oss_bucket: { photos: { bucket: 'offline-photos' } } });
    await expect(expect(dir).toApplyAndConverge({ behaviourDirs: [path.join(FIXTURES, 'read-back')] }))
      .rejects.toThrow(/but it plans:\n {2}alicloud_oss_bucket\.photos: update/);
  }, 300_000);

  test.concurrent('toPlanCleanly fails with Terraform’s error on a broken stack', async () => {
    await expect(expect(bucketStack('broken')).toPlanCleanly()).rejects.toThrow(/Unsupported attribute/);
  }, 300_000);
});
