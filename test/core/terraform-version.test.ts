import { TerraformStack, Testing } from 'cdktf';
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

  test('compareVersions compares numerically, missing parts as zero', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.4', '1.4.0')).toBe(0);
    expect(compareVersions('1.4.6', '1.5')).toBeLessThan(0);
  });
});
