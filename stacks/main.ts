/** The example app: `npx cdktf synth` writes one stack per example to cdktf.out/stacks/. */
import { App } from 'cdktf';
import { AlicloudAuditStack } from './alicloud-audit-stack';
import { AlicloudResizeStack } from './alicloud-resize-stack';
import { IbmAuditStack } from './ibm-audit-stack';
import { IbmFunctionsResizeStack } from './ibm-functions-resize-stack';
import { IbmResizeStack } from './ibm-resize-stack';
import { TencentcloudAccountSetupStack } from './tencentcloud-account-setup-stack';
import { TencentcloudAuditStack } from './tencentcloud-audit-stack';
import { TencentcloudResizeStack } from './tencentcloud-resize-stack';

const app = new App();
new AlicloudResizeStack(app, 'alicloud-resize', {
  region: process.env.ALICLOUD_REGION,
  bucketName: process.env.RESIZE_BUCKET_NAME,
});
new AlicloudAuditStack(app, 'alicloud-audit', { region: process.env.ALICLOUD_REGION, bucketName: process.env.AUDIT_BUCKET_NAME });
new TencentcloudResizeStack(app, 'tencentcloud-resize', {
  region: process.env.TENCENTCLOUD_REGION,
  appId: process.env.TENCENTCLOUD_APPID,
  bucketName: process.env.RESIZE_COS_BUCKET_NAME,
});
new TencentcloudAuditStack(app, 'tencentcloud-audit', { region: process.env.TENCENTCLOUD_REGION, appId: process.env.TENCENTCLOUD_APPID, bucketName: process.env.AUDIT_COS_BUCKET_NAME });
// Once per account, before the resize stack: the account-wide SCF_QcsRole (docs/tencentcloud.md).
new TencentcloudAccountSetupStack(app, 'tencentcloud-account-setup', { adoptExisting: process.env.ADOPT_SCF_QCSROLE === 'true' });
new IbmResizeStack(app, 'ibm-resize', {
  region: process.env.IBM_REGION,
  imageReference: process.env.IBM_RESIZE_IMAGE,
  publicImage: process.env.IBM_RESIZE_IMAGE_PUBLIC === 'true',
  bucketName: process.env.RESIZE_IBM_BUCKET_NAME,
});
// IBM ended Cloud Functions in October 2024: this stack synthesizes (with a warning) but cannot be deployed.
new IbmFunctionsResizeStack(app, 'ibm-functions-resize', { region: process.env.IBM_REGION });
new IbmAuditStack(app, 'ibm-audit', { region: process.env.IBM_REGION, imageRepository: process.env.IBM_AUDIT_IMAGE_REPOSITORY, bucketName: process.env.AUDIT_IBM_BUCKET_NAME });
app.synth();
