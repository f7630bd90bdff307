import { Testing } from 'cdktf';
import { parseResizeConfig } from '../../functions/resize/src/config-loader';
import { alicloud } from '../../lib';
import { AlicloudResizeStack } from '../../stacks/alicloud-resize-stack';
import { OssBucketAcl } from '../../lib/generated/providers/alicloud/oss-bucket-acl';
import { OssBucketPublicAccessBlock } from '../../lib/generated/providers/alicloud/oss-bucket-public-access-block';
import { OssBucketServerSideEncryption } from '../../lib/generated/providers/alicloud/oss-bucket-server-side-encryption';
import { exampleStackChecks, onlyResource, resourcesOf } from '../helpers';

describe('AlicloudResizeStack (the example)', () => {
  const stack = new AlicloudResizeStack(Testing.app(), 'alicloud-resize');
  const json = Testing.synth(stack, true);

  exampleStackChecks(json, stack);

  test('creates a private, encrypted bucket with public access blocked', () => {
    expect(json).toHaveResourceWithProperties(OssBucketAcl, { acl: 'private' });
    expect(json).toHaveResourceWithProperties(OssBucketPublicAccessBlock, { block_public_access: true });
    expect(json).toHaveResourceWithProperties(OssBucketServerSideEncryption, { sse_algorithm: 'AES256' });
    expect(onlyResource(json, 'alicloud_oss_bucket').acl).toBeUndefined(); // deprecated argument not used
  });

  test('runs nodejs20 with sizing for 12 MP photos and the packaged zip', () => {
    const fn = onlyResource(json, 'alicloud_fcv3_function');
    expect(fn).toMatchObject({ runtime: 'nodejs20', handler: 'index.handler', memory_size: 1024, cpu: 1, timeout: 60 });
    expect(fn.code.zip_file).toMatch(/^\$\{filebase64\("assets\/Resize_Code_Zip_[0-9A-F]+\/[0-9A-F]{32}\/code\.zip"\)\}$/);
    // The asset is named by the zip's content hash: new code, new path, new deployment.
    const resize = stack.node.findAll().find((c): c is alicloud.ResizeFunction => c instanceof alicloud.ResizeFunction)!;
    expect(fn.code.zip_file).toContain(`/${resize.code.package.sha256.slice(0, 32).toUpperCase()}/`);
    expect(fn.depends_on).toEqual([expect.stringMatching(/^alicloud_ram_role_policy_attachment\.Resize_ExecutionRole_Attachment/)]);
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
      expect.stringMatching(/^acs:fc:ap-southeast-1:\$\{data\.alicloud_account\.[^}]+\.id\}:functions\/alicloud-resize-resize-[0-9a-f]{8}$/),
      expect.stringMatching(/functions\/alicloud-resize-resize-[0-9a-f]{8}\/\*$/),
    ]);
  });

  test('lets the function read source/ and write processed/ only', () => {
    const policies = Object.values(resourcesOf(json, 'alicloud_ram_policy')).map((p) => JSON.parse(p.policy_document));
    const exec = policies.find((d) => d.Statement.some((s: any) => s.Action.includes('oss:PutObject')));
    expect(exec.Statement).toEqual([
      { Effect: 'Allow', Action: ['oss:GetObject'], Resource: [expect.stringMatching(/^acs:oss:\*:\*:alicloud-resize-images-[^/]+\/source\/\*$/)] },
      { Effect: 'Allow', Action: ['oss:GetObject', 'oss:PutObject'], Resource: [expect.stringMatching(/^acs:oss:\*:\*:alicloud-resize-images-[^/]+\/processed\/\*$/)] },
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

  test('outputs the bucket and function', () => {
    expect(Object.keys(JSON.parse(json).output).sort()).toEqual(['bucket_name', 'function_arn', 'function_name']);
  });

  test('pins the provider version the schema was written from', () => {
    const pins = require('../../schemas/providers.json');
    expect(JSON.parse(json).terraform.required_providers.alicloud).toEqual({ source: 'aliyun/alicloud', version: pins.alicloud.version });
  });
});
