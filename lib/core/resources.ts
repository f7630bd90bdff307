import { TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { resolveIn } from './tokens';

/** A resource of a synthesized stack with its attributes as they will be written (tokens resolved). */
export interface ResourceView {
  readonly resource: TerraformResource;
  readonly stack: TerraformStack;
  /** The attributes before resolution (tokens as cdktf markers), for messages. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** An attribute resolved in its stack: literals, or `${...}` expressions; undefined when resolving it throws. */
  resolved(attribute: string): unknown;
}

/** Every resource of the stack whose type is one of `types`. */
export function resourcesOf(stack: TerraformStack, types: ReadonlySet<string>): ResourceView[] {
  return stack.node.findAll()
    .filter((c): c is TerraformResource => c instanceof TerraformResource && types.has(c.terraformResourceType))
    .map((resource) => {
      const raw = (resource.toTerraform().resource?.[resource.terraformResourceType]?.[resource.friendlyUniqueId] ?? {}) as Record<string, unknown>;
      const cache = new Map<string, unknown>();
      return {
        resource, stack, raw,
        resolved: (attribute: string) => {
          // A lazy value that throws reports its own error when the stack is written, in synthesis order.
          if (!cache.has(attribute)) cache.set(attribute, resolveOrUndefined(stack, raw[attribute]));
          return cache.get(attribute);
        },
      };
    });
}

function resolveOrUndefined(stack: TerraformStack, value: unknown): unknown {
  try {
    return resolveIn(stack, value);
  } catch {
    return undefined;
  }
}

/**
 * The provider configurations of one finished stack: found in one walk of the tree and resolved once each, so a
 * check over many resources costs one pass, not one walk and one resolution per resource.
 */
export class ProviderConfigurations {
  private defaults?: Map<string, TerraformProvider>;
  private readonly resolved = new Map<TerraformProvider, Readonly<Record<string, unknown>>>();

  constructor(private readonly stack: TerraformStack) {}

  /** The provider configuration a resource uses: its own `provider`, else the stack's default one of that type. */
  public providerOf(resource: TerraformResource, providerType: string): TerraformProvider | undefined {
    if (resource.provider) return resource.provider;
    if (!this.defaults) {
      this.defaults = new Map();
      for (const c of this.stack.node.findAll()) {
        if (c instanceof TerraformProvider && c.alias === undefined && !this.defaults.has(c.terraformResourceType)) this.defaults.set(c.terraformResourceType, c);
      }
    }
    return this.defaults.get(providerType);
  }

  /** A provider's arguments, resolved in its stack. */
  public argumentsOf(provider: TerraformProvider): Readonly<Record<string, unknown>> {
    let args = this.resolved.get(provider);
    if (!args) {
      const blocks = provider.toTerraform().provider?.[provider.terraformResourceType];
      const config = (Array.isArray(blocks) ? blocks[0] : blocks) ?? {};
      args = resolveIn(TerraformStack.of(provider), config) as Record<string, unknown>;
      this.resolved.set(provider, args);
    }
    return args;
  }
}

/** True when a resolved value still holds a Terraform expression (known only at plan time). */
export function holdsExpression(value: unknown): boolean {
  return JSON.stringify(value ?? null).includes('${');
}
