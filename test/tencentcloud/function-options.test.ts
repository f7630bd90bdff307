import { tencentcloud } from '../../lib';
import { CosBucketObject } from '../../lib/generated/providers/tencentcloud/cos-bucket-object';
import { ScfFunction } from '../../lib/generated/providers/tencentcloud/scf-function';
import { ScfReservedConcurrencyConfig } from '../../lib/generated/providers/tencentcloud/scf-reserved-concurrency-config';
import { TencentcloudProvider } from '../../lib/generated/providers/tencentcloud/provider';
import { expectConfigError, onlyResource, resourcesOf, synthChecked, tencentStack } from '../helpers';

const { EventedBucket, ResizeFunction, ScfCodeUpload, SCF_MAX_INLINE_ZIP_BYTES, TC3_MAX_POST_BODY_BYTES, SCF_REQUEST_OVERHEAD_BYTES, base64Length, uploadsInline } = tencentcloud;
const APPID = '1250000000';

/** A stack with a bucket, and one function wired to it with `props`. */
function wired(props: tencentcloud.ResizeFunctionProps = {}) {
  const stack = tencentStack();
  const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID });
  const fn = new ResizeFunction(stack, 'Fn', { appId: APPID, ...props });
  bucket.onObjectCreated(fn, { prefix: 'in/' });
  return { stack, bucket, fn };
}

describe('tencentcloud.ResizeFunction code upload', () => {
  test('the inline threshold is the largest zip whose base64 and the request overhead fit a TC3-signed body', () => {
    expect(base64Length(SCF_MAX_INLINE_ZIP_BYTES) + SCF_REQUEST_OVERHEAD_BYTES).toBeLessThanOrEqual(TC3_MAX_POST_BODY_BYTES);
    expect(base64Length(SCF_MAX_INLINE_ZIP_BYTES + 1) + SCF_REQUEST_OVERHEAD_BYTES).toBeGreaterThan(TC3_MAX_POST_BODY_BYTES);
    expect(SCF_MAX_INLINE_ZIP_BYTES).toBe(7_450_848);
  });

  test('AUTO sends a zip inline up to the threshold and stages a larger one; INLINE refuses a larger one', () => {
    const { stack } = wired();
    expect(uploadsInline(stack, ScfCodeUpload.AUTO, SCF_MAX_INLINE_ZIP_BYTES)).toBe(true);
    expect(uploadsInline(stack, ScfCodeUpload.AUTO, SCF_MAX_INLINE_ZIP_BYTES + 1)).toBe(false);
    expect(uploadsInline(stack, ScfCodeUpload.COS, 1)).toBe(false);
    expect(uploadsInline(stack, ScfCodeUpload.INLINE, SCF_MAX_INLINE_ZIP_BYTES)).toBe(true);
    expectConfigError(() => uploadsInline(stack, ScfCodeUpload.INLINE, SCF_MAX_INLINE_ZIP_BYTES + 1), 'test',
      /would exceed the 10000000-byte limit of a TC3-signed API request/);
    expectConfigError(() => uploadsInline(stack, 'zip' as any, 1), 'test', /codeUpload "zip" is not a code upload mode/);
  });

  test('the packaged zip is checked at synth: inline by default, since it fits', () => {
    const { stack, fn } = wired();
    expect(fn.code.package.bytes).toBeLessThanOrEqual(SCF_MAX_INLINE_ZIP_BYTES);
    const f = onlyResource(synthChecked(stack), 'tencentcloud_scf_function');
    expect(f.zip_file).toBe(fn.code.path);
    expect(f.cos_bucket_name).toBeUndefined();
  });

  test('COS: the zip is an object keyed by its SHA-256 in a private code bucket of the stack, and the function reads it from there', () => {
    const { stack, fn } = wired({ codeUpload: ScfCodeUpload.COS });
    const json = synthChecked(stack);
    const buckets = resourcesOf(json, 'tencentcloud_cos_bucket');
    const [codeBucketId, codeBucket] = Object.entries<any>(buckets).find(([id]) => id.startsWith('ScfCodeBucket'))!;
    expect(codeBucket).toMatchObject({ acl: 'private', encryption_algorithm: 'AES256', bucket: expect.stringMatching(/^test-scfcodebucket-[a-z0-9-]+-1250000000$/) });
    expect(json).toHaveResourceWithProperties(CosBucketObject, {
      bucket: codeBucket.bucket,
      key: `evented-buckets/scf-code/${fn.code.package.sha256}.zip`,
      source: fn.code.path,
      acl: 'private',
      lifecycle: { create_before_destroy: true },
      depends_on: [`tencentcloud_cos_bucket.${codeBucketId}`],
    });
    const objectId = Object.keys(resourcesOf(json, 'tencentcloud_cos_bucket_object'))[0];
    expect(json).toHaveResourceWithProperties(ScfFunction, {
      // The whole <name>-<appid>: the provider drops the part after the last "-" itself (resource_tc_scf_function.go:699-707).
      cos_bucket_name: codeBucket.bucket,
      cos_object_name: `\${tencentcloud_cos_bucket_object.${objectId}.key}`,
      cos_bucket_region: 'ap-guangzhou',
    });
    const f = onlyResource(json, 'tencentcloud_scf_function');
    expect(f.zip_file).toBeUndefined();
    // SCF reads the staged zip as SCF_QcsRole: the function carries the same check as the triggers.
    expect(f.lifecycle.precondition).toEqual([expect.objectContaining({ error_message: expect.stringContaining('SCF_QcsRole') })]);
  });

  test('an inline zip needs no SCF_QcsRole for the function itself', () => {
    expect(onlyResource(synthChecked(wired().stack), 'tencentcloud_scf_function').lifecycle).toBeUndefined();
  });

  test('COS with SCF_QcsRole created in the stack: the function waits for the role and its policy', () => {
    const stack = tencentStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID });
    const triggerRole = new tencentcloud.TriggerRole(stack, 'ScfRole', { create: true });
    bucket.onObjectCreated(new ResizeFunction(stack, 'Fn', { appId: APPID, codeUpload: ScfCodeUpload.COS, triggerRole }), { prefix: 'in/' });
    expect(onlyResource(synthChecked(stack), 'tencentcloud_scf_function').depends_on).toEqual([
      expect.stringMatching(/^tencentcloud_cam_role_policy_attachment\.Fn_ExecutionRole_Attachment_/),
      expect.stringMatching(/^tencentcloud_cam_role_by_name\.ScfRole_ServiceRole_/),
      expect.stringMatching(/^tencentcloud_cam_role_policy_attachment_by_name\.ScfRole_ServiceRole_PresetPolicy_/),
    ]);
  });

  test('functions with the same zip share one object', () => {
    const stack = tencentStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID });
    bucket.onObjectCreated(new ResizeFunction(stack, 'A', { appId: APPID, codeUpload: ScfCodeUpload.COS, destinationPrefix: 'out-a/' }), { prefix: 'a/' });
    bucket.onObjectCreated(new ResizeFunction(stack, 'B', { appId: APPID, codeUpload: ScfCodeUpload.COS, destinationPrefix: 'out-b/' }), { prefix: 'b/' });
    const json = synthChecked(stack);
    expect(Object.keys(resourcesOf(json, 'tencentcloud_cos_bucket_object'))).toHaveLength(1);
    expect(Object.keys(resourcesOf(json, 'tencentcloud_cos_bucket'))).toHaveLength(2);
  });

  test('a user-supplied code bucket holds the zip outside its trigger prefixes', () => {
    const stack = tencentStack();
    const photos = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID });
    const fn = new ResizeFunction(stack, 'Fn', { appId: APPID, codeUpload: ScfCodeUpload.COS, codeBucket: photos });
    photos.onObjectCreated(fn, { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(Object.keys(resourcesOf(json, 'tencentcloud_cos_bucket'))).toHaveLength(1);
    expect(onlyResource(json, 'tencentcloud_cos_bucket_object').bucket).toBe(photos.bucketName);
  });

  test.each([
    ['a whole-bucket trigger', {}],
    ['a trigger on the code prefix', { prefix: 'evented-buckets/' }],
    ['a .zip trigger', { suffix: '.zip' }],
  ])('a code bucket with %s is rejected at synth (staging code would fire it)', (_what, filter) => {
    const stack = tencentStack();
    const code = new EventedBucket(stack, 'Code', { bucketName: 'code', appId: APPID });
    const other = new EventedBucket(stack, 'Photos', { bucketName: 'photos', appId: APPID });
    const fn = new ResizeFunction(stack, 'Fn', { appId: APPID, codeUpload: ScfCodeUpload.COS, codeBucket: code, destinationBucket: other });
    other.onObjectCreated(fn, { prefix: 'in/' });
    const watcher = new ResizeFunction(stack, 'Watcher', { appId: APPID, destinationBucket: other, destinationPrefix: 'w/' });
    code.onObjectCreated(watcher, filter);
    expectConfigError(() => synthChecked(stack), /\[test\/Code\]/, /The function code staged at evented-buckets\/scf-code\/[0-9a-f]{64}\.zip would fire notification test\/Code\/Notify-Watcher/);
  });

  test('a code bucket in another region is rejected', () => {
    const stack = tencentStack('ap-guangzhou');
    const sh = new TencentcloudProvider(stack, 'shanghai', { region: 'ap-shanghai', alias: 'shanghai' });
    const code = new EventedBucket(stack, 'Code', { bucketName: 'code', appId: APPID, provider: sh });
    expectConfigError(() => new ResizeFunction(stack, 'Fn', { appId: APPID, codeUpload: ScfCodeUpload.COS, codeBucket: code }), 'test/Fn',
      /Code bucket test\/Code is not known to be in the function's region \(ap-guangzhou\)/);
  });
});

describe('tencentcloud.ResizeFunction network and concurrency', () => {
  test('public network stays on by default, with no VPC', () => {
    const f = onlyResource(synthChecked(wired().stack), 'tencentcloud_scf_function');
    expect(f.enable_public_net).toBe(true);
    expect(f.vpc_id).toBeUndefined();
  });

  test('a VPC lets public network access be turned off', () => {
    const { stack } = wired({ vpc: { vpcId: 'vpc-abc12345', subnetId: 'subnet-def67890' }, publicNetwork: false });
    expect(synthChecked(stack)).toHaveResourceWithProperties(ScfFunction, { vpc_id: 'vpc-abc12345', subnet_id: 'subnet-def67890', enable_public_net: false });
  });

  test.each([
    ['public network off without a VPC', { publicNetwork: false }, /publicNetwork is false but the function has no VPC/],
    ['a VPC ID that is not one', { vpc: { vpcId: 'subnet-1', subnetId: 'subnet-2' } }, /vpc\.vpcId "subnet-1" is not a vpc-… ID/],
    ['a VPC without a subnet', { vpc: { vpcId: 'vpc-1' } }, /vpc\.subnetId undefined is not a subnet-… ID/],
    ['no reserved instance', { reservedConcurrency: 0 }, /reservedConcurrency 0 is invalid/],
    ['a fraction of an instance', { reservedConcurrency: 1.5 }, /reservedConcurrency 1\.5 is invalid/],
    ['more than an account can reserve', { reservedConcurrency: 113 }, /113 × 1024 MB = 115712 MB is more than an account can reserve by default \(115200 MB/],
  ])('%s is rejected', (_what, props, problem) => {
    expectConfigError(() => new ResizeFunction(tencentStack(), 'Fn', { appId: APPID, ...(props as any) }), 'test/Fn', problem);
  });

  test('reserved concurrency reserves instances × memory, and follows a replaced function', () => {
    const { stack } = wired({ reservedConcurrency: 10, memorySize: 512 });
    expect(synthChecked(stack)).toHaveResourceWithProperties(ScfReservedConcurrencyConfig, {
      function_name: expect.stringMatching(/^\$\{tencentcloud_scf_function\.Fn_Function_[0-9A-F]+\.name\}$/),
      namespace: expect.stringMatching(/^\$\{tencentcloud_scf_function\.Fn_Function_[0-9A-F]+\.namespace\}$/),
      reserved_concurrency_mem: 5120,
      lifecycle: { replace_triggered_by: [expect.stringMatching(/^tencentcloud_scf_function\.Fn_Function_[0-9A-F]+\.id$/)] },
    });
  });

  test('no reservation by default', () => {
    expect(resourcesOf(synthChecked(wired().stack), 'tencentcloud_scf_reserved_concurrency_config')).toEqual({});
  });
});
