import { AnnotationMetadataEntryType, App, IAspect, Aspects, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { renderTokens } from './tokens';

/** A check of a whole synthesized stack (every resource, whichever construct made it). */
export type StackCheck = (stack: TerraformStack) => void;
/** A check of every stack of an app together (names that must be unique across stacks). */
export type AppCheck = (stacks: readonly TerraformStack[]) => void;

const STACK_CHECKS = Symbol.for('evented-buckets.stack-checks');
const APP_CHECKS = Symbol.for('evented-buckets.app-checks');

type WithChecks<T> = { [key: symbol]: Map<string, T> | undefined };

/**
 * Runs `check` on the stack of `scope` when it is synthesized, once however often it is registered under `id`.
 * It is an aspect, so it runs under `app.synth()` and under `Testing.synth(stack)` alike, before anything is written.
 */
export function addStackCheck(scope: IConstruct, id: string, check: StackCheck): void {
  const stack = TerraformStack.of(scope);
  const holder = stack as unknown as WithChecks<StackCheck>;
  let checks = holder[STACK_CHECKS];
  if (!checks) {
    const registered = new Map<string, StackCheck>();
    holder[STACK_CHECKS] = checks = registered;
    const aspect: IAspect = {
      visit: (node) => {
        if (node !== stack) return;
        renderAnnotationTokens(stack);
        for (const c of registered.values()) c(stack);
      },
    };
    Aspects.of(stack).add(aspect);
  }
  if (!checks.has(id)) checks.set(id, check);
}

/**
 * Runs `check` on all stacks of the app under `app.synth()` (an app validation; `Testing.synth` of one stack does not
 * run it, and `skipValidation` turns it off). It throws the first error, as the stack checks do.
 */
export function addAppCheck(scope: IConstruct, id: string, check: AppCheck): void {
  const root = scope.node.root;
  if (!App.isApp(root)) return;
  const holder = root as unknown as WithChecks<AppCheck>;
  let checks = holder[APP_CHECKS];
  if (!checks) {
    const registered = new Map<string, AppCheck>();
    holder[APP_CHECKS] = checks = registered;
    root.node.addValidation({
      validate: () => {
        const stacks = root.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
        for (const c of registered.values()) c(stacks);
        return [];
      },
    });
  }
  if (!checks.has(id)) checks.set(id, check);
}

const ANNOTATION_TYPES: readonly string[] = [AnnotationMetadataEntryType.INFO, AnnotationMetadataEntryType.WARN, AnnotationMetadataEntryType.ERROR];

/**
 * Warnings and infos show values the way errors do: a token in an annotation is written as what it stands for
 * before the annotations reach the manifest and the CLI.
 */
function renderAnnotationTokens(stack: TerraformStack): void {
  for (const construct of stack.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (ANNOTATION_TYPES.includes(entry.type) && typeof entry.data === 'string') {
        (entry as { data: unknown }).data = renderTokens(construct, entry.data);
      }
    }
  }
}
