// https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CodeEngineSecretConfig extends cdktf.TerraformMetaArguments {
  /**
  * Data container that allows to specify config parameters and their values as a key-value map. Each key field must consist of alphanumeric characters, `-`, `_` or `.` and must not exceed a max length of 253 characters. Each value field can consists of any character and must not exceed a max length of 1048576 characters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#data CodeEngineSecret#data}
  */
  readonly data?: { [key: string]: string };
  /**
  * Specify the format of the secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#format CodeEngineSecret#format}
  */
  readonly format: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#id CodeEngineSecret#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * The name of the secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#name CodeEngineSecret#name}
  */
  readonly name: string;
  /**
  * The ID of the project.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#project_id CodeEngineSecret#project_id}
  */
  readonly projectId: string;
  /**
  * service_access block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#service_access CodeEngineSecret#service_access}
  */
  readonly serviceAccess?: CodeEngineSecretServiceAccess;
  /**
  * service_operator block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#service_operator CodeEngineSecret#service_operator}
  */
  readonly serviceOperator?: CodeEngineSecretServiceOperator;
}
export interface CodeEngineSecretServiceAccessResourceKey {
  /**
  * ID of the service credential associated with the secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#id CodeEngineSecret#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function codeEngineSecretServiceAccessResourceKeyToTerraform(struct?: CodeEngineSecretServiceAccessResourceKeyOutputReference | CodeEngineSecretServiceAccessResourceKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function codeEngineSecretServiceAccessResourceKeyToHclTerraform(struct?: CodeEngineSecretServiceAccessResourceKeyOutputReference | CodeEngineSecretServiceAccessResourceKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CodeEngineSecretServiceAccessResourceKeyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CodeEngineSecretServiceAccessResourceKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineSecretServiceAccessResourceKey | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: true, required: false
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

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }
}
export interface CodeEngineSecretServiceAccessRole {
  /**
  * CRN of the IAM Role for this service access secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#crn CodeEngineSecret#crn}
  */
  readonly crn?: string;
}

export function codeEngineSecretServiceAccessRoleToTerraform(struct?: CodeEngineSecretServiceAccessRoleOutputReference | CodeEngineSecretServiceAccessRole): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    crn: cdktf.stringToTerraform(struct!.crn),
  }
}


export function codeEngineSecretServiceAccessRoleToHclTerraform(struct?: CodeEngineSecretServiceAccessRoleOutputReference | CodeEngineSecretServiceAccessRole): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    crn: {
      value: cdktf.stringToHclTerraform(struct!.crn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CodeEngineSecretServiceAccessRoleOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CodeEngineSecretServiceAccessRole | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._crn !== undefined) {
      hasAnyValues = true;
      internalValueResult.crn = this._crn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineSecretServiceAccessRole | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._crn = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._crn = value.crn;
    }
  }

  // crn - computed: false, optional: true, required: false
  private _crn?: string; 
  public get crn() {
    return this.getStringAttribute('crn');
  }
  public set crn(value: string) {
    this._crn = value;
  }
  public resetCrn() {
    this._crn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get crnInput() {
    return this._crn;
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }
}
export interface CodeEngineSecretServiceAccessServiceInstance {
  /**
  * ID of the IBM Cloud service instance associated with the secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#id CodeEngineSecret#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function codeEngineSecretServiceAccessServiceInstanceToTerraform(struct?: CodeEngineSecretServiceAccessServiceInstanceOutputReference | CodeEngineSecretServiceAccessServiceInstance): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function codeEngineSecretServiceAccessServiceInstanceToHclTerraform(struct?: CodeEngineSecretServiceAccessServiceInstanceOutputReference | CodeEngineSecretServiceAccessServiceInstance): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CodeEngineSecretServiceAccessServiceInstanceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CodeEngineSecretServiceAccessServiceInstance | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineSecretServiceAccessServiceInstance | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: true, required: false
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

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }
}
export interface CodeEngineSecretServiceAccessServiceid {
  /**
  * The ID of the Service ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#id CodeEngineSecret#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function codeEngineSecretServiceAccessServiceidToTerraform(struct?: CodeEngineSecretServiceAccessServiceidOutputReference | CodeEngineSecretServiceAccessServiceid): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function codeEngineSecretServiceAccessServiceidToHclTerraform(struct?: CodeEngineSecretServiceAccessServiceidOutputReference | CodeEngineSecretServiceAccessServiceid): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CodeEngineSecretServiceAccessServiceidOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CodeEngineSecretServiceAccessServiceid | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineSecretServiceAccessServiceid | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // crn - computed: true, optional: false, required: false
  public get crn() {
    return this.getStringAttribute('crn');
  }

  // id - computed: false, optional: true, required: false
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
}
export interface CodeEngineSecretServiceAccess {
  /**
  * resource_key block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#resource_key CodeEngineSecret#resource_key}
  */
  readonly resourceKey?: CodeEngineSecretServiceAccessResourceKey;
  /**
  * role block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#role CodeEngineSecret#role}
  */
  readonly role?: CodeEngineSecretServiceAccessRole;
  /**
  * service_instance block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#service_instance CodeEngineSecret#service_instance}
  */
  readonly serviceInstance: CodeEngineSecretServiceAccessServiceInstance;
  /**
  * serviceid block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#serviceid CodeEngineSecret#serviceid}
  */
  readonly serviceid?: CodeEngineSecretServiceAccessServiceid;
}

export function codeEngineSecretServiceAccessToTerraform(struct?: CodeEngineSecretServiceAccessOutputReference | CodeEngineSecretServiceAccess): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    resource_key: codeEngineSecretServiceAccessResourceKeyToTerraform(struct!.resourceKey),
    role: codeEngineSecretServiceAccessRoleToTerraform(struct!.role),
    service_instance: codeEngineSecretServiceAccessServiceInstanceToTerraform(struct!.serviceInstance),
    serviceid: codeEngineSecretServiceAccessServiceidToTerraform(struct!.serviceid),
  }
}


export function codeEngineSecretServiceAccessToHclTerraform(struct?: CodeEngineSecretServiceAccessOutputReference | CodeEngineSecretServiceAccess): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    resource_key: {
      value: codeEngineSecretServiceAccessResourceKeyToHclTerraform(struct!.resourceKey),
      isBlock: true,
      type: "list",
      storageClassType: "CodeEngineSecretServiceAccessResourceKeyList",
    },
    role: {
      value: codeEngineSecretServiceAccessRoleToHclTerraform(struct!.role),
      isBlock: true,
      type: "list",
      storageClassType: "CodeEngineSecretServiceAccessRoleList",
    },
    service_instance: {
      value: codeEngineSecretServiceAccessServiceInstanceToHclTerraform(struct!.serviceInstance),
      isBlock: true,
      type: "list",
      storageClassType: "CodeEngineSecretServiceAccessServiceInstanceList",
    },
    serviceid: {
      value: codeEngineSecretServiceAccessServiceidToHclTerraform(struct!.serviceid),
      isBlock: true,
      type: "list",
      storageClassType: "CodeEngineSecretServiceAccessServiceidList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CodeEngineSecretServiceAccessOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CodeEngineSecretServiceAccess | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._resourceKeyIfCreated?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceKey = this._resourceKeyIfCreated?.internalValue;
    }
    if (this._roleIfCreated?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.role = this._roleIfCreated?.internalValue;
    }
    if (this._serviceInstanceIfCreated?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceInstance = this._serviceInstanceIfCreated?.internalValue;
    }
    if (this._serviceidIfCreated?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceid = this._serviceidIfCreated?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineSecretServiceAccess | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      if (this._resourceKeyIfCreated !== undefined) {
        this._resourceKeyIfCreated.internalValue = undefined;
      }
      if (this._roleIfCreated !== undefined) {
        this._roleIfCreated.internalValue = undefined;
      }
      if (this._serviceInstanceIfCreated !== undefined) {
        this._serviceInstanceIfCreated.internalValue = undefined;
      }
      if (this._serviceidIfCreated !== undefined) {
        this._serviceidIfCreated.internalValue = undefined;
      }
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      if (value.resourceKey !== undefined || this._resourceKeyIfCreated !== undefined) {
        this._resourceKey.internalValue = value.resourceKey;
      }
      if (value.role !== undefined || this._roleIfCreated !== undefined) {
        this._role.internalValue = value.role;
      }
      if (value.serviceInstance !== undefined || this._serviceInstanceIfCreated !== undefined) {
        this._serviceInstance.internalValue = value.serviceInstance;
      }
      if (value.serviceid !== undefined || this._serviceidIfCreated !== undefined) {
        this._serviceid.internalValue = value.serviceid;
      }
    }
  }

  // resource_key - computed: false, optional: true, required: false
  private _resourceKeyIfCreated?: CodeEngineSecretServiceAccessResourceKeyOutputReference;
  private get _resourceKey(): CodeEngineSecretServiceAccessResourceKeyOutputReference {
    return this._resourceKeyIfCreated ??= new CodeEngineSecretServiceAccessResourceKeyOutputReference(this, "resource_key");
  }
  public get resourceKey() {
    return this._resourceKey;
  }
  public putResourceKey(value: CodeEngineSecretServiceAccessResourceKey) {
    this._resourceKey.internalValue = value;
  }
  public resetResourceKey() {
    this._resourceKey.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceKeyInput() {
    return this._resourceKeyIfCreated?.internalValue;
  }

  // role - computed: false, optional: true, required: false
  private _roleIfCreated?: CodeEngineSecretServiceAccessRoleOutputReference;
  private get _role(): CodeEngineSecretServiceAccessRoleOutputReference {
    return this._roleIfCreated ??= new CodeEngineSecretServiceAccessRoleOutputReference(this, "role");
  }
  public get role() {
    return this._role;
  }
  public putRole(value: CodeEngineSecretServiceAccessRole) {
    this._role.internalValue = value;
  }
  public resetRole() {
    this._role.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get roleInput() {
    return this._roleIfCreated?.internalValue;
  }

  // service_instance - computed: false, optional: false, required: true
  private _serviceInstanceIfCreated?: CodeEngineSecretServiceAccessServiceInstanceOutputReference;
  private get _serviceInstance(): CodeEngineSecretServiceAccessServiceInstanceOutputReference {
    return this._serviceInstanceIfCreated ??= new CodeEngineSecretServiceAccessServiceInstanceOutputReference(this, "service_instance");
  }
  public get serviceInstance() {
    return this._serviceInstance;
  }
  public putServiceInstance(value: CodeEngineSecretServiceAccessServiceInstance) {
    this._serviceInstance.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceInstanceInput() {
    return this._serviceInstanceIfCreated?.internalValue;
  }

  // serviceid - computed: false, optional: true, required: false
  private _serviceidIfCreated?: CodeEngineSecretServiceAccessServiceidOutputReference;
  private get _serviceid(): CodeEngineSecretServiceAccessServiceidOutputReference {
    return this._serviceidIfCreated ??= new CodeEngineSecretServiceAccessServiceidOutputReference(this, "serviceid");
  }
  public get serviceid() {
    return this._serviceid;
  }
  public putServiceid(value: CodeEngineSecretServiceAccessServiceid) {
    this._serviceid.internalValue = value;
  }
  public resetServiceid() {
    this._serviceid.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceidInput() {
    return this._serviceidIfCreated?.internalValue;
  }
}
export interface CodeEngineSecretServiceOperatorServiceid {
  /**
  * The ID of the Service ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#id CodeEngineSecret#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function codeEngineSecretServiceOperatorServiceidToTerraform(struct?: CodeEngineSecretServiceOperatorServiceidOutputReference | CodeEngineSecretServiceOperatorServiceid): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function codeEngineSecretServiceOperatorServiceidToHclTerraform(struct?: CodeEngineSecretServiceOperatorServiceidOutputReference | CodeEngineSecretServiceOperatorServiceid): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CodeEngineSecretServiceOperatorServiceidOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CodeEngineSecretServiceOperatorServiceid | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineSecretServiceOperatorServiceid | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // crn - computed: true, optional: false, required: false
  public get crn() {
    return this.getStringAttribute('crn');
  }

  // id - computed: false, optional: true, required: false
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
}
export interface CodeEngineSecretServiceOperator {
  /**
  * The list of resource groups (by ID) that the operator secret can bind services in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#resource_group_ids CodeEngineSecret#resource_group_ids}
  */
  readonly resourceGroupIds: string[];
  /**
  * serviceid block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#serviceid CodeEngineSecret#serviceid}
  */
  readonly serviceid: CodeEngineSecretServiceOperatorServiceid;
}

export function codeEngineSecretServiceOperatorToTerraform(struct?: CodeEngineSecretServiceOperatorOutputReference | CodeEngineSecretServiceOperator): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    resource_group_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.resourceGroupIds),
    serviceid: codeEngineSecretServiceOperatorServiceidToTerraform(struct!.serviceid),
  }
}


export function codeEngineSecretServiceOperatorToHclTerraform(struct?: CodeEngineSecretServiceOperatorOutputReference | CodeEngineSecretServiceOperator): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    resource_group_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.resourceGroupIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    serviceid: {
      value: codeEngineSecretServiceOperatorServiceidToHclTerraform(struct!.serviceid),
      isBlock: true,
      type: "list",
      storageClassType: "CodeEngineSecretServiceOperatorServiceidList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CodeEngineSecretServiceOperatorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CodeEngineSecretServiceOperator | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._resourceGroupIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceGroupIds = this._resourceGroupIds;
    }
    if (this._serviceidIfCreated?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceid = this._serviceidIfCreated?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineSecretServiceOperator | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._resourceGroupIds = undefined;
      if (this._serviceidIfCreated !== undefined) {
        this._serviceidIfCreated.internalValue = undefined;
      }
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._resourceGroupIds = value.resourceGroupIds;
      if (value.serviceid !== undefined || this._serviceidIfCreated !== undefined) {
        this._serviceid.internalValue = value.serviceid;
      }
    }
  }

  // apikey_id - computed: true, optional: false, required: false
  public get apikeyId() {
    return this.getStringAttribute('apikey_id');
  }

  // resource_group_ids - computed: false, optional: false, required: true
  private _resourceGroupIds?: string[]; 
  public get resourceGroupIds() {
    return this.getListAttribute('resource_group_ids');
  }
  public set resourceGroupIds(value: string[]) {
    this._resourceGroupIds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceGroupIdsInput() {
    return this._resourceGroupIds;
  }

  // user_managed - computed: true, optional: false, required: false
  public get userManaged() {
    return this.getBooleanAttribute('user_managed');
  }

  // serviceid - computed: false, optional: false, required: true
  private _serviceidIfCreated?: CodeEngineSecretServiceOperatorServiceidOutputReference;
  private get _serviceid(): CodeEngineSecretServiceOperatorServiceidOutputReference {
    return this._serviceidIfCreated ??= new CodeEngineSecretServiceOperatorServiceidOutputReference(this, "serviceid");
  }
  public get serviceid() {
    return this._serviceid;
  }
  public putServiceid(value: CodeEngineSecretServiceOperatorServiceid) {
    this._serviceid.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceidInput() {
    return this._serviceidIfCreated?.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret ibm_code_engine_secret}
*/
export class CodeEngineSecret extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_code_engine_secret";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CodeEngineSecret resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CodeEngineSecret to import
  * @param importFromId The id of the existing CodeEngineSecret that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CodeEngineSecret to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "ibm_code_engine_secret", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_secret ibm_code_engine_secret} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CodeEngineSecretConfig
  */
  public constructor(scope: Construct, id: string, config: CodeEngineSecretConfig) {
    super(scope, id, {
      terraformResourceType: 'ibm_code_engine_secret',
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
    this._data = config.data;
    this._format = config.format;
    this._id = config.id;
    this._name = config.name;
    this._projectId = config.projectId;
    if (config.serviceAccess !== undefined) {
      this._serviceAccess.internalValue = config.serviceAccess;
    }
    if (config.serviceOperator !== undefined) {
      this._serviceOperator.internalValue = config.serviceOperator;
    }
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // data - computed: false, optional: true, required: false
  private _data?: { [key: string]: string }; 
  public get data() {
    return this.getStringMapAttribute('data');
  }
  public set data(value: { [key: string]: string }) {
    this._data = value;
  }
  public resetData() {
    this._data = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataInput() {
    return this._data;
  }

  // entity_tag - computed: true, optional: false, required: false
  public get entityTag() {
    return this.getStringAttribute('entity_tag');
  }

  // etag - computed: true, optional: false, required: false
  public get etag() {
    return this.getStringAttribute('etag');
  }

  // format - computed: false, optional: false, required: true
  private _format?: string; 
  public get format() {
    return this.getStringAttribute('format');
  }
  public set format(value: string) {
    this._format = value;
  }
  // Temporarily expose input value. Use with caution.
  public get formatInput() {
    return this._format;
  }

  // generated_by - computed: true, optional: false, required: false
  public get generatedBy() {
    return this.getStringAttribute('generated_by');
  }

  // href - computed: true, optional: false, required: false
  public get href() {
    return this.getStringAttribute('href');
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

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // project_id - computed: false, optional: false, required: true
  private _projectId?: string; 
  public get projectId() {
    return this.getStringAttribute('project_id');
  }
  public set projectId(value: string) {
    this._projectId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdInput() {
    return this._projectId;
  }

  // region - computed: true, optional: false, required: false
  public get region() {
    return this.getStringAttribute('region');
  }

  // resource_type - computed: true, optional: false, required: false
  public get resourceType() {
    return this.getStringAttribute('resource_type');
  }

  // secret_id - computed: true, optional: false, required: false
  public get secretId() {
    return this.getStringAttribute('secret_id');
  }

  // service_access - computed: false, optional: true, required: false
  private _serviceAccessIfCreated?: CodeEngineSecretServiceAccessOutputReference;
  private get _serviceAccess(): CodeEngineSecretServiceAccessOutputReference {
    return this._serviceAccessIfCreated ??= new CodeEngineSecretServiceAccessOutputReference(this, "service_access");
  }
  public get serviceAccess() {
    return this._serviceAccess;
  }
  public putServiceAccess(value: CodeEngineSecretServiceAccess) {
    this._serviceAccess.internalValue = value;
  }
  public resetServiceAccess() {
    this._serviceAccess.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccessInput() {
    return this._serviceAccessIfCreated?.internalValue;
  }

  // service_operator - computed: false, optional: true, required: false
  private _serviceOperatorIfCreated?: CodeEngineSecretServiceOperatorOutputReference;
  private get _serviceOperator(): CodeEngineSecretServiceOperatorOutputReference {
    return this._serviceOperatorIfCreated ??= new CodeEngineSecretServiceOperatorOutputReference(this, "service_operator");
  }
  public get serviceOperator() {
    return this._serviceOperator;
  }
  public putServiceOperator(value: CodeEngineSecretServiceOperator) {
    this._serviceOperator.internalValue = value;
  }
  public resetServiceOperator() {
    this._serviceOperator.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceOperatorInput() {
    return this._serviceOperatorIfCreated?.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      data: cdktf.hashMapper(cdktf.stringToTerraform)(this._data),
      format: cdktf.stringToTerraform(this._format),
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      project_id: cdktf.stringToTerraform(this._projectId),
      service_access: codeEngineSecretServiceAccessToTerraform(this._serviceAccessIfCreated?.internalValue),
      service_operator: codeEngineSecretServiceOperatorToTerraform(this._serviceOperatorIfCreated?.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      data: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._data),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      format: {
        value: cdktf.stringToHclTerraform(this._format),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_id: {
        value: cdktf.stringToHclTerraform(this._projectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      service_access: {
        value: codeEngineSecretServiceAccessToHclTerraform(this._serviceAccessIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CodeEngineSecretServiceAccessList",
      },
      service_operator: {
        value: codeEngineSecretServiceOperatorToHclTerraform(this._serviceOperatorIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CodeEngineSecretServiceOperatorList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
