/**
 * One synth measured by bench/synth.ts: `node -r tsx/cjs bench/synth-app.ts <cloud> <functions> <outdir>` (or its
 * compiled copy under plain node, with `BENCH_LIBRARY_ROOT` pointing at the compiled library).
 * `<cloud>` is alicloud, tencentcloud, ibm (Cloud Functions, the IBM path that ships a zip: Code Engine runs an image)
 * or floor (one provider and one bucket, no function: what cdktf itself costs). Each function has its own bucket, as a
 * company stack with many buckets would. `<cloud>-fan-in` is the other shape: one function on `<functions>` buckets
 * (the count is then the number of buckets). Prints one JSON line: peak RSS and CPU time of this process.
 */
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import type * as Library from '../lib';
import type * as AlicloudClasses from '../lib/providers/alicloud';

// The library from its sources (under tsx), or the compiled package's (`bench:synth -- --compiled`, plain node).
const root = process.env.BENCH_LIBRARY_ROOT ?? path.join(__dirname, '..', 'lib');
const { alicloud, ibm, tencentcloud }: typeof Library = require(root);
const { AlicloudProvider, OssBucket }: typeof AlicloudClasses = require(path.join(root, 'providers', 'alicloud'));

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
  case 'alicloud-fan-in': {
    new AlicloudProvider(stack, 'alicloud', { region: 'ap-southeast-1' });
    const thumbnails = new alicloud.EventedBucket(stack, 'Thumbnails', { bucketName: 'bench-thumbnails' });
    const fn = new alicloud.ResizeFunction(stack, 'Resize', { destinationBucket: thumbnails, destinationPrefix: 'processed/', sizes });
    for (let i = 0; i < count; i++) new alicloud.EventedBucket(stack, `Images${i}`, { bucketName: `bench-images-${i}` }).onObjectCreated(fn, { prefix: 'source/' });
    break;
  }
  case 'tencentcloud-fan-in': {
    new tencentcloud.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const triggerRole = new tencentcloud.TriggerRole(stack, 'ScfServiceRole', { create: false });
    const thumbnails = new tencentcloud.EventedBucket(stack, 'Thumbnails', { bucketName: 'bench-thumbnails', appId: '1250000000' });
    const fn = new tencentcloud.ResizeFunction(stack, 'Resize', { appId: '1250000000', destinationBucket: thumbnails, destinationPrefix: 'processed/', sizes, triggerRole });
    for (let i = 0; i < count; i++) {
      new tencentcloud.EventedBucket(stack, `Images${i}`, { bucketName: `bench-images-${i}`, appId: '1250000000' }).onObjectCreated(fn, { prefix: 'source/' });
    }
    break;
  }
  case 'ibm-fan-in': {
    new ibm.IbmProvider(stack, 'ibm', { region: 'us-south' });
    // One Cloud Functions action reaches one COS instance (its HMAC keys are per instance).
    const cosInstance = new ibm.CosInstance(stack, 'Cos');
    const thumbnails = new ibm.EventedBucket(stack, 'Thumbnails', { bucketName: 'bench-thumbnails', cosInstance });
    const fn = new ibm.CloudFunctionsResizeFunction(stack, 'Resize', { destinationBucket: thumbnails, destinationPrefix: 'processed/', sizes });
    for (let i = 0; i < count; i++) new ibm.EventedBucket(stack, `Images${i}`, { bucketName: `bench-images-${i}`, cosInstance }).onObjectCreated(fn, { prefix: 'source/' });
    break;
  }
  default:
    throw new Error(`Unknown cloud ${cloud}: alicloud, tencentcloud, ibm (each also as <cloud>-fan-in) or floor`);
}
app.synth();
const usage = process.resourceUsage();
process.stdout.write(`${JSON.stringify({ peakRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
