import { Lazy, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { Construct } from 'constructs';
import { parseResizeConfig } from '../../functions/resize/src/config-loader';
import { alicloud, ibm, tencentcloud } from '../../lib';
import { asciiJson, checkEnvironmentSize, EnvironmentRules } from '../../lib/core/environment';
import { ConfigurationError } from '../../lib/core/errors';
import { requireHandlerOfCloud } from '../../lib/core/handler-cloud';
import { renderTokens } from '../../lib/core/tokens';
import { DataAlicloudAccount } from '../../lib/generated/providers/alicloud/data-alicloud-account';
import { OssBucket } from '../../lib/generated/providers/alicloud/oss-bucket';
import { alicloudStack, expectConfigError, tencentStack } from '../helpers';
import { ibmStack } from '../ibm/helpers';

const RULES: EnvironmentRules = { service: 'Function Compute', maxBytes: 4096 };

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('messages render unresolved values as what they stand for', () => {
  test('a resource attribute, a data source attribute and a Terraform variable', () => {
    const stack = alicloudStack();
    const bucket = new OssBucket(stack, 'Raw', { bucket: 'raw-bucket-test' });
    const account = new DataAlicloudAccount(stack, 'Account');
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    const error = new ConfigurationError(stack, `Bucket ${JSON.stringify(bucket.bucket)} of ${account.id} in ${region.stringValue}.`, `rename ${bucket.bucket}.`);
    expect(error.message).toBe('[test] Bucket the bucket of test/Raw of <the id of data source test/Account> in <Terraform variable region (test/region)>. Fix: rename <the bucket of test/Raw>.');
    expect(error.message).not.toMatch(/TfToken/);
  });

  test('a lazy value is shown as its value, a number token as what it stands for', () => {
    const stack = alicloudStack();
    const count = new TerraformVariable(stack, 'count', { type: 'number' });
    const text = renderTokens(stack, `${Lazy.stringValue({ produce: () => 'abc' })} x${Token.asNumber(count.value)}`);
    expect(text).toBe('<"abc"> x<Terraform variable count (test/count)>');
    expect(renderTokens(stack, 'a plain 1.5e+300 stays')).toBe('a plain 1.5e+300 stays');
  });

  test('a library message about a default bucket name shows the account it ends in, not a marker', () => {
    const stack = alicloudStack();
    const bucket = new alicloud.EventedBucket(stack, 'Photos');
    bucket.onObjectCreated(new alicloud.ResizeFunction(stack, 'Fn', { destinationPrefix: 'out/' }), { prefix: 'code/' });
    const message = messageOf(() => bucket.reserveObjectKey(new Construct(stack, 'Code'), 'code/fn.zip', 'code object'));
    expect(message).toMatch(/in bucket test-photos-[0-9a-f]{8}-<the id of data source test\/AlicloudAccount-alicloud> falls under/);
    expect(message).not.toMatch(/TfToken/);
  });
});

describe('environment size', () => {
  test('the error lists the largest variables with their sizes', () => {
    const stack = alicloudStack();
    const env = { NOTES: 'x'.repeat(4000), RESIZE_CONFIG: 'y'.repeat(300), A: 'z' };
    expectConfigError(() => checkEnvironmentSize(stack, env, RULES), 'test',
      /total 4320 bytes; Function Compute allows 4096\. The largest: NOTES 4005 bytes, RESIZE_CONFIG 313 bytes, A 2 bytes\. Fix: shorten or drop NOTES, the largest/);
    expectConfigError(() => checkEnvironmentSize(stack, { RESIZE_CONFIG: 'y'.repeat(4100) }, RULES), 'test',
      /The largest: RESIZE_CONFIG 4113 bytes\. Fix: RESIZE_CONFIG \(the filters and sizes the function was given\) is the largest: use fewer notifications or sizes/);
  });

  test('tokens are not counted by their marker text, and the message says which variables hold them', () => {
    const sizes = [0, 50].map((extraTokens) => {
      const stack = alicloudStack();
      for (let i = 0; i < extraTokens; i++) new TerraformVariable(stack, `v${i}`, { type: 'string' }).stringValue;
      const name = new OssBucket(stack, 'Raw', { bucket: 'raw-bucket-test' }).bucket;
      return messageOf(() => checkEnvironmentSize(stack, { BUCKET: `b-${name}`, NOTES: 'x'.repeat(4100) }, RULES));
    });
    expect(sizes[0]).toBe(sizes[1]);
    expect(sizes[0]).toMatch(/total 4113 bytes; .* Not counted: the parts of BUCKET known only at plan time\./);
  });

  test('within the limit, nothing is thrown', () => {
    expect(() => checkEnvironmentSize(alicloudStack(), { A: 'x'.repeat(4094) }, RULES)).not.toThrow();
  });
});

describe('asciiJson', () => {
  test('escapes everything outside printable ASCII and keeps the JSON value', () => {
    const value = { prefix: '照片/上传/', emoji: '🖼', tab: 'a\tb', plain: 'in/${x}/' };
    const json = asciiJson(value);
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(json).toContain('\\u7167\\u7247');
    expect(JSON.parse(json)).toEqual(value);
  });

  test("the resize function's loader reads a configuration encoded this way", () => {
    const stack = alicloudStack();
    const bucket = new alicloud.EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    bucket.onObjectCreated(new alicloud.ResizeFunction(stack, 'Fn', { destinationPrefix: '缩略图/' }), { prefix: '照片/' });
    const fn = Object.values(JSON.parse(Testing.synth(stack)).resource.alicloud_fcv3_function)[0] as { environment_variables: Record<string, string> };
    const raw = fn.environment_variables.RESIZE_CONFIG;
    expect(raw).toMatch(/^[\x20-\x7e]*$/);
    const config = parseResizeConfig(raw);
    expect(config.sources[0].prefix).toBe('照片/');
    expect(config.destination.prefix).toBe('缩略图/');
  });
});

describe('a function of another cloud', () => {
  test("attaching a Tencent function to an Alibaba bucket (from JavaScript) names both constructs", () => {
    const stack = alicloudStack();
    const bucket = new alicloud.EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const other = tencentStack('ap-guangzhou', 'other');
    const fn = new tencentcloud.ResizeFunction(other, 'Thumbs', { destinationPrefix: 'out/' });
    expectConfigError(() => bucket.onObjectCreated(fn as any), 'test/Photos',
      /ResizeFunction other\/Thumbs cannot receive this bucket's events \(EventedBucket test\/Photos\): it is not a Function Compute function\./);
  });

  test('an Alibaba function on a Tencent bucket, and a Tencent function on an IBM bucket', () => {
    const ali = alicloudStack('cn-hangzhou', 'ali');
    const aliFn = new alicloud.ResizeFunction(ali, 'Thumbs', { destinationPrefix: 'out/' });
    const tc = tencentStack('ap-guangzhou', 'tc');
    const cos = new tencentcloud.EventedBucket(tc, 'Photos', { bucketName: 'photos' });
    expectConfigError(() => cos.onObjectCreated(aliFn as any), 'tc/Photos',
      /ResizeFunction ali\/Thumbs cannot receive this bucket's events \(EventedBucket tc\/Photos\): it is not an SCF function\./);
    const tcFn = new tencentcloud.ResizeFunction(tc, 'Thumbs', { destinationPrefix: 'out/' });
    const ibmBucket = new ibm.EventedBucket(ibmStack('us-south', 'ibm'), 'Photos', { bucketName: 'photos-test' });
    expectConfigError(() => ibmBucket.onObjectCreated(tcFn as any), 'ibm/Photos',
      /ResizeFunction tc\/Thumbs cannot receive this bucket's events \(EventedBucket ibm\/Photos\): it is not a Code Engine app or job, or a Cloud Functions action\./);
  });

  test('something that is not a construct at all', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const bucket = new Construct(stack, 'Bucket');
    expectConfigError(() => requireHandlerOfCloud(bucket, { name: 'fn' }, 'bindOssTrigger', 'a Function Compute function'), 'test/Bucket', /The handler \(object\) cannot receive/);
    expectConfigError(() => requireHandlerOfCloud(bucket, undefined, 'bindOssTrigger', 'a Function Compute function'), 'test/Bucket', /The handler undefined cannot receive/);
    expect(() => requireHandlerOfCloud(bucket, { bindOssTrigger: () => undefined }, 'bindOssTrigger', 'a Function Compute function')).not.toThrow();
  });
});

describe('warnings', () => {
  test('a warning about an imported bucket named by a Terraform variable shows the variable, not a marker', () => {
    const stack = alicloudStack(null);
    const name = new TerraformVariable(stack, 'bucket_name', { type: 'string' });
    const bucket = alicloud.EventedBucket.fromBucketName(stack, 'Old', name.stringValue);
    bucket.onObjectCreated(new alicloud.ResizeFunction(stack, 'Fn', { destinationPrefix: 'out/' }), { prefix: 'in/' });
    Testing.synth(stack);
    const warnings = stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warnings).toEqual([expect.stringContaining('The region of imported bucket <Terraform variable bucket_name (test/bucket_name)> is unknown')]);
  });
});
