import { Testing } from 'cdktf';
import { tencentcloud } from '../../lib';
import { loadProviderBehaviour, ProviderBehaviourFile } from '../../lib/testing/provider-behaviour';
import { loadProviderSchemas } from '../../lib/testing/schema-check';
import { TencentcloudAccountSetupStack } from '../../stacks/tencentcloud-account-setup-stack';
import { TencentcloudResizeStack } from '../../stacks/tencentcloud-resize-stack';
import { tencentStack } from '../helpers';

const APPID = '1250000000';
const behaviour = loadProviderBehaviour().get('tencentcloudstack/tencentcloud') as ProviderBehaviourFile;
const schema = loadProviderSchemas().map((f) => f.provider_schemas['registry.terraform.io/tencentcloudstack/tencentcloud']).find(Boolean)!;

/** A stack with every option the Tencent constructs have: each resource and data source type they can emit. */
function everything(): string {
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
  return Testing.synth(stack, true);
}

const stacks: Record<string, string> = {
  'every option': everything(),
  'the resize example': Testing.synth(new TencentcloudResizeStack(Testing.app(), 'tencentcloud-resize'), true),
  'the account-setup example': Testing.synth(new TencentcloudAccountSetupStack(Testing.app(), 'tencentcloud-account-setup'), true),
};

/** The schema block an attribute path leads through, or undefined when the path is not in the schema. */
function attributeExists(block: any, path: string): boolean {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return head in (block.attributes ?? {}) || head in (block.block_types ?? {});
  const nested = block.block_types?.[head]?.block;
  return nested !== undefined && attributeExists(nested, rest.join('.'));
}

/** Whether a dotted path is set in a resource's configuration (blocks are objects or lists of objects). */
function isSet(config: any, path: string): boolean {
  let values: any[] = [config];
  for (const key of path.split('.')) {
    values = values.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v && typeof v === 'object' && key in v).map((v) => v[key]);
  }
  return values.length > 0;
}

describe('schemas/tencentcloud.behaviour.json', () => {
  test('is for the pinned provider, whose plugin server accepts 256 MiB messages', () => {
    expect(behaviour.version).toBe(require('../../schemas/providers.json').tencentcloud.version);
    expect(behaviour.plugin).toMatchObject({ protocolVersion: 5, maxRecvBytes: 256 * 1024 * 1024 });
  });

  test.each(Object.keys(stacks))('covers every resource and data source type in %s', (name) => {
    const tf = JSON.parse(stacks[name]);
    for (const type of Object.keys(tf.resource ?? {}).filter((t) => t.startsWith('tencentcloud_'))) expect([type, behaviour.resources[type]]).toEqual([type, expect.any(Object)]);
    for (const type of Object.keys(tf.data ?? {})) expect([type, behaviour.dataSources?.[type]]).toEqual([type, expect.any(Object)]);
  });

  test('every fact names an attribute of the schema and a source file and line', () => {
    for (const [type, facts] of Object.entries(behaviour.resources)) {
      const block = schema.resource_schemas?.[type]?.block;
      expect([type, block]).toEqual([type, expect.any(Object)]);
      for (const kind of ['readBack', 'forceNew', 'updateIgnores', 'limits', 'valueRules'] as const) {
        for (const fact of facts[kind] ?? []) {
          expect([type, fact.path, attributeExists(block, fact.path)]).toEqual([type, fact.path, true]);
          expect(fact.source).toMatch(/^[\w./-]+\.go:\d+(-\d+)?/);
        }
      }
    }
    expect(behaviour.plugin.source).toMatch(/server\.go:\d+/);
  });

  test('the inline zip limit of the constructs fits the recorded request limit', () => {
    const limit = behaviour.resources.tencentcloud_scf_function.limits!.find((l) => l.path === 'zip_file')!;
    expect(tencentcloud.base64Length(tencentcloud.SCF_MAX_INLINE_ZIP_BYTES) + tencentcloud.SCF_REQUEST_OVERHEAD_BYTES).toBeLessThanOrEqual(limit.maxBytes);
  });

  test.each(Object.keys(stacks))('in %s, every attribute Read writes back is set or ignored', (name) => {
    const unset: string[] = [];
    for (const [type, instances] of Object.entries<any>(JSON.parse(stacks[name]).resource ?? {})) {
      for (const [id, config] of Object.entries<any>(instances)) {
        const ignored = new Set((config.lifecycle?.ignore_changes ?? []).map((p: string) => p.replace(/\[\d+\]/g, '')));
        for (const fact of behaviour.resources[type]?.readBack ?? []) {
          if (!isSet(config, fact.path) && !ignored.has(fact.path)) unset.push(`${type}.${id}: ${fact.path}`);
        }
      }
    }
    expect(unset).toEqual([]);
  });

  test('the read-back check fails on a stack made to break it', () => {
    const tf = JSON.parse(stacks['every option']);
    const bucket = Object.values<any>(tf.resource.tencentcloud_cos_bucket).find((b) => b.encryption_algorithm === 'KMS');
    delete bucket.lifecycle;
    const ignored = new Set<string>();
    const missing = behaviour.resources.tencentcloud_cos_bucket.readBack!.filter((f) => !isSet(bucket, f.path) && !ignored.has(f.path)).map((f) => f.path);
    expect(missing).toContain('kms_id');
  });
});
