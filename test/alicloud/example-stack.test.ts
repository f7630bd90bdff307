import { Testing } from 'cdktf';
import { parseResizeConfig } from '../../functions/resize/src/config-loader';
import { alicloud } from '../../lib';
import { AlicloudResizeStack } from '../../stacks/alicloud-resize-stack';
import { OssBucketAcl } from '../../lib/generated/providers/alicloud/oss-bucket-acl';
import { OssBucketPublicAccessBlock } from '../../lib/generated/providers/alicloud/oss-bucket-public-access-block';
import { OssBucketServerSideEncryption } from '../../lib/generated/providers/alicloud/oss-bucket-server-side-encryption';
import { Fcv3Function } from '../../lib/generated/providers/alicloud/fcv3-function';
import { LogProject } from '../../lib/generated/providers/alicloud/log-project';
import { LogStore } from '../../lib/generated/providers/alicloud/log-store';
import { exampleStackChecks, onlyConstruct, onlyResource, resourcesOf } from '../helpers';

describe('AlicloudResizeStack (the example)', () => {
  const stack = new AlicloudResizeStack(Testing.app(), 'alicloud-resize');
  const json = Testing.synth(stack, true);

  exampleStackChecks(json, stack);

  test('creates a private, encrypted bucket with public access blocked', () => {
    const ref = '${alicloud_oss_bucket.Images_Bucket_297917F6.bucket}';
    expect(json).toHaveResourceWithProperties(OssBucketAcl, { bucket: ref, acl: 'private' });
    expect(json).toHaveResourceWithProperties(OssBucketPublicAccessBlock, { bucket: ref, block_public_access: true });
    expect(json).toHaveResourceWithProperties(OssBucketServerSideEncryption, { bucket: ref, sse_algorithm: 'AES256' });
    for (const bucket of Object.values(resourcesOf(json, 'alicloud_oss_bucket'))) expect(bucket.acl).toBeUndefined(); // deprecated argument not used
  });

  test('runs nodejs20 with sizing for 12 MP photos and the packaged zip staged in OSS', () => {
    const fn = onlyResource(json, 'alicloud_fcv3_function');
    expect(fn).toMatchObject({ runtime: 'nodejs20', handler: 'index.handler', memory_size: 1024, cpu: 1, timeout: 60 });
    const resize = onlyConstruct(stack, alicloud.ResizeFunction);
    const object = onlyResource(json, 'alicloud_oss_bucket_object');
    // The key is the zip's SHA-256: new code, new key, the function's code block changes and it redeploys.
    expect(object).toMatchObject({
      key: `function-code/${fn.function_name}/${resize.code.package.sha256}.zip`,
      source: expect.stringMatching(/^assets\/FunctionZip[0-9A-F]{12}\/[0-9A-F]{32}\/code\.zip$/),
      bucket: expect.stringMatching(/^alicloud-resize-fc-code-[0-9a-f]{8}-\$\{data\.alicloud_account\./),
      lifecycle: { create_before_destroy: true },
    });
    expect(fn.code).toEqual({
      oss_bucket_name: expect.stringMatching(/^\$\{alicloud_oss_bucket_object\.Resize_StagedCode_Object_[0-9A-F]+\.bucket\}$/),
      oss_object_name: expect.stringMatching(/^\$\{alicloud_oss_bucket_object\.Resize_StagedCode_Object_[0-9A-F]+\.key\}$/),
      checksum: resize.stagedCode.checksum,
    });
    expect(resize.stagedCode.checksum).toMatch(/^[0-9]{1,20}$/);
    expect(fn.depends_on).toEqual([expect.stringMatching(/^alicloud_ram_role_policy_attachment\.Resize_ExecutionRole_Attachment/)]);
  });

  test('stages code in a private, encrypted bucket of its own', () => {
    const codeBucket = Object.entries(resourcesOf(json, 'alicloud_oss_bucket')).find(([name]) => name.startsWith('FunctionCodeBucket'))![1];
    expect(codeBucket.bucket).toMatch(/^alicloud-resize-fc-code-[0-9a-f]{8}-\$\{data\.alicloud_account\.[^}]+\.id\}$/);
    const ref = '${alicloud_oss_bucket.FunctionCodeBucket-alicloud_Bucket_4E8C53BC.bucket}';
    expect(json).toHaveResourceWithProperties(OssBucketAcl, { bucket: ref, acl: 'private' });
    expect(json).toHaveResourceWithProperties(OssBucketPublicAccessBlock, { bucket: ref, block_public_access: true });
    expect(json).toHaveResourceWithProperties(OssBucketServerSideEncryption, { bucket: ref, sse_algorithm: 'AES256' });
  });

  test('logs to a log project and logstore of the stack, every log_config field set', () => {
    expect(json).toHaveResourceWithProperties(LogProject, { project_name: expect.stringMatching(/^alicloud-resize-fc-logs-[0-9a-f]{8}-\$\{data\.alicloud_account\./) });
    expect(json).toHaveResourceWithProperties(LogStore, { logstore_name: 'function-logs', retention_period: 30, auto_split: true, max_split_shard_count: 64 });
    expect(json).toHaveResourceWithProperties(Fcv3Function, { log_config: {
      project: expect.stringMatching(/^\$\{alicloud_log_project\.FunctionLogStore-alicloud_Project_[0-9A-F]+\.project_name\}$/),
      logstore: expect.stringMatching(/^\$\{alicloud_log_store\.FunctionLogStore-alicloud_Logstore_[0-9A-F]+\.logstore_name\}$/),
      log_begin_rule: 'DefaultRegex', enable_request_metrics: true, enable_instance_metrics: true,
    } });
  });

  test('buckets ignore what their split resources own, policies rotate their versions', () => {
    for (const bucket of Object.values(resourcesOf(json, 'alicloud_oss_bucket'))) {
      expect(bucket.lifecycle).toEqual({ ignore_changes: ['acl', 'server_side_encryption_rule', 'versioning'] });
    }
    const policies = Object.values(resourcesOf(json, 'alicloud_ram_policy'));
    expect(policies).toHaveLength(2);
    for (const policy of policies) expect(policy.rotate_strategy).toBe('DeleteOldestNonDefaultVersionWhenLimitExceeded');
  });

  test('triggers on uploads under source/ without multipart double-firing', () => {
    const trigger = onlyResource(json, 'alicloud_fcv3_trigger');
    expect(trigger).toMatchObject({ trigger_type: 'oss', qualifier: 'LATEST' });
    expect(JSON.parse(trigger.trigger_config)).toEqual({
      events: ['oss:ObjectCreated:CompleteMultipartUpload', 'oss:ObjectCreated:CopyObject', 'oss:ObjectCreated:PostObject', 'oss:ObjectCreated:PutObject'],
      filter: { key: { prefix: 'source/', suffix: '' } },
    });
    expect(trigger.source_arn).toMatch(/^acs:oss:ap-southeast-1:\$\{data\.alicloud_account\.[^}]+\.id\}:alicloud-resize-images-[0-9a-f]{8}-\$\{/);
    expect(trigger.invocation_role).toMatch(/^\$\{alicloud_ram_role\.Resize_TriggerRole_[0-9A-F]+\.arn\}$/);
    expect(trigger.depends_on).toEqual(expect.arrayContaining([
      expect.stringMatching(/^alicloud_ram_role_policy_attachment\.Resize_TriggerRole_Attachment/),
      expect.stringMatching(/^alicloud_fcv3_function\./),
    ]));
  });

  test('gives OSS a role that may only invoke this function', () => {
    const roles = Object.values(resourcesOf(json, 'alicloud_ram_role'));
    const ossRole = roles.find((r) => JSON.parse(r.assume_role_policy_document).Statement[0].Principal.Service[0] === 'oss.aliyuncs.com');
    expect(ossRole.role_name).toMatch(/^[a-z0-9.-]+$/);
    const policies = Object.values(resourcesOf(json, 'alicloud_ram_policy'));
    const invoke = policies.map((p) => JSON.parse(p.policy_document)).find((d) => d.Statement[0].Action[0] === 'fc:InvokeFunction');
    expect(invoke.Statement).toHaveLength(1);
    expect(invoke.Statement[0].Action).toEqual(['fc:InvokeFunction']);
    expect(invoke.Statement[0].Resource).toEqual([
      // The function's own attribute: a name changed through an escape hatch reaches the policy.
      expect.stringMatching(/^acs:fc:ap-southeast-1:\$\{data\.alicloud_account\.[^}]+\.id\}:functions\/\$\{alicloud_fcv3_function\.Resize_Function_[0-9A-F]+\.function_name\}$/),
      expect.stringMatching(/functions\/\$\{alicloud_fcv3_function\.Resize_Function_[0-9A-F]+\.function_name\}\/\*$/),
    ]);
  });

  test('lets the function read source/ and write processed/ only', () => {
    const policies = Object.values(resourcesOf(json, 'alicloud_ram_policy')).map((p) => JSON.parse(p.policy_document));
    const exec = policies.find((d) => d.Statement.some((s: any) => s.Action.includes('oss:PutObject')));
    expect(exec.Statement).toEqual([
      { Effect: 'Allow', Action: ['oss:GetObject'], Resource: [expect.stringMatching(/^acs:oss:\*:\*:alicloud-resize-images-[^/]+\/source\/\*$/)] },
      { Effect: 'Allow', Action: ['oss:GetObject', 'oss:PutObject'], Resource: [expect.stringMatching(/^acs:oss:\*:\*:alicloud-resize-images-[^/]+\/processed\/\*$/)] },
      { Effect: 'Allow', Action: ['log:PostLogStoreLogs'], Resource: [expect.stringMatching(/^acs:log:\*:\*:project\/\$\{alicloud_log_project\.[^}]+\}\/logstore\/\$\{alicloud_log_store\.[^}]+\}$/)] },
    ]);
  });

  test('hands the function exactly the trigger filters it was wired with', () => {
    const fn = onlyResource(json, 'alicloud_fcv3_function');
    const trigger = onlyResource(json, 'alicloud_fcv3_trigger');
    const config = JSON.parse(fn.environment_variables.RESIZE_CONFIG);
    const filter = JSON.parse(trigger.trigger_config).filter.key;
    expect(config.sources).toEqual([{ bucket: expect.any(String), prefix: filter.prefix, suffix: filter.suffix }]);
    expect(config.destination.prefix).toBe('processed/');
    expect(config.targets).toEqual([{ width: 128, height: 128 }]);
    // The function's own loader accepts what the construct wrote.
    expect(parseResizeConfig(fn.environment_variables.RESIZE_CONFIG)).toEqual(config);
  });

  test('retries failed asynchronous invocations', () => {
    expect(onlyResource(json, 'alicloud_fcv3_async_invoke_config')).toMatchObject({ qualifier: 'LATEST', max_async_retry_attempts: 2, max_async_event_age_in_seconds: 3600 });
  });

  test('outputs the bucket, the function and where it logs', () => {
    expect(Object.keys(JSON.parse(json).output).sort()).toEqual(['bucket_name', 'function_arn', 'function_name', 'log_project', 'logstore']);
  });

  test('pins the provider version the schema was written from', () => {
    const pins = require('../../schemas/providers.json');
    expect(JSON.parse(json).terraform.required_providers.alicloud).toEqual({ source: 'aliyun/alicloud', version: pins.alicloud.version });
  });
});
