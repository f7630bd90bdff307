import { IConstruct } from 'constructs';
import type { IObjectGrantee } from '../core/function-bindings';
import { ResizeBinding } from '../core/resize-wiring';
import { ResolvedIbmPlacement } from './context';
import type { IEventedBucket } from './evented-bucket';

/**
 * A notification being wired from a COS bucket to a function. The handler renders what delivers its events
 * (a subscription, or a trigger and a rule) under `scope`, the notification construct.
 */
export interface CosNotificationBinding extends ResizeBinding<IEventedBucket> {
  /** One native event type: `write`, `delete` or `all`. */
  readonly eventType: string;
  /** The subscription's name, when the notification gives one (Code Engine). */
  readonly subscriptionName?: string;
}

/** What a COS notification needs of the code it invokes: a Code Engine app or job, or a Cloud Functions action. */
export interface ICosEventHandler extends IConstruct {
  readonly placement: ResolvedIbmPlacement;
  /**
   * Called once per notification: grants, runtime guard filters, recursion and limit checks, the service-to-service
   * authorization, and the resources that deliver the events (a COS subscription, or a trigger and a rule).
   */
  bindCosNotification(binding: CosNotificationBinding): void;
}

/** Code a bucket can grant object access to (`bucket.grantRead(fn, 'uploads/*')`): a Code Engine app or job. */
export interface ICosObjectGrantee extends IObjectGrantee<IEventedBucket> {}
