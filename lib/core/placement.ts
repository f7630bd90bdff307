import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ConfigurationError } from './errors';

/**
 * The provider a construct's resources use: the one given, else the stack's only provider of that class
 * (or its only unaliased one). Ambiguity is an error naming the construct, never a silent pick.
 */
export function findProvider<T extends TerraformProvider>(
  scope: IConstruct,
  providerClass: abstract new (...args: any[]) => T,
  cloud: string,
  given?: TerraformProvider,
): TerraformProvider | undefined {
  if (given) return given;
  const providers = TerraformStack.of(scope).node.findAll().filter((c): c is T => c instanceof providerClass);
  if (providers.length > 1) {
    const unaliased = providers.filter((p) => p.alias === undefined);
    if (unaliased.length === 1) return unaliased[0];
    throw new ConfigurationError(scope, `The stack has ${providers.length} ${cloud} providers and this construct does not say which to use.`,
      'pass `provider` in its props.');
  }
  return providers[0];
}

/**
 * One construct per stack and id (e.g. a data source every construct of a provider shares). With a provider, the id
 * gets the provider's id appended, so each provider configuration of the stack has its own.
 */
export function stackSingleton<T extends Construct>(scope: IConstruct, baseId: string, create: (stack: Construct, id: string) => T, provider?: TerraformProvider): T {
  const stack = TerraformStack.of(scope);
  const id = provider ? `${baseId}-${provider.node.id}` : baseId;
  return (stack.node.tryFindChild(id) as T | undefined) ?? create(stack, id);
}
