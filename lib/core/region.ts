import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';
import { isLiteral } from './tokens';

/**
 * Every cloud here rejects a trigger from a bucket in one region to a function in another, but only at deploy time.
 * When both regions are literals the mistake is caught at synth; otherwise the cloud folder adds a plan-time precondition.
 */
export function checkSameRegion(scope: IConstruct, bucketRegion: string | undefined, functionRegion: string | undefined, what: { bucket: string; fn: string }): void {
  if (isLiteral(bucketRegion) && isLiteral(functionRegion) && bucketRegion !== functionRegion) {
    throw new ConfigurationError(scope,
      `Bucket ${what.bucket} is in region ${bucketRegion} but function ${what.fn} is in ${functionRegion}; the cloud only delivers object events to a function in the bucket's region.`,
      `deploy the function with a provider for ${bucketRegion}, or use a bucket in ${functionRegion}.`);
  }
}
