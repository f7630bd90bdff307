import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { CosBucket } from '../generated/providers/ibm/cos-bucket';
import { ConfigurationError } from '../core/errors';
import { ObjectEventKind, resolveEvents } from '../core/events';
import { KeyFilter, validateKeyFilter } from '../core/filters';
import { ObjectGrantingBucket } from '../core/function-bindings';
import { dashedNameRules, physicalName } from '../core/names';
import { IBucketRef, notificationId, NotificationSet } from '../core/notifications';
import { checkSameRegion } from '../core/region';
import { isLiteral } from '../core/tokens';
import { IbmPlacement, ResolvedIbmPlacement, resolveIbmPlacement } from './context';
import { CosInstance, ICosInstance } from './cos-instance';
import { IBM_COS_EVENT_CATALOGUE, IbmCosEventName, singleEventType } from './cos-events';
import { ICosEventHandler, ICosObjectGrantee } from './handler';
import { BUCKET_NAME, checkName, IBM_COS_FILTER_RULES, IBM_COS_NOTIFICATION_LIMITS } from './naming';
import { requireHandlerOfCloud } from '../core/handler-cloud';

/** Options of one event notification. */
export interface NotificationOptions extends KeyFilter {
  /**
   * Events to deliver: neutral kinds and/or native COS event types. Writes and deletes together become `all`
   * (one notification carries one event type).
   * @default [ObjectEventKind.CREATED] (`write`)
   */
  readonly events?: readonly (ObjectEventKind | IbmCosEventName)[];
  /**
   * Allow a notification whose prefix the function's own outputs fall under. Only for functions that guard against
   * their own outputs.
   * @default false
   */
  readonly allowRecursion?: boolean;
  /**
   * Name of the Code Engine COS subscription that delivers the events (Code Engine targets only).
   * @default derived from the function's and the bucket's construct ids and the notification's path
   */
  readonly subscriptionName?: string;
}

/** A regional COS bucket whose object events can reach Code Engine (or Cloud Functions): created here, or imported. */
export interface IEventedBucket extends IBucketRef {
  readonly bucketName: string;
  readonly placement: ResolvedIbmPlacement;
  /** The bucket's region (a literal: a regional bucket's `region_location`). */
  readonly region: string;
  /** True when the region is only the provider's default, so it is checked again at plan time. */
  readonly regionIsDefault: boolean;
  /** The COS instance the bucket belongs to (IAM authorizations and policies target it). */
  readonly cosInstance: ICosInstance;
  /** Public S3 endpoint host of the bucket's region, e.g. `s3.us-south.cloud-object-storage.appdomain.cloud`. */
  readonly publicEndpoint: string;
  readonly dependables: readonly ITerraformDependable[];
  readonly notifications: NotificationSet;
  addEventNotification(handler: ICosEventHandler, options?: NotificationOptions): CosNotification;
  onObjectCreated(handler: ICosEventHandler, filter?: Omit<NotificationOptions, 'events'>): CosNotification;
  onObjectRemoved(handler: ICosEventHandler, filter?: Omit<NotificationOptions, 'events'>): CosNotification;
  /** Lets `grantee` read objects and their metadata (GET, HEAD) under `keyPattern` (`'prefix/*'`, `'*'`; default the whole bucket): `Object Reader`. */
  grantRead(grantee: ICosObjectGrantee, keyPattern?: string): void;
  /** Lets `grantee` create and overwrite objects under `keyPattern` (this raises "created" events): `Object Writer`. */
  grantWrite(grantee: ICosObjectGrantee, keyPattern?: string): void;
  /** {@link grantRead} and {@link grantWrite} together. */
  grantReadWrite(grantee: ICosObjectGrantee, keyPattern?: string): void;
  /** Lets `grantee` delete objects under `keyPattern` (this raises "removed" events): `Object Deleter`. */
  grantDelete(grantee: ICosObjectGrantee, keyPattern?: string): void;
  /** Lets `grantee` list the keys under `keyPattern`'s prefix: `Object Lister`, limited by the list request's prefix. */
  grantList(grantee: ICosObjectGrantee, keyPattern?: string): void;
}

/** The S3 endpoint host of a COS region. */
export function cosEndpoint(region: string, type: 'public' | 'private' | 'direct' = 'public'): string {
  return `s3.${type === 'public' ? '' : `${type}.`}${region}.cloud-object-storage.appdomain.cloud`;
}

/**
 * One COS event notification. Checks it against the bucket's others, the function's outputs (recursion) and the
 * regions, then lets the function render what delivers the events (a Code Engine subscription or a Functions trigger).
 */
export class CosNotification extends Construct {
  public readonly eventType: string;

  constructor(scope: Construct, id: string, props: { bucket: IEventedBucket; handler: ICosEventHandler; events: readonly string[]; filter: KeyFilter; allowRecursion?: boolean; subscriptionName?: string }) {
    super(scope, id);
    const { bucket, handler } = props;
    const filter = validateKeyFilter(this, props.filter, IBM_COS_FILTER_RULES);
    checkSameRegion(this, bucket.region, handler.placement.literalRegion, { bucket: bucket.node.path, fn: handler.node.path });
    bucket.notifications.add({ scope: this, events: props.events, filter, handler });
    this.eventType = props.events[0];
    handler.bindCosNotification({ scope: this, bucket, eventType: this.eventType, filter, allowRecursion: props.allowRecursion ?? false, subscriptionName: props.subscriptionName });
  }
}

abstract class EventedBucketBase extends ObjectGrantingBucket<IEventedBucket, ICosObjectGrantee> implements IEventedBucket {
  protected readonly grantFix = 'grant to a Code Engine component (ibm.NodejsApp, ibm.NodejsJob, ibm.ResizeFunction, ibm.ResizeJob).';
  public abstract readonly bucketName: string;
  public abstract readonly placement: ResolvedIbmPlacement;
  public abstract readonly region: string;
  public abstract readonly regionIsDefault: boolean;
  public abstract readonly cosInstance: ICosInstance;
  public abstract readonly dependables: readonly ITerraformDependable[];
  public readonly notifications = new NotificationSet(this, IBM_COS_EVENT_CATALOGUE, IBM_COS_NOTIFICATION_LIMITS);

  public get publicEndpoint(): string {
    return cosEndpoint(this.region);
  }

  public addEventNotification(handler: ICosEventHandler, options: NotificationOptions = {}): CosNotification {
    requireHandlerOfCloud(this, handler, 'bindCosNotification', 'a Code Engine app or job, or a Cloud Functions action');
    const events = singleEventType(resolveEvents(IBM_COS_EVENT_CATALOGUE, options.events ?? [ObjectEventKind.CREATED]));
    const scope = new Construct(this, notificationId(this, handler, events, options));
    return new CosNotification(scope, 'Resource', { bucket: this, handler, events, filter: options, allowRecursion: options.allowRecursion, subscriptionName: options.subscriptionName });
  }

  public onObjectCreated(handler: ICosEventHandler, filter: Omit<NotificationOptions, 'events'> = {}): CosNotification {
    return this.addEventNotification(handler, { ...filter, events: [ObjectEventKind.CREATED] });
  }

  public onObjectRemoved(handler: ICosEventHandler, filter: Omit<NotificationOptions, 'events'> = {}): CosNotification {
    return this.addEventNotification(handler, { ...filter, events: [ObjectEventKind.REMOVED] });
  }
}

/** COS storage classes a regional bucket accepts. */
export type CosStorageClass = 'standard' | 'vault' | 'cold' | 'smart' | 'flex' | 'onerate_active';
const STORAGE_CLASSES: readonly CosStorageClass[] = ['standard', 'vault', 'cold', 'smart', 'flex', 'onerate_active'];

export interface EventedBucketProps extends IbmPlacement {
  /**
   * Globally unique bucket name: 3-63 lower-case letters, digits, "-" and ".".
   * @default derived from the construct path and region
   */
  readonly bucketName?: string | undefined;
  /** @default a new COS instance (plan `standard`) for this bucket */
  readonly cosInstance?: ICosInstance;
  /** Name of the COS instance created when no `cosInstance` is given. @default derived from the construct path */
  readonly cosInstanceName?: string;
  /** @default 'standard' */
  readonly storageClass?: CosStorageClass;
  /** Delete every object when the bucket is destroyed. @default false (the provider's own default is true) */
  readonly forceDelete?: boolean;
  /**
   * Not supported: COS sends no object events from a cross-region bucket. Setting it is an error at synth.
   * @default none (the bucket is regional)
   */
  readonly crossRegionLocation?: string;
  /** Not supported: COS sends no object events from a single-site bucket. Setting it is an error at synth. */
  readonly singleSiteLocation?: string;
  /**
   * Not supported: a bucket firewall keeps the notification service (and Code Engine, whose addresses are not
   * fixed) out, so an evented bucket cannot have one. Setting it is an error at synth.
   */
  readonly allowedIp?: readonly string[];
}

export interface ImportedBucketOptions extends IbmPlacement {
  /** The COS instance the bucket belongs to (e.g. `CosInstance.fromCrn(...)`). */
  readonly cosInstance: ICosInstance;
}

/**
 * A regional COS bucket whose object events invoke a Code Engine app (or a Cloud Functions action).
 * The bucket is regional, in the region of its provider, without a firewall: the only kind COS sends events from.
 */
export class EventedBucket extends EventedBucketBase {
  /**
   * Wraps an existing regional bucket. It must be in the region given (or the provider's), and have no firewall:
   * neither can be checked here.
   */
  public static fromBucketName(scope: Construct, id: string, bucketName: string, options: ImportedBucketOptions): IEventedBucket {
    return new ImportedEventedBucket(scope, id, bucketName, options);
  }

  public readonly bucketName: string;
  public readonly placement: ResolvedIbmPlacement;
  public readonly region: string;
  public readonly regionIsDefault: boolean;
  public readonly cosInstance: ICosInstance;
  public readonly dependables: readonly ITerraformDependable[];
  public readonly bucket: CosBucket;

  constructor(scope: Construct, id: string, props: EventedBucketProps = {}) {
    super(scope, id);
    this.placement = resolveIbmPlacement(this, props);
    if (props.crossRegionLocation !== undefined || props.singleSiteLocation !== undefined) {
      const kind = props.crossRegionLocation !== undefined ? `cross-region (${props.crossRegionLocation})` : `single-site (${props.singleSiteLocation})`;
      throw new ConfigurationError(this, `The bucket is ${kind}; COS only sends object events from regional buckets.`,
        'drop crossRegionLocation/singleSiteLocation: the bucket is then regional, in the region of its provider (or `region`).');
    }
    if (props.allowedIp !== undefined) {
      throw new ConfigurationError(this, 'allowedIp sets a bucket firewall; COS cannot deliver object events from a bucket with a firewall, and Code Engine has no fixed addresses to allow.',
        'drop allowedIp (restrict access with IAM instead: the function only gets rights on its own buckets).');
    }
    if (props.cosInstance && props.cosInstanceName !== undefined) {
      throw new ConfigurationError(this, 'cosInstanceName is set, but the bucket belongs to the given cosInstance.', 'drop cosInstanceName, or let the bucket create its instance.');
    }
    this.region = requireRegion(this, this.placement);
    this.regionIsDefault = this.placement.regionIsDefault;
    const storageClass = props.storageClass ?? 'standard';
    if (!STORAGE_CLASSES.includes(storageClass)) {
      throw new ConfigurationError(this, `storageClass ${JSON.stringify(storageClass)} is unknown.`, `use one of ${STORAGE_CLASSES.join(', ')}.`);
    }
    // Bucket names are global across all accounts: the hash covers the region, so one account can deploy the stack twice.
    this.bucketName = checkName(this, BUCKET_NAME, props.bucketName ??
      physicalName(this, dashedNameRules(63), undefined, this.region));
    this.cosInstance = props.cosInstance ?? new CosInstance(this, 'Instance', { name: props.cosInstanceName, resourceGroupId: props.resourceGroupId, provider: this.placement.provider });
    this.bucket = new CosBucket(this, 'Bucket', {
      bucketName: this.bucketName,
      resourceInstanceId: this.cosInstance.crn,
      regionLocation: this.region,
      storageClass,
      endpointType: 'public',
      forceDelete: props.forceDelete ?? false,
      provider: this.placement.provider,
    });
    this.dependables = [this.bucket];
  }
}

class ImportedEventedBucket extends EventedBucketBase {
  public readonly placement: ResolvedIbmPlacement;
  public readonly region: string;
  public readonly regionIsDefault: boolean;
  public readonly cosInstance: ICosInstance;
  public readonly dependables: readonly ITerraformDependable[] = [];

  constructor(scope: Construct, id: string, public readonly bucketName: string, options: ImportedBucketOptions) {
    super(scope, id);
    checkName(this, BUCKET_NAME, bucketName);
    this.placement = resolveIbmPlacement(this, options);
    this.region = requireRegion(this, this.placement);
    this.regionIsDefault = this.placement.regionIsDefault;
    if (options?.cosInstance === undefined) {
      throw new ConfigurationError(this, `The COS instance of imported bucket ${bucketName} is not given; the authorization and the function's rights target it.`,
        'pass { cosInstance: CosInstance.fromCrn(scope, id, "<instance CRN>") }.');
    }
    this.cosInstance = options.cosInstance;
  }
}

function requireRegion(scope: Construct, placement: ResolvedIbmPlacement): string {
  if (!isLiteral(placement.literalRegion)) {
    throw new ConfigurationError(scope, 'The bucket\'s region is unknown at synth (the provider region is a Terraform expression), and a regional bucket needs it.',
      'pass `region` (e.g. "us-south") to the bucket, or give the provider a literal region.');
  }
  return placement.literalRegion;
}
