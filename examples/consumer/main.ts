import { App } from "cdktf";
import { AlicloudMediaStack, IbmMediaStack, TencentMediaStack } from "./company";
import { NamingConvention } from "./naming";

const env = process.env;
const naming: NamingConvention = { company: env.COMPANY ?? "acme", environment: env.ENVIRONMENT ?? "dev" };

const app = new App();
const ossState = {
  bucket: env.ALICLOUD_STATE_BUCKET ?? `${naming.company}-terraform-state`,
  region: env.ALICLOUD_STATE_REGION ?? "cn-hangzhou",
  tablestoreEndpoint: env.ALICLOUD_STATE_TABLESTORE_ENDPOINT ?? `https://${naming.company}-tf.cn-hangzhou.ots.aliyuncs.com`,
  tablestoreTable: env.ALICLOUD_STATE_TABLESTORE_TABLE ?? "terraform_locks",
};
new AlicloudMediaStack(app, "media-hangzhou", {
  naming,
  region: "cn-hangzhou",
  state: ossState,
  legacyBucketName: env.LEGACY_BUCKET_NAME,
});
new AlicloudMediaStack(app, "media-singapore", { naming, region: "ap-southeast-1", state: ossState });
new TencentMediaStack(app, "media-guangzhou", {
  naming,
  region: "ap-guangzhou",
  appId: env.TENCENTCLOUD_APPID,
  state: {
    bucket: env.TENCENTCLOUD_STATE_BUCKET ?? `${naming.company}-terraform-state-1250000000`,
    region: env.TENCENTCLOUD_STATE_REGION ?? "ap-guangzhou",
  },
});
new IbmMediaStack(app, "media-dallas", {
  naming,
  region: "us-south",
  imageReference: env.IBM_RESIZE_IMAGE ?? `us.icr.io/${naming.company}/resize:1.0.0`,
  state: {
    bucket: env.IBM_STATE_BUCKET ?? `${naming.company}-terraform-state`,
    region: env.IBM_STATE_REGION ?? "us-south",
  },
});
app.synth();
