import { IConstruct } from 'constructs';
import { ResourceView, resourcesOf } from './resources';
import { addStackCheck } from './stack-checks';

/**
 * A rule on what a resource type's attributes may hold, checked on the synthesized values (lazy ones rendered), so
 * it covers every construct that creates such a resource. `check` throws a ConfigurationError naming the resource.
 */
export interface ResourceRule {
  readonly resourceType: string;
  check(view: ResourceView): void;
}

/** Runs the rules on the stack of `scope` at synth (`Testing.synth` included), once however often registered. */
export function registerResourceRules(scope: IConstruct, id: string, rules: readonly ResourceRule[]): void {
  addStackCheck(scope, `resource-rules:${id}`, (stack) => {
    const byType = new Map<string, ResourceRule[]>();
    for (const r of rules) byType.set(r.resourceType, [...(byType.get(r.resourceType) ?? []), r]);
    for (const view of resourcesOf(stack, new Set(byType.keys()))) {
      for (const rule of byType.get(view.resource.terraformResourceType) ?? []) rule.check(view);
    }
  });
}

/** The string at a path of nested blocks (`destination_config.on_failure.destination`), where blocks may be lists. */
export function stringAt(value: unknown, path: readonly string[]): string | undefined {
  let current: unknown = value;
  for (const key of path) {
    if (Array.isArray(current)) current = current[0];
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  if (Array.isArray(current)) current = current[0];
  return typeof current === 'string' ? current : undefined;
}
