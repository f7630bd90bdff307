import { Testing } from 'cdktf';
import { parseResizeConfig } from '../../functions/resize/src/config-loader';
import { tencentcloud } from '../../lib';
import { CosBucketObject } from '../../lib/generated/providers/tencentcloud/cos-bucket-object';
import { ScfReservedConcurrencyConfig } from '../../lib/generated/providers/tencentcloud/scf-reserved-concurrency-config';
import { ScfFunctionEventInvokeConfig } from '../../lib/generated/providers/tencentcloud/scf-function-event-invoke-config';
import { ScfTrigger } from '../../lib/generated/providers/tencentcloud/scf-trigger';
import { TencentcloudResizeStack } from '../../stacks/tencentcloud-resize-stack';
import { exampleStackChecks, onlyConstruct, onlyResource, resourcesOf } from '../helpers';

describe('TencentcloudResizeStack (the example)', () => {
  const stack = new TencentcloudResizeStack(Testing.app(), 'tencentcloud-resize');
  const json = Testing.synth(stack, true);

  exampleStackChecks(json, stack);

  test('creates a private, encrypted bucket named <name>-<appid>', () => {
    expect(onlyResource(json, 'tencentcloud_cos_bucket')).toMatchObject({
      acl: 'private', encryption_algorithm: 'AES256',
      bucket: expect.stringMatching(/^tencentcloud-resize-images-[0-9a-f]{8}-\$\{data\.tencentcloud_user_info\.[^}]+\.app_id\}$/),
    });
  });

  test('runs Node.js 18.15 with the main_handler entry, public network, and a content-hashed zip path', () => {
    const fn = onlyResource(json, 'tencentcloud_scf_function');
    expect(fn).toMatchObject({ runtime: 'Nodejs18.15', handler: 'index.main_handler', mem_size: 1024, timeout: 60, enable_public_net: true, namespace: 'default' });
    const resize = onlyConstruct(stack, tencentcloud.ResizeFunction);
    expect(fn.zip_file).toBe(`assets/FunctionZip${resize.code.package.sha256.slice(0, 12).toUpperCase()}/${resize.code.package.sha256.slice(0, 32).toUpperCase()}/code.zip`);
    expect(resize.code.package.packages.map((p) => p.name)).toContain('@img/sharp-wasm32');
    expect(resize.code.package.packages.map((p) => p.name)).not.toContain('@img/sharp-linux-x64');
    // The role resource's name attribute, so a rename of the role (escape hatch included) reaches the function.
    expect(fn.role).toMatch(/^\$\{tencentcloud_cam_role\.Resize_ExecutionRole_[0-9A-F]+\.name\}$/);
    expect(onlyResource(json, 'tencentcloud_cam_role').name).toMatch(/^resize-exec-[0-9a-f]{8}$/);
  });

  test('wires one COS trigger named after the bucket, with a compact, sorted trigger_desc', () => {
    expect(json).toHaveResourceWithProperties(ScfTrigger, {
      type: 'cos',
      enable: 'OPEN',
      qualifier: '$LATEST',
      trigger_desc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"source/"}}',
      trigger_name: expect.stringMatching(/^\$\{tencentcloud_cos_bucket\.Images_Bucket_[0-9A-F]+\.bucket\}\.cos\.ap-guangzhou\.myqcloud\.com$/),
    });
  });

  test('replaces the trigger with the bucket or the function it binds (plain references, valid in replace_triggered_by)', () => {
    expect(json).toHaveResourceWithProperties(ScfTrigger, {
      lifecycle: expect.objectContaining({
        replace_triggered_by: [
          expect.stringMatching(/^tencentcloud_cos_bucket\.Images_Bucket_[0-9A-F]+\.id$/),
          expect.stringMatching(/^tencentcloud_scf_function\.Resize_Function_[0-9A-F]+\.id$/),
        ],
      }),
    });
  });

  test('replaces the retry config with the function and when the retry count changes; ignores the read-back retry list', () => {
    expect(json).toHaveResourceWithProperties(ScfFunctionEventInvokeConfig, {
      function_name: expect.stringMatching(/^\$\{tencentcloud_scf_function\.Resize_Function_[0-9A-F]+\.name\}$/),
      namespace: expect.stringMatching(/^\$\{tencentcloud_scf_function\.Resize_Function_[0-9A-F]+\.namespace\}$/),
      lifecycle: {
        ignore_changes: ['async_trigger_config[0].retry_config'],
        replace_triggered_by: [
          expect.stringMatching(/^tencentcloud_scf_function\.Resize_Function_[0-9A-F]+\.id$/),
          expect.stringMatching(/^terraform_data\.Resize_RetryPolicy_[0-9A-F]+$/),
        ],
      },
    });
    expect(Object.values(resourcesOf(json, 'terraform_data'))).toEqual([{ input: { retry_num: 2 } }]);
  });

  test('checks at plan time that SCF_QcsRole exists', () => {
    const trigger = onlyResource(json, 'tencentcloud_scf_trigger');
    expect(Object.values(JSON.parse(json).data.tencentcloud_cam_roles)).toEqual([{ name: 'SCF_QcsRole' }]);
    expect(trigger.lifecycle.precondition).toEqual([{
      condition: expect.stringMatching(/^\$\{\(length\(data\.tencentcloud_cam_roles\.ScfServiceRole_Existing_[0-9A-F]+\.role_list\) >= 1\)\}$/),
      error_message: expect.stringContaining('SCF_QcsRole'),
    }]);
  });

  test('lets the function read source/ (and head its outputs) and write processed/ only', () => {
    const doc = JSON.parse(onlyResource(json, 'tencentcloud_cam_policy').document);
    const objects = (prefix: string) => expect.stringMatching(new RegExp(`^qcs::cos:ap-guangzhou:uid/\\$\\{[^}]+\\}:tencentcloud-resize-images-[0-9a-f]{8}-\\$\\{[^}]+\\}/${prefix}\\*$`));
    expect(doc.statement).toEqual([
      { effect: 'allow', action: tencentcloud.COS_ACTIONS.read, resource: [objects('processed/'), objects('source/')] },
      { effect: 'allow', action: tencentcloud.COS_ACTIONS.write, resource: [objects('processed/')] },
    ]);
    expect(JSON.parse(onlyResource(json, 'tencentcloud_cam_role').document).statement[0].principal.service).toEqual(['scf.qcloud.com']);
  });

  test('triggers name the function by its attributes, so a rename reaches them', () => {
    expect(onlyResource(json, 'tencentcloud_scf_trigger')).toMatchObject({
      function_name: expect.stringMatching(/^\$\{tencentcloud_scf_function\.Resize_Function_[0-9A-F]+\.name\}$/),
      namespace: expect.stringMatching(/^\$\{tencentcloud_scf_function\.Resize_Function_[0-9A-F]+\.namespace\}$/),
    });
  });

  test('configures retries and hands the function the trigger filter', () => {
    expect(onlyResource(json, 'tencentcloud_scf_function_event_invoke_config').async_trigger_config).toEqual({ msg_ttl: 21600, retry_config: [{ retry_num: 2 }] });
    const config = parseResizeConfig(onlyResource(json, 'tencentcloud_scf_function').environment.RESIZE_CONFIG);
    expect(config.sources).toEqual([{ bucket: expect.any(String), prefix: 'source/', suffix: '' }]);
    expect(config.destination.prefix).toBe('processed/');
  });

  test('reserves 10 instances of concurrency for the function', () => {
    expect(json).toHaveResourceWithProperties(ScfReservedConcurrencyConfig, { reserved_concurrency_mem: 10 * 1024 });
  });

  test('stages the zip in a private COS code bucket when asked', () => {
    const staged = Testing.synth(new TencentcloudResizeStack(Testing.app(), 'tencentcloud-resize', { codeUpload: tencentcloud.ScfCodeUpload.COS }), true);
    expect(staged).toConformToProviderSchemas();
    expect(staged).toHaveResourceWithProperties(CosBucketObject, { key: expect.stringMatching(/^evented-buckets\/scf-code\/[0-9a-f]{64}\.zip$/), acl: 'private' });
    expect(onlyResource(staged, 'tencentcloud_scf_function')).toMatchObject({ cos_bucket_region: 'ap-guangzhou', cos_object_name: expect.stringMatching(/^\$\{tencentcloud_cos_bucket_object\./) });
    expect(Object.keys(resourcesOf(staged, 'tencentcloud_cos_bucket'))).toHaveLength(2);
  });

  test('pins the provider version the schema was written from', () => {
    const pins = require('../../schemas/providers.json');
    expect(JSON.parse(json).terraform.required_providers.tencentcloud).toEqual({ source: 'tencentcloudstack/tencentcloud', version: pins.tencentcloud.version });
  });
});
