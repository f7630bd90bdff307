import { Testing, TerraformStack } from 'cdktf';
import { tencentcloud } from '../../lib';
import { checkStackBehaviour } from '../../lib/testing/behaviour-check';
import { loadProviderBehaviour, ProviderBehaviourFile } from '../../lib/testing/provider-behaviour';
import { loadProviderSchemas } from '../../lib/testing/schema-check';
import { TencentcloudAccountSetupStack } from '../../stacks/tencentcloud-account-setup-stack';
import { TencentcloudResizeStack } from '../../stacks/tencentcloud-resize-stack';
import { behaviourFacts, schemaHasPath, synthesizedCase, tencentStack } from '../helpers';

const APPID = '1250000000';
const behaviour = loadProviderBehaviour().get('tencentcloudstack/tencentcloud') as ProviderBehaviourFile;
const schema = loadProviderSchemas().map((f) => f.provider_schemas['registry.terraform.io/tencentcloudstack/tencentcloud']).find(Boolean)!;

/** A stack with every option the Tencent constructs have: each resource and data source type they can emit. */
function everything(): TerraformStack {
  const stack = tencentStack();
  const photos = new tencentcloud.EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID, encryption: tencentcloud.CosEncryption.KMS });
  const role = new tencentcloud.TriggerRole(stack, 'ScfRole', { create: true });
  const fn = new tencentcloud.ResizeFunction(stack, 'Fn', {
    appId: APPID, triggerRole: role, codeUpload: tencentcloud.ScfCodeUpload.COS, reservedConcurrency: 4,
    vpc: { vpcId: 'vpc-1', subnetId: 'subnet-1' }, publicNetwork: false,
  });
  photos.onObjectCreated(fn, { prefix: 'in/' });
  const checked = new tencentcloud.ResizeFunction(stack, 'Checked', { appId: APPID, destinationPrefix: 'out-c/' });
  photos.onObjectRemoved(checked, { prefix: 'gone/' });
  return stack;
}

const stacks = [
  synthesizedCase('every option', everything()),
  synthesizedCase('the resize example', new TencentcloudResizeStack(Testing.app(), 'tencentcloud-resize')),
  synthesizedCase('the account-setup example', new TencentcloudAccountSetupStack(Testing.app(), 'tencentcloud-account-setup')),
];

describe('schemas/tencentcloud.behaviour.json', () => {
  test('is for the pinned provider, whose plugin server accepts 256 MiB messages', () => {
    expect(behaviour.version).toBe(require('../../schemas/providers.json').tencentcloud.version);
    expect(behaviour.plugin).toMatchObject({ protocolVersion: 5, maxRecvBytes: 256 * 1024 * 1024 });
  });

  test.each(stacks)('covers every resource and data source type in %s', (_name, json) => {
    const tf = JSON.parse(json);
    for (const type of Object.keys(tf.resource ?? {}).filter((t) => t.startsWith('tencentcloud_'))) expect([type, behaviour.resources[type]]).toEqual([type, expect.any(Object)]);
    for (const type of Object.keys(tf.data ?? {})) expect([type, behaviour.dataSources?.[type]]).toEqual([type, expect.any(Object)]);
  });

  test('every fact names an attribute of the schema and a source file and line', () => {
    for (const [type, facts] of Object.entries(behaviour.resources)) {
      const block = schema.resource_schemas?.[type]?.block;
      expect([type, block]).toEqual([type, expect.any(Object)]);
      for (const fact of behaviourFacts(facts)) {
        expect([type, fact.path, schemaHasPath(block, fact.path)]).toEqual([type, fact.path, true]);
        expect(fact.source).toMatch(/^[\w./-]+\.go:\d+(-\d+)?/);
      }
    }
    expect(behaviour.plugin.source).toMatch(/server\.go:\d+/);
  });

  test('the inline zip limit of the constructs fits the recorded request limit', () => {
    const limit = behaviour.resources.tencentcloud_scf_function.limits!.find((l) => l.path === 'zip_file')!;
    expect(tencentcloud.base64Length(tencentcloud.SCF_MAX_INLINE_ZIP_BYTES) + tencentcloud.SCF_REQUEST_OVERHEAD_BYTES).toBeLessThanOrEqual(limit.maxBytes);
  });

  test.each(stacks)('%s passes the behaviour check: every attribute Read writes back is set or ignored', (_name, json, stack) => {
    expect(json).toPassBehaviourCheck({ assets: stack });
  });

  test('the read-back check fails on a stack made to break it', () => {
    const [, json, stack] = stacks[0];
    const tf = JSON.parse(json);
    const [name, bucket] = Object.entries<any>(tf.resource.tencentcloud_cos_bucket).find(([, b]) => b.encryption_algorithm === 'KMS')!;
    delete bucket.lifecycle;
    const readBacks = checkStackBehaviour(tf, { assets: stack }).filter((v) => v.rule === 'read-back');
    expect(readBacks.map((v) => [v.address, v.path])).toContainEqual([`tencentcloud_cos_bucket.${name}`, 'kms_id']);
    expect(readBacks.every((v) => v.address === `tencentcloud_cos_bucket.${name}`)).toBe(true);
  });
});
