import { Testing, TerraformStack } from 'cdktf';
import { AlicloudProvider } from '../lib/generated/providers/alicloud/provider';

/** A stack with one Alibaba Cloud provider (`null`: no region, so it is known only at plan time), in a test app. */
export function alicloudStack(region: string | null = 'cn-hangzhou', id = 'test'): TerraformStack {
  const stack = new TerraformStack(Testing.app(), id);
  new AlicloudProvider(stack, 'alicloud', region ? { region } : {});
  return stack;
}

/** Synthesizes (running validations) and checks the result against the provider schemas. */
export function synthChecked(stack: TerraformStack): string {
  const json = Testing.synth(stack, true);
  expect(json).toConformToProviderSchemas();
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
