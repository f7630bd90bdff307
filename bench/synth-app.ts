/**
 * One synth measured by bench/synth.ts: `node -r tsx/cjs bench/synth-app.ts <cloud> <functions> <outdir>`.
 * `<cloud>` is alicloud, tencentcloud, ibm (Cloud Functions, the IBM path that ships a zip) or floor (one
 * provider and one bucket, no function: what cdktf itself costs). Each function has its own bucket, as a company
 * stack with many buckets would. Prints one JSON line: peak RSS and CPU time of this process.
 */
import { App, TerraformStack } from 'cdktf';
import { alicloud, ibm, tencentcloud } from '../lib';
import { AlicloudProvider } from '../lib/generated/providers/alicloud/provider';
import { OssBucket } from '../lib/generated/providers/alicloud/oss-bucket';

const [cloud, count, outdir] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const app = new App({ outdir });
const stack = new TerraformStack(app, `${cloud}-${count}`);
const sizes = [{ width: 128, height: 128 }];

switch (cloud) {
  case 'floor':
    new AlicloudProvider(stack, 'alicloud', { region: 'ap-southeast-1' });
    new OssBucket(stack, 'Bucket', { bucket: 'floor-bucket' });
    break;
  case 'alicloud':
    new AlicloudProvider(stack, 'alicloud', { region: 'ap-southeast-1' });
    for (let i = 0; i < count; i++) {
      const bucket = new alicloud.EventedBucket(stack, `Images${i}`, { bucketName: `bench-images-${i}` });
      bucket.onObjectCreated(new alicloud.ResizeFunction(stack, `Resize${i}`, { destinationPrefix: 'processed/', sizes }), { prefix: 'source/' });
    }
    break;
  case 'tencentcloud': {
    new tencentcloud.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const triggerRole = new tencentcloud.TriggerRole(stack, 'ScfServiceRole', { create: false });
    for (let i = 0; i < count; i++) {
      const bucket = new tencentcloud.EventedBucket(stack, `Images${i}`, { bucketName: `bench-images-${i}`, appId: '1250000000' });
      bucket.onObjectCreated(new tencentcloud.ResizeFunction(stack, `Resize${i}`, { appId: '1250000000', destinationPrefix: 'processed/', sizes, triggerRole }), { prefix: 'source/' });
    }
    break;
  }
  case 'ibm':
    new ibm.IbmProvider(stack, 'ibm', { region: 'us-south' });
    for (let i = 0; i < count; i++) {
      const bucket = new ibm.EventedBucket(stack, `Images${i}`, { bucketName: `bench-images-${i}` });
      bucket.onObjectCreated(new ibm.CloudFunctionsResizeFunction(stack, `Resize${i}`, { destinationPrefix: 'processed/', sizes }), { prefix: 'source/' });
    }
    break;
  default:
    throw new Error(`Unknown cloud ${cloud}: alicloud, tencentcloud, ibm or floor`);
}
app.synth();
const usage = process.resourceUsage();
process.stdout.write(`${JSON.stringify({ peakRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
