import { createHash } from 'crypto';
import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';
import { NativeEventCatalogue } from './events';
import { describeFilter, filtersOverlap, NormalizedKeyFilter } from './filters';
import { isLiteral } from './tokens';

/** A bucket as the core sees it: a construct with a name. */
export interface IBucketRef extends IConstruct {
  /** The bucket's name (a literal for buckets this library creates or imports by name). */
  readonly bucketName: string;
}

/** True when both references denote the same bucket. */
export function sameBucket(a: IBucketRef, b: IBucketRef): boolean {
  return a === b || (isLiteral(a.bucketName) && a.bucketName === b.bucketName);
}

/** One registered notification: which events, which keys, which handler. */
export interface Notification {
  /** The construct that renders the notification; errors point at it. */
  readonly scope: IConstruct;
  /** Native event names, resolved and sorted. */
  readonly events: readonly string[];
  readonly filter: NormalizedKeyFilter;
  /** The function the events go to. */
  readonly handler: IConstruct;
}

/** What a cloud allows on one bucket. */
export interface NotificationLimits {
  /** Most notification rules (triggers) one bucket may carry. */
  readonly maxPerBucket: number;
}

/**
 * The notifications on one bucket. Every addition is checked against the others, so overlapping filters and
 * exceeded limits fail at synth, naming both constructs, instead of at deploy time.
 */
export class NotificationSet {
  private readonly items: Notification[] = [];

  constructor(
    private readonly bucket: IBucketRef,
    private readonly catalogue: NativeEventCatalogue,
    private readonly limits: NotificationLimits,
  ) {}

  public get all(): readonly Notification[] {
    return this.items;
  }

  public add(n: Notification): void {
    if (n.events.length === 0) {
      throw new ConfigurationError(n.scope, 'The notification lists no events.', 'pass at least one event kind or native event name.');
    }
    const unknown = n.events.filter((e) => !this.catalogue.all.includes(e));
    if (unknown.length > 0) {
      throw new ConfigurationError(n.scope, `Unknown ${this.catalogue.cloud} event(s): ${unknown.join(', ')}.`,
        `use one of: ${this.catalogue.all.join(', ')}.`);
    }
    if (this.items.length >= this.limits.maxPerBucket) {
      throw new ConfigurationError(n.scope,
        `Bucket ${this.bucket.node.path} already has ${this.items.length} notifications; ${this.catalogue.cloud} allows at most ${this.limits.maxPerBucket} per bucket.`,
        'merge notifications that go to the same function (one prefix can cover several folders), or spread the objects over more buckets.');
    }
    for (const other of this.items) {
      const shared = n.events.filter((a) => other.events.some((b) => this.catalogue.intersects(a, b)));
      if (shared.length > 0 && filtersOverlap(n.filter, other.filter)) {
        throw new ConfigurationError(n.scope,
          `Its filter (${describeFilter(n.filter)}) overlaps the one of ${other.scope.node.path} (${describeFilter(other.filter)}) for event(s) ${shared.join(', ')} on the same bucket; ${this.catalogue.cloud} rejects overlapping rules for the same event at deploy time.`,
          'make the prefixes disjoint (neither may start with the other) or the suffixes disjoint, or listen to different events.');
      }
    }
    this.items.push(n);
  }
}

/**
 * A readable construct id for a notification that depends on what the notification is (handler, events, filter),
 * not on the order notifications were added in. Throws when the same notification is added twice.
 */
export function notificationId(bucket: IConstruct, handler: IConstruct, events: readonly string[], filter: { prefix?: string; suffix?: string }): string {
  const identity = JSON.stringify([handler.node.path, events, filter.prefix ?? '', filter.suffix ?? '']);
  const id = `Notify-${handler.node.id}-${createHash('sha256').update(identity).digest('hex').slice(0, 8)}`;
  if (bucket.node.tryFindChild(id)) {
    throw new ConfigurationError(bucket, `The same notification (${events.join(', ')} to ${handler.node.path}, ${JSON.stringify(filter.prefix ?? '')}/${JSON.stringify(filter.suffix ?? '')}) is added twice.`,
      'add each notification once.');
  }
  return id;
}
