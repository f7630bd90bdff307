import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { Tags, taggableTypes } from '../../lib';
import { OssBucket } from '../../lib/generated/providers/alicloud/oss-bucket';
import { OssBucketVersioningA as OssBucketVersioning } from '../../lib/generated/providers/alicloud/oss-bucket-versioning';
import { RamRole } from '../../lib/generated/providers/alicloud/ram-role';
import { CosBucket } from '../../lib/generated/providers/tencentcloud/cos-bucket';
import { ScfFunction } from '../../lib/generated/providers/tencentcloud/scf-function';
import { ResourceInstance } from '../../lib/generated/providers/ibm/resource-instance';
import { ResourceKey } from '../../lib/generated/providers/ibm/resource-key';
import { AlicloudResizeStack } from '../../stacks/alicloud-resize-stack';
import { TencentcloudResizeStack } from '../../stacks/tencentcloud-resize-stack';
import { IbmResizeStack } from '../../stacks/ibm-resize-stack';
import { alicloudStack, expectConfigError, tencentStack } from '../helpers';
import { ibmStack, IMAGE } from './../ibm/helpers';

type Json = Record<string, Record<string, Record<string, any>>>;
const resources = (stack: TerraformStack): Json => JSON.parse(Testing.synth(stack)).resource;
const tagsOf = (stack: TerraformStack, type: string, id?: string) => {
  const all = resources(stack)[type];
  return (id ? all[Object.keys(all).find((k) => k.startsWith(id))!] : Object.values(all)[0]).tags;
};

describe('which resources are taggable (from the schema files)', () => {
  test('map tags on Alibaba and Tencent, set tags on IBM, and none where the provider ignores the attribute', () => {
    const types = taggableTypes();
    expect(types.get('alicloud_oss_bucket')).toEqual({ provider: 'alicloud', form: 'map' });
    expect(types.get('alicloud_fcv3_function')).toEqual({ provider: 'alicloud', form: 'map' });
    expect(types.get('tencentcloud_scf_function')).toEqual({ provider: 'tencentcloud', form: 'map' });
    expect(types.get('ibm_resource_instance')).toEqual({ provider: 'ibm', form: 'set' });
    expect(types.has('alicloud_oss_bucket_versioning')).toBe(false);
    expect(types.has('tencentcloud_scf_trigger')).toBe(false);
    expect(types.has('ibm_cos_bucket')).toBe(false);
    expect(types.has('ibm_resource_key')).toBe(false);
    expect(types.has('ibm_cr_namespace')).toBe(false);
  });

  test('a schema that gains a tags attribute makes the type taggable, with no list to edit', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schemas-'));
    const block = (attrs: object) => ({ block: { attributes: attrs } });
    fs.writeFileSync(path.join(dir, 'alicloud.json'), JSON.stringify({ provider_schemas: { 'registry.terraform.io/aliyun/alicloud': { resource_schemas: {
      alicloud_new_thing: block({ tags: { type: ['map', 'string'], optional: true } }),
      alicloud_other: block({ tags: { type: 'string', optional: true } }),
    } } } }));
    const types = taggableTypes(dir);
    expect([...types.keys()]).toEqual(['alicloud_new_thing']);
  });
});

describe('Tags on the example stacks', () => {
  const cases: [string, () => TerraformStack][] = [
    ['alicloud', () => new AlicloudResizeStack(Testing.app(), 'a')],
    ['tencentcloud', () => new TencentcloudResizeStack(Testing.app(), 't', { appId: '1250000000' })],
    ['ibm', () => new IbmResizeStack(Testing.app(), 'i', { imageReference: IMAGE })],
  ];
  test.each(cases)('%s: every taggable resource gets the tag, in its cloud\'s form; the others are left alone', (cloud, make) => {
    const stack = make();
    Tags.of(stack).add('cost-center', '42');
    const types = taggableTypes();
    let tagged = 0;
    for (const [type, byId] of Object.entries(resources(stack))) {
      for (const body of Object.values(byId)) {
        const kind = types.get(type);
        if (!kind) expect([type, body.tags]).toEqual([type, undefined]);
        else if (kind.form === 'map') expect(body.tags).toMatchObject({ 'cost-center': '42' });
        else expect(body.tags).toContain('cost-center:42');
        if (kind) tagged++;
      }
    }
    expect(tagged).toBeGreaterThan(cloud === 'ibm' ? 0 : 2);
  });
});

describe('precedence and merging', () => {
  test('the nearer scope wins, a remove beats an add of default priority, and an explicit priority decides', () => {
    const stack = alicloudStack();
    const group = new Construct(stack, 'Group');
    new OssBucket(group, 'Bucket', { bucket: 'b' });
    new RamRole(stack, 'Role', { roleName: 'r', assumeRolePolicyDocument: '{}' });
    Tags.of(stack).add('env', 'prod');
    Tags.of(group).add('env', 'dev');
    Tags.of(stack).add('owner', 'media');
    Tags.of(group).remove('owner');
    Tags.of(stack).add('tier', 'gold', { priority: 300 });
    Tags.of(group).add('tier', 'silver');
    expect(tagsOf(stack, 'alicloud_oss_bucket')).toEqual({ env: 'dev', tier: 'gold' });
    expect(tagsOf(stack, 'alicloud_ram_role')).toEqual({ env: 'prod', owner: 'media', tier: 'gold' });
  });

  test('tags set on the resource, and through the escape hatch, are kept and win on the same key', () => {
    const stack = tencentStack();
    const bucket = new CosBucket(stack, 'Bucket', { bucket: 'b-1250000000', tags: { env: 'own', keep: 'yes' } });
    const fn = new ScfFunction(stack, 'Fn', { name: 'f', handler: 'index.main', runtime: 'Nodejs18.15' });
    fn.addOverride('tags', { hatch: 'set' });
    fn.addOverride('tags.env', 'hatch');
    Tags.of(stack).add('env', 'prod');
    Tags.of(stack).add('team', 'media');
    expect(tagsOf(stack, 'tencentcloud_cos_bucket')).toEqual({ env: 'own', keep: 'yes', team: 'media' });
    expect(tagsOf(stack, 'tencentcloud_scf_function')).toEqual({ env: 'hatch', hatch: 'set', team: 'media' });
    expect(bucket.tagsInput).toEqual({ env: 'own', keep: 'yes' });
  });

  test('IBM: key:value strings merged with the resource\'s own list and an escape-hatch list, the resource\'s key winning', () => {
    const stack = ibmStack();
    new ResourceInstance(stack, 'Cos', { name: 'c', service: 'cloud-object-storage', plan: 'standard', location: 'global', tags: ['Env:own', 'label'] });
    const other = new ResourceInstance(stack, 'Other', { name: 'o', service: 'cloud-object-storage', plan: 'standard', location: 'global' });
    other.addOverride('tags', ['hatch:1']);
    new ResourceKey(stack, 'Key', { name: 'k', resourceInstanceId: 'x', tags: ['mine'] });
    Tags.of(stack).add('env', 'prod');
    Tags.of(stack).add('release', '');
    expect(tagsOf(stack, 'ibm_resource_instance', 'Cos').sort()).toEqual(['Env:own', 'label', 'release']);
    expect(tagsOf(stack, 'ibm_resource_instance', 'Other').sort()).toEqual(['env:prod', 'hatch:1', 'release']);
    // The provider never sends a resource key's tags: left as the user wrote them.
    expect(tagsOf(stack, 'ibm_resource_key')).toEqual(['mine']);
  });

  test('resource type filters', () => {
    const stack = alicloudStack();
    new OssBucket(stack, 'Bucket', { bucket: 'b' });
    new RamRole(stack, 'Role', { roleName: 'r', assumeRolePolicyDocument: '{}' });
    new OssBucketVersioning(stack, 'Versioning', { bucket: 'b', status: 'Enabled' });
    Tags.of(stack).add('a', '1', { includeResourceTypes: ['alicloud_oss_bucket'] });
    Tags.of(stack).add('b', '2', { excludeResourceTypes: ['alicloud_oss_bucket'] });
    expect(tagsOf(stack, 'alicloud_oss_bucket')).toEqual({ a: '1' });
    expect(tagsOf(stack, 'alicloud_ram_role')).toEqual({ b: '2' });
    expect(tagsOf(stack, 'alicloud_oss_bucket_versioning')).toBeUndefined();
  });
});

describe('each cloud\'s tag rules, checked at synth with the resource named', () => {
  test('Alibaba: reserved prefixes (acs:, aliyun, http://), key length (64 on OSS buckets, 128 elsewhere), 20 tags', () => {
    for (const key of ['acs:team', 'Aliyun-x', 'http://x']) {
      const stack = alicloudStack();
      new OssBucket(stack, 'Bucket', { bucket: 'b' });
      Tags.of(stack).add(key, 'v');
      expectConfigError(() => Testing.synth(stack), 'test/Bucket', /starts with "(acs:|aliyun|http:\/\/)", which the cloud reserves.*Tags\.of\(test\)/);
    }
    const role = alicloudStack();
    new RamRole(role, 'Role', { roleName: 'r', assumeRolePolicyDocument: '{}' });
    Tags.of(role).add('k'.repeat(100), 'v');
    expect(() => Testing.synth(role)).not.toThrow();
    const bucket = alicloudStack();
    new OssBucket(bucket, 'Bucket', { bucket: 'b' });
    Tags.of(bucket).add('k'.repeat(100), 'v');
    expectConfigError(() => Testing.synth(bucket), 'test/Bucket', /longer than 64 characters/);
    const many = alicloudStack();
    new OssBucket(many, 'Bucket', { bucket: 'b', tags: Object.fromEntries([...Array(15)].map((_, i) => [`own${i}`, 'x'])) });
    for (let i = 0; i < 6; i++) Tags.of(many).add(`t${i}`, 'x');
    expectConfigError(() => Testing.synth(many), 'test/Bucket', /would carry 21 tags, more than the 20/);
  });

  test('Tencent: qcloud/tencent/project prefixes, allowed characters, value length', () => {
    for (const [key, value, problem] of [['qcloud:x', 'v', /reserves/], ['team', 'a&b', /characters the cloud does not allow/], ['team', 'v'.repeat(256), /longer than 255/]] as const) {
      const stack = tencentStack();
      new CosBucket(stack, 'Bucket', { bucket: 'b-1250000000' });
      Tags.of(stack).add(key, value);
      expectConfigError(() => Testing.synth(stack), 'test/Bucket', problem);
    }
    const ok = tencentStack();
    new CosBucket(ok, 'Bucket', { bucket: 'b-1250000000' });
    Tags.of(ok).add('部门', '游戏 A/B');
    expect(tagsOf(ok, 'tencentcloud_cos_bucket')).toEqual({ 部门: '游戏 A/B' });
  });

  test('IBM: the provider\'s character set, no colon in a key, 128 characters for key:value', () => {
    for (const [key, value, problem] of [['team', 'a/b', /characters/], ['a:b', 'c', /characters/], ['k'.repeat(70), 'v'.repeat(70), /longer than 128/]] as const) {
      const stack = ibmStack();
      new ResourceInstance(stack, 'Cos', { name: 'c', service: 'cloud-object-storage', plan: 'standard', location: 'global' });
      Tags.of(stack).add(key, value);
      expectConfigError(() => Testing.synth(stack), 'test/Cos', problem);
    }
    const ok = ibmStack();
    new ResourceInstance(ok, 'Cos', { name: 'c', service: 'cloud-object-storage', plan: 'standard', location: 'global' });
    Tags.of(ok).add('url', 'a:b');
    expect(tagsOf(ok, 'ibm_resource_instance')).toEqual(['url:a:b']);
  });

  test('an empty key is refused where it is added', () => {
    const stack = alicloudStack();
    expectConfigError(() => Tags.of(stack).add('', 'v'), 'test', /empty tag key/);
  });
});
