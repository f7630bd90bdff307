import { ITerraformDependable } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { OssBucket } from '../generated/providers/alicloud/oss-bucket';
import { ObjectEventKind, resolveEvents } from '../core/events';
import { describeFilter, KeyFilter, NormalizedKeyFilter, validateKeyFilter } from '../core/filters';
import { dashedNameRules, physicalName } from '../core/names';
import { ConfigurationError } from '../core/errors';
import { IBucketRef, notificationId, NotificationSet } from '../core/notifications';
import { AlicloudPlacement, ResolvedPlacement, resolvePlacement } from './context';
import { ObjectGrantingBucket } from '../core/function-bindings';
import { IOssEventHandler, IOssGrantee } from './handler';
import { BUCKET_NAME, checkName, OSS_FILTER_RULES, OSS_NOTIFICATION_LIMITS } from './naming';
import { OSS_EVENT_CATALOGUE, OssEventName } from './oss-events';
import { OssTrigger } from './oss-trigger';
import { BucketEncryption, createPrivateBucket, kmsKeyResourceName } from './private-bucket';
import { requireHandlerOfCloud } from '../core/handler-cloud';

/** Options of one event notification. */
export interface NotificationOptions extends KeyFilter {
  /**
   * Events to deliver: neutral kinds and/or native OSS event names.
   * @default [ObjectEventKind.CREATED] (PutObject, PostObject, CompleteMultipartUpload, CopyObject)
   */
  readonly events?: readonly (ObjectEventKind | OssEventName)[];
  /**
   * Allow a notification whose prefix the function's own outputs fall under. Only for functions that guard against
   * their own outputs; every output otherwise triggers the function again.
   * @default false
   */
  readonly allowRecursion?: boolean;
  /** @default derived from the construct path */
  readonly triggerName?: string;
}

/** An OSS bucket whose object events can invoke functions: created here, or imported by name. */
export interface IEventedBucket extends IBucketRef {
  readonly bucketName: string;
  readonly placement: ResolvedPlacement;
  /** The bucket's `location` attribute (`oss-<region>`), for plan-time region checks; undefined for imported buckets. */
  readonly locationAttribute?: string;
  /** Resources a trigger on this bucket must wait for (bucket and its settings). */
  readonly dependables: readonly ITerraformDependable[];
  /** The notifications registered on this bucket in this app. */
  readonly notifications: NotificationSet;
  /**
   * The KMS key (RAM resource name) a role needs to read or write objects, when the bucket is SSE-KMS encrypted;
   * undefined otherwise.
   */
  readonly kmsKeyResource?: string;
  /**
   * Keeps an object key (e.g. a function's code) out of every notification of this bucket in this app: a
   * notification whose filter matches it fails at synth, whether it was added before or after.
   */
  reserveObjectKey(scope: IConstruct, key: string, what: string): void;
  /** Sends the bucket's object events to a function. */
  addEventNotification(handler: IOssEventHandler, options?: NotificationOptions): OssTrigger;
  /** Sends "object created" events under the filter to a function. */
  onObjectCreated(handler: IOssEventHandler, filter?: KeyFilter & Omit<NotificationOptions, 'events'>): OssTrigger;
  /** Sends "object removed" events under the filter to a function. */
  onObjectRemoved(handler: IOssEventHandler, filter?: KeyFilter & Omit<NotificationOptions, 'events'>): OssTrigger;
  /**
   * Lets the function read objects (GetObject, HeadObject) whose keys match the pattern: a prefix followed by `*`
   * (`'uploads/*'`), or `'*'` for the whole bucket. With SSE-KMS, also `kms:Decrypt` on the bucket's key.
   * @param keyPattern @default '*'
   */
  grantRead(grantee: IOssGrantee, keyPattern?: string): void;
  /**
   * Lets the function create and overwrite objects under the pattern (PutObject, PostObject, multipart, copy into).
   * Refused on keys a "created" notification of the same function watches, unless that notification allows recursion.
   * @param keyPattern @default '*'
   */
  grantWrite(grantee: IOssGrantee, keyPattern?: string): void;
  /** grantRead and grantWrite on the same pattern. @param keyPattern @default '*' */
  grantReadWrite(grantee: IOssGrantee, keyPattern?: string): void;
  /**
   * Lets the function delete objects under the pattern (DeleteObject, DeleteMultipleObjects). Refused on keys a
   * "removed" notification of the same function watches, unless that notification allows recursion.
   * @param keyPattern @default '*'
   */
  grantDelete(grantee: IOssGrantee, keyPattern?: string): void;
  /** Lets the function list keys under the pattern's prefix (ListObjects with an `oss:Prefix` condition). @param keyPattern @default '*' */
  grantList(grantee: IOssGrantee, keyPattern?: string): void;
}

abstract class EventedBucketBase extends ObjectGrantingBucket<IEventedBucket, IOssGrantee> implements IEventedBucket {
  public abstract readonly bucketName: string;
  public abstract readonly placement: ResolvedPlacement;
  public abstract readonly locationAttribute?: string;
  public abstract readonly dependables: readonly ITerraformDependable[];
  public abstract readonly kmsKeyResource?: string;
  public readonly notifications: NotificationSet = new NotificationSet(this, OSS_EVENT_CATALOGUE, OSS_NOTIFICATION_LIMITS);
  private readonly reservedKeys: { readonly scope: IConstruct; readonly key: string; readonly what: string }[] = [];

  public reserveObjectKey(scope: IConstruct, key: string, what: string): void {
    for (const n of this.notifications.all) {
      if (filterMatches(n.filter, key)) {
        throw new ConfigurationError(scope,
          `Its ${what} ${key} in bucket ${this.bucketName} falls under the notification ${n.scope.node.path} (${describeFilter(n.filter)}): writing it would invoke that function.`,
          'put the object under a prefix no notification of the bucket watches, or use another bucket.');
      }
    }
    this.reservedKeys.push({ scope, key, what });
  }

  public addEventNotification(handler: IOssEventHandler, options: NotificationOptions = {}): OssTrigger {
    requireHandlerOfCloud(this, handler, 'bindOssTrigger', 'a Function Compute function');
    const events = resolveEvents(OSS_EVENT_CATALOGUE, options.events ?? [ObjectEventKind.CREATED]);
    const id = notificationId(this, handler, events, options);
    const scope = new Construct(this, id);
    const filter = validateKeyFilter(scope, options, OSS_FILTER_RULES);
    const reserved = this.reservedKeys.find((r) => filterMatches(filter, r.key));
    if (reserved) {
      throw new ConfigurationError(scope,
        `Its filter (${describeFilter(filter)}) matches ${reserved.key}, the ${reserved.what} of ${reserved.scope.node.path}: writing it would invoke the function.`,
        'narrow the prefix or suffix so it leaves that key out, or keep that object in another bucket.');
    }
    return new OssTrigger(scope, 'Resource', {
      bucket: this,
      handler,
      events,
      filter,
      allowRecursion: options.allowRecursion,
      triggerName: options.triggerName,
    });
  }

  public onObjectCreated(handler: IOssEventHandler, filter: KeyFilter & Omit<NotificationOptions, 'events'> = {}): OssTrigger {
    return this.addEventNotification(handler, { ...filter, events: [ObjectEventKind.CREATED] });
  }

  public onObjectRemoved(handler: IOssEventHandler, filter: KeyFilter & Omit<NotificationOptions, 'events'> = {}): OssTrigger {
    return this.addEventNotification(handler, { ...filter, events: [ObjectEventKind.REMOVED] });
  }
}

export interface EventedBucketProps extends AlicloudPlacement {
  /**
   * Globally unique bucket name: 3-63 lower-case letters, digits and hyphens.
   * @default `<stack>-<id>-<hash>-<account ID>`: unique per construct and account
   */
  readonly bucketName?: string | undefined;
  /** @default BucketEncryption.AES256 */
  readonly encryption?: BucketEncryption;
  /** KMS key for BucketEncryption.KMS. @default the account's default OSS KMS key */
  readonly kmsKeyId?: string;
  /** Keep every version of every object. @default false */
  readonly versioned?: boolean;
  /** Delete all objects when the bucket is destroyed. @default false (destroy fails on a non-empty bucket) */
  readonly forceDestroy?: boolean;
  /** @default 'Standard' */
  readonly storageClass?: 'Standard' | 'IA' | 'Archive' | 'ColdArchive' | 'DeepColdArchive';
  /** @default 'LRS' */
  readonly redundancyType?: 'LRS' | 'ZRS';
  /** @default no tags */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Options when importing an existing bucket. */
export interface ImportedBucketOptions extends AlicloudPlacement {
  /**
   * The bucket's server-side encryption. With KMS, functions get `kms:Decrypt` (reads) and `kms:GenerateDataKey`
   * (writes) on the key.
   * @default BucketEncryption.AES256 (no KMS rights)
   */
  readonly encryption?: BucketEncryption;
  /** The bucket's KMS key ID or ARN, for BucketEncryption.KMS. @default every key of the account in the region */
  readonly kmsKeyId?: string;
}

/** True when an object with this key passes the filter. */
function filterMatches(filter: NormalizedKeyFilter, key: string): boolean {
  return key.startsWith(filter.prefix) && key.endsWith(filter.suffix);
}

/**
 * An OSS bucket whose object events invoke Function Compute functions.
 *
 * Private by default: ACL `private`, public access blocked, server-side encryption on. Notifications added with
 * `onObjectCreated` / `addEventNotification` are checked against each other and the OSS limits at synth.
 */
export class EventedBucket extends EventedBucketBase {
  /** Wraps a bucket that exists already. Its notifications from other tools are not visible here. */
  public static fromBucketName(scope: Construct, id: string, bucketName: string, options: ImportedBucketOptions = {}): IEventedBucket {
    return new ImportedEventedBucket(scope, id, bucketName, options);
  }

  public readonly bucketName: string;
  public readonly placement: ResolvedPlacement;
  public readonly locationAttribute: string;
  public readonly dependables: readonly ITerraformDependable[];
  public readonly kmsKeyResource?: string;
  public readonly bucket: OssBucket;

  constructor(scope: Construct, id: string, props: EventedBucketProps = {}) {
    super(scope, id);
    this.placement = resolvePlacement(this, props);
    // Bucket names are global across all accounts: the default ends in the account ID, so two accounts deploying
    // the same stack never collide, and its hash covers the region, so one account can deploy it in two regions.
    this.bucketName = checkName(this, BUCKET_NAME, props.bucketName ??
      `${physicalName(this, dashedNameRules(46), undefined, this.placement.literalRegion)}-${this.placement.accountId}`);
    const resources = createPrivateBucket(this, {
      ...props,
      bucketName: this.bucketName,
      region: this.placement.region,
      accountId: this.placement.accountId,
      provider: this.placement.provider,
    });
    this.bucket = resources.bucket;
    this.dependables = resources.dependables;
    this.kmsKeyResource = resources.kmsKeyResource;
    this.locationAttribute = this.bucket.location;
  }
}

class ImportedEventedBucket extends EventedBucketBase {
  public readonly placement: ResolvedPlacement;
  public readonly locationAttribute = undefined;
  public readonly dependables: readonly ITerraformDependable[] = [];
  public readonly kmsKeyResource?: string;

  constructor(scope: Construct, id: string, public readonly bucketName: string, options: ImportedBucketOptions) {
    super(scope, id);
    checkName(this, BUCKET_NAME, bucketName);
    this.placement = resolvePlacement(this, options);
    if (options.kmsKeyId !== undefined && options.encryption !== BucketEncryption.KMS) {
      throw new ConfigurationError(this, 'kmsKeyId is set but encryption is not KMS.', 'set encryption: BucketEncryption.KMS, or drop kmsKeyId.');
    }
    this.kmsKeyResource = options.encryption === BucketEncryption.KMS
      ? kmsKeyResourceName(options.kmsKeyId, this.placement.region, this.placement.accountId) : undefined;
  }
}
