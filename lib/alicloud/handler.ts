import { ITerraformDependable } from 'cdktf';
import { IConstruct } from 'constructs';
import { ResizeBinding } from '../core/resize-wiring';
import { ResolvedPlacement } from './context';
import type { IEventedBucket } from './evented-bucket';

/** A notification being wired from a bucket to a function (the trigger construct is its scope). */
export interface OssTriggerBinding extends ResizeBinding<IEventedBucket> {
  readonly events: readonly string[];
}

/** What an OSS trigger needs of the function it invokes. */
export interface IOssEventHandler extends IConstruct {
  /** The function's name (literal). */
  readonly functionName: string;
  readonly placement: ResolvedPlacement;
  /** ARN of the role OSS assumes to invoke the function. */
  readonly invocationRoleArn: string;
  /** What must exist before a trigger is created: the function, and the invocation role with its policy. */
  readonly triggerDependencies: readonly ITerraformDependable[];
  /**
   * Called once per notification: the function grants itself read access to the notified prefix, records the
   * filter for its runtime guard, and checks the binding (recursion, limits).
   */
  bindOssTrigger(binding: OssTriggerBinding): void;
}
