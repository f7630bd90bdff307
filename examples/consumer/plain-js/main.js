// A plain CommonJS app: no TypeScript, no ts-node. `node plain-js/main.js` writes cdktf.out/stacks/plain-photos.
const { App, TerraformStack } = require("cdktf");
const { alicloud } = require("evented-buckets");

const app = new App();
const stack = new TerraformStack(app, "plain-photos");
new alicloud.AlicloudProvider(stack, "alicloud", { region: "ap-southeast-1" });
const photos = new alicloud.EventedBucket(stack, "Photos");
const thumbs = new alicloud.ResizeFunction(stack, "Thumbs", { destinationPrefix: "processed/" });
photos.onObjectCreated(thumbs, { prefix: "source/" });
app.synth();
