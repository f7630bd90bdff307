import { Fn, ITerraformDependable, Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { CosBucket } from '../generated/providers/tencentcloud/cos-bucket';
import { ConfigurationError } from '../core/errors';
import { ObjectGrantingBucket } from '../core/function-bindings';
import { ObjectEventKind, resolveEvents } from '../core/events';
import { KeyFilter, validateKeyFilter } from '../core/filters';
import { dashedNameRules, physicalName } from '../core/names';
import { IBucketRef, notificationId, NotificationSet } from '../core/notifications';
import { isLiteral } from '../core/tokens';
import { ResolvedTencentPlacement, resolveTencentPlacement, TencentcloudPlacement } from './context';
import { COS_EVENT_CATALOGUE, CosEventName } from './cos-events';
import { CosTrigger } from './cos-trigger';
import { ICosEventHandler, ICosGrantee } from './handler';
import { resourceReference } from './references';
import { BUCKET_BASE_NAME, BUCKET_FULL_NAME, checkName, COS_BUCKET_URL_REGION, COS_FILTER_RULES, COS_NOTIFICATION_LIMITS, cosTriggerName } from './naming';
import { requireHandlerOfCloud } from '../core/handler-cloud';

/** Options of one event notification. */
export interface NotificationOptions extends KeyFilter {
  /**
   * The event: a neutral kind or one native COS event name (an SCF COS trigger carries exactly one).
   * @default ObjectEventKind.CREATED (`cos:ObjectCreated:*`)
   */
  readonly event?: ObjectEventKind | CosEventName;
  /**
   * Allow a notification whose prefix the function's own outputs fall under. Only for functions that guard against
   * their own outputs.
   * @default false
   */
  readonly allowRecursion?: boolean;
}

/** A COS bucket whose object events can invoke SCF functions: created here, or imported by name. */
export interface IEventedBucket extends IBucketRef {
  /** The whole bucket name, `<name>-<appid>`. */
  readonly bucketName: string;
  readonly placement: ResolvedTencentPlacement;
  /** The bucket's region: a literal, or an expression derived from the bucket's URL. */
  readonly region: string;
  /** Whether `region` is a literal known at synth. */
  readonly regionKnown: boolean;
  /** `<bucket>.cos.<region>.myqcloud.com`: the name every SCF COS trigger on this bucket must have. */
  readonly triggerName: string;
  /** Plan-time checks a trigger on this bucket carries (that the bucket's URL names its region, when unknown at synth). */
  readonly triggerPreconditions: readonly Precondition[];
  /** What a trigger is replaced with: the bucket resource, so a replaced bucket gets its trigger again. */
  readonly replacementTriggers: readonly string[];
  readonly dependables: readonly ITerraformDependable[];
  readonly notifications: NotificationSet;
  addEventNotification(handler: ICosEventHandler, options?: NotificationOptions): CosTrigger;
  onObjectCreated(handler: ICosEventHandler, filter?: Omit<NotificationOptions, 'event'>): CosTrigger;
  onObjectRemoved(handler: ICosEventHandler, filter?: Omit<NotificationOptions, 'event'>): CosTrigger;
  /** Lets the function get and head objects under `keyPattern` (`'uploads/*'`, or `'*'` for all). @default keyPattern '*' */
  grantRead(grantee: ICosGrantee, keyPattern?: string): void;
  /**
   * Lets the function create and overwrite objects under `keyPattern`, in one request or multipart. Checked against
   * the function's "created" notifications: writing where one of them watches is an error unless it allows recursion.
   * @default keyPattern '*'
   */
  grantWrite(grantee: ICosGrantee, keyPattern?: string): void;
  /** grantRead and grantWrite on the same keys. @default keyPattern '*' */
  grantReadWrite(grantee: ICosGrantee, keyPattern?: string): void;
  /**
   * Lets the function delete objects under `keyPattern`. Checked against the function's "removed" notifications.
   * @default keyPattern '*'
   */
  grantDelete(grantee: ICosGrantee, keyPattern?: string): void;
  /** Lets the function list the keys under `keyPattern` (`GET Bucket` with a `cos:prefix` condition). @default keyPattern '*' */
  grantList(grantee: ICosGrantee, keyPattern?: string): void;
}

abstract class EventedBucketBase extends ObjectGrantingBucket<IEventedBucket, ICosGrantee> implements IEventedBucket {
  protected readonly grantFix = 'pass a tencentcloud.NodejsFunction (or ResizeFunction), whose execution role receives the grant.';
  public abstract readonly bucketName: string;
  public abstract readonly placement: ResolvedTencentPlacement;
  public abstract readonly region: string;
  public abstract readonly regionKnown: boolean;
  public abstract readonly triggerName: string;
  public abstract readonly triggerPreconditions: readonly Precondition[];
  public abstract readonly replacementTriggers: readonly string[];
  public abstract readonly dependables: readonly ITerraformDependable[];
  public readonly notifications = new NotificationSet(this, COS_EVENT_CATALOGUE, COS_NOTIFICATION_LIMITS);

  public addEventNotification(handler: ICosEventHandler, options: NotificationOptions = {}): CosTrigger {
    requireHandlerOfCloud(this, handler, 'bindCosTrigger', 'an SCF function');
    const events = resolveEvents(COS_EVENT_CATALOGUE, [options.event ?? ObjectEventKind.CREATED]);
    const scope = new Construct(this, notificationId(this, handler, events, options));
    const filter = validateKeyFilter(scope, options, COS_FILTER_RULES);
    const previous = this.notifications.all.find((n) => n.handler === handler);
    if (previous) {
      throw new ConfigurationError(scope, `Function ${handler.node.path} already has a trigger on this bucket (${previous.scope.node.path}); SCF names every COS trigger after its bucket, so a bucket can have one trigger per function.`,
        'use one notification with a prefix that covers both, or a second function.');
    }
    return new CosTrigger(scope, 'Resource', { bucket: this, handler, event: events[0], filter, allowRecursion: options.allowRecursion });
  }

  public onObjectCreated(handler: ICosEventHandler, filter: Omit<NotificationOptions, 'event'> = {}): CosTrigger {
    return this.addEventNotification(handler, { ...filter, event: ObjectEventKind.CREATED });
  }

  public onObjectRemoved(handler: ICosEventHandler, filter: Omit<NotificationOptions, 'event'> = {}): CosTrigger {
    return this.addEventNotification(handler, { ...filter, event: ObjectEventKind.REMOVED });
  }
}

/** Server-side encryption of a COS bucket. */
export enum CosEncryption {
  /** COS-managed keys (SSE-COS). */
  AES256 = 'AES256',
  /** Keys in KMS (SSE-KMS). */
  KMS = 'KMS',
  /** COS-managed keys, SM4. */
  SM4 = 'SM4',
}

export interface EventedBucketProps extends TencentcloudPlacement {
  /**
   * The bucket name without the APPID: 1-49 lower-case letters, digits and hyphens. The bucket is `<name>-<appid>`.
   * @default derived from the construct path
   */
  readonly bucketName?: string | undefined;
  /** @default CosEncryption.AES256 */
  readonly encryption?: CosEncryption;
  /** KMS key for CosEncryption.KMS. @default the account's default COS KMS key */
  readonly kmsKeyId?: string;
  /** @default false */
  readonly versioned?: boolean;
  /** Delete every object (and version) when the bucket is destroyed. @default false */
  readonly forceClean?: boolean;
  /** @default no tags */
  readonly tags?: Readonly<Record<string, string>>;
}

export interface ImportedBucketOptions extends TencentcloudPlacement {}

/**
 * A COS bucket whose object events invoke SCF functions. Private ACL and server-side encryption by default.
 */
export class EventedBucket extends EventedBucketBase {
  /** Wraps an existing bucket, by its whole `<name>-<appid>` name. Its region must be known (prop or provider). */
  public static fromBucketName(scope: Construct, id: string, bucketName: string, options: ImportedBucketOptions = {}): IEventedBucket {
    return new ImportedEventedBucket(scope, id, bucketName, options);
  }

  public readonly bucketName: string;
  public readonly placement: ResolvedTencentPlacement;
  public readonly region: string;
  public readonly regionKnown: boolean;
  public readonly triggerName: string;
  public readonly triggerPreconditions: readonly Precondition[];
  public readonly replacementTriggers: readonly string[];
  public readonly dependables: readonly ITerraformDependable[];
  public readonly bucket: CosBucket;

  constructor(scope: Construct, id: string, props: EventedBucketProps = {}) {
    super(scope, id);
    this.placement = resolveTencentPlacement(this, props);
    const base = checkName(this, BUCKET_BASE_NAME, props.bucketName ??
      physicalName(this, dashedNameRules(49), undefined, this.placement.literalRegion));
    if (isLiteral(base) && /-[0-9]{10}$/.test(base)) {
      throw new ConfigurationError(this, `bucketName ${JSON.stringify(base)} already ends in an APPID; the construct appends "-<appid>" itself.`,
        `pass the name without it (${JSON.stringify(base.replace(/-[0-9]{10}$/, ''))}), or use EventedBucket.fromBucketName for an existing bucket.`);
    }
    this.bucketName = checkName(this, BUCKET_FULL_NAME, `${base}-${this.placement.appId}`);
    const encryption = props.encryption ?? CosEncryption.AES256;
    if (props.kmsKeyId !== undefined && encryption !== CosEncryption.KMS) {
      throw new ConfigurationError(this, 'kmsKeyId is set but encryption is not KMS.', 'set encryption: CosEncryption.KMS, or drop kmsKeyId.');
    }
    this.bucket = new CosBucket(this, 'Bucket', {
      bucket: this.bucketName,
      acl: 'private',
      encryptionAlgorithm: encryption,
      kmsId: props.kmsKeyId,
      versioningEnable: props.versioned ?? false,
      forceClean: props.forceClean ?? false,
      tags: props.tags ? { ...props.tags } : undefined,
      // kms_id is Optional, not Computed, and Read writes the key COS uses (resource_tc_cos_bucket.go:1048): on the
      // default KMS key the next plan would remove it again. Without a key of ours there is nothing to keep in sync.
      lifecycle: props.kmsKeyId === undefined ? { ignoreChanges: ['kms_id'] } : undefined,
      provider: this.placement.provider,
    });
    // The trigger name is built, not copied from `cos_bucket_url`: with the provider's `cos_domain` (or a `cdc_id`)
    // that URL starts with a scheme, and SCF rejects it as a trigger name.
    this.regionKnown = this.placement.literalRegion !== undefined;
    const url = this.bucket.cosBucketUrl;
    this.region = this.placement.literalRegion ?? Fn.try([Fn.element(Fn.regex(COS_BUCKET_URL_REGION, url), 0), '']);
    this.triggerName = cosTriggerName(this.bucket.bucket, this.region);
    this.triggerPreconditions = this.regionKnown ? [] : [{
      condition: Fn.can(Fn.regex(COS_BUCKET_URL_REGION, url)),
      errorMessage: `The region of bucket ${this.node.path} is unknown at synth, and its cos_bucket_url does not name one (a custom cos_domain on the provider?). Set region on the provider or on the construct.`,
    }];
    // `id` (the bucket name) is unknown whenever the bucket is replaced, and only then.
    this.replacementTriggers = [resourceReference(this.bucket, 'id')];
    this.dependables = [this.bucket];
  }
}

class ImportedEventedBucket extends EventedBucketBase {
  public readonly placement: ResolvedTencentPlacement;
  public readonly region: string;
  public readonly regionKnown = true;
  public readonly triggerName: string;
  public readonly triggerPreconditions: readonly Precondition[] = [];
  public readonly replacementTriggers: readonly string[] = [];
  public readonly dependables: readonly ITerraformDependable[] = [];

  constructor(scope: Construct, id: string, public readonly bucketName: string, options: ImportedBucketOptions) {
    super(scope, id);
    this.placement = resolveTencentPlacement(this, options);
    checkName(this, BUCKET_FULL_NAME, bucketName);
    if (this.placement.literalRegion === undefined) {
      throw new ConfigurationError(this, `The region of imported bucket ${bucketName} is unknown, and the SCF trigger name contains it.`,
        'pass { region } to EventedBucket.fromBucketName, or set region on the provider.');
    }
    this.region = this.placement.literalRegion;
    this.triggerName = cosTriggerName(bucketName, this.region);
  }
}
