import { ITerraformDependable, Precondition } from 'cdktf';
import { IConstruct } from 'constructs';
import { ResizeBinding } from '../core/resize-wiring';
import { ResolvedTencentPlacement } from './context';
import type { IEventedBucket } from './evented-bucket';

/** A notification being wired from a COS bucket to a function (the trigger construct is its scope). */
export interface CosTriggerBinding extends ResizeBinding<IEventedBucket> {
  readonly event: string;
}

/** What a COS trigger needs of the SCF function it invokes. */
export interface ICosEventHandler extends IConstruct {
  readonly functionName: string;
  readonly namespace: string;
  readonly placement: ResolvedTencentPlacement;
  /** What must exist before a trigger is created. */
  readonly triggerDependencies: readonly ITerraformDependable[];
  /** Plan-time checks every trigger of this function carries (e.g. that SCF_QcsRole exists). */
  readonly triggerPreconditions: readonly Precondition[];
  /** References whose change means the function was replaced (its `id`): a trigger is replaced with it. */
  readonly replacementTriggers: readonly string[];
  /** Called once per notification: grants, runtime guard filters, recursion and limit checks. */
  bindCosTrigger(binding: CosTriggerBinding): void;
}
