import { Testing, TerraformStack } from 'cdktf';
import { IbmProvider } from '../../lib/generated/providers/ibm/provider';

/** A stack with one IBM provider (`null`: no region, so the provider's default `us-south` applies), in a test app. */
export function ibmStack(region: string | null = 'us-south', id = 'test'): TerraformStack {
  const stack = new TerraformStack(Testing.app(), id);
  new IbmProvider(stack, 'ibm', region ? { region } : {});
  return stack;
}

/** An image reference the app's regexp accepts. */
export const IMAGE = 'us.icr.io/test-ns/resize:1.0';
