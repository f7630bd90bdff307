import { Testing } from 'cdktf';
import { parseResizeConfig } from '../../functions/resize/src/config-loader';
import { tencentcloud } from '../../lib';
import { ScfTrigger } from '../../lib/generated/providers/tencentcloud/scf-trigger';
import { TencentcloudResizeStack } from '../../stacks/tencentcloud-resize-stack';
import { exampleStackChecks, onlyResource } from '../helpers';

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
    const resize = stack.node.findAll().find((c): c is tencentcloud.ResizeFunction => c instanceof tencentcloud.ResizeFunction)!;
    expect(fn.zip_file).toBe(`assets/Resize_Code_Zip_99F2E367/${resize.code.package.sha256.slice(0, 32).toUpperCase()}/code.zip`);
    expect(resize.code.package.packages.map((p) => p.name)).toContain('@img/sharp-wasm32');
    expect(resize.code.package.packages.map((p) => p.name)).not.toContain('@img/sharp-linux-x64');
    expect(fn.role).toMatch(/^resize-exec-[0-9a-f]{8}$/);
  });

  test('wires one COS trigger named after the bucket, with a compact, sorted trigger_desc', () => {
    expect(json).toHaveResourceWithProperties(ScfTrigger, {
      type: 'cos',
      enable: 'OPEN',
      qualifier: '$LATEST',
      trigger_desc: '{"event":"cos:ObjectCreated:*","filter":{"Prefix":"source/"}}',
      trigger_name: expect.stringMatching(/^\$\{tencentcloud_cos_bucket\.Images_Bucket_[0-9A-F]+\.cos_bucket_url\}$/),
    });
  });

  test('checks at plan time that SCF_QcsRole exists', () => {
    const trigger = onlyResource(json, 'tencentcloud_scf_trigger');
    expect(Object.values(JSON.parse(json).data.tencentcloud_cam_roles)).toEqual([{ name: 'SCF_QcsRole' }]);
    expect(trigger.lifecycle.precondition).toEqual([{
      condition: expect.stringMatching(/^\$\{\(length\(data\.tencentcloud_cam_roles\.ScfServiceRole_Existing_[0-9A-F]+\.role_list\) >= 1\)\}$/),
      error_message: expect.stringContaining('SCF_QcsRole'),
    }]);
  });

  test('lets the function read source/ and write processed/ only', () => {
    const doc = JSON.parse(onlyResource(json, 'tencentcloud_cam_policy').document);
    expect(doc.statement).toEqual([
      { effect: 'allow', action: ['name/cos:GetObject'], resource: [expect.stringMatching(/^qcs::cos:ap-guangzhou:uid\/\$\{[^}]+\}:tencentcloud-resize-images-[0-9a-f]{8}-\$\{[^}]+\}\/source\/\*$/)] },
      { effect: 'allow', action: ['name/cos:HeadObject', 'name/cos:PutObject'], resource: [expect.stringMatching(/\/processed\/\*$/)] },
    ]);
    expect(JSON.parse(onlyResource(json, 'tencentcloud_cam_role').document).statement[0].principal.service).toEqual(['scf.qcloud.com']);
  });

  test('configures retries and hands the function the trigger filter', () => {
    expect(onlyResource(json, 'tencentcloud_scf_function_event_invoke_config').async_trigger_config).toEqual({ msg_ttl: 21600, retry_config: [{ retry_num: 2 }] });
    const config = parseResizeConfig(onlyResource(json, 'tencentcloud_scf_function').environment.RESIZE_CONFIG);
    expect(config.sources).toEqual([{ bucket: expect.any(String), prefix: 'source/', suffix: '' }]);
    expect(config.destination.prefix).toBe('processed/');
  });

  test('pins the provider version the schema was written from', () => {
    const pins = require('../../schemas/providers.json');
    expect(JSON.parse(json).terraform.required_providers.tencentcloud).toEqual({ source: 'tencentcloudstack/tencentcloud', version: pins.tencentcloud.version });
  });
});
