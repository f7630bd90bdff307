import { TerraformStack } from 'cdktf';
import { IbmProvider } from '../../lib/generated/providers/ibm/provider';
import { providerStack } from '../helpers';

/** A stack with one IBM provider (`null`: no region, so the provider's default `us-south` applies), in a test app. */
export function ibmStack(region: string | null = 'us-south', id = 'test'): TerraformStack {
  return providerStack(IbmProvider, region, id);
}

/** The environment variables of a synthesized Code Engine app or job (`run_env_variables`), by name. */
export function env(appOrJob: { run_env_variables: { name: string; value: string }[] }): Record<string, string> {
  return Object.fromEntries(appOrJob.run_env_variables.map((v) => [v.name, v.value]));
}

/** An image reference the app's regexp accepts. */
export const IMAGE = 'us.icr.io/test-ns/resize:1.0';
