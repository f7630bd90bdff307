/** The example app: `npx cdktf synth` writes one stack per example to cdktf.out/stacks/. */
import { App } from 'cdktf';
import { AlicloudResizeStack } from './alicloud-resize-stack';
import { TencentcloudResizeStack } from './tencentcloud-resize-stack';

const app = new App();
new AlicloudResizeStack(app, 'alicloud-resize', {
  region: process.env.ALICLOUD_REGION,
  bucketName: process.env.RESIZE_BUCKET_NAME,
});
new TencentcloudResizeStack(app, 'tencentcloud-resize', {
  region: process.env.TENCENTCLOUD_REGION,
  appId: process.env.TENCENTCLOUD_APPID,
  bucketName: process.env.RESIZE_COS_BUCKET_NAME,
  createScfServiceRole: process.env.CREATE_SCF_QCSROLE === 'true',
});
app.synth();
