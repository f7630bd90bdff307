import { Testing, TerraformProvider, TerraformStack } from 'cdktf';
import { Construct, type IConstruct } from 'constructs';
import { AlicloudProvider } from '../lib/generated/providers/alicloud/provider';
import { TencentcloudProvider } from '../lib/generated/providers/tencentcloud/provider';
import { AttributeFact, ResourceBehaviour } from '../lib/testing/provider-behaviour';

/** A generated provider class: constructed with an optional region, named by its Terraform type. */
export interface ProviderClass {
  new (scope: Construct, id: string, config?: { region?: string }): TerraformProvider;
  readonly tfResourceType: string;
}

/**
 * A stack `id` with one provider of class `Provider` (construct id: its Terraform type; `null` region: none given,
 * so the provider's default or plan-time region applies), in a test app.
 */
export function providerStack(Provider: ProviderClass, region: string | null, id = 'test'): TerraformStack {
  const stack = new TerraformStack(Testing.app(), id);
  new Provider(stack, Provider.tfResourceType, region ? { region } : {});
  return stack;
}

/** A stack with one Alibaba Cloud provider (`null`: no region, so it is known only at plan time), in a test app. */
export function alicloudStack(region: string | null = 'cn-hangzhou', id = 'test'): TerraformStack {
  return providerStack(AlicloudProvider, region, id);
}

/** A stack with one Tencent Cloud provider (`null`: no region), in a test app. */
export function tencentStack(region: string | null = 'ap-guangzhou', id = 'test'): TerraformStack {
  return providerStack(TencentcloudProvider, region, id);
}

/** The one construct of class `Class` in `scope`'s tree (`scope` included); throws when there is none or more than one. */
export function onlyConstruct<T extends IConstruct>(scope: IConstruct, Class: abstract new (...args: any[]) => T): T {
  const found = scope.node.findAll().filter((c): c is T => c instanceof Class);
  if (found.length !== 1) throw new Error(`${scope.node.path} holds ${found.length} constructs of class ${Class.name}, not one`);
  return found[0];
}

/** Expects a ConfigurationError naming the construct path (exactly, or by pattern) and carrying a fix. */
export function expectConfigError(fn: () => unknown, path: string | RegExp, problem: RegExp): void {
  let error: any;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeDefined();
  expect(error.name).toBe('ConfigurationError');
  expect(error.message).toMatch(problem);
  expect(error.message).toMatch(/ Fix: \S/);
  if (typeof path === 'string') expect(error.message.startsWith(`[${path}]`)).toBe(true);
  else expect(error.message).toMatch(path);
}

/**
 * Synthesizes (running validations) and checks the result against the provider schemas and the provider behaviour
 * (the stack's assets give the sizes of the files it reads).
 */
export function synthChecked(stack: TerraformStack): string {
  const json = Testing.synth(stack, true);
  expect(json).toConformToProviderSchemas();
  expect(json).toPassBehaviourCheck({ assets: stack });
  return json;
}

/** The resources of one type in a synthesized stack, by name. */
export function resourcesOf(json: string, type: string): Record<string, any> {
  return JSON.parse(json).resource?.[type] ?? {};
}

/** The only resource of a type in a synthesized stack. */
export function onlyResource(json: string, type: string): any {
  const all = Object.values(resourcesOf(json, type));
  expect(all).toHaveLength(1);
  return all[0];
}

/**
 * The checks every example stack gets, inside its describe: the snapshot (without the top-level "//" block, which
 * names the cdktf version: the rest must not depend on cdktf or cdktn), conformance to the provider schemas, and the
 * behaviour check (`stack`, the stack `json` was synthesized from, locates its asset files).
 */
export function exampleStackChecks(json: string, stack?: TerraformStack): void {
  test('matches the snapshot', () => {
    const { '//': _metadata, ...rest } = JSON.parse(json);
    expect(rest).toMatchSnapshot();
  });

  test('conforms to the provider schemas', () => {
    expect(json).toConformToProviderSchemas();
  });

  test('passes the behaviour check (no failed first plan, no change on the second)', () => {
    expect(json).toPassBehaviourCheck({ assets: stack });
  });
}

/** A named case for `test.each`: the name, the stack's JSON (synthesized with validations) and the stack, which locates the asset files the JSON reads. */
export function synthesizedCase(name: string, stack: TerraformStack): [string, string, TerraformStack] {
  return [name, Testing.synth(stack, true), stack];
}

/** Every fact a behaviour file records for one resource or data source type, with the list it is in. */
export function behaviourFacts(b: ResourceBehaviour): (AttributeFact & { readonly kind: string })[] {
  return (['readBack', 'forceNew', 'updateIgnores', 'limits', 'valueRules'] as const)
    .flatMap((kind) => (b[kind] ?? []).map((fact) => ({ ...fact, kind })));
}

/** Whether a dotted path (`code.zip_file`) names an attribute or a nested block of a provider schema block. */
export function schemaHasPath(block: any, dotted: string): boolean {
  const [head, ...rest] = dotted.split('.');
  if (rest.length === 0) return head in (block.attributes ?? {}) || head in (block.block_types ?? {});
  const nested = block.block_types?.[head]?.block;
  return nested !== undefined && schemaHasPath(nested, rest.join('.'));
}
