import { checkStackAgainstSchemas, formatViolations, loadProviderSchemas } from '../../lib/testing';

/** A minimal stack in the shape cdktf synthesizes, with one resource of the given config. */
function stackWith(type: string, config: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    terraform: { required_providers: { alicloud: { source: 'aliyun/alicloud', version: '1.289.0' } } },
    provider: { alicloud: [{ region: 'cn-hangzhou' }] },
    resource: { [type]: { r: config } },
    ...extra,
  };
}

describe('checkStackAgainstSchemas', () => {
  const schemas = loadProviderSchemas();
  const check = (stack: object) => checkStackAgainstSchemas(stack, schemas).map((v) => `${v.address} ${v.path}: ${v.message}`);

  test('a valid resource with expressions, blocks and meta-arguments passes', () => {
    expect(check(stackWith('alicloud_fcv3_function', {
      handler: 'index.handler', runtime: 'nodejs20', memory_size: 1024, cpu: '${var.cpu}',
      code: { zip_file: '${filebase64("x.zip")}' }, environment_variables: { A: 'b' },
      depends_on: ['alicloud_ram_role.x'], provider: 'alicloud', lifecycle: { precondition: [] }, '//': {},
    }))).toEqual([]);
  });

  test('an unknown resource type is reported', () => {
    expect(check(stackWith('alicloud_fc_trigger', { function_name: 'f' }))).toEqual([
      'alicloud_fc_trigger.r : Unknown resource type "alicloud_fc_trigger" in the "alicloud" provider schema: check the name, or whether the type exists at the pinned provider version.',
    ]);
  });

  test('a resource of a provider without a schema is reported', () => {
    expect(check(stackWith('aws_s3_bucket', {}))).toEqual([
      'aws_s3_bucket.r : No provider schema for "aws_s3_bucket" (provider "aws"): pass its schema (`terraform providers schema -json`) ' +
      'with the others, e.g. checkStackAgainstSchemas(stack, [...loadProviderSchemas(), schema]).',
    ]);
  });

  test('an unknown attribute, also inside a block, is reported', () => {
    expect(check(stackWith('alicloud_fcv3_function', { handler: 'h', runtime: 'nodejs20', memory: 1, code: { zipfile: 'x' } }))).toEqual([
      'alicloud_fcv3_function.r memory: is not an argument or block of this type at the pinned provider version: check its spelling and nesting against the provider schema.',
      'alicloud_fcv3_function.r code[0].zipfile: is not an argument or block of this type at the pinned provider version: check its spelling and nesting against the provider schema.',
    ]);
  });

  test('a missing required attribute is reported', () => {
    expect(check(stackWith('alicloud_fcv3_trigger', { function_name: 'f', qualifier: 'LATEST' }))).toEqual([
      'alicloud_fcv3_trigger.r trigger_type: is required but not set.',
    ]);
  });

  test('setting a computed-only attribute is reported', () => {
    expect(check(stackWith('alicloud_oss_bucket', { bucket: 'b', location: 'oss-cn-hangzhou' }))).toEqual([
      'alicloud_oss_bucket.r location: is computed by the provider and cannot be set: remove it, and read it from the resource instead.',
    ]);
  });

  test('literal values of the wrong type are reported; expressions are not judged', () => {
    expect(check(stackWith('alicloud_fcv3_function', {
      handler: 'h', runtime: 'nodejs20', memory_size: 'lots', internet_access: 'yes', layers: 'a', environment_variables: ['x'], timeout: '${var.t}',
    })).sort()).toEqual([
      'alicloud_fcv3_function.r environment_variables: must be a map, got ["x"].',
      'alicloud_fcv3_function.r internet_access: must be a bool, got "yes".',
      'alicloud_fcv3_function.r layers: must be a list, got "a".',
      'alicloud_fcv3_function.r memory_size: must be a number, got "lots".',
    ]);
  });

  test('too many items in a block is reported', () => {
    expect(check(stackWith('alicloud_fcv3_function', { handler: 'h', runtime: 'nodejs20', code: [{ zip_file: 'a' }, { zip_file: 'b' }] }))).toEqual([
      'alicloud_fcv3_function.r code: allows at most 1 block(s), has 2.',
    ]);
  });

  test('data sources and provider configuration are checked too', () => {
    const stack = stackWith('alicloud_oss_bucket', { bucket: 'b' }, {
      data: { alicloud_regions: { cur: { current: true, nope: 1 } } },
      provider: { alicloud: [{ region: 'cn-hangzhou', alias: 'x', regin: 'typo' }] },
    });
    expect(check(stack)).toEqual([
      'provider.alicloud[0] regin: is not an argument or block of this type at the pinned provider version: check its spelling and nesting against the provider schema.',
      'data.alicloud_regions.cur nope: is not an argument or block of this type at the pinned provider version: check its spelling and nesting against the provider schema.',
    ]);
  });

  test('terraform_data, built into Terraform, is known', () => {
    expect(check(stackWith('terraform_data', { input: { a: 1 }, triggers_replace: ['x'] }))).toEqual([]);
    expect(check(stackWith('terraform_data', { output: 1 }))).toEqual(['terraform_data.r output: is computed by the provider and cannot be set: remove it, and read it from the resource instead.']);
  });

  test('formatViolations lists one per line', () => {
    expect(formatViolations([{ address: 'a.b', path: 'c', message: 'bad.' }, { address: 'd.e', path: '', message: 'worse.' }])).toBe('a.b c: bad.\nd.e: worse.');
  });

  test('the matcher fails on a violating stack', () => {
    expect(() => expect(JSON.stringify(stackWith('alicloud_oss_bucket', { location: 'x' }))).toConformToProviderSchemas())
      .toThrow(/alicloud_oss_bucket\.r location: is computed by the provider/);
  });
});
