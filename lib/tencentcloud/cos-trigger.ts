import { ITerraformDependable, Op, Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { ScfTrigger } from '../generated/providers/tencentcloud/scf-trigger';
import { ConfigurationError } from '../core/errors';
import { NormalizedKeyFilter } from '../core/filters';
import { boundEventKinds } from '../core/function-bindings';
import { checkSameRegion } from '../core/region';
import { requireTerraformFeature } from '../core/terraform-version';
import { escapeTerraformTemplate } from '../core/tokens';
import type { IEventedBucket } from './evented-bucket';
import { COS_EVENT_CATALOGUE } from './cos-events';
import { ICosEventHandler } from './handler';

export interface CosTriggerProps {
  readonly bucket: IEventedBucket;
  readonly handler: ICosEventHandler;
  /** One native COS event (an SCF COS trigger carries exactly one). */
  readonly event: string;
  readonly filter: NormalizedKeyFilter;
  /** @default false */
  readonly allowRecursion?: boolean;
}

/**
 * JSON as Go's `json.Marshal` writes it: compact, object keys sorted byte-wise at every level, `<`, `>`, `&`, U+2028
 * and U+2029 escaped. The provider re-serializes `trigger_desc` this way on every read; anything else is a perpetual diff.
 */
export function goJson(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v !== null && typeof v === 'object') {
      // Code-unit order equals Go's byte order for the ASCII keys written here.
      return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return JSON.stringify(sorted(value)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The `trigger_desc` of a COS trigger. Empty filter parts are left out: the provider keeps only keys present in the
 * configuration, and an empty key the API does not echo would show a diff on every plan.
 */
export function cosTriggerDesc(event: string, filter: NormalizedKeyFilter): string {
  const f: Record<string, string> = {};
  if (filter.prefix) f.Prefix = filter.prefix;
  if (filter.suffix) f.Suffix = filter.suffix;
  return escapeTerraformTemplate(goJson(Object.keys(f).length > 0 ? { event, filter: f } : { event }));
}

/**
 * One COS event notification: a `tencentcloud_scf_trigger` of type `cos`. Its name must be the bucket's
 * `<bucket>.cos.<region>.myqcloud.com`, which is why one bucket can carry one trigger per function.
 */
export class CosTrigger extends Construct {
  public readonly trigger: ScfTrigger;

  constructor(scope: Construct, id: string, props: CosTriggerProps) {
    super(scope, id);
    const { bucket, handler, filter } = props;
    checkSameRegion(this, bucket.placement.literalRegion, handler.placement.literalRegion, { bucket: bucket.node.path, fn: handler.node.path });
    const bucketRegion = bucket.placement.literalRegion;
    const functionRegion = handler.placement.literalRegion;
    // One provider configuration means one region. Otherwise the function's region must be a literal: the bucket's
    // is then checked at synth, or at plan time against the region its URL names.
    const preconditions: Precondition[] = [...handler.triggerPreconditions, ...bucket.triggerPreconditions];
    if (bucket.placement.provider !== handler.placement.provider && (bucketRegion === undefined || functionRegion === undefined)) {
      if (functionRegion === undefined || bucket.regionKnown) {
        throw new ConfigurationError(this, `Bucket ${bucket.node.path} and function ${handler.node.path} use different provider configurations and their regions are unknown at synth, so they cannot be checked to be the same.`,
          'set `region` on the providers (or the constructs), or use one provider for both.');
      }
      preconditions.push({
        condition: Op.eq(bucket.region, functionRegion),
        errorMessage: `Bucket ${bucket.node.path} must be in ${functionRegion}, the region of function ${handler.node.path}: COS only triggers functions in the bucket's region.`,
      });
      requireTerraformFeature(this, 'endswith');
    }
    bucket.notifications.add({ scope: this, events: [props.event], filter, handler });
    handler.bindCosTrigger({
      scope: this, bucket, event: props.event, filter, allowRecursion: props.allowRecursion ?? false,
      // What the recursion check compares with the function's grants; restore events are raised by no grant.
      kinds: boundEventKinds(COS_EVENT_CATALOGUE, [props.event]),
    });

    const dependsOn: ITerraformDependable[] = [...handler.triggerDependencies, ...bucket.dependables];
    this.trigger = new ScfTrigger(this, 'Trigger', {
      // The function's attributes, not copies: a rename through an escape hatch reaches every trigger.
      functionName: handler.functionNameReference,
      namespace: handler.namespaceReference,
      type: 'cos',
      triggerName: bucket.triggerName,
      triggerDesc: cosTriggerDesc(props.event, filter),
      // Both are read back on every refresh: left unset, every plan would show a change.
      enable: 'OPEN',
      qualifier: '$LATEST',
      description: `COS ${bucket.bucketName}: ${props.event}`.slice(0, 256),
      dependsOn,
      lifecycle: {
        // `trigger_name` is neither ForceNew nor sent by Update, and the trigger dies with its function: replace the
        // trigger with the bucket or the function it binds, or the new one never gets a trigger.
        replaceTriggeredBy: [...bucket.replacementTriggers, ...handler.replacementTriggers],
        ...(preconditions.length > 0 ? { precondition: preconditions } : {}),
      },
      provider: handler.placement.provider,
    });
  }
}
