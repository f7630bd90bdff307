// https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IamAuthorizationPolicyConfig extends cdktf.TerraformMetaArguments {
  /**
  * Description of the Policy
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#description IamAuthorizationPolicy#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#id IamAuthorizationPolicy#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Role names of the policy definition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#roles IamAuthorizationPolicy#roles}
  */
  readonly roles: string[];
  /**
  * The source resource group Id
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#source_resource_group_id IamAuthorizationPolicy#source_resource_group_id}
  */
  readonly sourceResourceGroupId?: string;
  /**
  * The source resource instance Id
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#source_resource_instance_id IamAuthorizationPolicy#source_resource_instance_id}
  */
  readonly sourceResourceInstanceId?: string;
  /**
  * Resource type of source service
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#source_resource_type IamAuthorizationPolicy#source_resource_type}
  */
  readonly sourceResourceType?: string;
  /**
  * Account GUID of source service
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#source_service_account IamAuthorizationPolicy#source_service_account}
  */
  readonly sourceServiceAccount?: string;
  /**
  * The source service name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#source_service_name IamAuthorizationPolicy#source_service_name}
  */
  readonly sourceServiceName?: string;
  /**
  * The target resource group Id
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#target_resource_group_id IamAuthorizationPolicy#target_resource_group_id}
  */
  readonly targetResourceGroupId?: string;
  /**
  * The target resource instance Id
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#target_resource_instance_id IamAuthorizationPolicy#target_resource_instance_id}
  */
  readonly targetResourceInstanceId?: string;
  /**
  * Resource type of target service
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#target_resource_type IamAuthorizationPolicy#target_resource_type}
  */
  readonly targetResourceType?: string;
  /**
  * The target service name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#target_service_name IamAuthorizationPolicy#target_service_name}
  */
  readonly targetServiceName?: string;
  /**
  * Set transactionID for debug
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#transaction_id IamAuthorizationPolicy#transaction_id}
  */
  readonly transactionId?: string;
  /**
  * resource_attributes block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#resource_attributes IamAuthorizationPolicy#resource_attributes}
  */
  readonly resourceAttributes?: IamAuthorizationPolicyResourceAttributes[] | cdktf.IResolvable;
  /**
  * subject_attributes block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#subject_attributes IamAuthorizationPolicy#subject_attributes}
  */
  readonly subjectAttributes?: IamAuthorizationPolicySubjectAttributes[] | cdktf.IResolvable;
}
export interface IamAuthorizationPolicyResourceAttributes {
  /**
  * Name of attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#name IamAuthorizationPolicy#name}
  */
  readonly name: string;
  /**
  * Operator of attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#operator IamAuthorizationPolicy#operator}
  */
  readonly operator?: string;
  /**
  * Value of attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#value IamAuthorizationPolicy#value}
  */
  readonly value: string;
}

export function iamAuthorizationPolicyResourceAttributesToTerraform(struct?: IamAuthorizationPolicyResourceAttributes | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    operator: cdktf.stringToTerraform(struct!.operator),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function iamAuthorizationPolicyResourceAttributesToHclTerraform(struct?: IamAuthorizationPolicyResourceAttributes | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    operator: {
      value: cdktf.stringToHclTerraform(struct!.operator),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IamAuthorizationPolicyResourceAttributesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): IamAuthorizationPolicyResourceAttributes | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._operator !== undefined) {
      hasAnyValues = true;
      internalValueResult.operator = this._operator;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IamAuthorizationPolicyResourceAttributes | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._operator = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._operator = value.operator;
      this._value = value.value;
    }
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

  // operator - computed: false, optional: true, required: false
  private _operator?: string; 
  public get operator() {
    return this.getStringAttribute('operator');
  }
  public set operator(value: string) {
    this._operator = value;
  }
  public resetOperator() {
    this._operator = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get operatorInput() {
    return this._operator;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class IamAuthorizationPolicyResourceAttributesList extends cdktf.ComplexList {
  public internalValue? : IamAuthorizationPolicyResourceAttributes[] | cdktf.IResolvable

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
  public get(index: number): IamAuthorizationPolicyResourceAttributesOutputReference {
    return new IamAuthorizationPolicyResourceAttributesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface IamAuthorizationPolicySubjectAttributes {
  /**
  * Name of attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#name IamAuthorizationPolicy#name}
  */
  readonly name: string;
  /**
  * Operator of attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#operator IamAuthorizationPolicy#operator}
  */
  readonly operator?: string;
  /**
  * Value of attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#value IamAuthorizationPolicy#value}
  */
  readonly value: string;
}

export function iamAuthorizationPolicySubjectAttributesToTerraform(struct?: IamAuthorizationPolicySubjectAttributes | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    operator: cdktf.stringToTerraform(struct!.operator),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function iamAuthorizationPolicySubjectAttributesToHclTerraform(struct?: IamAuthorizationPolicySubjectAttributes | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    operator: {
      value: cdktf.stringToHclTerraform(struct!.operator),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IamAuthorizationPolicySubjectAttributesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): IamAuthorizationPolicySubjectAttributes | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._operator !== undefined) {
      hasAnyValues = true;
      internalValueResult.operator = this._operator;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IamAuthorizationPolicySubjectAttributes | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._operator = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._operator = value.operator;
      this._value = value.value;
    }
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

  // operator - computed: false, optional: true, required: false
  private _operator?: string; 
  public get operator() {
    return this.getStringAttribute('operator');
  }
  public set operator(value: string) {
    this._operator = value;
  }
  public resetOperator() {
    this._operator = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get operatorInput() {
    return this._operator;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class IamAuthorizationPolicySubjectAttributesList extends cdktf.ComplexList {
  public internalValue? : IamAuthorizationPolicySubjectAttributes[] | cdktf.IResolvable

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
  public get(index: number): IamAuthorizationPolicySubjectAttributesOutputReference {
    return new IamAuthorizationPolicySubjectAttributesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy ibm_iam_authorization_policy}
*/
export class IamAuthorizationPolicy extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_iam_authorization_policy";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IamAuthorizationPolicy resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IamAuthorizationPolicy to import
  * @param importFromId The id of the existing IamAuthorizationPolicy that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IamAuthorizationPolicy to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "ibm_iam_authorization_policy", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_authorization_policy ibm_iam_authorization_policy} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IamAuthorizationPolicyConfig
  */
  public constructor(scope: Construct, id: string, config: IamAuthorizationPolicyConfig) {
    super(scope, id, {
      terraformResourceType: 'ibm_iam_authorization_policy',
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
    this._description = config.description;
    this._id = config.id;
    this._roles = config.roles;
    this._sourceResourceGroupId = config.sourceResourceGroupId;
    this._sourceResourceInstanceId = config.sourceResourceInstanceId;
    this._sourceResourceType = config.sourceResourceType;
    this._sourceServiceAccount = config.sourceServiceAccount;
    this._sourceServiceName = config.sourceServiceName;
    this._targetResourceGroupId = config.targetResourceGroupId;
    this._targetResourceInstanceId = config.targetResourceInstanceId;
    this._targetResourceType = config.targetResourceType;
    this._targetServiceName = config.targetServiceName;
    this._transactionId = config.transactionId;
    if (config.resourceAttributes !== undefined) {
      this._resourceAttributes.internalValue = config.resourceAttributes;
    }
    if (config.subjectAttributes !== undefined) {
      this._subjectAttributes.internalValue = config.subjectAttributes;
    }
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
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

  // roles - computed: false, optional: false, required: true
  private _roles?: string[]; 
  public get roles() {
    return this.getListAttribute('roles');
  }
  public set roles(value: string[]) {
    this._roles = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rolesInput() {
    return this._roles;
  }

  // source_resource_group_id - computed: true, optional: true, required: false
  private _sourceResourceGroupId?: string; 
  public get sourceResourceGroupId() {
    return this.getStringAttribute('source_resource_group_id');
  }
  public set sourceResourceGroupId(value: string) {
    this._sourceResourceGroupId = value;
  }
  public resetSourceResourceGroupId() {
    this._sourceResourceGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceResourceGroupIdInput() {
    return this._sourceResourceGroupId;
  }

  // source_resource_instance_id - computed: true, optional: true, required: false
  private _sourceResourceInstanceId?: string; 
  public get sourceResourceInstanceId() {
    return this.getStringAttribute('source_resource_instance_id');
  }
  public set sourceResourceInstanceId(value: string) {
    this._sourceResourceInstanceId = value;
  }
  public resetSourceResourceInstanceId() {
    this._sourceResourceInstanceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceResourceInstanceIdInput() {
    return this._sourceResourceInstanceId;
  }

  // source_resource_type - computed: true, optional: true, required: false
  private _sourceResourceType?: string; 
  public get sourceResourceType() {
    return this.getStringAttribute('source_resource_type');
  }
  public set sourceResourceType(value: string) {
    this._sourceResourceType = value;
  }
  public resetSourceResourceType() {
    this._sourceResourceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceResourceTypeInput() {
    return this._sourceResourceType;
  }

  // source_service_account - computed: true, optional: true, required: false
  private _sourceServiceAccount?: string; 
  public get sourceServiceAccount() {
    return this.getStringAttribute('source_service_account');
  }
  public set sourceServiceAccount(value: string) {
    this._sourceServiceAccount = value;
  }
  public resetSourceServiceAccount() {
    this._sourceServiceAccount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceServiceAccountInput() {
    return this._sourceServiceAccount;
  }

  // source_service_name - computed: true, optional: true, required: false
  private _sourceServiceName?: string; 
  public get sourceServiceName() {
    return this.getStringAttribute('source_service_name');
  }
  public set sourceServiceName(value: string) {
    this._sourceServiceName = value;
  }
  public resetSourceServiceName() {
    this._sourceServiceName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceServiceNameInput() {
    return this._sourceServiceName;
  }

  // target_resource_group_id - computed: true, optional: true, required: false
  private _targetResourceGroupId?: string; 
  public get targetResourceGroupId() {
    return this.getStringAttribute('target_resource_group_id');
  }
  public set targetResourceGroupId(value: string) {
    this._targetResourceGroupId = value;
  }
  public resetTargetResourceGroupId() {
    this._targetResourceGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetResourceGroupIdInput() {
    return this._targetResourceGroupId;
  }

  // target_resource_instance_id - computed: true, optional: true, required: false
  private _targetResourceInstanceId?: string; 
  public get targetResourceInstanceId() {
    return this.getStringAttribute('target_resource_instance_id');
  }
  public set targetResourceInstanceId(value: string) {
    this._targetResourceInstanceId = value;
  }
  public resetTargetResourceInstanceId() {
    this._targetResourceInstanceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetResourceInstanceIdInput() {
    return this._targetResourceInstanceId;
  }

  // target_resource_type - computed: true, optional: true, required: false
  private _targetResourceType?: string; 
  public get targetResourceType() {
    return this.getStringAttribute('target_resource_type');
  }
  public set targetResourceType(value: string) {
    this._targetResourceType = value;
  }
  public resetTargetResourceType() {
    this._targetResourceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetResourceTypeInput() {
    return this._targetResourceType;
  }

  // target_service_name - computed: true, optional: true, required: false
  private _targetServiceName?: string; 
  public get targetServiceName() {
    return this.getStringAttribute('target_service_name');
  }
  public set targetServiceName(value: string) {
    this._targetServiceName = value;
  }
  public resetTargetServiceName() {
    this._targetServiceName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetServiceNameInput() {
    return this._targetServiceName;
  }

  // transaction_id - computed: true, optional: true, required: false
  private _transactionId?: string; 
  public get transactionId() {
    return this.getStringAttribute('transaction_id');
  }
  public set transactionId(value: string) {
    this._transactionId = value;
  }
  public resetTransactionId() {
    this._transactionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transactionIdInput() {
    return this._transactionId;
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute('version');
  }

  // resource_attributes - computed: false, optional: true, required: false
  private _resourceAttributesIfCreated?: IamAuthorizationPolicyResourceAttributesList;
  private get _resourceAttributes(): IamAuthorizationPolicyResourceAttributesList {
    return this._resourceAttributesIfCreated ??= new IamAuthorizationPolicyResourceAttributesList(this, "resource_attributes", true);
  }
  public get resourceAttributes() {
    return this._resourceAttributes;
  }
  public putResourceAttributes(value: IamAuthorizationPolicyResourceAttributes[] | cdktf.IResolvable) {
    this._resourceAttributes.internalValue = value;
  }
  public resetResourceAttributes() {
    this._resourceAttributes.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceAttributesInput() {
    return this._resourceAttributesIfCreated?.internalValue;
  }

  // subject_attributes - computed: false, optional: true, required: false
  private _subjectAttributesIfCreated?: IamAuthorizationPolicySubjectAttributesList;
  private get _subjectAttributes(): IamAuthorizationPolicySubjectAttributesList {
    return this._subjectAttributesIfCreated ??= new IamAuthorizationPolicySubjectAttributesList(this, "subject_attributes", true);
  }
  public get subjectAttributes() {
    return this._subjectAttributes;
  }
  public putSubjectAttributes(value: IamAuthorizationPolicySubjectAttributes[] | cdktf.IResolvable) {
    this._subjectAttributes.internalValue = value;
  }
  public resetSubjectAttributes() {
    this._subjectAttributes.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subjectAttributesInput() {
    return this._subjectAttributesIfCreated?.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      description: cdktf.stringToTerraform(this._description),
      id: cdktf.stringToTerraform(this._id),
      roles: cdktf.listMapper(cdktf.stringToTerraform, false)(this._roles),
      source_resource_group_id: cdktf.stringToTerraform(this._sourceResourceGroupId),
      source_resource_instance_id: cdktf.stringToTerraform(this._sourceResourceInstanceId),
      source_resource_type: cdktf.stringToTerraform(this._sourceResourceType),
      source_service_account: cdktf.stringToTerraform(this._sourceServiceAccount),
      source_service_name: cdktf.stringToTerraform(this._sourceServiceName),
      target_resource_group_id: cdktf.stringToTerraform(this._targetResourceGroupId),
      target_resource_instance_id: cdktf.stringToTerraform(this._targetResourceInstanceId),
      target_resource_type: cdktf.stringToTerraform(this._targetResourceType),
      target_service_name: cdktf.stringToTerraform(this._targetServiceName),
      transaction_id: cdktf.stringToTerraform(this._transactionId),
      resource_attributes: cdktf.listMapper(iamAuthorizationPolicyResourceAttributesToTerraform, true)(this._resourceAttributesIfCreated?.internalValue),
      subject_attributes: cdktf.listMapper(iamAuthorizationPolicySubjectAttributesToTerraform, true)(this._subjectAttributesIfCreated?.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      description: {
        value: cdktf.stringToHclTerraform(this._description),
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
      roles: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._roles),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      source_resource_group_id: {
        value: cdktf.stringToHclTerraform(this._sourceResourceGroupId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_resource_instance_id: {
        value: cdktf.stringToHclTerraform(this._sourceResourceInstanceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_resource_type: {
        value: cdktf.stringToHclTerraform(this._sourceResourceType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_service_account: {
        value: cdktf.stringToHclTerraform(this._sourceServiceAccount),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_service_name: {
        value: cdktf.stringToHclTerraform(this._sourceServiceName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      target_resource_group_id: {
        value: cdktf.stringToHclTerraform(this._targetResourceGroupId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      target_resource_instance_id: {
        value: cdktf.stringToHclTerraform(this._targetResourceInstanceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      target_resource_type: {
        value: cdktf.stringToHclTerraform(this._targetResourceType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      target_service_name: {
        value: cdktf.stringToHclTerraform(this._targetServiceName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transaction_id: {
        value: cdktf.stringToHclTerraform(this._transactionId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      resource_attributes: {
        value: cdktf.listMapperHcl(iamAuthorizationPolicyResourceAttributesToHclTerraform, true)(this._resourceAttributesIfCreated?.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "IamAuthorizationPolicyResourceAttributesList",
      },
      subject_attributes: {
        value: cdktf.listMapperHcl(iamAuthorizationPolicySubjectAttributesToHclTerraform, true)(this._subjectAttributesIfCreated?.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "IamAuthorizationPolicySubjectAttributesList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
