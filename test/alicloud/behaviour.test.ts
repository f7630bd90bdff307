import { Testing, TerraformStack } from 'cdktf';
import { alicloud } from '../../lib';
import { checkStackBehaviour, loadProviderBehaviour, ProviderBehaviourFile } from '../../lib/testing';
import { AlicloudResizeStack } from '../../stacks/alicloud-resize-stack';
import { alicloudStack, behaviourFacts, schemaHasPath, synthesizedCase } from '../helpers';

const behaviour = loadProviderBehaviour().get('aliyun/alicloud') as ProviderBehaviourFile;
const schema = require('../../schemas/alicloud.json').provider_schemas['registry.terraform.io/aliyun/alicloud'];

/** A stack using every Alibaba construct and option that changes which resources are emitted. */
function everyConstructStack(): TerraformStack {
  const stack = alicloudStack(null);
  const photos = new alicloud.EventedBucket(stack, 'Photos', { encryption: alicloud.BucketEncryption.KMS, versioned: true });
  const imported = alicloud.EventedBucket.fromBucketName(stack, 'Imported', 'imported-bucket-test');
  const fn = new alicloud.ResizeFunction(stack, 'Fn', { destinationBucket: photos, onFailureDestination: 'acs:mns:cn-hangzhou:123:/queues/failed' });
  photos.onObjectCreated(fn, { prefix: 'in/' });
  imported.onObjectCreated(fn, { prefix: 'in/' });
  return stack;
}

const stacks = [
  synthesizedCase('the example stack', new AlicloudResizeStack(Testing.app(), 'alicloud-resize')),
  synthesizedCase('a stack with every construct', everyConstructStack()),
];

describe('schemas/alicloud.behaviour.json', () => {
  test('records the plugin facts with their sources', () => {
    expect(behaviour).toMatchObject({ source: 'aliyun/alicloud', version: require('../../schemas/providers.json').alicloud.version });
    expect(behaviour.plugin).toMatchObject({ protocolVersion: 5, sdk: 'terraform-plugin-sdk v1.17.2', maxRecvBytes: 4 * 1024 * 1024 });
    expect(behaviour.plugin.source).toMatch(/go\.mod:40/);
    expect(behaviour.plugin.source).toMatch(/server\.go:60/);
  });

  test.each(stacks)('covers every resource and data source type of %s', (_name, json) => {
    const synth = JSON.parse(json);
    for (const type of Object.keys(synth.resource ?? {})) expect(behaviour.resources).toHaveProperty([type]);
    for (const type of Object.keys(synth.data ?? {})) expect(behaviour.dataSources).toHaveProperty([type]);
  });

  test('every fact names an attribute of the schema and a source file with lines', () => {
    for (const [type, b] of Object.entries(behaviour.resources)) {
      const block = schema.resource_schemas[type]?.block;
      expect(block).toBeDefined();
      for (const fact of behaviourFacts(b)) {
        expect({ type, path: fact.path, known: schemaHasPath(block, fact.path) }).toEqual({ type, path: fact.path, known: true });
        expect(fact.source).toMatch(/^(alicloud|website)\/[\w./-]+\.(go|markdown):\d+/);
      }
    }
  });

  test.each(stacks)('%s passes the behaviour check: every attribute Read writes back is set or ignored', (_name, json, stack) => {
    expect(json).toPassBehaviourCheck({ assets: stack });
  });

  test('buckets and encryption resources without ignore_changes and a function without log_config are caught', () => {
    const synth = JSON.parse(stacks[0][1]);
    for (const bucket of Object.values<any>(synth.resource.alicloud_oss_bucket)) delete bucket.lifecycle;
    for (const fn of Object.values<any>(synth.resource.alicloud_fcv3_function)) delete fn.log_config;
    for (const sse of Object.values<any>(synth.resource.alicloud_oss_bucket_server_side_encryption)) delete sse.lifecycle;
    const readBacks = checkStackBehaviour(synth, { assets: stacks[0][2] }).filter((v) => v.rule === 'read-back');
    expect(readBacks.map((v) => `${v.address}.${v.path}`).sort()).toEqual([
      expect.stringMatching(/^alicloud_fcv3_function\.Resize_Function_[0-9A-F]+\.log_config$/),
      expect.stringMatching(/^alicloud_oss_bucket\.FunctionCodeBucket-alicloud_Bucket_[0-9A-F]+\.server_side_encryption_rule$/),
      expect.stringMatching(/^alicloud_oss_bucket\.FunctionCodeBucket-alicloud_Bucket_[0-9A-F]+\.versioning$/),
      expect.stringMatching(/^alicloud_oss_bucket\.Images_Bucket_[0-9A-F]+\.server_side_encryption_rule$/),
      expect.stringMatching(/^alicloud_oss_bucket\.Images_Bucket_[0-9A-F]+\.versioning$/),
      expect.stringMatching(/^alicloud_oss_bucket_server_side_encryption\.FunctionCodeBucket-alicloud_Encryption_[0-9A-F]+\.kms_data_encryption$/),
      expect.stringMatching(/^alicloud_oss_bucket_server_side_encryption\.FunctionCodeBucket-alicloud_Encryption_[0-9A-F]+\.kms_master_key_id$/),
      expect.stringMatching(/^alicloud_oss_bucket_server_side_encryption\.Images_Encryption_[0-9A-F]+\.kms_data_encryption$/),
      expect.stringMatching(/^alicloud_oss_bucket_server_side_encryption\.Images_Encryption_[0-9A-F]+\.kms_master_key_id$/),
    ]);
  });

  test.each(stacks)('no resource of %s carries a value over the plugin message limit', (_name, json) => {
    for (const resources of Object.values<Record<string, any>>(JSON.parse(json).resource)) {
      for (const config of Object.values(resources)) expect(Buffer.byteLength(JSON.stringify(config))).toBeLessThan(behaviour.plugin.maxRecvBytes / 64);
    }
  });
});
