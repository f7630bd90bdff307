import { Testing } from 'cdktf';
import { tencentcloud } from '../../lib';
import { TencentcloudAuditStack } from '../../stacks/tencentcloud-audit-stack';
import { exampleStackChecks, onlyConstruct, onlyResource, resourcesOf } from '../helpers';

describe('TencentcloudAuditStack (the example)', () => {
  const stack = new TencentcloudAuditStack(Testing.app(), 'tencentcloud-audit');
  const json = Testing.synth(stack, true);

  exampleStackChecks(json, stack);

  test('runs the audit handler, bundled alone, as index.main_handler with the audit target in its environment', () => {
    const audit = onlyConstruct(stack, tencentcloud.NodejsFunction);
    expect(audit.code.package.packages).toEqual([]);
    expect(onlyResource(json, 'tencentcloud_scf_function')).toMatchObject({
      handler: 'index.main_handler', runtime: 'Nodejs18.15', zip_file: audit.code.path,
      environment: { AUDIT_BUCKET: expect.stringMatching(/^tencentcloud-audit-uploads-[0-9a-f]{8}-\$\{data\.tencentcloud_user_info\.[^}]+\.app_id\}$/), AUDIT_PREFIX: 'audit/' },
    });
  });

  test('is invoked by removals under uploads/ only', () => {
    expect(onlyResource(json, 'tencentcloud_scf_trigger').trigger_desc).toBe('{"event":"cos:ObjectRemove:*","filter":{"Prefix":"uploads/"}}');
  });

  test('may write audit/ and nothing else: no read, no delete, no list', () => {
    const doc = JSON.parse(onlyResource(json, 'tencentcloud_cam_policy').document);
    expect(doc.statement).toEqual([{
      effect: 'allow',
      action: tencentcloud.COS_ACTIONS.write,
      resource: [expect.stringMatching(/^qcs::cos:ap-guangzhou:uid\/\$\{[^}]+\}:tencentcloud-audit-uploads-[0-9a-f]{8}-\$\{[^}]+\}\/audit\/\*$/)],
    }]);
    expect(Object.keys(resourcesOf(json, 'tencentcloud_cam_role_policy_attachment'))).toHaveLength(1);
  });
});
