// https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/data-sources/iam_account_settings
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataIbmIamAccountSettingsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/data-sources/iam_account_settings#id DataIbmIamAccountSettings#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Defines if the entity history is included in the response.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/data-sources/iam_account_settings#include_history DataIbmIamAccountSettings#include_history}
  */
  readonly includeHistory?: boolean | cdktf.IResolvable;
  /**
  * Enrich MFA exemptions with user PI.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/data-sources/iam_account_settings#resolve_user_mfa DataIbmIamAccountSettings#resolve_user_mfa}
  */
  readonly resolveUserMfa?: boolean | cdktf.IResolvable;
}
export interface DataIbmIamAccountSettingsHistory {
}

export function dataIbmIamAccountSettingsHistoryToTerraform(struct?: DataIbmIamAccountSettingsHistory): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataIbmIamAccountSettingsHistoryToHclTerraform(struct?: DataIbmIamAccountSettingsHistory): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataIbmIamAccountSettingsHistoryOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataIbmIamAccountSettingsHistory | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataIbmIamAccountSettingsHistory | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action - computed: true, optional: false, required: false
  public get action() {
    return this.getStringAttribute('action');
  }

  // iam_id - computed: true, optional: false, required: false
  public get iamId() {
    return this.getStringAttribute('iam_id');
  }

  // iam_id_account - computed: true, optional: false, required: false
  public get iamIdAccount() {
    return this.getStringAttribute('iam_id_account');
  }

  // message - computed: true, optional: false, required: false
  public get message() {
    return this.getStringAttribute('message');
  }

  // params - computed: true, optional: false, required: false
  public get params() {
    return this.getListAttribute('params');
  }

  // timestamp - computed: true, optional: false, required: false
  public get timestamp() {
    return this.getStringAttribute('timestamp');
  }
}

export class DataIbmIamAccountSettingsHistoryList extends cdktf.ComplexList {

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
  public get(index: number): DataIbmIamAccountSettingsHistoryOutputReference {
    return new DataIbmIamAccountSettingsHistoryOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataIbmIamAccountSettingsRestrictUserDomains {
}

export function dataIbmIamAccountSettingsRestrictUserDomainsToTerraform(struct?: DataIbmIamAccountSettingsRestrictUserDomains): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataIbmIamAccountSettingsRestrictUserDomainsToHclTerraform(struct?: DataIbmIamAccountSettingsRestrictUserDomains): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataIbmIamAccountSettingsRestrictUserDomainsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataIbmIamAccountSettingsRestrictUserDomains | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataIbmIamAccountSettingsRestrictUserDomains | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // invitation_email_allow_patterns - computed: true, optional: false, required: false
  public get invitationEmailAllowPatterns() {
    return this.getListAttribute('invitation_email_allow_patterns');
  }

  // realm_id - computed: true, optional: false, required: false
  public get realmId() {
    return this.getStringAttribute('realm_id');
  }

  // restrict_invitation - computed: true, optional: false, required: false
  public get restrictInvitation() {
    return this.getBooleanAttribute('restrict_invitation');
  }
}

export class DataIbmIamAccountSettingsRestrictUserDomainsList extends cdktf.ComplexList {

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
  public get(index: number): DataIbmIamAccountSettingsRestrictUserDomainsOutputReference {
    return new DataIbmIamAccountSettingsRestrictUserDomainsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataIbmIamAccountSettingsUserMfa {
}

export function dataIbmIamAccountSettingsUserMfaToTerraform(struct?: DataIbmIamAccountSettingsUserMfa): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataIbmIamAccountSettingsUserMfaToHclTerraform(struct?: DataIbmIamAccountSettingsUserMfa): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataIbmIamAccountSettingsUserMfaOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataIbmIamAccountSettingsUserMfa | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataIbmIamAccountSettingsUserMfa | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // email - computed: true, optional: false, required: false
  public get email() {
    return this.getStringAttribute('email');
  }

  // iam_id - computed: true, optional: false, required: false
  public get iamId() {
    return this.getStringAttribute('iam_id');
  }

  // mfa - computed: true, optional: false, required: false
  public get mfa() {
    return this.getStringAttribute('mfa');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // user_name - computed: true, optional: false, required: false
  public get userName() {
    return this.getStringAttribute('user_name');
  }
}

export class DataIbmIamAccountSettingsUserMfaList extends cdktf.ComplexList {

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
  public get(index: number): DataIbmIamAccountSettingsUserMfaOutputReference {
    return new DataIbmIamAccountSettingsUserMfaOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/data-sources/iam_account_settings ibm_iam_account_settings}
*/
export class DataIbmIamAccountSettings extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_iam_account_settings";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataIbmIamAccountSettings resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataIbmIamAccountSettings to import
  * @param importFromId The id of the existing DataIbmIamAccountSettings that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/data-sources/iam_account_settings#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataIbmIamAccountSettings to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "ibm_iam_account_settings", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/data-sources/iam_account_settings ibm_iam_account_settings} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataIbmIamAccountSettingsConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataIbmIamAccountSettingsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'ibm_iam_account_settings',
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
    this._id = config.id;
    this._includeHistory = config.includeHistory;
    this._resolveUserMfa = config.resolveUserMfa;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // account_id - computed: true, optional: false, required: false
  public get accountId() {
    return this.getStringAttribute('account_id');
  }

  // allowed_ip_addresses - computed: true, optional: false, required: false
  public get allowedIpAddresses() {
    return this.getStringAttribute('allowed_ip_addresses');
  }

  // entity_tag - computed: true, optional: false, required: false
  public get entityTag() {
    return this.getStringAttribute('entity_tag');
  }

  // history - computed: true, optional: false, required: false
  private _historyIfCreated?: DataIbmIamAccountSettingsHistoryList;
  private get _history(): DataIbmIamAccountSettingsHistoryList {
    return this._historyIfCreated ??= new DataIbmIamAccountSettingsHistoryList(this, "history", false);
  }
  public get history() {
    return this._history;
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

  // include_history - computed: false, optional: true, required: false
  private _includeHistory?: boolean | cdktf.IResolvable; 
  public get includeHistory() {
    return this.getBooleanAttribute('include_history');
  }
  public set includeHistory(value: boolean | cdktf.IResolvable) {
    this._includeHistory = value;
  }
  public resetIncludeHistory() {
    this._includeHistory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeHistoryInput() {
    return this._includeHistory;
  }

  // max_sessions_per_identity - computed: true, optional: false, required: false
  public get maxSessionsPerIdentity() {
    return this.getStringAttribute('max_sessions_per_identity');
  }

  // mfa - computed: true, optional: false, required: false
  public get mfa() {
    return this.getStringAttribute('mfa');
  }

  // resolve_user_mfa - computed: false, optional: true, required: false
  private _resolveUserMfa?: boolean | cdktf.IResolvable; 
  public get resolveUserMfa() {
    return this.getBooleanAttribute('resolve_user_mfa');
  }
  public set resolveUserMfa(value: boolean | cdktf.IResolvable) {
    this._resolveUserMfa = value;
  }
  public resetResolveUserMfa() {
    this._resolveUserMfa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resolveUserMfaInput() {
    return this._resolveUserMfa;
  }

  // restrict_create_platform_apikey - computed: true, optional: false, required: false
  public get restrictCreatePlatformApikey() {
    return this.getStringAttribute('restrict_create_platform_apikey');
  }

  // restrict_create_service_id - computed: true, optional: false, required: false
  public get restrictCreateServiceId() {
    return this.getStringAttribute('restrict_create_service_id');
  }

  // restrict_user_domains - computed: true, optional: false, required: false
  private _restrictUserDomainsIfCreated?: DataIbmIamAccountSettingsRestrictUserDomainsList;
  private get _restrictUserDomains(): DataIbmIamAccountSettingsRestrictUserDomainsList {
    return this._restrictUserDomainsIfCreated ??= new DataIbmIamAccountSettingsRestrictUserDomainsList(this, "restrict_user_domains", false);
  }
  public get restrictUserDomains() {
    return this._restrictUserDomains;
  }

  // restrict_user_list_visibility - computed: true, optional: false, required: false
  public get restrictUserListVisibility() {
    return this.getStringAttribute('restrict_user_list_visibility');
  }

  // session_expiration_in_seconds - computed: true, optional: false, required: false
  public get sessionExpirationInSeconds() {
    return this.getStringAttribute('session_expiration_in_seconds');
  }

  // session_invalidation_in_seconds - computed: true, optional: false, required: false
  public get sessionInvalidationInSeconds() {
    return this.getStringAttribute('session_invalidation_in_seconds');
  }

  // system_access_token_expiration_in_seconds - computed: true, optional: false, required: false
  public get systemAccessTokenExpirationInSeconds() {
    return this.getStringAttribute('system_access_token_expiration_in_seconds');
  }

  // system_refresh_token_expiration_in_seconds - computed: true, optional: false, required: false
  public get systemRefreshTokenExpirationInSeconds() {
    return this.getStringAttribute('system_refresh_token_expiration_in_seconds');
  }

  // user_mfa - computed: true, optional: false, required: false
  private _userMfaIfCreated?: DataIbmIamAccountSettingsUserMfaList;
  private get _userMfa(): DataIbmIamAccountSettingsUserMfaList {
    return this._userMfaIfCreated ??= new DataIbmIamAccountSettingsUserMfaList(this, "user_mfa", false);
  }
  public get userMfa() {
    return this._userMfa;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      include_history: cdktf.booleanToTerraform(this._includeHistory),
      resolve_user_mfa: cdktf.booleanToTerraform(this._resolveUserMfa),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      include_history: {
        value: cdktf.booleanToHclTerraform(this._includeHistory),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      resolve_user_mfa: {
        value: cdktf.booleanToHclTerraform(this._resolveUserMfa),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
