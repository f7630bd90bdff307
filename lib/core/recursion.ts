import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';
import { describeFilter, NormalizedKeyFilter, prefixesOverlap } from './filters';
import { IBucketRef, sameBucket } from './notifications';

/** Where a function writes objects. */
export interface WriteLocation {
  readonly bucket: IBucketRef;
  /** Every object the function writes starts with this prefix. */
  readonly prefix: string;
}

/**
 * A function whose outputs match the filter that triggers it invokes itself for ever (and bills for it).
 * Outputs keep the source's extension, so only the prefix can keep them apart: an output prefix that starts with
 * the trigger prefix, or that the trigger prefix starts with, can match.
 */
export function checkRecursion(
  scope: IConstruct,
  trigger: { bucket: IBucketRef; filter: NormalizedKeyFilter },
  writes: readonly WriteLocation[],
  allowRecursion: boolean,
): void {
  if (allowRecursion) return;
  for (const w of writes) {
    if (sameBucket(w.bucket, trigger.bucket) && prefixesOverlap(w.prefix, trigger.filter.prefix)) {
      throw new ConfigurationError(scope,
        `The function writes under ${JSON.stringify(w.prefix)} in bucket ${trigger.bucket.bucketName}, which this notification (${describeFilter(trigger.filter)}) watches: every output would trigger the function again.`,
        'give the notification a prefix the outputs never start with (e.g. "source/" in, "processed/" out), write the outputs to another bucket, or set allowRecursion: true if the function guards against its own outputs.');
    }
  }
}
