import { ITerraformDependable, Precondition } from 'cdktf';
import { IConstruct } from 'constructs';
import { EventBinding, FunctionBindings } from '../core/function-bindings';
import { ResolvedTencentPlacement } from './context';
import type { IEventedBucket } from './evented-bucket';

/** A notification being wired from a COS bucket to a function (the trigger construct is its scope). */
export interface CosTriggerBinding extends EventBinding<IEventedBucket> {
  /** The native COS event of the trigger. */
  readonly event: string;
}

/** A function that bucket grants can be given to: what it was granted is recorded (and checked) in its bindings. */
export interface ICosGrantee extends IConstruct {
  /** The function's notifications and object grants; a grant renders into the function's execution role. */
  readonly bindings: FunctionBindings<IEventedBucket>;
}

/** What a COS trigger needs of the SCF function it invokes. */
export interface ICosEventHandler extends IConstruct {
  /** The function's name as configured (the trigger references the resource's attribute, which follows renames). */
  readonly functionName: string;
  readonly namespace: string;
  /**
   * The resource's `name` and `namespace` attributes, read once (each read of a generated attribute is a new token):
   * triggers reference them, so a rename through an escape hatch reaches every trigger.
   */
  readonly functionNameReference: string;
  readonly namespaceReference: string;
  readonly placement: ResolvedTencentPlacement;
  /** What must exist before a trigger is created. */
  readonly triggerDependencies: readonly ITerraformDependable[];
  /** Plan-time checks every trigger of this function carries (e.g. that SCF_QcsRole exists). */
  readonly triggerPreconditions: readonly Precondition[];
  /** References whose change means the function was replaced (its `id`): a trigger is replaced with it. */
  readonly replacementTriggers: readonly string[];
  /** Called once per notification: records it (limit and recursion checks), and whatever the function derives from it. */
  bindCosTrigger(binding: CosTriggerBinding): void;
}
