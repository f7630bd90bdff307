/** The example app: `npx cdktf synth` writes one stack per example to cdktf.out/stacks/. */
import { App } from 'cdktf';
import { AlicloudResizeStack } from './alicloud-resize-stack';

const app = new App();
new AlicloudResizeStack(app, 'alicloud-resize', {
  region: process.env.ALICLOUD_REGION,
  bucketName: process.env.RESIZE_BUCKET_NAME,
});
app.synth();
