import { App, Lazy, TerraformStack, Testing } from 'cdktf';
import { registerUniqueNames } from '../../lib/core/uniqueness';
import { ALICLOUD_UNIQUE_NAMES } from '../../lib/alicloud/naming';
import { TENCENTCLOUD_UNIQUE_NAMES } from '../../lib/tencentcloud/naming';
import { AlicloudProvider } from '../../lib/generated/providers/alicloud/provider';
import { Fcv3Function } from '../../lib/generated/providers/alicloud/fcv3-function';
import { OssBucket } from '../../lib/generated/providers/alicloud/oss-bucket';
import { RamRole } from '../../lib/generated/providers/alicloud/ram-role';
import { ScfFunction } from '../../lib/generated/providers/tencentcloud/scf-function';
import { expectConfigError, tencentStack } from '../helpers';

/** A stack of `app` with one Alibaba provider and the Alibaba name table registered (as every library construct does). */
function aliStack(app: App, id: string, region: string | undefined = 'cn-hangzhou'): TerraformStack {
  const stack = new TerraformStack(app, id);
  new AlicloudProvider(stack, 'alicloud', region ? { region } : {});
  registerUniqueNames(stack, ALICLOUD_UNIQUE_NAMES);
  return stack;
}

const fn = (stack: TerraformStack, id: string, functionName: string, provider?: AlicloudProvider) =>
  new Fcv3Function(stack, id, { functionName, handler: 'index.handler', runtime: 'nodejs20', provider });
const role = (stack: TerraformStack, id: string, roleName: string) =>
  new RamRole(stack, id, { roleName, assumeRolePolicyDocument: '{}' });

describe('unique physical names within a stack (Testing.synth)', () => {
  test('two OSS buckets with one name: both constructs, the name, the scope and the fix', () => {
    const stack = aliStack(Testing.app(), 'test');
    new OssBucket(stack, 'First', { bucket: 'photos-bucket-test' });
    new OssBucket(stack, 'Second', { bucket: 'photos-bucket-test' });
    expectConfigError(() => Testing.synth(stack), 'test/Second',
      /Its OSS bucket name "photos-bucket-test" is also the name of test\/First; OSS bucket names must be unique across Alibaba Cloud, .* Fix: give one of them another name/);
  });

  test('two functions with one name fail in one region, and pass in two', () => {
    const same = aliStack(Testing.app(), 'test');
    fn(same, 'A', 'resize');
    fn(same, 'B', 'resize');
    expectConfigError(() => Testing.synth(same), 'test/B', /Function Compute function name "resize" is also the name of test\/A; .* unique in one account and region \(cn-hangzhou\)/);

    const two = aliStack(Testing.app(), 'test');
    const beijing = new AlicloudProvider(two, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
    fn(two, 'A', 'resize');
    fn(two, 'B', 'resize', beijing);
    expect(() => Testing.synth(two)).not.toThrow();
  });

  test('roles are per account: two regions of one account still collide', () => {
    const stack = aliStack(Testing.app(), 'test');
    const beijing = new AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
    role(stack, 'A', 'resize-role');
    new RamRole(stack, 'B', { roleName: 'resize-role', assumeRolePolicyDocument: '{}', provider: beijing });
    expectConfigError(() => Testing.synth(stack), 'test/B', /RAM role name "resize-role" .* unique in one account, so/);
  });

  test('names that are tokens: compared when they resolve to the same literal', () => {
    const stack = aliStack(Testing.app(), 'test');
    role(stack, 'A', Lazy.stringValue({ produce: () => 'resize-role' }));
    role(stack, 'B', 'resize-role');
    expectConfigError(() => Testing.synth(stack), 'test/B', /RAM role name "resize-role" is also the name of test\/A/);
  });

  test('names built from one plan-time value collide within a stack; different values do not', () => {
    const stack = tencentStack();
    registerUniqueNames(stack, TENCENTCLOUD_UNIQUE_NAMES);
    const other = new ScfFunction(stack, 'Other', { name: 'other', handler: 'index.main_handler' });
    new ScfFunction(stack, 'A', { name: `fn-${other.namespace}`, handler: 'index.main_handler' });
    new ScfFunction(stack, 'B', { name: `fn-${other.namespace}`, handler: 'index.main_handler' });
    expectConfigError(() => Testing.synth(stack), 'test/B', /SCF function name "fn-<the namespace of test\/Other>" is also the name of test\/A; .* in namespace "default"/);
  });

  test('SCF functions are per namespace', () => {
    const stack = tencentStack();
    registerUniqueNames(stack, TENCENTCLOUD_UNIQUE_NAMES);
    new ScfFunction(stack, 'A', { name: 'resize', handler: 'index.main_handler' });
    new ScfFunction(stack, 'B', { name: 'resize', handler: 'index.main_handler', namespace: 'images' });
    expect(() => Testing.synth(stack)).not.toThrow();
    new ScfFunction(stack, 'C', { name: 'resize', handler: 'index.main_handler', namespace: 'default' });
    expectConfigError(() => Testing.synth(stack), 'test/C', /SCF function name "resize" is also the name of test\/A/);
  });
});

describe('unique physical names across the stacks of an app (app.synth)', () => {
  test('one bucket name in two stacks: each stack synthesizes alone, the app does not', () => {
    const app = Testing.app();
    const a = aliStack(app, 'a');
    const b = aliStack(app, 'b', 'cn-beijing');
    new OssBucket(a, 'Photos', { bucket: 'photos-bucket-test' });
    new OssBucket(b, 'Photos', { bucket: 'photos-bucket-test' });
    expect(() => Testing.synth(a)).not.toThrow();
    expect(() => Testing.synth(b)).not.toThrow();
    expectConfigError(() => app.synth(), 'b/Photos', /OSS bucket name "photos-bucket-test" is also the name of a\/Photos; .* across Alibaba Cloud/);
  });

  test('stacks in two regions may reuse function names; stacks in one region may not', () => {
    const regions = (second: string) => {
      const app = Testing.app();
      fn(aliStack(app, 'a'), 'Fn', 'resize');
      fn(aliStack(app, 'b', second), 'Fn', 'resize');
      return () => app.synth();
    };
    expect(regions('cn-beijing')).not.toThrow();
    expectConfigError(regions('cn-hangzhou'), 'b/Fn', /Function Compute function name "resize" is also the name of a\/Fn/);
  });

  test('names known only at plan time are not compared across stacks', () => {
    const app = Testing.app();
    for (const id of ['a', 'b']) {
      const stack = aliStack(app, id);
      const other = new OssBucket(stack, 'Other', { bucket: `${id}-other-bucket` });
      fn(stack, 'Fn', `fn-${other.id}`);
    }
    expect(() => app.synth()).not.toThrow();
  });
});
