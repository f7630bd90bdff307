import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AssetType, TerraformAsset, TerraformResource, TerraformStack, Testing } from 'cdktf';
import {
  BehaviourCheckOptions, BehaviourRule, checkStackBehaviour, checkSynthesizedStackFile, formatBehaviourViolations,
  loadProviderBehaviour, lowestAdmitted, requiredTerraformFeatures,
} from '../../lib/testing';

const behaviour = loadProviderBehaviour(path.join(__dirname, 'fixtures', 'behaviour'));

/** A synthesized stack with these resources (and data sources), declaring a Terraform version by default. */
function stackJson(resource: Record<string, Record<string, unknown>>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { terraform: { required_version: '>= 1.0' }, resource, ...extra };
}

function check(stack: string | object, options: BehaviourCheckOptions = {}, rule?: BehaviourRule) {
  const all = checkStackBehaviour(stack, { behaviour, ...options });
  return rule ? all.filter((v) => v.rule === rule) : all;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'behaviour-check-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A file of `bytes` bytes (sparse: cheap to create). */
function fileOf(bytes: number, name = `f-${bytes}.zip`, dir = tmp): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  fs.truncateSync(file, bytes);
  return file;
}

describe('read-back: attributes Read fills must be set or ignored', () => {
  const bucket = (extra: Record<string, unknown> = {}) => stackJson({ alicloud_oss_bucket: { B: { bucket: 'b', ...extra } } });

  test('fails a bucket that leaves them unset and not ignored', () => {
    const violations = check(bucket(), {}, 'read-back');
    expect(violations.map((v) => [v.address, v.path])).toEqual([
      ['alicloud_oss_bucket.B', 'server_side_encryption_rule'],
      ['alicloud_oss_bucket.B', 'versioning'],
    ]);
    expect(violations[0].message).toContain('Read writes [{"sse_algorithm":"AES256"}]');
    expect(violations[0].message).toContain('resource_alicloud_oss_bucket.go:619-633');
  });

  test('passes when they are ignored, by name or with indexes, or all of them', () => {
    expect(check(bucket({ lifecycle: { ignore_changes: ['server_side_encryption_rule', 'versioning[0]'] } }), {}, 'read-back')).toEqual([]);
    expect(check(bucket({ lifecycle: { ignore_changes: 'all' } }), {}, 'read-back')).toEqual([]);
    expect(check(bucket({ lifecycle: { ignore_changes: ['versioning'] } }), {}, 'read-back').map((v) => v.path)).toEqual(['server_side_encryption_rule']);
  });

  test('passes when they are set (a block, or a dynamic block)', () => {
    expect(check(bucket({ server_side_encryption_rule: { sse_algorithm: 'KMS' }, dynamic: { versioning: { for_each: '${var.v}' } } }), {}, 'read-back')).toEqual([]);
  });

  test('follows nested paths: an ignored or expression parent block covers the attribute', () => {
    const widget = (config: Record<string, unknown>) => stackJson({ fixture_widget: { W: config } }, { terraform: { required_version: '>= 1.6' } });
    expect(check(widget({}), {}, 'read-back').map((v) => v.path)).toEqual(['settings.mode']);
    expect(check(widget({ settings: [{ size: 1 }] }), {}, 'read-back').map((v) => v.path)).toEqual(['settings.mode']);
    expect(check(widget({ settings: [{ mode: 'manual' }] }), {}, 'read-back')).toEqual([]);
    expect(check(widget({ settings: '${var.settings}' }), {}, 'read-back')).toEqual([]);
    expect(check(widget({ lifecycle: { ignore_changes: ['settings'] } }), {}, 'read-back')).toEqual([]);
    expect(check(widget({ lifecycle: { ignore_changes: ['settings[0].mode'] } }), {}, 'read-back')).toEqual([]);
  });

  test('a nested attribute must be set in every block: Read fills it in each block that leaves it out', () => {
    const widget = (config: Record<string, unknown>) => stackJson({ fixture_widget: { W: config } }, { terraform: { required_version: '>= 1.6' } });
    expect(check(widget({ settings: [{ mode: 'manual' }, { size: 1 }] }), {}, 'read-back').map((v) => v.path)).toEqual(['settings.mode']);
    expect(check(widget({ settings: [{ mode: 'manual' }, { mode: '${var.mode}' }] }), {}, 'read-back')).toEqual([]);
    expect(check(widget({ settings: [{ mode: 'manual' }, '${var.second}'] }), {}, 'read-back')).toEqual([]);
  });

  test('an empty list is no block, and null is unset', () => {
    expect(check(bucket({ server_side_encryption_rule: [], versioning: null }), {}, 'read-back').map((v) => v.path))
      .toEqual(['server_side_encryption_rule', 'versioning']);
    expect(check(bucket({ server_side_encryption_rule: [{ sse_algorithm: 'KMS' }], versioning: [{ status: 'Enabled' }] }), {}, 'read-back')).toEqual([]);
  });
});

describe('replace-trigger: attributes Update never sends must not follow a replaceable resource untriggered', () => {
  const fn = { name: 'resize', namespace: 'default', runtime: 'Nodejs18.15' };
  const invokeConfig = (lifecycle?: Record<string, unknown>, functionName = '${tencentcloud_scf_function.F.name}') => stackJson({
    tencentcloud_scf_function: { F: fn },
    tencentcloud_scf_function_event_invoke_config: { C: { function_name: functionName, namespace: 'default', ...(lifecycle ? { lifecycle } : {}) } },
  });

  test('fails the event-invoke config whose function_name follows the function (Tencent finding 1)', () => {
    const [v, ...rest] = check(invokeConfig(), {}, 'replace-trigger');
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ address: 'tencentcloud_scf_function_event_invoke_config.C', path: 'function_name' });
    expect(v.message).toContain('follows tencentcloud_scf_function.F');
    expect(v.message).toContain('its ForceNew name, namespace');
    expect(v.message).toContain('Add "tencentcloud_scf_function.F" to lifecycle.replace_triggered_by');
  });

  test('passes with replace_triggered_by on the function, or on one of its attributes', () => {
    expect(check(invokeConfig({ replace_triggered_by: ['tencentcloud_scf_function.F'] }), { }, 'replace-trigger')).toEqual([]);
    expect(check(invokeConfig({ replace_triggered_by: ['${tencentcloud_scf_function.F.id}'] }), {}, 'replace-trigger')).toEqual([]);
    // As cdktf writes a construct and an attribute of it.
    expect(check(invokeConfig({ replace_triggered_by: ['${tencentcloud_scf_function.F}'] }), {}, 'replace-trigger')).toEqual([]);
    expect(check(invokeConfig({ replace_triggered_by: ['${tencentcloud_scf_function.F}.name'] }), {}, 'replace-trigger')).toEqual([]);
    // A trigger on another resource does not count.
    expect(check(invokeConfig({ replace_triggered_by: ['tencentcloud_scf_function.Fx'] }), {}, 'replace-trigger')).toHaveLength(1);
  });

  test('passes a literal, or a value from a data source (nothing to replace)', () => {
    expect(check(invokeConfig(undefined, 'resize'), {}, 'replace-trigger')).toEqual([]);
    expect(check(invokeConfig(undefined, '${data.tencentcloud_scf_function.F.name}'), {}, 'replace-trigger')).toEqual([]);
  });

  test('fails the COS trigger whose trigger_name follows the bucket, and passes it with the trigger (Tencent finding 2)', () => {
    const trigger = (lifecycle?: Record<string, unknown>) => stackJson({
      tencentcloud_cos_bucket: { B: { bucket: 'photos-1250000000' } },
      tencentcloud_scf_trigger: { T: {
        function_name: 'resize', type: 'cos', trigger_name: '${tencentcloud_cos_bucket.B.cos_bucket_url}',
        depends_on: ['tencentcloud_cos_bucket.B'], ...(lifecycle ? { lifecycle } : {}),
      } },
    });
    const violations = check(trigger(), {}, 'replace-trigger');
    expect(violations.map((v) => [v.address, v.path])).toEqual([['tencentcloud_scf_trigger.T', 'trigger_name']]);
    expect(violations[0].message).toContain('its ForceNew bucket');
    expect(check(trigger({ replace_triggered_by: ['tencentcloud_cos_bucket.B'] }), {}, 'replace-trigger')).toEqual([]);
  });
});

describe('request-size: one resource over the plugin message limit', () => {
  /** A stack with an Alibaba function whose inline code is `filebase64` of a file of `bytes` bytes, as an asset. */
  function functionStack(bytes: number, fn = 'filebase64'): TerraformStack {
    const stack = new TerraformStack(Testing.app(), 'sizes');
    const asset = new TerraformAsset(stack, 'Code', { path: fileOf(bytes, `code-${bytes}.zip`), type: AssetType.FILE });
    const resource = new TerraformResource(stack, 'Fn', { terraformResourceType: 'alicloud_fcv3_function' });
    resource.addOverride('function_name', 'resize');
    resource.addOverride('code.zip_file', `\${${fn}("${asset.path}")}`);
    stack.addOverride('terraform.required_version', '>= 1.0');
    return stack;
  }

  test('fails an 8.9 MB zip inlined with filebase64 (Alibaba finding 1), resolving the asset from the stack', () => {
    const [v, ...rest] = check(functionStack(8_900_000), {}, 'request-size');
    expect(rest).toEqual([]);
    expect(v.address).toMatch(/^alicloud_fcv3_function\.Fn/);
    // 8.9 MB of base64 is 4/3 of it; the request carries it three times.
    expect(v.message).toMatch(/about 1186\d{4} bytes once evaluated/);
    expect(v.message).toContain('gRPC receive limit of 4194304 bytes');
  });

  test('passes a small zip, and a file() counts its own size, not 4/3', () => {
    expect(check(functionStack(500_000), {}, 'request-size')).toEqual([]);
    // 1.1 MB: 1.47 MB as base64, three copies over 4 MiB; as file() three copies stay under.
    expect(check(functionStack(1_100_000), {}, 'request-size')).toHaveLength(1);
    expect(check(functionStack(1_100_000, 'file'), {}, 'request-size')).toEqual([]);
  });

  test('requestCopies counts the copies of the configuration per request', () => {
    expect(check(functionStack(2_000_000), { requestCopies: 1 }, 'request-size')).toEqual([]);
    expect(check(functionStack(2_000_000), { requestCopies: 2 }, 'request-size')).toHaveLength(1);
  });

  test('the JSON of Testing.synth needs the stack to find its assets; without it the file is reported', () => {
    const stack = functionStack(8_900_000);
    const json = Testing.synth(stack, true);
    const unresolved = check(json);
    expect(unresolved.map((v) => v.rule)).toEqual(['asset']);
    expect(unresolved[0].message).toMatch(/reads file "assets\/Code\/[0-9a-f]+\/code-8900000\.zip", which was not found/i);
    expect(check(json, { assets: stack }).map((v) => v.rule)).toEqual(['request-size']);
  });

  test('the cdk.tf.json that synth writes (assets copied next to it) is checked from its own directory', () => {
    const outdir = Testing.fullSynth(functionStack(8_900_000));
    const cdkTfJson = path.join(outdir, 'stacks', 'sizes', 'cdk.tf.json');
    expect(checkSynthesizedStackFile(cdkTfJson, { behaviour }).map((v) => v.rule)).toEqual(['request-size']);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('a cdk.tf.json in cdktf.out/stacks/<name> resolves its paths from that directory', () => {
    const stackDir = path.join(tmp, 'cdktf.out', 'stacks', 'fn');
    const write = (bytes: number) => {
      fileOf(bytes, 'assets/Code/ABC/code.zip', stackDir);
      fs.writeFileSync(path.join(stackDir, 'cdk.tf.json'), JSON.stringify(stackJson({
        alicloud_fcv3_function: { Fn: { function_name: 'resize', code: { zip_file: '${filebase64("assets/Code/ABC/code.zip")}' } } },
      })));
      return checkSynthesizedStackFile(path.join(stackDir, 'cdk.tf.json'), { behaviour });
    };
    expect(write(8_900_000).map((v) => v.rule)).toEqual(['request-size']);
    expect(write(100_000)).toEqual([]);
    // The same JSON with the wrong directory cannot be checked, and says so.
    const json = fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8');
    expect(check(json, { stackDir: tmp }).map((v) => v.rule)).toEqual(['asset']);
  });

  test('a provider with a smaller message limit is checked against its own', () => {
    const widget = { settings: [{ mode: 'a' }], description: 'x'.repeat(400) };
    expect(check(stackJson({ fixture_widget: { W: widget } }, { terraform: { required_version: '>= 1.6' } }), {}, 'request-size')).toHaveLength(1);
  });
});

describe('limit: values over a limits entry', () => {
  const fnWith = (config: Record<string, unknown>) => stackJson({ tencentcloud_scf_function: { F: { name: 'resize', ...config } } });

  test('fails a zip_file path whose file is over the TC3 body limit once base64-encoded (Tencent finding 4)', () => {
    const zip = fileOf(8_000_000, 'tc-big.zip');
    const [v, ...rest] = check(fnWith({ zip_file: zip }), {}, 'limit');
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ address: 'tencentcloud_scf_function.F', path: 'zip_file' });
    expect(v.message).toContain('is 10666668 bytes once evaluated, over the limit of 10485760 bytes. TC3-signed POST bodies are limited to 10 MB.');
    expect(check(fnWith({ zip_file: fileOf(7_000_000, 'tc-ok.zip') }), {}, 'limit')).toEqual([]);
  });

  test('a relative zip_file path is resolved from stackDir', () => {
    fileOf(8_000_000, 'assets/Z/H/code.zip');
    expect(check(fnWith({ zip_file: 'assets/Z/H/code.zip' }), { stackDir: tmp }, 'limit')).toHaveLength(1);
  });

  test('fails a literal value over its limit and passes one under it', () => {
    expect(check(fnWith({ description: 'x'.repeat(65) }), {}, 'limit').map((v) => v.path)).toEqual(['description']);
    expect(check(fnWith({ description: 'x'.repeat(64) }), {}, 'limit')).toEqual([]);
  });
});

describe('value: literal values against valueRules', () => {
  const fn = (config: Record<string, unknown>) => stackJson({ alicloud_fcv3_function: { F: { function_name: 'resize', ...config } } });

  test('oneOf', () => {
    expect(check(fn({ runtime: 'nodejs12' }), {}, 'value').map((v) => v.message)).toEqual([
      expect.stringContaining('is "nodejs12", not one of "nodejs18", "nodejs20", "custom.debian10"'),
    ]);
    expect(check(fn({ runtime: 'nodejs20' }), {}, 'value')).toEqual([]);
    expect(check(fn({ runtime: '${var.runtime}' }), {}, 'value')).toEqual([]); // expressions are not evaluated
    const policy = (rotate: string) => stackJson({ alicloud_ram_policy: { P: { policy_name: 'p', rotate_strategy: rotate } } });
    expect(check(policy('DeleteOldest'), {}, 'value')).toHaveLength(1);
    expect(check(policy('DeleteOldestNonDefaultVersionWhenLimitExceeded'), {}, 'value')).toEqual([]);
  });

  test('min and max, also for numbers written as strings', () => {
    expect(check(fn({ memory_size: 64 }), {}, 'value').map((v) => v.message)).toEqual([expect.stringContaining('below the minimum 128')]);
    expect(check(fn({ memory_size: '65536' }), {}, 'value').map((v) => v.message)).toEqual([expect.stringContaining('above the maximum 32768')]);
    expect(check(fn({ memory_size: 1024 }), {}, 'value')).toEqual([]);
  });

  test('pattern matches the whole value', () => {
    const trigger = (name: string) => stackJson({ tencentcloud_scf_trigger: { T: { function_name: 'f', type: 'cos', trigger_name: name } } });
    expect(check(trigger('cdc.b-1250000000.cos.ap-guangzhou.myqcloud.com'), {}, 'value')).toHaveLength(1);
    expect(check(trigger('b-1250000000.cos.ap-guangzhou.myqcloud.com/x'), {}, 'value')).toHaveLength(1);
    expect(check(trigger('b-1250000000.cos.ap-guangzhou.myqcloud.com'), {}, 'value')).toEqual([]);
  });

  test('data sources too', () => {
    const roles = (name: string) => stackJson({}, { data: { tencentcloud_cam_roles: { R: { name } } } });
    expect(check(roles('SCF QcsRole'), {}, 'value').map((v) => v.address)).toEqual(['data.tencentcloud_cam_roles.R']);
    expect(check(roles('SCF_QcsRole'), {}, 'value')).toEqual([]);
  });
});

describe('terraform-version: required_version declared and high enough', () => {
  const versioned = (declared: string | undefined, resource: Record<string, Record<string, unknown>>, extra: Record<string, unknown> = {}) =>
    ({ ...(declared === undefined ? {} : { terraform: { required_version: declared } }), resource, ...extra });
  const rules = (stack: object) => check(stack, {}, 'terraform-version');
  const data = { terraform_data: { D: { input: 'x' } } };

  test('fails a stack that declares none, even when it needs nothing new', () => {
    const [v] = rules(versioned(undefined, { unknown_thing: { X: {} } }));
    expect(v).toMatchObject({ address: 'terraform', path: 'required_version' });
    expect(v.message).toContain('is not declared; the stack needs Terraform >= 1.0');
  });

  test('terraform_data needs 1.4', () => {
    expect(rules(versioned('>= 1.2', data)).map((v) => v.message)).toEqual([
      expect.stringContaining('"\u003e= 1.2" admits Terraform 1.2 and later, but the stack needs >= 1.4 (terraform_data)'),
    ]);
    expect(rules(versioned('>= 1.4', data))).toEqual([]);
    expect(rules(versioned('~> 1.5', data))).toEqual([]);
    expect(rules(versioned('>= 1.4.6, < 2.0.0', data))).toEqual([]);
    expect(rules(versioned('< 2.0', data)).map((v) => v.message)).toEqual([expect.stringContaining('admits Terraform of any version')]);
  });

  test('preconditions and postconditions (also on outputs) and replace_triggered_by need 1.2', () => {
    const pre = { tencentcloud_scf_trigger: { T: { lifecycle: { precondition: [{ condition: '${true}', error_message: 'x' }] } } } };
    expect(rules(versioned('>= 1.1', pre))).toHaveLength(1);
    expect(rules(versioned('>= 1.2', pre))).toEqual([]);
    const post = { x_y: { T: { lifecycle: { postcondition: [{ condition: '${true}', error_message: 'x' }] } } } };
    expect(rules(versioned('> 1.1', post))).toHaveLength(1);
    const output = { output: { o: { value: '1', precondition: [{ condition: '${true}', error_message: 'x' }] } } };
    expect(requiredTerraformFeatures(versioned(undefined, {}, output), behaviour)).toEqual({ version: '1.2', reasons: ['precondition on output o'] });
    const replace = { x_y: { T: { lifecycle: { replace_triggered_by: ['x_z.U'] } } } };
    expect(rules(versioned('>= 1.0', replace)).map((v) => v.message)).toEqual([expect.stringContaining('replace_triggered_by on x_y.T')]);
  });

  test('endswith and startswith need 1.3, wherever the expression is', () => {
    const ends = { x_y: { T: { lifecycle: { precondition: [{ condition: '${endswith(x_z.U.url, ".com")}', error_message: 'x' }] } } } };
    expect(rules(versioned('>= 1.2', ends)).map((v) => v.message)).toEqual([expect.stringContaining('needs >= 1.3 (endswith())')]);
    expect(rules(versioned('>= 1.3', ends))).toEqual([]);
    expect(requiredTerraformFeatures(versioned(undefined, {}, { locals: { a: '${startswith("a", "b")}' } }), behaviour).version).toBe('1.3');
    // A function name inside a string literal of the template, or escaped $${, is not a call.
    expect(requiredTerraformFeatures(versioned(undefined, { x_y: { T: { d: 'endswith(a) $${endswith(a)}' } } }), behaviour).version).toBe('1.0');
  });

  test('import blocks need 1.5, moved blocks 1.1', () => {
    const imports = versioned('>= 1.4', { x_a: { A: {} } }, { import: [{ to: 'x_a.A', id: 'a' }] });
    expect(rules(imports).map((v) => v.message)).toEqual([expect.stringContaining('needs >= 1.5 (import block)')]);
    expect(rules({ ...imports, terraform: { required_version: '>= 1.5' } })).toEqual([]);
    expect(requiredTerraformFeatures(versioned(undefined, {}, { moved: [{ from: 'x_a.A', to: 'x_a.B' }] }), behaviour).version).toBe('1.1');
  });

  test("a resource type's terraformVersion from the behaviour data", () => {
    const widget = { fixture_widget: { W: { settings: [{ mode: 'a' }] } } };
    expect(rules(versioned('>= 1.5', widget)).map((v) => v.message)).toEqual([expect.stringContaining('needs >= 1.6 (fixture_widget)')]);
    expect(rules(versioned('>= 1.6', widget))).toEqual([]);
  });

  test('lowestAdmitted reads Terraform constraints', () => {
    expect(lowestAdmitted('>= 1.4')).toBe('1.4');
    expect(lowestAdmitted('>= 1.2, >= 1.4.6, < 2')).toBe('1.4.6');
    expect(lowestAdmitted('~> 1.5.0')).toBe('1.5.0');
    expect(lowestAdmitted('1.5.7')).toBe('1.5.7');
    expect(lowestAdmitted('= v1.6.0-beta1')).toBe('1.6.0');
    expect(lowestAdmitted('!= 1.3, <= 1.9')).toBeUndefined();
    expect(lowestAdmitted('latest')).toBeNull();
    expect(rules(versioned('latest', data)).map((v) => v.message)).toEqual([expect.stringContaining('is not a Terraform version constraint')]);
  });
});

describe('the check as a whole', () => {
  test('resource types without behaviour data are not errors', () => {
    expect(check(stackJson({ unknown_thing: { X: { anything: '${unknown_other.Y.id}' } } }))).toEqual([]);
  });

  test('a stack that breaks every rule is reported rule by rule, and formatted one line each', () => {
    const stack = {
      resource: {
        alicloud_oss_bucket: { B: { bucket: 'b', lifecycle: { ignore_changes: ['versioning'] } } },
        tencentcloud_scf_function: { F: { name: 'f' } },
        tencentcloud_scf_function_event_invoke_config: { C: { function_name: '${tencentcloud_scf_function.F.name}' } },
        alicloud_fcv3_function: { A: { runtime: 'java' } },
      },
    };
    const violations = check(stack);
    expect(violations.map((v) => v.rule).sort()).toEqual(['read-back', 'replace-trigger', 'terraform-version', 'value']);
    const text = formatBehaviourViolations(violations);
    expect(text.split('\n')).toHaveLength(4);
    expect(text).toContain('alicloud_oss_bucket.B server_side_encryption_rule [read-back]: ');
  });

  test('the matcher passes a fixed stack and fails a broken one, with the violations in its message', () => {
    const fixed = stackJson({ alicloud_oss_bucket: { B: { bucket: 'b', lifecycle: { ignore_changes: ['server_side_encryption_rule', 'versioning'] } } } });
    expect(JSON.stringify(fixed)).toPassBehaviourCheck({ behaviour });
    const broken = stackJson({ alicloud_oss_bucket: { B: { bucket: 'b' } } });
    expect(JSON.stringify(broken)).not.toPassBehaviourCheck({ behaviour });
    expect(() => expect(JSON.stringify(broken)).toPassBehaviourCheck({ behaviour })).toThrow(/alicloud_oss_bucket\.B versioning \[read-back\]/);
  });
});
