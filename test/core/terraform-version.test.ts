import { TerraformDataSource, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { compareVersions, requiredTerraformVersion, requireTerraformVersion } from '../../lib/core';
import { expectConfigError } from '../helpers';

const declared = (stack: TerraformStack) => JSON.parse(Testing.synth(stack)).terraform?.required_version;

describe('requireTerraformVersion', () => {
  test('writes terraform.required_version as >= the highest requirement of the stack, in any order of calls', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    expect(declared(stack)).toBeUndefined();
    const inner = new Construct(stack, 'Inner');
    requireTerraformVersion(inner, '1.2');
    expect(declared(stack)).toBe('>= 1.2');
    requireTerraformVersion(stack, '1.4');
    requireTerraformVersion(inner, '1.3');
    expect(declared(stack)).toBe('>= 1.4');
    expect(requiredTerraformVersion(inner)).toBe('1.4');
  });

  test('each stack keeps its own requirement', () => {
    const app = Testing.app();
    const a = new TerraformStack(app, 'a');
    const b = new TerraformStack(app, 'b');
    requireTerraformVersion(a, '1.4');
    requireTerraformVersion(b, '1.0');
    expect([declared(a), declared(b)]).toEqual(['>= 1.4', '>= 1.0']);
  });

  test('rejects what is not a version, naming the construct', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    expectConfigError(() => requireTerraformVersion(new Construct(stack, 'C'), '>= 1.4'), 's/C', /"\>= 1.4" is not a Terraform version/);
  });

  test("the stack's resources raise it from their lifecycle and type once any requirement is recorded", () => {
    const stack = new TerraformStack(Testing.app(), 's');
    new TerraformResource(stack, 'Pre', { terraformResourceType: 'x_a', lifecycle: { precondition: [{ condition: true, errorMessage: 'm' }] } });
    expect(declared(stack)).toBeUndefined(); // no library construct, no requirement
    requireTerraformVersion(stack, '1.0');
    expect(declared(stack)).toBe('>= 1.2');

    const triggered = new TerraformStack(Testing.app(), 't');
    requireTerraformVersion(triggered, '1.0');
    const a = new TerraformResource(triggered, 'A', { terraformResourceType: 'x_a' });
    new TerraformResource(triggered, 'B', { terraformResourceType: 'x_b', lifecycle: { replaceTriggeredBy: [a] } });
    expect(declared(triggered)).toBe('>= 1.2');
    new TerraformDataSource(triggered, 'D', { terraformResourceType: 'x_d', lifecycle: { postcondition: [{ condition: true, errorMessage: 'm' }] } });
    expect(declared(triggered)).toBe('>= 1.2');
    new TerraformResource(triggered, 'Data', { terraformResourceType: 'terraform_data' });
    expect(declared(triggered)).toBe('>= 1.4');

    const imported = new TerraformStack(Testing.app(), 'i');
    requireTerraformVersion(imported, '1.0');
    new TerraformResource(imported, 'A', { terraformResourceType: 'x_a' }).importFrom('id-1');
    expect(JSON.parse(Testing.synth(imported)).import).toHaveLength(1);
    expect(declared(imported)).toBe('>= 1.5');

    const plain = new TerraformStack(Testing.app(), 'p');
    requireTerraformVersion(plain, '1.0');
    new TerraformResource(plain, 'A', { terraformResourceType: 'x_a', lifecycle: { ignoreChanges: ['tags'] } });
    expect(declared(plain)).toBe('>= 1.0');
  });

  test('compareVersions compares numerically, missing parts as zero', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.4', '1.4.0')).toBe(0);
    expect(compareVersions('1.4.6', '1.5')).toBeLessThan(0);
  });
});
