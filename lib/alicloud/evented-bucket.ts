import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { OssBucket } from '../generated/providers/alicloud/oss-bucket';
import { OssBucketAcl } from '../generated/providers/alicloud/oss-bucket-acl';
import { OssBucketPublicAccessBlock } from '../generated/providers/alicloud/oss-bucket-public-access-block';
import { OssBucketServerSideEncryption } from '../generated/providers/alicloud/oss-bucket-server-side-encryption';
import { OssBucketVersioningA as OssBucketVersioning } from '../generated/providers/alicloud/oss-bucket-versioning';
import { ObjectEventKind, resolveEvents } from '../core/events';
import { KeyFilter, validateKeyFilter } from '../core/filters';
import { dashedNameRules, physicalName } from '../core/names';
import { ConfigurationError } from '../core/errors';
import { IBucketRef, notificationId, NotificationSet } from '../core/notifications';
import { AlicloudPlacement, ResolvedPlacement, resolvePlacement } from './context';
import { IOssEventHandler } from './handler';
import { BUCKET_NAME, checkName, OSS_FILTER_RULES, OSS_NOTIFICATION_LIMITS } from './naming';
import { OSS_EVENT_CATALOGUE, OssEventName } from './oss-events';
import { OssTrigger } from './oss-trigger';

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
  /** Sends the bucket's object events to a function. */
  addEventNotification(handler: IOssEventHandler, options?: NotificationOptions): OssTrigger;
  /** Sends "object created" events under the filter to a function. */
  onObjectCreated(handler: IOssEventHandler, filter?: KeyFilter & Omit<NotificationOptions, 'events'>): OssTrigger;
  /** Sends "object removed" events under the filter to a function. */
  onObjectRemoved(handler: IOssEventHandler, filter?: KeyFilter & Omit<NotificationOptions, 'events'>): OssTrigger;
}

abstract class EventedBucketBase extends Construct implements IEventedBucket {
  public abstract readonly bucketName: string;
  public abstract readonly placement: ResolvedPlacement;
  public abstract readonly locationAttribute?: string;
  public abstract readonly dependables: readonly ITerraformDependable[];
  public readonly notifications: NotificationSet = new NotificationSet(this, OSS_EVENT_CATALOGUE, OSS_NOTIFICATION_LIMITS);

  public addEventNotification(handler: IOssEventHandler, options: NotificationOptions = {}): OssTrigger {
    const events = resolveEvents(OSS_EVENT_CATALOGUE, options.events ?? [ObjectEventKind.CREATED]);
    const id = notificationId(this, handler, events, options);
    const scope = new Construct(this, id);
    const filter = validateKeyFilter(scope, options, OSS_FILTER_RULES);
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

/** Server-side encryption of a bucket. */
export enum BucketEncryption {
  /** OSS-managed keys, AES-256. */
  AES256 = 'AES256',
  /** Keys in KMS (default KMS key unless `kmsKeyId` is given). */
  KMS = 'KMS',
  /** OSS-managed keys, SM4. */
  SM4 = 'SM4',
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
export interface ImportedBucketOptions extends AlicloudPlacement {}

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
  public readonly bucket: OssBucket;

  constructor(scope: Construct, id: string, props: EventedBucketProps = {}) {
    super(scope, id);
    this.placement = resolvePlacement(this, props);
    // Bucket names are global across all accounts: the default ends in the account ID, so two accounts deploying
    // the same stack never collide, and its hash covers the region, so one account can deploy it in two regions.
    this.bucketName = checkName(this, BUCKET_NAME, props.bucketName ??
      `${physicalName(this, dashedNameRules(46), undefined, this.placement.literalRegion)}-${this.placement.accountId}`);
    const provider = this.placement.provider;
    this.bucket = new OssBucket(this, 'Bucket', {
      bucket: this.bucketName,
      storageClass: props.storageClass ?? 'Standard',
      redundancyType: props.redundancyType ?? 'LRS',
      forceDestroy: props.forceDestroy ?? false,
      tags: props.tags ? { ...props.tags } : undefined,
      provider,
    });
    const acl = new OssBucketAcl(this, 'Acl', { bucket: this.bucket.bucket, acl: 'private', provider });
    const publicAccess = new OssBucketPublicAccessBlock(this, 'PublicAccessBlock', { bucket: this.bucket.bucket, blockPublicAccess: true, provider });
    const encryption = props.encryption ?? BucketEncryption.AES256;
    if (props.kmsKeyId !== undefined && encryption !== BucketEncryption.KMS) {
      throw new ConfigurationError(this, 'kmsKeyId is set but encryption is not KMS.', 'set encryption: BucketEncryption.KMS, or drop kmsKeyId.');
    }
    const sse = new OssBucketServerSideEncryption(this, 'Encryption', {
      bucket: this.bucket.bucket,
      sseAlgorithm: encryption,
      kmsMasterKeyId: props.kmsKeyId,
      provider,
    });
    const deps: ITerraformDependable[] = [this.bucket, acl, publicAccess, sse];
    if (props.versioned) deps.push(new OssBucketVersioning(this, 'Versioning', { bucket: this.bucket.bucket, status: 'Enabled', provider }));
    this.dependables = deps;
    this.locationAttribute = this.bucket.location;
  }
}

class ImportedEventedBucket extends EventedBucketBase {
  public readonly placement: ResolvedPlacement;
  public readonly locationAttribute = undefined;
  public readonly dependables: readonly ITerraformDependable[] = [];

  constructor(scope: Construct, id: string, public readonly bucketName: string, options: ImportedBucketOptions) {
    super(scope, id);
    checkName(this, BUCKET_NAME, bucketName);
    this.placement = resolvePlacement(this, options);
  }
}
