// https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CosBucketConfig extends cdktf.TerraformMetaArguments {
  /**
  * List of IPv4 or IPv6 addresses 
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#allowed_ip CosBucket#allowed_ip}
  */
  readonly allowedIp?: string[];
  /**
  * COS Bucket name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#bucket_name CosBucket#bucket_name}
  */
  readonly bucketName: string;
  /**
  * Cros region location info
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#cross_region_location CosBucket#cross_region_location}
  */
  readonly crossRegionLocation?: string;
  /**
  * COS endpoint type: public, private, direct
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#endpoint_type CosBucket#endpoint_type}
  */
  readonly endpointType?: string;
  /**
  * COS buckets need to be empty before they can be deleted. force_delete option empty the bucket and delete it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#force_delete CosBucket#force_delete}
  */
  readonly forceDelete?: boolean | cdktf.IResolvable;
  /**
  * sets a maximum amount of storage (in bytes) available for a bucket
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#hard_quota CosBucket#hard_quota}
  */
  readonly hardQuota?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#id CosBucket#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * CRN of the key you want to use data at rest encryption
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#key_protect CosBucket#key_protect}
  */
  readonly keyProtect?: string;
  /**
  * CRN of the key you want to use data at rest encryption
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#kms_key_crn CosBucket#kms_key_crn}
  */
  readonly kmsKeyCrn?: string;
  /**
  * Enable objectlock for the bucket. When enabled, buckets within the container vault can have Object Lock Configuration applied to the bucket.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#object_lock CosBucket#object_lock}
  */
  readonly objectLock?: boolean | cdktf.IResolvable;
  /**
  * Region Location info.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#region_location CosBucket#region_location}
  */
  readonly regionLocation?: string;
  /**
  * resource instance ID
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#resource_instance_id CosBucket#resource_instance_id}
  */
  readonly resourceInstanceId: string;
  /**
  * Provide satellite location info.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#satellite_location_id CosBucket#satellite_location_id}
  */
  readonly satelliteLocationId?: string;
  /**
  * single site location info
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#single_site_location CosBucket#single_site_location}
  */
  readonly singleSiteLocation?: string;
  /**
  * Storage class info
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#storage_class CosBucket#storage_class}
  */
  readonly storageClass?: string;
  /**
  * abort_incomplete_multipart_upload_days block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#abort_incomplete_multipart_upload_days CosBucket#abort_incomplete_multipart_upload_days}
  */
  readonly abortIncompleteMultipartUploadDays?: CosBucketAbortIncompleteMultipartUploadDays[] | cdktf.IResolvable;
  /**
  * activity_tracking block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#activity_tracking CosBucket#activity_tracking}
  */
  readonly activityTracking?: CosBucketActivityTracking;
  /**
  * archive_rule block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#archive_rule CosBucket#archive_rule}
  */
  readonly archiveRule?: CosBucketArchiveRule;
  /**
  * expire_rule block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#expire_rule CosBucket#expire_rule}
  */
  readonly expireRule?: CosBucketExpireRule[] | cdktf.IResolvable;
  /**
  * metrics_monitoring block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#metrics_monitoring CosBucket#metrics_monitoring}
  */
  readonly metricsMonitoring?: CosBucketMetricsMonitoring;
  /**
  * noncurrent_version_expiration block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#noncurrent_version_expiration CosBucket#noncurrent_version_expiration}
  */
  readonly noncurrentVersionExpiration?: CosBucketNoncurrentVersionExpiration;
  /**
  * object_versioning block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#object_versioning CosBucket#object_versioning}
  */
  readonly objectVersioning?: CosBucketObjectVersioning;
  /**
  * retention_rule block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#retention_rule CosBucket#retention_rule}
  */
  readonly retentionRule?: CosBucketRetentionRule;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#timeouts CosBucket#timeouts}
  */
  readonly timeouts?: CosBucketTimeouts;
}
export interface CosBucketAbortIncompleteMultipartUploadDays {
  /**
  * Specifies the number of days when the specific rule action takes effect.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#days_after_initiation CosBucket#days_after_initiation}
  */
  readonly daysAfterInitiation?: number;
  /**
  * Enable or disable rule for a bucket
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#enable CosBucket#enable}
  */
  readonly enable: boolean | cdktf.IResolvable;
  /**
  * The rule applies to any objects with keys that match this prefix
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#prefix CosBucket#prefix}
  */
  readonly prefix?: string;
  /**
  * Unique identifier for the rule. Rules allow you to set a specific time frame after which objects are deleted. Set Rule ID for cos bucket
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#rule_id CosBucket#rule_id}
  */
  readonly ruleId?: string;
}

export function cosBucketAbortIncompleteMultipartUploadDaysToTerraform(struct?: CosBucketAbortIncompleteMultipartUploadDays | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    days_after_initiation: cdktf.numberToTerraform(struct!.daysAfterInitiation),
    enable: cdktf.booleanToTerraform(struct!.enable),
    prefix: cdktf.stringToTerraform(struct!.prefix),
    rule_id: cdktf.stringToTerraform(struct!.ruleId),
  }
}


export function cosBucketAbortIncompleteMultipartUploadDaysToHclTerraform(struct?: CosBucketAbortIncompleteMultipartUploadDays | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    days_after_initiation: {
      value: cdktf.numberToHclTerraform(struct!.daysAfterInitiation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    prefix: {
      value: cdktf.stringToHclTerraform(struct!.prefix),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rule_id: {
      value: cdktf.stringToHclTerraform(struct!.ruleId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CosBucketAbortIncompleteMultipartUploadDaysOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): CosBucketAbortIncompleteMultipartUploadDays | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._daysAfterInitiation !== undefined) {
      hasAnyValues = true;
      internalValueResult.daysAfterInitiation = this._daysAfterInitiation;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._prefix !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefix = this._prefix;
    }
    if (this._ruleId !== undefined) {
      hasAnyValues = true;
      internalValueResult.ruleId = this._ruleId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CosBucketAbortIncompleteMultipartUploadDays | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._daysAfterInitiation = undefined;
      this._enable = undefined;
      this._prefix = undefined;
      this._ruleId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._daysAfterInitiation = value.daysAfterInitiation;
      this._enable = value.enable;
      this._prefix = value.prefix;
      this._ruleId = value.ruleId;
    }
  }

  // days_after_initiation - computed: false, optional: true, required: false
  private _daysAfterInitiation?: number; 
  public get daysAfterInitiation() {
    return this.getNumberAttribute('days_after_initiation');
  }
  public set daysAfterInitiation(value: number) {
    this._daysAfterInitiation = value;
  }
  public resetDaysAfterInitiation() {
    this._daysAfterInitiation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get daysAfterInitiationInput() {
    return this._daysAfterInitiation;
  }

  // enable - computed: false, optional: false, required: true
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // prefix - computed: true, optional: true, required: false
  private _prefix?: string; 
  public get prefix() {
    return this.getStringAttribute('prefix');
  }
  public set prefix(value: string) {
    this._prefix = value;
  }
  public resetPrefix() {
    this._prefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixInput() {
    return this._prefix;
  }

  // rule_id - computed: true, optional: true, required: false
  private _ruleId?: string; 
  public get ruleId() {
    return this.getStringAttribute('rule_id');
  }
  public set ruleId(value: string) {
    this._ruleId = value;
  }
  public resetRuleId() {
    this._ruleId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleIdInput() {
    return this._ruleId;
  }
}

export class CosBucketAbortIncompleteMultipartUploadDaysList extends cdktf.ComplexList {
  public internalValue? : CosBucketAbortIncompleteMultipartUploadDays[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): CosBucketAbortIncompleteMultipartUploadDaysOutputReference {
    return new CosBucketAbortIncompleteMultipartUploadDaysOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CosBucketActivityTracking {
  /**
  * When the activity_tracker_crn is not populated, then enabled events are sent to the Activity Tracker instance associated to the container's location unless otherwise specified in the Activity Tracker Event Routing service configuration.If `activity_tracker_crn` is populated, then enabled events are sent to the Activity Tracker instance specified and bucket management events are always enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#activity_tracker_crn CosBucket#activity_tracker_crn}
  */
  readonly activityTrackerCrn?: string;
  /**
  * If set to `true`, all bucket management events will be sent to Activity Tracker.This field only applies if `activity_tracker_crn` is not populated.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#management_events CosBucket#management_events}
  */
  readonly managementEvents?: boolean | cdktf.IResolvable;
  /**
  * If set to `true`, all object read events (i.e. downloads) will be sent to Activity Tracker.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#read_data_events CosBucket#read_data_events}
  */
  readonly readDataEvents?: boolean | cdktf.IResolvable;
  /**
  * If set to `true`, all object write events (i.e. uploads) will be sent to Activity Tracker.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#write_data_events CosBucket#write_data_events}
  */
  readonly writeDataEvents?: boolean | cdktf.IResolvable;
}

export function cosBucketActivityTrackingToTerraform(struct?: CosBucketActivityTrackingOutputReference | CosBucketActivityTracking): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    activity_tracker_crn: cdktf.stringToTerraform(struct!.activityTrackerCrn),
    management_events: cdktf.booleanToTerraform(struct!.managementEvents),
    read_data_events: cdktf.booleanToTerraform(struct!.readDataEvents),
    write_data_events: cdktf.booleanToTerraform(struct!.writeDataEvents),
  }
}


export function cosBucketActivityTrackingToHclTerraform(struct?: CosBucketActivityTrackingOutputReference | CosBucketActivityTracking): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    activity_tracker_crn: {
      value: cdktf.stringToHclTerraform(struct!.activityTrackerCrn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    management_events: {
      value: cdktf.booleanToHclTerraform(struct!.managementEvents),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    read_data_events: {
      value: cdktf.booleanToHclTerraform(struct!.readDataEvents),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    write_data_events: {
      value: cdktf.booleanToHclTerraform(struct!.writeDataEvents),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CosBucketActivityTrackingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CosBucketActivityTracking | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._activityTrackerCrn !== undefined) {
      hasAnyValues = true;
      internalValueResult.activityTrackerCrn = this._activityTrackerCrn;
    }
    if (this._managementEvents !== undefined) {
      hasAnyValues = true;
      internalValueResult.managementEvents = this._managementEvents;
    }
    if (this._readDataEvents !== undefined) {
      hasAnyValues = true;
      internalValueResult.readDataEvents = this._readDataEvents;
    }
    if (this._writeDataEvents !== undefined) {
      hasAnyValues = true;
      internalValueResult.writeDataEvents = this._writeDataEvents;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CosBucketActivityTracking | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._activityTrackerCrn = undefined;
      this._managementEvents = undefined;
      this._readDataEvents = undefined;
      this._writeDataEvents = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._activityTrackerCrn = value.activityTrackerCrn;
      this._managementEvents = value.managementEvents;
      this._readDataEvents = value.readDataEvents;
      this._writeDataEvents = value.writeDataEvents;
    }
  }

  // activity_tracker_crn - computed: false, optional: true, required: false
  private _activityTrackerCrn?: string; 
  public get activityTrackerCrn() {
    return this.getStringAttribute('activity_tracker_crn');
  }
  public set activityTrackerCrn(value: string) {
    this._activityTrackerCrn = value;
  }
  public resetActivityTrackerCrn() {
    this._activityTrackerCrn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activityTrackerCrnInput() {
    return this._activityTrackerCrn;
  }

  // management_events - computed: false, optional: true, required: false
  private _managementEvents?: boolean | cdktf.IResolvable; 
  public get managementEvents() {
    return this.getBooleanAttribute('management_events');
  }
  public set managementEvents(value: boolean | cdktf.IResolvable) {
    this._managementEvents = value;
  }
  public resetManagementEvents() {
    this._managementEvents = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managementEventsInput() {
    return this._managementEvents;
  }

  // read_data_events - computed: false, optional: true, required: false
  private _readDataEvents?: boolean | cdktf.IResolvable; 
  public get readDataEvents() {
    return this.getBooleanAttribute('read_data_events');
  }
  public set readDataEvents(value: boolean | cdktf.IResolvable) {
    this._readDataEvents = value;
  }
  public resetReadDataEvents() {
    this._readDataEvents = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readDataEventsInput() {
    return this._readDataEvents;
  }

  // write_data_events - computed: false, optional: true, required: false
  private _writeDataEvents?: boolean | cdktf.IResolvable; 
  public get writeDataEvents() {
    return this.getBooleanAttribute('write_data_events');
  }
  public set writeDataEvents(value: boolean | cdktf.IResolvable) {
    this._writeDataEvents = value;
  }
  public resetWriteDataEvents() {
    this._writeDataEvents = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get writeDataEventsInput() {
    return this._writeDataEvents;
  }
}
export interface CosBucketArchiveRule {
  /**
  * Specifies the number of days when the specific rule action takes effect.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#days CosBucket#days}
  */
  readonly days: number;
  /**
  * Enable or disable an archive rule for a bucket
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#enable CosBucket#enable}
  */
  readonly enable: boolean | cdktf.IResolvable;
  /**
  * Unique identifier for the rule.Archive rules allow you to set a specific time frame after which objects transition to the archive. Set Rule ID for cos bucket
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#rule_id CosBucket#rule_id}
  */
  readonly ruleId?: string;
  /**
  * Specifies the storage class/archive type to which you want the object to transition. It can be Glacier or Accelerated
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#type CosBucket#type}
  */
  readonly type: string;
}

export function cosBucketArchiveRuleToTerraform(struct?: CosBucketArchiveRuleOutputReference | CosBucketArchiveRule): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    days: cdktf.numberToTerraform(struct!.days),
    enable: cdktf.booleanToTerraform(struct!.enable),
    rule_id: cdktf.stringToTerraform(struct!.ruleId),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function cosBucketArchiveRuleToHclTerraform(struct?: CosBucketArchiveRuleOutputReference | CosBucketArchiveRule): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    days: {
      value: cdktf.numberToHclTerraform(struct!.days),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rule_id: {
      value: cdktf.stringToHclTerraform(struct!.ruleId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CosBucketArchiveRuleOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CosBucketArchiveRule | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._days !== undefined) {
      hasAnyValues = true;
      internalValueResult.days = this._days;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._ruleId !== undefined) {
      hasAnyValues = true;
      internalValueResult.ruleId = this._ruleId;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CosBucketArchiveRule | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._days = undefined;
      this._enable = undefined;
      this._ruleId = undefined;
      this._type = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._days = value.days;
      this._enable = value.enable;
      this._ruleId = value.ruleId;
      this._type = value.type;
    }
  }

  // days - computed: false, optional: false, required: true
  private _days?: number; 
  public get days() {
    return this.getNumberAttribute('days');
  }
  public set days(value: number) {
    this._days = value;
  }
  // Temporarily expose input value. Use with caution.
  public get daysInput() {
    return this._days;
  }

  // enable - computed: false, optional: false, required: true
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // rule_id - computed: true, optional: true, required: false
  private _ruleId?: string; 
  public get ruleId() {
    return this.getStringAttribute('rule_id');
  }
  public set ruleId(value: string) {
    this._ruleId = value;
  }
  public resetRuleId() {
    this._ruleId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleIdInput() {
    return this._ruleId;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}
export interface CosBucketExpireRule {
  /**
  * Specify a rule to expire the current version of objects in bucket after a specific date.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#date CosBucket#date}
  */
  readonly date?: string;
  /**
  * Specifies the number of days when the specific rule action takes effect.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#days CosBucket#days}
  */
  readonly days?: number;
  /**
  * Enable or disable an expire rule for a bucket
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#enable CosBucket#enable}
  */
  readonly enable: boolean | cdktf.IResolvable;
  /**
  * Expired object delete markers can be automatically cleaned up to improve performance in bucket. This cannot be used alongside version expiration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#expired_object_delete_marker CosBucket#expired_object_delete_marker}
  */
  readonly expiredObjectDeleteMarker?: boolean | cdktf.IResolvable;
  /**
  * The rule applies to any objects with keys that match this prefix
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#prefix CosBucket#prefix}
  */
  readonly prefix?: string;
  /**
  * Unique identifier for the rule.Expire rules allow you to set a specific time frame after which objects are deleted. Set Rule ID for cos bucket
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#rule_id CosBucket#rule_id}
  */
  readonly ruleId?: string;
}

export function cosBucketExpireRuleToTerraform(struct?: CosBucketExpireRule | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    date: cdktf.stringToTerraform(struct!.date),
    days: cdktf.numberToTerraform(struct!.days),
    enable: cdktf.booleanToTerraform(struct!.enable),
    expired_object_delete_marker: cdktf.booleanToTerraform(struct!.expiredObjectDeleteMarker),
    prefix: cdktf.stringToTerraform(struct!.prefix),
    rule_id: cdktf.stringToTerraform(struct!.ruleId),
  }
}


export function cosBucketExpireRuleToHclTerraform(struct?: CosBucketExpireRule | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    date: {
      value: cdktf.stringToHclTerraform(struct!.date),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    days: {
      value: cdktf.numberToHclTerraform(struct!.days),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    expired_object_delete_marker: {
      value: cdktf.booleanToHclTerraform(struct!.expiredObjectDeleteMarker),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    prefix: {
      value: cdktf.stringToHclTerraform(struct!.prefix),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rule_id: {
      value: cdktf.stringToHclTerraform(struct!.ruleId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CosBucketExpireRuleOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): CosBucketExpireRule | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._date !== undefined) {
      hasAnyValues = true;
      internalValueResult.date = this._date;
    }
    if (this._days !== undefined) {
      hasAnyValues = true;
      internalValueResult.days = this._days;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._expiredObjectDeleteMarker !== undefined) {
      hasAnyValues = true;
      internalValueResult.expiredObjectDeleteMarker = this._expiredObjectDeleteMarker;
    }
    if (this._prefix !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefix = this._prefix;
    }
    if (this._ruleId !== undefined) {
      hasAnyValues = true;
      internalValueResult.ruleId = this._ruleId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CosBucketExpireRule | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._date = undefined;
      this._days = undefined;
      this._enable = undefined;
      this._expiredObjectDeleteMarker = undefined;
      this._prefix = undefined;
      this._ruleId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._date = value.date;
      this._days = value.days;
      this._enable = value.enable;
      this._expiredObjectDeleteMarker = value.expiredObjectDeleteMarker;
      this._prefix = value.prefix;
      this._ruleId = value.ruleId;
    }
  }

  // date - computed: false, optional: true, required: false
  private _date?: string; 
  public get date() {
    return this.getStringAttribute('date');
  }
  public set date(value: string) {
    this._date = value;
  }
  public resetDate() {
    this._date = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dateInput() {
    return this._date;
  }

  // days - computed: false, optional: true, required: false
  private _days?: number; 
  public get days() {
    return this.getNumberAttribute('days');
  }
  public set days(value: number) {
    this._days = value;
  }
  public resetDays() {
    this._days = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get daysInput() {
    return this._days;
  }

  // enable - computed: false, optional: false, required: true
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // expired_object_delete_marker - computed: false, optional: true, required: false
  private _expiredObjectDeleteMarker?: boolean | cdktf.IResolvable; 
  public get expiredObjectDeleteMarker() {
    return this.getBooleanAttribute('expired_object_delete_marker');
  }
  public set expiredObjectDeleteMarker(value: boolean | cdktf.IResolvable) {
    this._expiredObjectDeleteMarker = value;
  }
  public resetExpiredObjectDeleteMarker() {
    this._expiredObjectDeleteMarker = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expiredObjectDeleteMarkerInput() {
    return this._expiredObjectDeleteMarker;
  }

  // prefix - computed: true, optional: true, required: false
  private _prefix?: string; 
  public get prefix() {
    return this.getStringAttribute('prefix');
  }
  public set prefix(value: string) {
    this._prefix = value;
  }
  public resetPrefix() {
    this._prefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixInput() {
    return this._prefix;
  }

  // rule_id - computed: true, optional: true, required: false
  private _ruleId?: string; 
  public get ruleId() {
    return this.getStringAttribute('rule_id');
  }
  public set ruleId(value: string) {
    this._ruleId = value;
  }
  public resetRuleId() {
    this._ruleId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleIdInput() {
    return this._ruleId;
  }
}

export class CosBucketExpireRuleList extends cdktf.ComplexList {
  public internalValue? : CosBucketExpireRule[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): CosBucketExpireRuleOutputReference {
    return new CosBucketExpireRuleOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CosBucketMetricsMonitoring {
  /**
  * When the metrics_monitoring_crn is not populated, then enabled metrics are sent to the monitoring instance associated to the container's location unless otherwise specified in the Metrics Router service configuration.If metrics_monitoring_crn is populated, then enabled events are sent to the Metrics Monitoring instance specified.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#metrics_monitoring_crn CosBucket#metrics_monitoring_crn}
  */
  readonly metricsMonitoringCrn?: string;
  /**
  * If set to true, all request metrics (i.e. `rest.object.head`) will be sent to the monitoring service.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#request_metrics_enabled CosBucket#request_metrics_enabled}
  */
  readonly requestMetricsEnabled?: boolean | cdktf.IResolvable;
  /**
  * If set to true, all usage metrics (i.e. `bytes_used`) will be sent to the monitoring service.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#usage_metrics_enabled CosBucket#usage_metrics_enabled}
  */
  readonly usageMetricsEnabled?: boolean | cdktf.IResolvable;
}

export function cosBucketMetricsMonitoringToTerraform(struct?: CosBucketMetricsMonitoringOutputReference | CosBucketMetricsMonitoring): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    metrics_monitoring_crn: cdktf.stringToTerraform(struct!.metricsMonitoringCrn),
    request_metrics_enabled: cdktf.booleanToTerraform(struct!.requestMetricsEnabled),
    usage_metrics_enabled: cdktf.booleanToTerraform(struct!.usageMetricsEnabled),
  }
}


export function cosBucketMetricsMonitoringToHclTerraform(struct?: CosBucketMetricsMonitoringOutputReference | CosBucketMetricsMonitoring): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    metrics_monitoring_crn: {
      value: cdktf.stringToHclTerraform(struct!.metricsMonitoringCrn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    request_metrics_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.requestMetricsEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    usage_metrics_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.usageMetricsEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CosBucketMetricsMonitoringOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CosBucketMetricsMonitoring | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._metricsMonitoringCrn !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricsMonitoringCrn = this._metricsMonitoringCrn;
    }
    if (this._requestMetricsEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.requestMetricsEnabled = this._requestMetricsEnabled;
    }
    if (this._usageMetricsEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.usageMetricsEnabled = this._usageMetricsEnabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CosBucketMetricsMonitoring | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._metricsMonitoringCrn = undefined;
      this._requestMetricsEnabled = undefined;
      this._usageMetricsEnabled = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._metricsMonitoringCrn = value.metricsMonitoringCrn;
      this._requestMetricsEnabled = value.requestMetricsEnabled;
      this._usageMetricsEnabled = value.usageMetricsEnabled;
    }
  }

  // metrics_monitoring_crn - computed: false, optional: true, required: false
  private _metricsMonitoringCrn?: string; 
  public get metricsMonitoringCrn() {
    return this.getStringAttribute('metrics_monitoring_crn');
  }
  public set metricsMonitoringCrn(value: string) {
    this._metricsMonitoringCrn = value;
  }
  public resetMetricsMonitoringCrn() {
    this._metricsMonitoringCrn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricsMonitoringCrnInput() {
    return this._metricsMonitoringCrn;
  }

  // request_metrics_enabled - computed: false, optional: true, required: false
  private _requestMetricsEnabled?: boolean | cdktf.IResolvable; 
  public get requestMetricsEnabled() {
    return this.getBooleanAttribute('request_metrics_enabled');
  }
  public set requestMetricsEnabled(value: boolean | cdktf.IResolvable) {
    this._requestMetricsEnabled = value;
  }
  public resetRequestMetricsEnabled() {
    this._requestMetricsEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requestMetricsEnabledInput() {
    return this._requestMetricsEnabled;
  }

  // usage_metrics_enabled - computed: false, optional: true, required: false
  private _usageMetricsEnabled?: boolean | cdktf.IResolvable; 
  public get usageMetricsEnabled() {
    return this.getBooleanAttribute('usage_metrics_enabled');
  }
  public set usageMetricsEnabled(value: boolean | cdktf.IResolvable) {
    this._usageMetricsEnabled = value;
  }
  public resetUsageMetricsEnabled() {
    this._usageMetricsEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usageMetricsEnabledInput() {
    return this._usageMetricsEnabled;
  }
}
export interface CosBucketNoncurrentVersionExpiration {
  /**
  * Enable or disable an expire rule for a bucket
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#enable CosBucket#enable}
  */
  readonly enable: boolean | cdktf.IResolvable;
  /**
  * Specifies the number of days when the specific rule action takes effect.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#noncurrent_days CosBucket#noncurrent_days}
  */
  readonly noncurrentDays?: number;
  /**
  * The rule applies to any objects with keys that match this prefix
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#prefix CosBucket#prefix}
  */
  readonly prefix?: string;
  /**
  * Unique identifier for the rule.Expire rules allow you to set a specific time frame after which objects are deleted. Set Rule ID for cos bucket
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#rule_id CosBucket#rule_id}
  */
  readonly ruleId?: string;
}

export function cosBucketNoncurrentVersionExpirationToTerraform(struct?: CosBucketNoncurrentVersionExpirationOutputReference | CosBucketNoncurrentVersionExpiration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
    noncurrent_days: cdktf.numberToTerraform(struct!.noncurrentDays),
    prefix: cdktf.stringToTerraform(struct!.prefix),
    rule_id: cdktf.stringToTerraform(struct!.ruleId),
  }
}


export function cosBucketNoncurrentVersionExpirationToHclTerraform(struct?: CosBucketNoncurrentVersionExpirationOutputReference | CosBucketNoncurrentVersionExpiration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    noncurrent_days: {
      value: cdktf.numberToHclTerraform(struct!.noncurrentDays),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    prefix: {
      value: cdktf.stringToHclTerraform(struct!.prefix),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rule_id: {
      value: cdktf.stringToHclTerraform(struct!.ruleId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CosBucketNoncurrentVersionExpirationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CosBucketNoncurrentVersionExpiration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._noncurrentDays !== undefined) {
      hasAnyValues = true;
      internalValueResult.noncurrentDays = this._noncurrentDays;
    }
    if (this._prefix !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefix = this._prefix;
    }
    if (this._ruleId !== undefined) {
      hasAnyValues = true;
      internalValueResult.ruleId = this._ruleId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CosBucketNoncurrentVersionExpiration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enable = undefined;
      this._noncurrentDays = undefined;
      this._prefix = undefined;
      this._ruleId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enable = value.enable;
      this._noncurrentDays = value.noncurrentDays;
      this._prefix = value.prefix;
      this._ruleId = value.ruleId;
    }
  }

  // enable - computed: false, optional: false, required: true
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // noncurrent_days - computed: false, optional: true, required: false
  private _noncurrentDays?: number; 
  public get noncurrentDays() {
    return this.getNumberAttribute('noncurrent_days');
  }
  public set noncurrentDays(value: number) {
    this._noncurrentDays = value;
  }
  public resetNoncurrentDays() {
    this._noncurrentDays = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noncurrentDaysInput() {
    return this._noncurrentDays;
  }

  // prefix - computed: true, optional: true, required: false
  private _prefix?: string; 
  public get prefix() {
    return this.getStringAttribute('prefix');
  }
  public set prefix(value: string) {
    this._prefix = value;
  }
  public resetPrefix() {
    this._prefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixInput() {
    return this._prefix;
  }

  // rule_id - computed: true, optional: true, required: false
  private _ruleId?: string; 
  public get ruleId() {
    return this.getStringAttribute('rule_id');
  }
  public set ruleId(value: string) {
    this._ruleId = value;
  }
  public resetRuleId() {
    this._ruleId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleIdInput() {
    return this._ruleId;
  }
}
export interface CosBucketObjectVersioning {
  /**
  * Enable or suspend the versioning for objects in the bucket
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#enable CosBucket#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
}

export function cosBucketObjectVersioningToTerraform(struct?: CosBucketObjectVersioningOutputReference | CosBucketObjectVersioning): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
  }
}


export function cosBucketObjectVersioningToHclTerraform(struct?: CosBucketObjectVersioningOutputReference | CosBucketObjectVersioning): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CosBucketObjectVersioningOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CosBucketObjectVersioning | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CosBucketObjectVersioning | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enable = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enable = value.enable;
    }
  }

  // enable - computed: false, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }
}
export interface CosBucketRetentionRule {
  /**
  * If an object is stored in the bucket without specifying a custom retention period.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#default CosBucket#default}
  */
  readonly default: number;
  /**
  * Maximum duration of time an object can be kept unmodified in the bucket.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#maximum CosBucket#maximum}
  */
  readonly maximum: number;
  /**
  * Minimum duration of time an object must be kept unmodified in the bucket
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#minimum CosBucket#minimum}
  */
  readonly minimum: number;
  /**
  * Enable or disable the permanent retention policy on the bucket
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#permanent CosBucket#permanent}
  */
  readonly permanent?: boolean | cdktf.IResolvable;
}

export function cosBucketRetentionRuleToTerraform(struct?: CosBucketRetentionRuleOutputReference | CosBucketRetentionRule): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    default: cdktf.numberToTerraform(struct!.default),
    maximum: cdktf.numberToTerraform(struct!.maximum),
    minimum: cdktf.numberToTerraform(struct!.minimum),
    permanent: cdktf.booleanToTerraform(struct!.permanent),
  }
}


export function cosBucketRetentionRuleToHclTerraform(struct?: CosBucketRetentionRuleOutputReference | CosBucketRetentionRule): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    default: {
      value: cdktf.numberToHclTerraform(struct!.default),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    maximum: {
      value: cdktf.numberToHclTerraform(struct!.maximum),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    minimum: {
      value: cdktf.numberToHclTerraform(struct!.minimum),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    permanent: {
      value: cdktf.booleanToHclTerraform(struct!.permanent),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CosBucketRetentionRuleOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CosBucketRetentionRule | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._default !== undefined) {
      hasAnyValues = true;
      internalValueResult.default = this._default;
    }
    if (this._maximum !== undefined) {
      hasAnyValues = true;
      internalValueResult.maximum = this._maximum;
    }
    if (this._minimum !== undefined) {
      hasAnyValues = true;
      internalValueResult.minimum = this._minimum;
    }
    if (this._permanent !== undefined) {
      hasAnyValues = true;
      internalValueResult.permanent = this._permanent;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CosBucketRetentionRule | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._default = undefined;
      this._maximum = undefined;
      this._minimum = undefined;
      this._permanent = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._default = value.default;
      this._maximum = value.maximum;
      this._minimum = value.minimum;
      this._permanent = value.permanent;
    }
  }

  // default - computed: false, optional: false, required: true
  private _default?: number; 
  public get default() {
    return this.getNumberAttribute('default');
  }
  public set default(value: number) {
    this._default = value;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultInput() {
    return this._default;
  }

  // maximum - computed: false, optional: false, required: true
  private _maximum?: number; 
  public get maximum() {
    return this.getNumberAttribute('maximum');
  }
  public set maximum(value: number) {
    this._maximum = value;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumInput() {
    return this._maximum;
  }

  // minimum - computed: false, optional: false, required: true
  private _minimum?: number; 
  public get minimum() {
    return this.getNumberAttribute('minimum');
  }
  public set minimum(value: number) {
    this._minimum = value;
  }
  // Temporarily expose input value. Use with caution.
  public get minimumInput() {
    return this._minimum;
  }

  // permanent - computed: false, optional: true, required: false
  private _permanent?: boolean | cdktf.IResolvable; 
  public get permanent() {
    return this.getBooleanAttribute('permanent');
  }
  public set permanent(value: boolean | cdktf.IResolvable) {
    this._permanent = value;
  }
  public resetPermanent() {
    this._permanent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get permanentInput() {
    return this._permanent;
  }
}
export interface CosBucketTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#create CosBucket#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#delete CosBucket#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#update CosBucket#update}
  */
  readonly update?: string;
}

export function cosBucketTimeoutsToTerraform(struct?: CosBucketTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function cosBucketTimeoutsToHclTerraform(struct?: CosBucketTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CosBucketTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): CosBucketTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CosBucketTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket ibm_cos_bucket}
*/
export class CosBucket extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_cos_bucket";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CosBucket resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CosBucket to import
  * @param importFromId The id of the existing CosBucket that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CosBucket to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "ibm_cos_bucket", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/cos_bucket ibm_cos_bucket} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CosBucketConfig
  */
  public constructor(scope: Construct, id: string, config: CosBucketConfig) {
    super(scope, id, {
      terraformResourceType: 'ibm_cos_bucket',
      terraformGeneratorMetadata: {
        providerName: 'ibm',
        providerVersion: '2.5.0',
        providerVersionConstraint: '~> 2.5.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._allowedIp = config.allowedIp;
    this._bucketName = config.bucketName;
    this._crossRegionLocation = config.crossRegionLocation;
    this._endpointType = config.endpointType;
    this._forceDelete = config.forceDelete;
    this._hardQuota = config.hardQuota;
    this._id = config.id;
    this._keyProtect = config.keyProtect;
    this._kmsKeyCrn = config.kmsKeyCrn;
    this._objectLock = config.objectLock;
    this._regionLocation = config.regionLocation;
    this._resourceInstanceId = config.resourceInstanceId;
    this._satelliteLocationId = config.satelliteLocationId;
    this._singleSiteLocation = config.singleSiteLocation;
    this._storageClass = config.storageClass;
    if (config.abortIncompleteMultipartUploadDays !== undefined) {
      this._abortIncompleteMultipartUploadDays.internalValue = config.abortIncompleteMultipartUploadDays;
    }
    if (config.activityTracking !== undefined) {
      this._activityTracking.internalValue = config.activityTracking;
    }
    if (config.archiveRule !== undefined) {
      this._archiveRule.internalValue = config.archiveRule;
    }
    if (config.expireRule !== undefined) {
      this._expireRule.internalValue = config.expireRule;
    }
    if (config.metricsMonitoring !== undefined) {
      this._metricsMonitoring.internalValue = config.metricsMonitoring;
    }
    if (config.noncurrentVersionExpiration !== undefined) {
      this._noncurrentVersionExpiration.internalValue = config.noncurrentVersionExpiration;
    }
    if (config.objectVersioning !== undefined) {
      this._objectVersioning.internalValue = config.objectVersioning;
    }
    if (config.retentionRule !== undefined) {
      this._retentionRule.internalValue = config.retentionRule;
    }
    if (config.timeouts !== undefined) {
      this._timeouts.internalValue = config.timeouts;
    }
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allowed_ip - computed: false, optional: true, required: false
  private _allowedIp?: string[]; 
  public get allowedIp() {
    return this.getListAttribute('allowed_ip');
  }
  public set allowedIp(value: string[]) {
    this._allowedIp = value;
  }
  public resetAllowedIp() {
    this._allowedIp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowedIpInput() {
    return this._allowedIp;
  }

  // bucket_name - computed: false, optional: false, required: true
  private _bucketName?: string; 
  public get bucketName() {
    return this.getStringAttribute('bucket_name');
  }
  public set bucketName(value: string) {
    this._bucketName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketNameInput() {
    return this._bucketName;
  }

  // crn - computed: true, optional: false, required: false
  public get crn() {
    return this.getStringAttribute('crn');
  }

  // cross_region_location - computed: false, optional: true, required: false
  private _crossRegionLocation?: string; 
  public get crossRegionLocation() {
    return this.getStringAttribute('cross_region_location');
  }
  public set crossRegionLocation(value: string) {
    this._crossRegionLocation = value;
  }
  public resetCrossRegionLocation() {
    this._crossRegionLocation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get crossRegionLocationInput() {
    return this._crossRegionLocation;
  }

  // endpoint_type - computed: false, optional: true, required: false
  private _endpointType?: string; 
  public get endpointType() {
    return this.getStringAttribute('endpoint_type');
  }
  public set endpointType(value: string) {
    this._endpointType = value;
  }
  public resetEndpointType() {
    this._endpointType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointTypeInput() {
    return this._endpointType;
  }

  // force_delete - computed: false, optional: true, required: false
  private _forceDelete?: boolean | cdktf.IResolvable; 
  public get forceDelete() {
    return this.getBooleanAttribute('force_delete');
  }
  public set forceDelete(value: boolean | cdktf.IResolvable) {
    this._forceDelete = value;
  }
  public resetForceDelete() {
    this._forceDelete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceDeleteInput() {
    return this._forceDelete;
  }

  // hard_quota - computed: false, optional: true, required: false
  private _hardQuota?: number; 
  public get hardQuota() {
    return this.getNumberAttribute('hard_quota');
  }
  public set hardQuota(value: number) {
    this._hardQuota = value;
  }
  public resetHardQuota() {
    this._hardQuota = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hardQuotaInput() {
    return this._hardQuota;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // key_protect - computed: true, optional: true, required: false
  private _keyProtect?: string; 
  public get keyProtect() {
    return this.getStringAttribute('key_protect');
  }
  public set keyProtect(value: string) {
    this._keyProtect = value;
  }
  public resetKeyProtect() {
    this._keyProtect = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyProtectInput() {
    return this._keyProtect;
  }

  // kms_key_crn - computed: true, optional: true, required: false
  private _kmsKeyCrn?: string; 
  public get kmsKeyCrn() {
    return this.getStringAttribute('kms_key_crn');
  }
  public set kmsKeyCrn(value: string) {
    this._kmsKeyCrn = value;
  }
  public resetKmsKeyCrn() {
    this._kmsKeyCrn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kmsKeyCrnInput() {
    return this._kmsKeyCrn;
  }

  // object_lock - computed: true, optional: true, required: false
  private _objectLock?: boolean | cdktf.IResolvable; 
  public get objectLock() {
    return this.getBooleanAttribute('object_lock');
  }
  public set objectLock(value: boolean | cdktf.IResolvable) {
    this._objectLock = value;
  }
  public resetObjectLock() {
    this._objectLock = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get objectLockInput() {
    return this._objectLock;
  }

  // region_location - computed: false, optional: true, required: false
  private _regionLocation?: string; 
  public get regionLocation() {
    return this.getStringAttribute('region_location');
  }
  public set regionLocation(value: string) {
    this._regionLocation = value;
  }
  public resetRegionLocation() {
    this._regionLocation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionLocationInput() {
    return this._regionLocation;
  }

  // resource_instance_id - computed: false, optional: false, required: true
  private _resourceInstanceId?: string; 
  public get resourceInstanceId() {
    return this.getStringAttribute('resource_instance_id');
  }
  public set resourceInstanceId(value: string) {
    this._resourceInstanceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceInstanceIdInput() {
    return this._resourceInstanceId;
  }

  // s3_endpoint_direct - computed: true, optional: false, required: false
  public get s3EndpointDirect() {
    return this.getStringAttribute('s3_endpoint_direct');
  }

  // s3_endpoint_private - computed: true, optional: false, required: false
  public get s3EndpointPrivate() {
    return this.getStringAttribute('s3_endpoint_private');
  }

  // s3_endpoint_public - computed: true, optional: false, required: false
  public get s3EndpointPublic() {
    return this.getStringAttribute('s3_endpoint_public');
  }

  // satellite_location_id - computed: false, optional: true, required: false
  private _satelliteLocationId?: string; 
  public get satelliteLocationId() {
    return this.getStringAttribute('satellite_location_id');
  }
  public set satelliteLocationId(value: string) {
    this._satelliteLocationId = value;
  }
  public resetSatelliteLocationId() {
    this._satelliteLocationId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get satelliteLocationIdInput() {
    return this._satelliteLocationId;
  }

  // single_site_location - computed: false, optional: true, required: false
  private _singleSiteLocation?: string; 
  public get singleSiteLocation() {
    return this.getStringAttribute('single_site_location');
  }
  public set singleSiteLocation(value: string) {
    this._singleSiteLocation = value;
  }
  public resetSingleSiteLocation() {
    this._singleSiteLocation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get singleSiteLocationInput() {
    return this._singleSiteLocation;
  }

  // storage_class - computed: true, optional: true, required: false
  private _storageClass?: string; 
  public get storageClass() {
    return this.getStringAttribute('storage_class');
  }
  public set storageClass(value: string) {
    this._storageClass = value;
  }
  public resetStorageClass() {
    this._storageClass = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageClassInput() {
    return this._storageClass;
  }

  // abort_incomplete_multipart_upload_days - computed: false, optional: true, required: false
  private _abortIncompleteMultipartUploadDaysIfCreated?: CosBucketAbortIncompleteMultipartUploadDaysList;
  private get _abortIncompleteMultipartUploadDays(): CosBucketAbortIncompleteMultipartUploadDaysList {
    return this._abortIncompleteMultipartUploadDaysIfCreated ??= new CosBucketAbortIncompleteMultipartUploadDaysList(this, "abort_incomplete_multipart_upload_days", false);
  }
  public get abortIncompleteMultipartUploadDays() {
    return this._abortIncompleteMultipartUploadDays;
  }
  public putAbortIncompleteMultipartUploadDays(value: CosBucketAbortIncompleteMultipartUploadDays[] | cdktf.IResolvable) {
    this._abortIncompleteMultipartUploadDays.internalValue = value;
  }
  public resetAbortIncompleteMultipartUploadDays() {
    this._abortIncompleteMultipartUploadDays.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get abortIncompleteMultipartUploadDaysInput() {
    return this._abortIncompleteMultipartUploadDaysIfCreated?.internalValue;
  }

  // activity_tracking - computed: false, optional: true, required: false
  private _activityTrackingIfCreated?: CosBucketActivityTrackingOutputReference;
  private get _activityTracking(): CosBucketActivityTrackingOutputReference {
    return this._activityTrackingIfCreated ??= new CosBucketActivityTrackingOutputReference(this, "activity_tracking");
  }
  public get activityTracking() {
    return this._activityTracking;
  }
  public putActivityTracking(value: CosBucketActivityTracking) {
    this._activityTracking.internalValue = value;
  }
  public resetActivityTracking() {
    this._activityTracking.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activityTrackingInput() {
    return this._activityTrackingIfCreated?.internalValue;
  }

  // archive_rule - computed: false, optional: true, required: false
  private _archiveRuleIfCreated?: CosBucketArchiveRuleOutputReference;
  private get _archiveRule(): CosBucketArchiveRuleOutputReference {
    return this._archiveRuleIfCreated ??= new CosBucketArchiveRuleOutputReference(this, "archive_rule");
  }
  public get archiveRule() {
    return this._archiveRule;
  }
  public putArchiveRule(value: CosBucketArchiveRule) {
    this._archiveRule.internalValue = value;
  }
  public resetArchiveRule() {
    this._archiveRule.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get archiveRuleInput() {
    return this._archiveRuleIfCreated?.internalValue;
  }

  // expire_rule - computed: false, optional: true, required: false
  private _expireRuleIfCreated?: CosBucketExpireRuleList;
  private get _expireRule(): CosBucketExpireRuleList {
    return this._expireRuleIfCreated ??= new CosBucketExpireRuleList(this, "expire_rule", false);
  }
  public get expireRule() {
    return this._expireRule;
  }
  public putExpireRule(value: CosBucketExpireRule[] | cdktf.IResolvable) {
    this._expireRule.internalValue = value;
  }
  public resetExpireRule() {
    this._expireRule.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expireRuleInput() {
    return this._expireRuleIfCreated?.internalValue;
  }

  // metrics_monitoring - computed: false, optional: true, required: false
  private _metricsMonitoringIfCreated?: CosBucketMetricsMonitoringOutputReference;
  private get _metricsMonitoring(): CosBucketMetricsMonitoringOutputReference {
    return this._metricsMonitoringIfCreated ??= new CosBucketMetricsMonitoringOutputReference(this, "metrics_monitoring");
  }
  public get metricsMonitoring() {
    return this._metricsMonitoring;
  }
  public putMetricsMonitoring(value: CosBucketMetricsMonitoring) {
    this._metricsMonitoring.internalValue = value;
  }
  public resetMetricsMonitoring() {
    this._metricsMonitoring.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricsMonitoringInput() {
    return this._metricsMonitoringIfCreated?.internalValue;
  }

  // noncurrent_version_expiration - computed: false, optional: true, required: false
  private _noncurrentVersionExpirationIfCreated?: CosBucketNoncurrentVersionExpirationOutputReference;
  private get _noncurrentVersionExpiration(): CosBucketNoncurrentVersionExpirationOutputReference {
    return this._noncurrentVersionExpirationIfCreated ??= new CosBucketNoncurrentVersionExpirationOutputReference(this, "noncurrent_version_expiration");
  }
  public get noncurrentVersionExpiration() {
    return this._noncurrentVersionExpiration;
  }
  public putNoncurrentVersionExpiration(value: CosBucketNoncurrentVersionExpiration) {
    this._noncurrentVersionExpiration.internalValue = value;
  }
  public resetNoncurrentVersionExpiration() {
    this._noncurrentVersionExpiration.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noncurrentVersionExpirationInput() {
    return this._noncurrentVersionExpirationIfCreated?.internalValue;
  }

  // object_versioning - computed: false, optional: true, required: false
  private _objectVersioningIfCreated?: CosBucketObjectVersioningOutputReference;
  private get _objectVersioning(): CosBucketObjectVersioningOutputReference {
    return this._objectVersioningIfCreated ??= new CosBucketObjectVersioningOutputReference(this, "object_versioning");
  }
  public get objectVersioning() {
    return this._objectVersioning;
  }
  public putObjectVersioning(value: CosBucketObjectVersioning) {
    this._objectVersioning.internalValue = value;
  }
  public resetObjectVersioning() {
    this._objectVersioning.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get objectVersioningInput() {
    return this._objectVersioningIfCreated?.internalValue;
  }

  // retention_rule - computed: false, optional: true, required: false
  private _retentionRuleIfCreated?: CosBucketRetentionRuleOutputReference;
  private get _retentionRule(): CosBucketRetentionRuleOutputReference {
    return this._retentionRuleIfCreated ??= new CosBucketRetentionRuleOutputReference(this, "retention_rule");
  }
  public get retentionRule() {
    return this._retentionRule;
  }
  public putRetentionRule(value: CosBucketRetentionRule) {
    this._retentionRule.internalValue = value;
  }
  public resetRetentionRule() {
    this._retentionRule.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retentionRuleInput() {
    return this._retentionRuleIfCreated?.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeoutsIfCreated?: CosBucketTimeoutsOutputReference;
  private get _timeouts(): CosBucketTimeoutsOutputReference {
    return this._timeoutsIfCreated ??= new CosBucketTimeoutsOutputReference(this, "timeouts");
  }
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: CosBucketTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeoutsIfCreated?.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allowed_ip: cdktf.listMapper(cdktf.stringToTerraform, false)(this._allowedIp),
      bucket_name: cdktf.stringToTerraform(this._bucketName),
      cross_region_location: cdktf.stringToTerraform(this._crossRegionLocation),
      endpoint_type: cdktf.stringToTerraform(this._endpointType),
      force_delete: cdktf.booleanToTerraform(this._forceDelete),
      hard_quota: cdktf.numberToTerraform(this._hardQuota),
      id: cdktf.stringToTerraform(this._id),
      key_protect: cdktf.stringToTerraform(this._keyProtect),
      kms_key_crn: cdktf.stringToTerraform(this._kmsKeyCrn),
      object_lock: cdktf.booleanToTerraform(this._objectLock),
      region_location: cdktf.stringToTerraform(this._regionLocation),
      resource_instance_id: cdktf.stringToTerraform(this._resourceInstanceId),
      satellite_location_id: cdktf.stringToTerraform(this._satelliteLocationId),
      single_site_location: cdktf.stringToTerraform(this._singleSiteLocation),
      storage_class: cdktf.stringToTerraform(this._storageClass),
      abort_incomplete_multipart_upload_days: cdktf.listMapper(cosBucketAbortIncompleteMultipartUploadDaysToTerraform, true)(this._abortIncompleteMultipartUploadDaysIfCreated?.internalValue),
      activity_tracking: cosBucketActivityTrackingToTerraform(this._activityTrackingIfCreated?.internalValue),
      archive_rule: cosBucketArchiveRuleToTerraform(this._archiveRuleIfCreated?.internalValue),
      expire_rule: cdktf.listMapper(cosBucketExpireRuleToTerraform, true)(this._expireRuleIfCreated?.internalValue),
      metrics_monitoring: cosBucketMetricsMonitoringToTerraform(this._metricsMonitoringIfCreated?.internalValue),
      noncurrent_version_expiration: cosBucketNoncurrentVersionExpirationToTerraform(this._noncurrentVersionExpirationIfCreated?.internalValue),
      object_versioning: cosBucketObjectVersioningToTerraform(this._objectVersioningIfCreated?.internalValue),
      retention_rule: cosBucketRetentionRuleToTerraform(this._retentionRuleIfCreated?.internalValue),
      timeouts: cosBucketTimeoutsToTerraform(this._timeoutsIfCreated?.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allowed_ip: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._allowedIp),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      bucket_name: {
        value: cdktf.stringToHclTerraform(this._bucketName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cross_region_location: {
        value: cdktf.stringToHclTerraform(this._crossRegionLocation),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      endpoint_type: {
        value: cdktf.stringToHclTerraform(this._endpointType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      force_delete: {
        value: cdktf.booleanToHclTerraform(this._forceDelete),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      hard_quota: {
        value: cdktf.numberToHclTerraform(this._hardQuota),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key_protect: {
        value: cdktf.stringToHclTerraform(this._keyProtect),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kms_key_crn: {
        value: cdktf.stringToHclTerraform(this._kmsKeyCrn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      object_lock: {
        value: cdktf.booleanToHclTerraform(this._objectLock),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      region_location: {
        value: cdktf.stringToHclTerraform(this._regionLocation),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      resource_instance_id: {
        value: cdktf.stringToHclTerraform(this._resourceInstanceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      satellite_location_id: {
        value: cdktf.stringToHclTerraform(this._satelliteLocationId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      single_site_location: {
        value: cdktf.stringToHclTerraform(this._singleSiteLocation),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      storage_class: {
        value: cdktf.stringToHclTerraform(this._storageClass),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      abort_incomplete_multipart_upload_days: {
        value: cdktf.listMapperHcl(cosBucketAbortIncompleteMultipartUploadDaysToHclTerraform, true)(this._abortIncompleteMultipartUploadDaysIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CosBucketAbortIncompleteMultipartUploadDaysList",
      },
      activity_tracking: {
        value: cosBucketActivityTrackingToHclTerraform(this._activityTrackingIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CosBucketActivityTrackingList",
      },
      archive_rule: {
        value: cosBucketArchiveRuleToHclTerraform(this._archiveRuleIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CosBucketArchiveRuleList",
      },
      expire_rule: {
        value: cdktf.listMapperHcl(cosBucketExpireRuleToHclTerraform, true)(this._expireRuleIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CosBucketExpireRuleList",
      },
      metrics_monitoring: {
        value: cosBucketMetricsMonitoringToHclTerraform(this._metricsMonitoringIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CosBucketMetricsMonitoringList",
      },
      noncurrent_version_expiration: {
        value: cosBucketNoncurrentVersionExpirationToHclTerraform(this._noncurrentVersionExpirationIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CosBucketNoncurrentVersionExpirationList",
      },
      object_versioning: {
        value: cosBucketObjectVersioningToHclTerraform(this._objectVersioningIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CosBucketObjectVersioningList",
      },
      retention_rule: {
        value: cosBucketRetentionRuleToHclTerraform(this._retentionRuleIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CosBucketRetentionRuleList",
      },
      timeouts: {
        value: cosBucketTimeoutsToHclTerraform(this._timeoutsIfCreated?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "CosBucketTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
