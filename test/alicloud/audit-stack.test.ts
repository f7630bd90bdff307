import { Testing } from 'cdktf';
import { AlicloudAuditStack } from '../../stacks/alicloud-audit-stack';
import { exampleStackChecks, onlyResource, resourcesOf } from '../helpers';

describe('AlicloudAuditStack (the example)', () => {
  const stack = new AlicloudAuditStack(Testing.app(), 'alicloud-audit');
  const json = Testing.synth(stack, true);

  exampleStackChecks(json, stack);

  test('triggers on removals under uploads/ only', () => {
    expect(JSON.parse(onlyResource(json, 'alicloud_fcv3_trigger').trigger_config)).toEqual({
      events: ['oss:ObjectRemoved:DeleteObject', 'oss:ObjectRemoved:DeleteObjects'],
      filter: { key: { prefix: 'uploads/', suffix: '' } },
    });
  });

  test('the function may write audit/ and its logs, nothing else', () => {
    const policy = Object.entries(resourcesOf(json, 'alicloud_ram_policy')).find(([name]) => name.startsWith('Audit_ExecutionRole_'))![1];
    expect(JSON.parse(policy.policy_document).Statement).toEqual([
      { Effect: 'Allow', Action: ['oss:PutObject'], Resource: [expect.stringMatching(/^acs:oss:\*:\*:alicloud-audit-uploads-[0-9a-f]{8}-\$\{data\.alicloud_account\.[^}]+\.id\}\/audit\/\*$/)] },
      { Effect: 'Allow', Action: ['log:PostLogStoreLogs'], Resource: [expect.stringMatching(/^acs:log:\*:\*:project\/\$\{alicloud_log_project\.[^}]+\}\/logstore\/\$\{alicloud_log_store\.[^}]+\}$/)] },
    ]);
  });

  test('runs the bundled audit handler alone: no node_modules shipped', () => {
    expect(onlyResource(json, 'alicloud_fcv3_function')).toMatchObject({ handler: 'index.handler', runtime: 'nodejs20', timeout: 30 });
  });
});
