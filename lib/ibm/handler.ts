import { IConstruct } from 'constructs';
import { NormalizedKeyFilter } from '../core/filters';
import { ResolvedIbmPlacement } from './context';
import type { IEventedBucket } from './evented-bucket';

/** A notification being wired from a COS bucket to a function. */
export interface CosNotificationBinding {
  /** The notification construct: the handler renders its resources (subscription or trigger) under it, and errors point at it. */
  readonly scope: IConstruct;
  readonly bucket: IEventedBucket;
  /** One native event type: `write`, `delete` or `all`. */
  readonly eventType: string;
  readonly filter: NormalizedKeyFilter;
  readonly allowRecursion: boolean;
}

/** What a COS notification needs of the code it invokes: a Code Engine app, or a Cloud Functions action. */
export interface ICosEventHandler extends IConstruct {
  readonly placement: ResolvedIbmPlacement;
  /**
   * Called once per notification: grants, runtime guard filters, recursion and limit checks, the service-to-service
   * authorization, and the resources that deliver the events (a COS subscription, or a trigger and a rule).
   */
  bindCosNotification(binding: CosNotificationBinding): void;
}
