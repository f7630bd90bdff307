import { Construct, IConstruct } from 'constructs';
import { ConfigurationError } from './errors';
import { NativeEventCatalogue, ObjectEventKind } from './events';
import { describeFilter, NormalizedKeyFilter, prefixesOverlap } from './filters';
import { eventKindRaisedBy, keyPrefixOfPattern, ObjectAccess } from './grants';
import { IBucketRef, sameBucket } from './notifications';

/** The neutral kinds of event a notification delivers, as the recursion check compares them with grants. */
export type BoundEventKind = 'created' | 'removed';

/**
 * What a notification of these native events reports, for the recursion check: objects created, removed, or both.
 * Events of no neutral kind (restores, say) are raised by no grant and drop out.
 */
export function boundEventKinds(catalogue: NativeEventCatalogue, events: readonly string[]): BoundEventKind[] {
  const kinds = new Set(events.map((e) => catalogue.kindOf(e)));
  return (['created', 'removed'] as const).filter((k) => kinds.has(k as ObjectEventKind));
}

/** A notification being bound to a function, as every cloud describes it. */
export interface EventBinding<B extends IBucketRef = IBucketRef> {
  /** The notification construct; errors point at it. */
  readonly scope: IConstruct;
  readonly bucket: B;
  readonly filter: NormalizedKeyFilter;
  /** Accept a notification whose keys the function may itself create (or delete). */
  readonly allowRecursion: boolean;
  /**
   * What the notification's events report: objects created, removed, or both. A function granted WRITE on keys a
   * "created" notification watches, or DELETE on keys a "removed" one watches, would invoke itself.
   * @default ['created']
   */
  readonly kinds?: readonly BoundEventKind[];
}

/** One object permission as it was granted, with the construct that asked for it (errors point at it). */
export interface RecordedGrant<B extends IBucketRef = IBucketRef> {
  readonly access: ObjectAccess;
  readonly bucket: B;
  /** Key prefix; "" means the whole bucket. */
  readonly prefix: string;
  readonly scope: IConstruct;
}

export interface FunctionBindingsProps<B extends IBucketRef = IBucketRef> {
  /** Most notifications the cloud lets one function have. */
  readonly maxBindings: number;
  /** The cloud's name for its functions, for messages ("Function Compute", "SCF", "Code Engine"). */
  readonly service: string;
  /** Renders a grant into the function's role or authorization (called once per distinct grant). */
  readonly render: (access: ObjectAccess, bucket: B, prefix: string) => void;
}

/**
 * What a function is bound to and what it may touch, whatever the cloud: the notifications that invoke it and the
 * object grants of its role. Every addition is checked against the other side, so a function granted write on a
 * prefix its own notification watches fails at synth (at whichever call came second), unless that notification
 * allows recursion. A function bound to events but granted nothing is valid: it may only read the event.
 */
export class FunctionBindings<B extends IBucketRef = IBucketRef> {
  private readonly boundItems: EventBinding<B>[] = [];
  private readonly grantItems: RecordedGrant<B>[] = [];

  constructor(private readonly owner: IConstruct, private readonly props: FunctionBindingsProps<B>) {}

  public get bindings(): readonly EventBinding<B>[] {
    return this.boundItems;
  }

  public get grants(): readonly RecordedGrant<B>[] {
    return this.grantItems;
  }

  /** Records a notification; checks the cloud's limit per function and recursion against the grants so far. */
  public bind(binding: EventBinding<B>): void {
    if (this.boundItems.length >= this.props.maxBindings) {
      throw new ConfigurationError(binding.scope, `Function ${this.owner.node.path} already has ${this.boundItems.length} triggers; ${this.props.service} allows ${this.props.maxBindings}.`,
        'merge notifications with a shorter common prefix, or deploy a second function.');
    }
    for (const grant of this.grantItems) checkPair(binding, grant);
    this.boundItems.push(binding);
  }

  /** Records and renders an object permission; checks recursion against the notifications so far. */
  public grant(access: ObjectAccess, bucket: B, prefix: string, scope: IConstruct = this.owner): void {
    const grant: RecordedGrant<B> = { access, bucket, prefix, scope };
    for (const binding of this.boundItems) checkPair(binding, grant);
    const duplicate = this.grantItems.some((g) => g.access === access && g.bucket === bucket && g.prefix === prefix);
    this.grantItems.push(grant);
    if (!duplicate) this.props.render(access, bucket, prefix);
  }
}

/**
 * A function that may create (or delete) keys its own notification watches invokes itself for ever, and bills for it.
 * Suffixes are not compared: a grant covers every suffix under its prefix.
 */
function checkPair<B extends IBucketRef>(binding: EventBinding<B>, grant: RecordedGrant<B>): void {
  if (binding.allowRecursion) return;
  const raised = eventKindRaisedBy(grant.access);
  if (raised === undefined || !(binding.kinds ?? ['created']).includes(raised)) return;
  if (!sameBucket(grant.bucket, binding.bucket) || !prefixesOverlap(grant.prefix, binding.filter.prefix)) return;
  const verb = raised === 'created' ? 'writes' : 'deletes';
  throw new ConfigurationError(binding.scope,
    `The function ${verb} under ${JSON.stringify(grant.prefix)} in bucket ${binding.bucket.bucketName}, which this notification (${describeFilter(binding.filter)}) watches: every ${raised === 'created' ? 'output' : 'deletion'} would trigger the function again (the grant comes from ${grant.scope.node.path}).`,
    `give the notification a prefix the function's ${raised === 'created' ? 'outputs' : 'deletions'} never start with (e.g. "source/" in, "processed/" out), grant on another prefix or bucket, or set allowRecursion: true if the function guards against its own ${raised === 'created' ? 'outputs' : 'deletions'}.`);
}

/** A function that buckets can grant object access to: its bindings check every grant against its notifications. */
export interface IObjectGrantee<B extends IBucketRef = IBucketRef> extends IConstruct {
  readonly bindings: FunctionBindings<B>;
}

/**
 * What every cloud's `bucket.grantRead(fn, keyPattern)` (and the other grant methods) does: turns the key pattern
 * into a prefix (refusing patterns that are not a prefix followed by `*`) and records the grant in the function's
 * bindings, which render it and check it for recursion. Errors point at the bucket.
 */
export function grantObjectAccess<B extends IBucketRef>(
  bucket: B,
  grantee: IObjectGrantee<B>,
  access: ObjectAccess,
  keyPattern?: string,
  fix: string = 'pass a function construct of this library (e.g. NodejsFunction), or add a statement to its role yourself.',
): void {
  // From JavaScript anything can arrive here: only this library's functions hold bindings that render grants.
  const bindings = (grantee as Partial<IObjectGrantee<B>> | undefined)?.bindings;
  if (!(bindings instanceof FunctionBindings)) {
    throw new ConfigurationError(bucket, `${grantee?.node?.path ?? String(grantee)} is not a function this library can grant object access to.`, fix);
  }
  bindings.grant(access, bucket, keyPrefixOfPattern(bucket, keyPattern), bucket);
}

/**
 * The grant methods of every cloud's bucket constructs (`grantRead`, `grantWrite`, `grantReadWrite`, `grantDelete`,
 * `grantList`), each through {@link grantObjectAccess}. A cloud's bucket base class extends this; its
 * `IEventedBucket` interface documents the methods in that cloud's terms (the actions each renders).
 */
export abstract class ObjectGrantingBucket<B extends IBucketRef, G extends IObjectGrantee<B>> extends Construct {
  /** What to pass instead when the grantee is not a function of this library, in this cloud's terms. @default the core's */
  protected readonly grantFix?: string;

  public grantRead(grantee: G, keyPattern?: string): void {
    this.grantAccess(ObjectAccess.READ, grantee, keyPattern);
  }

  public grantWrite(grantee: G, keyPattern?: string): void {
    this.grantAccess(ObjectAccess.WRITE, grantee, keyPattern);
  }

  public grantReadWrite(grantee: G, keyPattern?: string): void {
    this.grantAccess(ObjectAccess.READ, grantee, keyPattern);
    this.grantAccess(ObjectAccess.WRITE, grantee, keyPattern);
  }

  public grantDelete(grantee: G, keyPattern?: string): void {
    this.grantAccess(ObjectAccess.DELETE, grantee, keyPattern);
  }

  public grantList(grantee: G, keyPattern?: string): void {
    this.grantAccess(ObjectAccess.LIST, grantee, keyPattern);
  }

  /** Grants go through the function's bindings, which check them against its notifications (recursion). */
  private grantAccess(access: ObjectAccess, grantee: G, keyPattern: string | undefined): void {
    // The subclass is the cloud's bucket (it implements B); the bindings record it as the granted bucket.
    grantObjectAccess<B>(this as unknown as B, grantee, access, keyPattern, this.grantFix);
  }
}
