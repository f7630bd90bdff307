import { Aspects, Fn, IAspect, TerraformResource, Token, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';
import { setTag, setTagKey, tagProblem, tagRules, taggableTypes, TaggableType, TagRules } from './tag-rules';

/** Options of one `Tags.of(scope).add` or `.remove`. */
export interface TagProps {
  /**
   * Precedence against other tag operations on the same key: the highest priority wins, and between equal
   * priorities the operation on the nearer scope wins (as in the AWS CDK).
   * @default 100 for `add`, 200 for `remove`
   */
  readonly priority?: number;
  /** Apply only to these Terraform resource types. @default every taggable type */
  readonly includeResourceTypes?: readonly string[];
  /** Never apply to these Terraform resource types. @default none */
  readonly excludeResourceTypes?: readonly string[];
}

/**
 * Tags every taggable resource under a scope, on Alibaba Cloud, Tencent Cloud and IBM Cloud:
 * `Tags.of(app).add('cost-center', '42')`. A resource is taggable when its provider schema has a `tags` attribute
 * (see tag-rules.ts); Alibaba and Tencent get `{ key = value }`, IBM gets `"key:value"` user tags. Tags set on the
 * resource itself (props, the generated binding's `tags`, or an escape-hatch `addOverride`) are kept and win over
 * these on the same key. Every tag is checked against its cloud's rules at synth, with a ConfigurationError naming
 * the resource.
 */
export class Tags {
  /** Tag operations on `scope` and everything under it. */
  public static of(scope: IConstruct): Tags {
    return new Tags(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /** Adds (or overrides, by precedence) the tag `key` with `value` on every taggable resource under the scope. */
  public add(key: string, value: string, props: TagProps = {}): void {
    if (!Token.isUnresolved(key) && key.length === 0) {
      throw new ConfigurationError(this.scope, 'Tags.of(...).add was given an empty tag key.', 'pass a key of at least one character.');
    }
    Aspects.of(this.scope).add(new TagAspect(this.scope, { kind: 'add', key, value, priority: props.priority ?? 100, ...filters(props) }));
  }

  /** Removes the tag `key` that scopes above (or lower-priority operations) added. Tags set on a resource itself stay. */
  public remove(key: string, props: TagProps = {}): void {
    Aspects.of(this.scope).add(new TagAspect(this.scope, { kind: 'remove', key, priority: props.priority ?? 200, ...filters(props) }));
  }
}

interface TagOperation {
  readonly kind: 'add' | 'remove';
  readonly key: string;
  readonly value?: string;
  readonly priority: number;
  readonly include?: ReadonlySet<string>;
  readonly exclude?: ReadonlySet<string>;
}

function filters(props: TagProps): Pick<TagOperation, 'include' | 'exclude'> {
  return {
    include: props.includeResourceTypes ? new Set(props.includeResourceTypes) : undefined,
    exclude: props.excludeResourceTypes ? new Set(props.excludeResourceTypes) : undefined,
  };
}

let sequence = 0;

class TagAspect implements IAspect {
  private readonly depth: number;
  private readonly order = sequence++;

  constructor(private readonly scope: IConstruct, private readonly operation: TagOperation) {
    this.depth = scope.node.scopes.length;
  }

  public visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node)) return;
    const resource = node as TerraformResource;
    const type = taggableTypes().get(resource.terraformResourceType);
    if (!type) return;
    const { include, exclude } = this.operation;
    if (include && !include.has(resource.terraformResourceType)) return;
    if (exclude?.has(resource.terraformResourceType)) return;
    resourceTags(resource, type).record({ ...this.operation, depth: this.depth, order: this.order, scope: this.scope });
  }
}

interface RecordedOperation extends TagOperation {
  readonly depth: number;
  readonly order: number;
  readonly scope: IConstruct;
}

const managers = new WeakMap<TerraformResource, ResourceTags>();

function resourceTags(resource: TerraformResource, type: TaggableType): ResourceTags {
  let manager = managers.get(resource);
  if (!manager) managers.set(resource, manager = new ResourceTags(resource, type));
  return manager;
}

/** The tag operations that reached one resource, and the tags the resource had of its own before any of them. */
class ResourceTags {
  private readonly operations: RecordedOperation[] = [];
  /** The resource's own tags as synthesized (config and escape-hatch overrides), read before any aspect wrote. */
  private readonly explicit: unknown;
  private readonly rules: TagRules;

  constructor(private readonly resource: TerraformResource, private readonly type: TaggableType) {
    this.explicit = ownTags(resource);
    this.rules = tagRules(resource.terraformResourceType, type.provider);
  }

  public record(operation: RecordedOperation): void {
    this.operations.push(operation);
    this.apply();
  }

  /** Rewrites the resource's tags from every operation recorded so far, so the order of visits does not matter. */
  private apply(): void {
    const added = this.resolve();
    if (this.type.form === 'map') this.applyMap(added);
    else this.applySet(added);
  }

  /** Per key, the winning operation: highest priority, then the nearest scope, then the latest. */
  private resolve(): Map<string, { value: string; scope: IConstruct }> {
    const winners = new Map<string, RecordedOperation>();
    for (const op of this.operations) {
      const best = winners.get(op.key);
      if (!best || op.priority > best.priority || (op.priority === best.priority && (op.depth > best.depth || (op.depth === best.depth && op.order > best.order)))) {
        winners.set(op.key, op);
      }
    }
    const added = new Map<string, { value: string; scope: IConstruct }>();
    for (const [key, op] of [...winners].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (op.kind === 'add') added.set(key, { value: op.value!, scope: op.scope });
    }
    return added;
  }

  private applyMap(added: Map<string, { value: string; scope: IConstruct }>): void {
    const explicit = this.explicit;
    if (explicit !== undefined && !isPlainMap(explicit)) {
      // The resource's tags are an expression known at plan time: Terraform merges, the resource's own keys last.
      this.resource.addOverride('tags', Fn.merge([Object.fromEntries([...added].map(([k, v]) => [k, v.value])), explicit]));
      return;
    }
    const own = (explicit ?? {}) as Record<string, unknown>;
    const merged: Record<string, unknown> = {};
    for (const [key, { value, scope }] of added) {
      if (key in own) continue;
      this.check(key, value, scope);
      merged[key] = value;
    }
    Object.assign(merged, own);
    this.checkCount(Object.keys(merged).length);
    // An override keyed per tag merges with the configured map, so the resource's own tags stay as they are.
    this.resource.addOverride('tags', merged);
  }

  private applySet(added: Map<string, { value: string; scope: IConstruct }>): void {
    const explicit = this.explicit;
    // Case-insensitive, as the provider's set is (flex.ResourceIBMVPCHash lowercases, ibm/flex/structures.go:2942).
    const own = ownSetKeys(explicit);
    const ours = [...added].filter(([key]) => !own.has(key.toLowerCase())).map(([key, { value, scope }]) => {
      this.check(key, value, scope);
      return setTag(key, value);
    });
    // Overrides concatenate lists with the configured one: clear the configured list, the override carries it.
    (this.resource as unknown as { tags?: unknown }).tags = undefined;
    if (explicit !== undefined && !Array.isArray(explicit)) {
      this.resource.addOverride('tags', Fn.distinct(Fn.concat([ours, explicit])));
      return;
    }
    const merged = [...new Set([...((explicit ?? []) as unknown[]), ...ours])];
    this.checkCount(merged.length);
    this.resource.addOverride('tags', merged);
  }

  private check(key: string, value: string, scope: IConstruct): void {
    if (Token.isUnresolved(key) || Token.isUnresolved(value)) return;
    const problem = tagProblem(key, value, this.rules, this.type.form);
    if (problem) {
      throw new ConfigurationError(this.resource, `${problem} It comes from Tags.of(${scope.node.path || '<root>'}) on this ${this.resource.terraformResourceType}.`,
        `change the tag (rules: ${this.rules.source}), or exclude the type with excludeResourceTypes.`);
    }
  }

  private checkCount(count: number): void {
    if (count > this.rules.maxTags) {
      throw new ConfigurationError(this.resource, `This ${this.resource.terraformResourceType} would carry ${count} tags, more than the ${this.rules.maxTags} the cloud allows.`,
        'remove tags with Tags.of(scope).remove(key), or set fewer on the resource.');
    }
  }
}

/** The `tags` a resource synthesizes with (its config merged with escape-hatch overrides). */
function ownTags(resource: TerraformResource): unknown {
  const tf = resource.toTerraform() as { resource?: Record<string, Record<string, Record<string, unknown>>> };
  const body = Object.values(Object.values(tf.resource ?? {})[0] ?? {})[0];
  return body?.tags;
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Tokenization.isResolvable(value);
}

function ownSetKeys(explicit: unknown): Set<string> {
  return new Set(Array.isArray(explicit) ? explicit.filter((t): t is string => typeof t === 'string' && !Token.isUnresolved(t)).map((t) => setTagKey(t).toLowerCase()) : []);
}
