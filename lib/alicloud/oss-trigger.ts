import { Annotations, Fn, Op, TerraformProvider, TerraformResourceLifecycle } from 'cdktf';
import { Construct } from 'constructs';
import { Fcv3Trigger } from '../generated/providers/alicloud/fcv3-trigger';
import { NormalizedKeyFilter } from '../core/filters';
import { physicalName } from '../core/names';
import { escapeTerraformTemplate } from '../core/tokens';
import { checkSameRegion } from '../core/region';
import { requireTerraformFeature } from '../core/terraform-version';
import type { IEventedBucket } from './evented-bucket';
import { boundEventKinds } from '../core/function-bindings';
import { IOssEventHandler } from './handler';
import { OSS_EVENT_CATALOGUE } from './oss-events';
import { checkName, TRIGGER_NAME } from './naming';

export interface OssTriggerProps {
  readonly bucket: IEventedBucket;
  readonly handler: IOssEventHandler;
  /** Native OSS event names, resolved. */
  readonly events: readonly string[];
  readonly filter: NormalizedKeyFilter;
  /** @default false */
  readonly allowRecursion?: boolean;
  /** @default derived from the construct path */
  readonly triggerName?: string;
}

/** The `trigger_config` of an OSS trigger, in the lower-case form Function Compute 3.0 expects. */
export function ossTriggerConfig(events: readonly string[], filter: NormalizedKeyFilter): string {
  return escapeTerraformTemplate(JSON.stringify({ events: [...events], filter: { key: { prefix: filter.prefix, suffix: filter.suffix } } }));
}

/**
 * One OSS event notification: an `alicloud_fcv3_trigger` of type `oss` on the function, with the bucket as source.
 * Creating it validates the notification against the bucket's others (overlap, limit), the function's outputs
 * (recursion, against what it may write or delete) and regions.
 */
export class OssTrigger extends Construct {
  public readonly trigger: Fcv3Trigger;
  public readonly triggerName: string;

  constructor(scope: Construct, id: string, props: OssTriggerProps) {
    super(scope, id);
    const { bucket, handler, filter } = props;
    checkSameRegion(this, bucket.placement.literalRegion, handler.placement.literalRegion, { bucket: bucket.node.path, fn: handler.node.path });
    bucket.notifications.add({ scope: this, events: props.events, filter, handler });
    handler.bindOssTrigger({ scope: this, bucket, events: props.events, kinds: boundEventKinds(OSS_EVENT_CATALOGUE, props.events), filter, allowRecursion: props.allowRecursion ?? false });

    this.triggerName = checkName(this, TRIGGER_NAME, props.triggerName ??
      physicalName(this, { maxLength: 128, lowerCase: true, extraChars: '-_', separator: '-', startWithLetter: true }, `oss-${bucket.node.id}`));
    const provider: TerraformProvider | undefined = handler.placement.provider;
    // Declared with or without the region precondition, so the stack's required_version does not depend on the region.
    requireTerraformFeature(this, 'precondition');
    this.trigger = new Fcv3Trigger(this, 'Trigger', {
      functionName: handler.functionName,
      qualifier: 'LATEST',
      triggerType: 'oss',
      triggerName: this.triggerName,
      description: `OSS ${bucket.bucketName}: ${props.events.join(', ')}`.slice(0, 256),
      sourceArn: `acs:oss:${bucket.placement.region}:${handler.placement.accountId}:${bucket.bucketName}`,
      invocationRole: handler.invocationRoleArn,
      triggerConfig: ossTriggerConfig(props.events, filter),
      dependsOn: [...handler.triggerDependencies, ...bucket.dependables],
      provider,
      lifecycle: this.regionPrecondition(bucket, handler),
    });
  }

  /** When a region is only known at plan time, Terraform checks it before creating the trigger. */
  private regionPrecondition(bucket: IEventedBucket, handler: IOssEventHandler): TerraformResourceLifecycle | undefined {
    if (bucket.placement.literalRegion !== undefined && handler.placement.literalRegion !== undefined) return undefined;
    if (bucket.locationAttribute === undefined) {
      Annotations.of(this).addWarning(
        `The region of imported bucket ${bucket.bucketName} is unknown, so it cannot be checked against the function's before deploy. Pass { region } to EventedBucket.fromBucketName.`);
      return undefined;
    }
    const expected = Fn.join('', ['oss-', handler.placement.region]);
    return { precondition: [{
      condition: Op.eq(bucket.locationAttribute, expected),
      errorMessage: `Bucket ${bucket.bucketName} (${bucket.node.path}) and function ${handler.functionName} (${handler.node.path}) must be in the same region: OSS only triggers functions in the bucket's region. Deploy both with one provider region.`,
    }] };
  }
}
