import { Testing, TerraformStack } from 'cdktf';
import { BehaviourCheckOptions, checkStackBehaviour, formatBehaviourViolations } from './behaviour-check';
import { loadProviderBehaviour, ProviderBehaviourFile } from './provider-behaviour';
import { checkStackAgainstSchemas, formatViolations, loadProviderSchemas, ProviderSchemaFile } from './schema-check';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The synthesized stack (or the stack itself) uses only what the provider schemas declare. */
      toConformToProviderSchemas(schemas?: readonly ProviderSchemaFile[]): R;
      /**
       * The synthesized stack (or the stack itself) passes the behaviour check (`checkStackBehaviour`): nothing the
       * pinned providers' Read, Update or plugin limits would turn into a failed first plan or a change on the second.
       * For the JSON of `Testing.synth`, pass `{ assets: stack }` so the check can size the stack's asset files.
       */
      toPassBehaviourCheck(options?: BehaviourCheckOptions): R;
    }
  }
}

/** Synthesizes a stack, running its validations, and returns the Terraform JSON. */
export function synthesizeStack(stack: TerraformStack): string {
  return Testing.synth(stack, true);
}

/**
 * Registers `expect(...).toConformToProviderSchemas()` and `expect(...).toPassBehaviourCheck()` with jest. Call it
 * from a jest setup file, next to `Testing.setupJest()`.
 */
export function setupSchemaMatchers(): void {
  const expectFn = (globalThis as any).expect;
  if (!expectFn) throw new Error('setupSchemaMatchers() must run inside jest (e.g. from setupFilesAfterEnv).');
  let defaults: ProviderSchemaFile[] | undefined;
  let behaviour: Map<string, ProviderBehaviourFile> | undefined;
  expectFn.extend({
    toConformToProviderSchemas(received: string | TerraformStack, schemas?: readonly ProviderSchemaFile[]) {
      const json = typeof received === 'string' ? received : synthesizeStack(received);
      const violations = checkStackAgainstSchemas(json, schemas ?? (defaults ??= loadProviderSchemas()));
      return {
        pass: violations.length === 0,
        message: () => violations.length === 0
          ? 'expected the stack to violate the provider schemas, but it conforms'
          : `expected the stack to conform to the provider schemas:\n${formatViolations(violations)}`,
      };
    },
    toPassBehaviourCheck(received: string | TerraformStack, options: BehaviourCheckOptions = {}) {
      const violations = checkStackBehaviour(received, { ...options, behaviour: options.behaviour ?? (behaviour ??= loadProviderBehaviour()) });
      return {
        pass: violations.length === 0,
        message: () => violations.length === 0
          ? 'expected the stack to fail the behaviour check, but it passes'
          : `expected the stack to pass the behaviour check:\n${formatBehaviourViolations(violations)}`,
      };
    },
  });
}
