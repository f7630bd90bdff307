import { TerraformStack } from 'cdktf';
import { ConfigurationError } from './errors';
import { holdsExpression, ProviderConfigurations, ResourceView, resourcesOf } from './resources';
import { stringAt } from './resource-rules';
import { addAppCheck, addStackCheck } from './stack-checks';
import { IConstruct } from 'constructs';

/**
 * Where a physical name must be unique: in the whole cloud (OSS and IBM COS bucket names), in one account (roles,
 * policies), or in one account and region (functions, triggers, projects).
 */
export type NameScope = 'global' | 'account' | 'region';

/** One attribute that partitions names further (the SCF namespace, the Code Engine project, the trigger's function). */
export interface NamePartition {
  readonly attribute: string;
  /** What it is, for messages ("namespace"). */
  readonly what: string;
  /** Its value when the attribute is not set (SCF's `default` namespace). @default none: unset is its own value */
  readonly default?: string;
}

/** A resource type whose name attribute the cloud requires to be unique. */
export interface UniqueNameRule {
  readonly resourceType: string;
  /** The attribute holding the physical name; a dotted path reads into a map or block (`input.name`). */
  readonly attribute: string;
  /**
   * Attributes (dotted paths) a resource of this type must have for the rule to apply, for generic types such as
   * `terraform_data` whose input says what the resource is. @default none
   */
  readonly requires?: readonly string[];
  /** What is named, for messages ("OSS bucket name"). */
  readonly what: string;
  readonly scope: NameScope;
  /** @default none */
  readonly within?: readonly NamePartition[];
  /** The scope in words, where the scope alone would mislead ("in one account: the name ends in its APPID"). @default from `scope` and `within` */
  readonly scopeText?: string;
}

/** A cloud's names that must be unique, and how its provider configuration tells accounts and regions apart. */
export interface UniqueNameTable {
  /** The cloud, for messages ("Alibaba Cloud"). */
  readonly cloud: string;
  /** The provider's Terraform type (`alicloud`). */
  readonly providerType: string;
  /** Provider arguments that select the account (credentials, profile, assumed role). */
  readonly accountArguments: readonly string[];
  readonly rules: readonly UniqueNameRule[];
}

interface NameUse {
  readonly key: string;
  /** False when the name or its scope is a Terraform expression: comparable only within its stack. */
  readonly comparableAcrossStacks: boolean;
  readonly view: ResourceView;
  readonly rule: UniqueNameRule;
  readonly where: string;
}

/**
 * Checks every name of `table` in the stack of `scope` at synth (`Testing.synth` included), and across all stacks of
 * the app under `app.synth()`. Resources are found by type, so any construct that creates them is covered.
 */
export function registerUniqueNames(scope: IConstruct, table: UniqueNameTable): void {
  const id = `unique-names:${table.providerType}`;
  addStackCheck(scope, id, (stack) => checkUnique(namesOf(stack, table)));
  addAppCheck(scope, id, (stacks) => checkUnique(stacks.flatMap((s) => namesOf(s, table)).filter((u) => u.comparableAcrossStacks)));
}

function checkUnique(uses: readonly NameUse[]): void {
  const seen = new Map<string, NameUse>();
  for (const use of uses) {
    const first = seen.get(use.key);
    if (!first) {
      seen.set(use.key, use);
      continue;
    }
    // As written (tokens and all): the error shows each token as what it stands for.
    const name = JSON.stringify(valueAt(use.view, use.rule.attribute, 'raw'));
    throw new ConfigurationError(use.view.resource,
      `Its ${use.rule.what} ${name} is also the name of ${first.view.resource.node.path}; ${use.rule.what}s must be unique ${use.where}, so the second would fail at apply.`,
      'give one of them another name, or leave the name out so the library derives a unique one from the construct path.');
  }
}

function namesOf(stack: TerraformStack, table: UniqueNameTable): NameUse[] {
  const rules = new Map(table.rules.map((r) => [r.resourceType, r]));
  const order = (view: ResourceView) => table.rules.indexOf(rules.get(view.resource.terraformResourceType)!);
  // In table order: a clash of function names is reported as such, not as the clash of their code objects it causes.
  const views = resourcesOf(stack, new Set(rules.keys())).sort((a, b) => order(a) - order(b));
  const providers = new ProviderConfigurations(stack);
  return views.flatMap((view) => {
    const rule = rules.get(view.resource.terraformResourceType)!;
    const name = valueAt(view, rule.attribute);
    if (typeof name !== 'string' || (rule.requires ?? []).some((a) => valueAt(view, a) === undefined)) return [];
    const parts: unknown[] = [rule.resourceType, rule.attribute];
    const where: string[] = [];
    if (rule.scope !== 'global') {
      const provider = providers.providerOf(view.resource, table.providerType);
      const args = provider ? providers.argumentsOf(provider) : {};
      parts.push(table.accountArguments.map((a) => args[a] ?? null));
      if (rule.scope === 'region') {
        parts.push(args.region ?? null);
        where.push(typeof args.region === 'string' && !holdsExpression(args.region) ? `in one account and region (${args.region})` : 'in one account and region');
      } else {
        where.push('in one account');
      }
    } else if (!rule.within?.length) {
      where.push(`across ${table.cloud}`);
    }
    for (const p of rule.within ?? []) {
      const value = valueAt(view, p.attribute) ?? p.default ?? null;
      parts.push(value);
      if (typeof value === 'string' && !holdsExpression(value)) where.push(`in ${p.what} ${JSON.stringify(value)}`);
      else where.push(`in one ${p.what}`);
    }
    parts.push(name);
    const local = holdsExpression(parts);
    // An expression means the same value only within one stack (the same data source or resource).
    const key = JSON.stringify(local ? [stack.node.path, ...parts] : parts);
    return [{ key, comparableAcrossStacks: !local, view, rule, where: rule.scopeText ?? where.join(', ') }];
  });
}

/** An attribute's value, resolved or as written (`raw`, for messages), following a dotted path into maps and blocks. */
function valueAt(view: ResourceView, attribute: string, form: 'resolved' | 'raw' = 'resolved'): unknown {
  const [head, ...rest] = attribute.split('.');
  const value = form === 'raw' ? view.raw[head] : view.resolved(head);
  return rest.length ? stringAt(value, rest) : value ?? undefined;
}
