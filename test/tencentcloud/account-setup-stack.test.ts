import { Testing } from 'cdktf';
import { TencentcloudAccountSetupStack } from '../../stacks/tencentcloud-account-setup-stack';
import { exampleStackChecks, onlyResource } from '../helpers';

describe('TencentcloudAccountSetupStack (the example)', () => {
  const json = Testing.synth(new TencentcloudAccountSetupStack(Testing.app(), 'tencentcloud-account-setup'), true);

  exampleStackChecks(json);

  test('creates SCF_QcsRole with its preset policy, both protected from destroy', () => {
    const role = onlyResource(json, 'tencentcloud_cam_role_by_name');
    expect(role).toMatchObject({ name: 'SCF_QcsRole', console_login: false, lifecycle: { prevent_destroy: true } });
    expect(JSON.parse(role.document).statement[0].principal.service).toEqual(['scf.qcloud.com']);
    expect(onlyResource(json, 'tencentcloud_cam_role_policy_attachment_by_name')).toMatchObject({
      role_name: expect.stringMatching(/^\$\{tencentcloud_cam_role_by_name\.ScfServiceRole_[0-9A-F]+\.name\}$/),
      policy_name: 'QcloudAccessForScfRole',
      lifecycle: { prevent_destroy: true },
    });
    expect(JSON.parse(json).import).toBeUndefined();
  });

  test('adopts the console-created role by name instead, with import blocks', () => {
    const adopted = JSON.parse(Testing.synth(new TencentcloudAccountSetupStack(Testing.app(), 'setup', { adoptExisting: true }), true));
    expect(adopted.import).toEqual([
      expect.objectContaining({ id: 'SCF_QcsRole', to: expect.stringMatching(/^tencentcloud_cam_role_by_name\.ScfServiceRole_[0-9A-F]+$/) }),
      expect.objectContaining({ id: 'SCF_QcsRole#QcloudAccessForScfRole', to: expect.stringMatching(/^tencentcloud_cam_role_policy_attachment_by_name\./) }),
    ]);
  });
});
