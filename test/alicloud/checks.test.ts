import { TerraformVariable, Testing } from 'cdktf';
import { alicloud } from '../../lib';
import { AlicloudProvider } from '../../lib/generated/providers/alicloud/provider';
import { alicloudStack, expectConfigError } from '../helpers';

const { EventedBucket, ResizeFunction } = alicloud;

describe('alicloud: unique names', () => {
  test('two buckets given one name fail at synth, naming both', () => {
    const stack = alicloudStack();
    new EventedBucket(stack, 'First', { bucketName: 'photos-bucket-test' });
    new EventedBucket(stack, 'Second', { bucketName: 'photos-bucket-test' });
    expectConfigError(() => Testing.synth(stack), /^\[test\/Second\//, /OSS bucket name "photos-bucket-test" is also the name of test\/First\/.*across Alibaba Cloud/);
  });

  test('two functions given one name in one region fail at synth', () => {
    const stack = alicloudStack();
    new ResizeFunction(stack, 'A', { functionName: 'resize', destinationPrefix: 'a/' });
    new ResizeFunction(stack, 'B', { functionName: 'resize', destinationPrefix: 'b/' });
    expectConfigError(() => Testing.synth(stack), /^\[test\/B\//, /Function Compute function name "resize" is also the name of test\/A\/.*in one account and region \(cn-hangzhou\)/);
  });
});

describe('alicloud: placement against the provider', () => {
  test('a bucket whose region disagrees with its provider fails, naming the provider to pass', () => {
    const stack = alicloudStack('cn-hangzhou');
    new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test', region: 'cn-beijing' });
    expectConfigError(() => Testing.synth(stack), 'test/Photos',
      /Its region is "cn-beijing", but its Alibaba Cloud provider test\/alicloud creates its resources in "cn-hangzhou".*Fix: .*new AlicloudProvider\(stack, 'cn-beijing'/);
  });

  test('with a provider for that region it synthesizes', () => {
    const stack = alicloudStack('cn-hangzhou');
    const beijing = new AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
    new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test', region: 'cn-beijing', provider: beijing });
    expect(() => Testing.synth(stack)).not.toThrow();
  });

  test('an imported bucket describes where it is, and creates nothing: no error', () => {
    const stack = alicloudStack('cn-hangzhou');
    EventedBucket.fromBucketName(stack, 'Old', 'old-bucket-test', { region: 'cn-shanghai' });
    expect(() => Testing.synth(stack)).not.toThrow();
  });
});

describe('alicloud: identifiers', () => {
  test('an account ID that is not numeric fails at construction', () => {
    expectConfigError(() => new EventedBucket(alicloudStack(), 'Photos', { accountId: 'my-company' }), 'test/Photos',
      /accountId "my-company" is not an Alibaba Cloud account ID\. Fix: pass the numeric account ID/);
    expect(() => new EventedBucket(alicloudStack(), 'Photos', { accountId: '1234567890123456' })).not.toThrow();
  });

  test.each([
    ['a queue name', 'failed-events'],
    ['an OSS bucket ARN', 'acs:oss:cn-hangzhou:1234567890123456:photos'],
    ['an alias as account', 'acs:mns:cn-hangzhou:my-company:/queues/failed/messages'],
  ])('a failure destination that is %s fails at synth', (_what, destination) => {
    const stack = alicloudStack();
    new ResizeFunction(stack, 'Fn', { destinationPrefix: 'out/', destinationBucket: new EventedBucket(stack, 'Out', { bucketName: 'out-bucket-test' }), onFailureDestination: destination });
    expectConfigError(() => Testing.synth(stack), /^\[test\/Fn\//, /on_failure destination ".*" is not the ARN of a destination Function Compute accepts/);
  });

  test.each([
    'acs:mns:cn-hangzhou:1234567890123456:/queues/failed/messages',
    'acs:fc:cn-hangzhou:1234567890123456:functions/on-failure',
    'acs:eventbridge:cn-hangzhou:1234567890123456:eventbus/default',
    'acs:mq:cn-hangzhou:1234567890123456:/instances/MQ_INST_1/topic/failed',
  ])('the failure destination %s is accepted', (destination) => {
    const stack = alicloudStack();
    new ResizeFunction(stack, 'Fn', { destinationPrefix: 'out/', destinationBucket: new EventedBucket(stack, 'Out', { bucketName: 'out-bucket-test' }), onFailureDestination: destination });
    expect(() => Testing.synth(stack)).not.toThrow();
  });
});

describe('alicloud: Function Compute environment rules', () => {
  const synthWith = (environment: Record<string, string>) => {
    const stack = alicloudStack();
    new ResizeFunction(stack, 'Fn', { destinationPrefix: 'out/', destinationBucket: new EventedBucket(stack, 'Out', { bucketName: 'out-bucket-test' }), environment });
    return () => Testing.synth(stack);
  };

  test.each([
    [{ FC_DEBUG: '1' }, /Environment variable FC_DEBUG starts with FC_, which Function Compute reserves/],
    [{ accessKeyID: 'x' }, /Environment variable accessKeyID is accessKeyID, a name Function Compute reserves/],
    [{ TOPIC: 'x' }, /Environment variable TOPIC is topic, a name Function Compute reserves/],
    [{ _PRIVATE: 'x' }, /Environment variable name "_PRIVATE" is not accepted by Function Compute.*Fix: start the name with a letter/],
    [{ GREETING: '你好' }, /Environment variable GREETING holds "你" \(U\+4F60\); Function Compute accepts only printable ASCII/],
  ])('%j fails at synth', (environment, problem) => {
    expectConfigError(synthWith(environment), /^\[test\/Fn\//, problem);
  });

  test('plain ASCII variables pass, and a non-ASCII prefix reaches RESIZE_CONFIG escaped', () => {
    expect(synthWith({ GREETING: 'hello', LOG_LEVEL: 'debug' })).not.toThrow();
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    bucket.onObjectCreated(new ResizeFunction(stack, 'Fn', { destinationPrefix: '缩略图/' }), { prefix: '照片/' });
    expect(() => Testing.synth(stack)).not.toThrow();
  });
});

describe('alicloud: a region given as a Terraform value', () => {
  test('an imported bucket whose region is a Terraform variable: the region must be a literal, and why', () => {
    const stack = alicloudStack('cn-hangzhou');
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    expectConfigError(() => EventedBucket.fromBucketName(stack, 'Old', 'old-bucket-test', { region: region.stringValue }), 'test/Old',
      /Its region, Terraform variable region \(test\/region\), is a Terraform expression, whose value is known only at plan time, but ARNs, names and the bucket-function region check are built from it at synth.*Fix: pass the region as a string literal/);
  });
});
