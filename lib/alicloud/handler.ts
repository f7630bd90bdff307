import { ITerraformDependable } from 'cdktf';
import { IConstruct } from 'constructs';
import { EventBinding, FunctionBindings, IObjectGrantee } from '../core/function-bindings';
import { ResolvedPlacement } from './context';
import type { IEventedBucket } from './evented-bucket';

/** A notification being wired from a bucket to a function (the trigger construct is its scope). */
export interface OssTriggerBinding extends EventBinding<IEventedBucket> {
  /** Native OSS event names, resolved. */
  readonly events: readonly string[];
}

/** What an OSS trigger needs of the function it invokes. */
export interface IOssEventHandler extends IConstruct {
  /** The function's name: the function resource's attribute, so an escape-hatch rename reaches the trigger. */
  readonly functionName: string;
  readonly placement: ResolvedPlacement;
  /** ARN of the role OSS assumes to invoke the function. */
  readonly invocationRoleArn: string;
  /** What must exist before a trigger is created: the function, and the invocation role with its policy. */
  readonly triggerDependencies: readonly ITerraformDependable[];
  /**
   * Called once per notification: the function records it (limits, recursion against its grants) and does what
   * its kind of function needs (the resize function reads the notified prefix and guards on its filter).
   */
  bindOssTrigger(binding: OssTriggerBinding): void;
}

/** A function that buckets can grant object access to (`bucket.grantRead(fn, 'uploads/*')`). */
export interface IOssGrantee extends IObjectGrantee<IEventedBucket> {
  /** The function's notifications and object grants: a grant is checked against the notifications for recursion. */
  readonly bindings: FunctionBindings<IEventedBucket>;
}
