import { TerraformVariable, Testing } from 'cdktf';
import { tencentcloud } from '../../lib';
import { registerTencentcloudChecks } from '../../lib/tencentcloud/checks';
import { ScfFunction } from '../../lib/generated/providers/tencentcloud/scf-function';
import { TencentcloudProvider } from '../../lib/generated/providers/tencentcloud/provider';
import { expectConfigError, tencentStack } from '../helpers';

const { EventedBucket, ResizeFunction } = tencentcloud;

describe('tencentcloud: unique names', () => {
  test('two buckets given one name (APPID read at plan time) fail at synth, the name shown as what it is', () => {
    const stack = tencentStack();
    new EventedBucket(stack, 'First', { bucketName: 'photos' });
    new EventedBucket(stack, 'Second', { bucketName: 'photos' });
    expectConfigError(() => Testing.synth(stack), /^\[test\/Second\//,
      /COS bucket name "photos-<the app_id of data source test\/TencentcloudUserInfo-tencentcloud>" is also the name of test\/First\//);
  });

  test('with a literal APPID the name is shown as written', () => {
    const stack = tencentStack();
    new EventedBucket(stack, 'First', { bucketName: 'photos', appId: '1250000000' });
    new EventedBucket(stack, 'Second', { bucketName: 'photos', appId: '1250000000' });
    expectConfigError(() => Testing.synth(stack), /^\[test\/Second\//, /COS bucket name "photos-1250000000" is also the name of test\/First\/.*must be unique per APPID/);
  });

  test('two functions given one name in one namespace and region fail at synth', () => {
    const stack = tencentStack();
    new ResizeFunction(stack, 'A', { functionName: 'resize', destinationPrefix: 'a/' });
    new ResizeFunction(stack, 'B', { functionName: 'resize', destinationPrefix: 'b/' });
    expectConfigError(() => Testing.synth(stack), /^\[test\/B\//,
      /SCF function name "resize" is also the name of test\/A\/.*in one account and region \(ap-guangzhou\), in namespace "default"/);
  });
});

describe('tencentcloud: placement against the provider', () => {
  test('a bucket whose region disagrees with its provider fails at synth', () => {
    const stack = tencentStack('ap-guangzhou');
    new EventedBucket(stack, 'Photos', { bucketName: 'photos', region: 'ap-beijing' });
    expectConfigError(() => Testing.synth(stack), 'test/Photos',
      /Its region is "ap-beijing", but its Tencent Cloud provider test\/tencentcloud creates its resources in "ap-guangzhou".*Fix: .*new TencentcloudProvider\(stack, 'ap-beijing'/);
  });

  test("an imported bucket whose region is a Terraform variable: the region must be a literal, and why", () => {
    const stack = tencentStack('ap-guangzhou');
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    expectConfigError(() => EventedBucket.fromBucketName(stack, 'Old', 'old-1250000000', { region: region.stringValue }), 'test/Old',
      /Its region, Terraform variable region \(test\/region\), is a Terraform expression, whose value is known only at plan time, but COS trigger names and resource ARNs contain the region and are written at synth.*Fix: pass the region as a string literal/);
  });

  test("a construct given its provider's own Terraform region is consistent", () => {
    const stack = tencentStack(null);
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    const provider = new TencentcloudProvider(stack, 'regional', { region: region.stringValue, alias: 'regional' });
    expect(() => new EventedBucket(stack, 'Photos', { bucketName: 'photos', provider, region: region.stringValue })).not.toThrow();
  });
});

describe('tencentcloud: SCF environment rules on every function resource', () => {
  const rawFunction = (environment: Record<string, string>) => {
    const stack = tencentStack();
    registerTencentcloudChecks(stack);
    new ScfFunction(stack, 'Raw', { name: 'raw-function', handler: 'index.main_handler', environment });
    return () => Testing.synth(stack);
  };

  test('a reserved prefix set by a construct that does not check it', () => {
    expectConfigError(rawFunction({ TENCENTCLOUD_SECRETID: 'x' }), 'test/Raw', /Environment variable TENCENTCLOUD_SECRETID starts with TENCENTCLOUD_, which SCF reserves/);
  });

  test('over 4 KB: the largest variables with their sizes', () => {
    expectConfigError(rawFunction({ NOTES: 'x'.repeat(4100), MODE: 'fast' }), 'test/Raw', /total 4113 bytes; SCF allows 4096\. The largest: NOTES 4105 bytes, MODE 8 bytes\./);
  });

  test('within the rules it synthesizes', () => {
    expect(rawFunction({ MODE: 'fast' })).not.toThrow();
  });
});
