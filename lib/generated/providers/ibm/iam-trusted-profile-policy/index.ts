// https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IamTrustedProfilePolicyConfig extends cdktf.TerraformMetaArguments {
  /**
  * Give access to all account management services
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#account_management IamTrustedProfilePolicy#account_management}
  */
  readonly accountManagement?: boolean | cdktf.IResolvable;
  /**
  * Description of the Policy
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#description IamTrustedProfilePolicy#description}
  */
  readonly description?: string;
  /**
  * IAM ID of Trusted Profile
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#iam_id IamTrustedProfilePolicy#iam_id}
  */
  readonly iamId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#id IamTrustedProfilePolicy#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Pattern rule follows for time-based condition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#pattern IamTrustedProfilePolicy#pattern}
  */
  readonly pattern?: string;
  /**
  * UUID of Trusted Profile
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#profile_id IamTrustedProfilePolicy#profile_id}
  */
  readonly profileId?: string;
  /**
  * Role names of the policy definition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#roles IamTrustedProfilePolicy#roles}
  */
  readonly roles: string[];
  /**
  * Operator that multiple rule conditions are evaluated over
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#rule_operator IamTrustedProfilePolicy#rule_operator}
  */
  readonly ruleOperator?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#tags IamTrustedProfilePolicy#tags}
  */
  readonly tags?: string[];
  /**
  * Set transactionID for debug
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#transaction_id IamTrustedProfilePolicy#transaction_id}
  */
  readonly transactionId?: string;
  /**
  * resource_attributes block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#resource_attributes IamTrustedProfilePolicy#resource_attributes}
  */
  readonly resourceAttributes?: IamTrustedProfilePolicyResourceAttributes[] | cdktf.IResolvable;
  /**
  * resource_tags block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#resource_tags IamTrustedProfilePolicy#resource_tags}
  */
  readonly resourceTags?: IamTrustedProfilePolicyResourceTags[] | cdktf.IResolvable;
  /**
  * resources block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#resources IamTrustedProfilePolicy#resources}
  */
  readonly resources?: IamTrustedProfilePolicyResources;
  /**
  * rule_conditions block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#rule_conditions IamTrustedProfilePolicy#rule_conditions}
  */
  readonly ruleConditions?: IamTrustedProfilePolicyRuleConditions[] | cdktf.IResolvable;
}
export interface IamTrustedProfilePolicyResourceAttributes {
  /**
  * Name of attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#name IamTrustedProfilePolicy#name}
  */
  readonly name: string;
  /**
  * Operator of attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#operator IamTrustedProfilePolicy#operator}
  */
  readonly operator?: string;
  /**
  * Value of attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#value IamTrustedProfilePolicy#value}
  */
  readonly value: string;
}

export function iamTrustedProfilePolicyResourceAttributesToTerraform(struct?: IamTrustedProfilePolicyResourceAttributes | cdktf.IResolvable): any {
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


export function iamTrustedProfilePolicyResourceAttributesToHclTerraform(struct?: IamTrustedProfilePolicyResourceAttributes | cdktf.IResolvable): any {
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

export class IamTrustedProfilePolicyResourceAttributesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): IamTrustedProfilePolicyResourceAttributes | cdktf.IResolvable | undefined {
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

  public set internalValue(value: IamTrustedProfilePolicyResourceAttributes | cdktf.IResolvable | undefined) {
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

export class IamTrustedProfilePolicyResourceAttributesList extends cdktf.ComplexList {
  public internalValue? : IamTrustedProfilePolicyResourceAttributes[] | cdktf.IResolvable

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
  public get(index: number): IamTrustedProfilePolicyResourceAttributesOutputReference {
    return new IamTrustedProfilePolicyResourceAttributesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface IamTrustedProfilePolicyResourceTags {
  /**
  * Name of attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#name IamTrustedProfilePolicy#name}
  */
  readonly name: string;
  /**
  * Operator of attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#operator IamTrustedProfilePolicy#operator}
  */
  readonly operator?: string;
  /**
  * Value of attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#value IamTrustedProfilePolicy#value}
  */
  readonly value: string;
}

export function iamTrustedProfilePolicyResourceTagsToTerraform(struct?: IamTrustedProfilePolicyResourceTags | cdktf.IResolvable): any {
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


export function iamTrustedProfilePolicyResourceTagsToHclTerraform(struct?: IamTrustedProfilePolicyResourceTags | cdktf.IResolvable): any {
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

export class IamTrustedProfilePolicyResourceTagsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): IamTrustedProfilePolicyResourceTags | cdktf.IResolvable | undefined {
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

  public set internalValue(value: IamTrustedProfilePolicyResourceTags | cdktf.IResolvable | undefined) {
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

export class IamTrustedProfilePolicyResourceTagsList extends cdktf.ComplexList {
  public internalValue? : IamTrustedProfilePolicyResourceTags[] | cdktf.IResolvable

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
  public get(index: number): IamTrustedProfilePolicyResourceTagsOutputReference {
    return new IamTrustedProfilePolicyResourceTagsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface IamTrustedProfilePolicyResources {
  /**
  * Set resource attributes in the form of 'name=value,name=value....
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#attributes IamTrustedProfilePolicy#attributes}
  */
  readonly attributes?: { [key: string]: string };
  /**
  * Region of the policy definition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#region IamTrustedProfilePolicy#region}
  */
  readonly region?: string;
  /**
  * Resource of the policy definition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#resource IamTrustedProfilePolicy#resource}
  */
  readonly resource?: string;
  /**
  * ID of the resource group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#resource_group_id IamTrustedProfilePolicy#resource_group_id}
  */
  readonly resourceGroupId?: string;
  /**
  * ID of resource instance of the policy definition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#resource_instance_id IamTrustedProfilePolicy#resource_instance_id}
  */
  readonly resourceInstanceId?: string;
  /**
  * Resource type of the policy definition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#resource_type IamTrustedProfilePolicy#resource_type}
  */
  readonly resourceType?: string;
  /**
  * Service name of the policy definition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#service IamTrustedProfilePolicy#service}
  */
  readonly service?: string;
  /**
  * Service group id of the policy definition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#service_group_id IamTrustedProfilePolicy#service_group_id}
  */
  readonly serviceGroupId?: string;
  /**
  * Service type of the policy definition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#service_type IamTrustedProfilePolicy#service_type}
  */
  readonly serviceType?: string;
}

export function iamTrustedProfilePolicyResourcesToTerraform(struct?: IamTrustedProfilePolicyResourcesOutputReference | IamTrustedProfilePolicyResources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    attributes: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.attributes),
    region: cdktf.stringToTerraform(struct!.region),
    resource: cdktf.stringToTerraform(struct!.resource),
    resource_group_id: cdktf.stringToTerraform(struct!.resourceGroupId),
    resource_instance_id: cdktf.stringToTerraform(struct!.resourceInstanceId),
    resource_type: cdktf.stringToTerraform(struct!.resourceType),
    service: cdktf.stringToTerraform(struct!.service),
    service_group_id: cdktf.stringToTerraform(struct!.serviceGroupId),
    service_type: cdktf.stringToTerraform(struct!.serviceType),
  }
}


export function iamTrustedProfilePolicyResourcesToHclTerraform(struct?: IamTrustedProfilePolicyResourcesOutputReference | IamTrustedProfilePolicyResources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    attributes: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.attributes),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    region: {
      value: cdktf.stringToHclTerraform(struct!.region),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource: {
      value: cdktf.stringToHclTerraform(struct!.resource),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_group_id: {
      value: cdktf.stringToHclTerraform(struct!.resourceGroupId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_instance_id: {
      value: cdktf.stringToHclTerraform(struct!.resourceInstanceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_type: {
      value: cdktf.stringToHclTerraform(struct!.resourceType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service: {
      value: cdktf.stringToHclTerraform(struct!.service),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_group_id: {
      value: cdktf.stringToHclTerraform(struct!.serviceGroupId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_type: {
      value: cdktf.stringToHclTerraform(struct!.serviceType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IamTrustedProfilePolicyResourcesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): IamTrustedProfilePolicyResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._attributes !== undefined) {
      hasAnyValues = true;
      internalValueResult.attributes = this._attributes;
    }
    if (this._region !== undefined) {
      hasAnyValues = true;
      internalValueResult.region = this._region;
    }
    if (this._resource !== undefined) {
      hasAnyValues = true;
      internalValueResult.resource = this._resource;
    }
    if (this._resourceGroupId !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceGroupId = this._resourceGroupId;
    }
    if (this._resourceInstanceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceInstanceId = this._resourceInstanceId;
    }
    if (this._resourceType !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceType = this._resourceType;
    }
    if (this._service !== undefined) {
      hasAnyValues = true;
      internalValueResult.service = this._service;
    }
    if (this._serviceGroupId !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceGroupId = this._serviceGroupId;
    }
    if (this._serviceType !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceType = this._serviceType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IamTrustedProfilePolicyResources | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._attributes = undefined;
      this._region = undefined;
      this._resource = undefined;
      this._resourceGroupId = undefined;
      this._resourceInstanceId = undefined;
      this._resourceType = undefined;
      this._service = undefined;
      this._serviceGroupId = undefined;
      this._serviceType = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._attributes = value.attributes;
      this._region = value.region;
      this._resource = value.resource;
      this._resourceGroupId = value.resourceGroupId;
      this._resourceInstanceId = value.resourceInstanceId;
      this._resourceType = value.resourceType;
      this._service = value.service;
      this._serviceGroupId = value.serviceGroupId;
      this._serviceType = value.serviceType;
    }
  }

  // attributes - computed: false, optional: true, required: false
  private _attributes?: { [key: string]: string }; 
  public get attributes() {
    return this.getStringMapAttribute('attributes');
  }
  public set attributes(value: { [key: string]: string }) {
    this._attributes = value;
  }
  public resetAttributes() {
    this._attributes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get attributesInput() {
    return this._attributes;
  }

  // region - computed: false, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this.getStringAttribute('region');
  }
  public set region(value: string) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // resource - computed: false, optional: true, required: false
  private _resource?: string; 
  public get resource() {
    return this.getStringAttribute('resource');
  }
  public set resource(value: string) {
    this._resource = value;
  }
  public resetResource() {
    this._resource = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceInput() {
    return this._resource;
  }

  // resource_group_id - computed: false, optional: true, required: false
  private _resourceGroupId?: string; 
  public get resourceGroupId() {
    return this.getStringAttribute('resource_group_id');
  }
  public set resourceGroupId(value: string) {
    this._resourceGroupId = value;
  }
  public resetResourceGroupId() {
    this._resourceGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceGroupIdInput() {
    return this._resourceGroupId;
  }

  // resource_instance_id - computed: false, optional: true, required: false
  private _resourceInstanceId?: string; 
  public get resourceInstanceId() {
    return this.getStringAttribute('resource_instance_id');
  }
  public set resourceInstanceId(value: string) {
    this._resourceInstanceId = value;
  }
  public resetResourceInstanceId() {
    this._resourceInstanceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceInstanceIdInput() {
    return this._resourceInstanceId;
  }

  // resource_type - computed: false, optional: true, required: false
  private _resourceType?: string; 
  public get resourceType() {
    return this.getStringAttribute('resource_type');
  }
  public set resourceType(value: string) {
    this._resourceType = value;
  }
  public resetResourceType() {
    this._resourceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceTypeInput() {
    return this._resourceType;
  }

  // service - computed: false, optional: true, required: false
  private _service?: string; 
  public get service() {
    return this.getStringAttribute('service');
  }
  public set service(value: string) {
    this._service = value;
  }
  public resetService() {
    this._service = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceInput() {
    return this._service;
  }

  // service_group_id - computed: false, optional: true, required: false
  private _serviceGroupId?: string; 
  public get serviceGroupId() {
    return this.getStringAttribute('service_group_id');
  }
  public set serviceGroupId(value: string) {
    this._serviceGroupId = value;
  }
  public resetServiceGroupId() {
    this._serviceGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceGroupIdInput() {
    return this._serviceGroupId;
  }

  // service_type - computed: false, optional: true, required: false
  private _serviceType?: string; 
  public get serviceType() {
    return this.getStringAttribute('service_type');
  }
  public set serviceType(value: string) {
    this._serviceType = value;
  }
  public resetServiceType() {
    this._serviceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceTypeInput() {
    return this._serviceType;
  }
}
export interface IamTrustedProfilePolicyRuleConditionsConditions {
  /**
  * Key of the condition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#key IamTrustedProfilePolicy#key}
  */
  readonly key: string;
  /**
  * Operator of the condition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#operator IamTrustedProfilePolicy#operator}
  */
  readonly operator: string;
  /**
  * Value of the condition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#value IamTrustedProfilePolicy#value}
  */
  readonly value: string[];
}

export function iamTrustedProfilePolicyRuleConditionsConditionsToTerraform(struct?: IamTrustedProfilePolicyRuleConditionsConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    operator: cdktf.stringToTerraform(struct!.operator),
    value: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.value),
  }
}


export function iamTrustedProfilePolicyRuleConditionsConditionsToHclTerraform(struct?: IamTrustedProfilePolicyRuleConditionsConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
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
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.value),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IamTrustedProfilePolicyRuleConditionsConditionsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): IamTrustedProfilePolicyRuleConditionsConditions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
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

  public set internalValue(value: IamTrustedProfilePolicyRuleConditionsConditions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
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
      this._key = value.key;
      this._operator = value.operator;
      this._value = value.value;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // operator - computed: false, optional: false, required: true
  private _operator?: string; 
  public get operator() {
    return this.getStringAttribute('operator');
  }
  public set operator(value: string) {
    this._operator = value;
  }
  // Temporarily expose input value. Use with caution.
  public get operatorInput() {
    return this._operator;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string[]; 
  public get value() {
    return this.getListAttribute('value');
  }
  public set value(value: string[]) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class IamTrustedProfilePolicyRuleConditionsConditionsList extends cdktf.ComplexList {
  public internalValue? : IamTrustedProfilePolicyRuleConditionsConditions[] | cdktf.IResolvable

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
  public get(index: number): IamTrustedProfilePolicyRuleConditionsConditionsOutputReference {
    return new IamTrustedProfilePolicyRuleConditionsConditionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface IamTrustedProfilePolicyRuleConditions {
  /**
  * Key of the condition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#key IamTrustedProfilePolicy#key}
  */
  readonly key?: string;
  /**
  * Operator of the condition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#operator IamTrustedProfilePolicy#operator}
  */
  readonly operator: string;
  /**
  * Value of the condition
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#value IamTrustedProfilePolicy#value}
  */
  readonly value?: string[];
  /**
  * conditions block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#conditions IamTrustedProfilePolicy#conditions}
  */
  readonly conditions?: IamTrustedProfilePolicyRuleConditionsConditions[] | cdktf.IResolvable;
}

export function iamTrustedProfilePolicyRuleConditionsToTerraform(struct?: IamTrustedProfilePolicyRuleConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    operator: cdktf.stringToTerraform(struct!.operator),
    value: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.value),
    conditions: cdktf.listMapper(iamTrustedProfilePolicyRuleConditionsConditionsToTerraform, true)(struct!.conditions),
  }
}


export function iamTrustedProfilePolicyRuleConditionsToHclTerraform(struct?: IamTrustedProfilePolicyRuleConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
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
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.value),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    conditions: {
      value: cdktf.listMapperHcl(iamTrustedProfilePolicyRuleConditionsConditionsToHclTerraform, true)(struct!.conditions),
      isBlock: true,
      type: "list",
      storageClassType: "IamTrustedProfilePolicyRuleConditionsConditionsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IamTrustedProfilePolicyRuleConditionsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): IamTrustedProfilePolicyRuleConditions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._operator !== undefined) {
      hasAnyValues = true;
      internalValueResult.operator = this._operator;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    if (this._conditionsIfCreated?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.conditions = this._conditionsIfCreated?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IamTrustedProfilePolicyRuleConditions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._operator = undefined;
      this._value = undefined;
      if (this._conditionsIfCreated !== undefined) {
        this._conditionsIfCreated.internalValue = undefined;
      }
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._operator = value.operator;
      this._value = value.value;
      if (value.conditions !== undefined || this._conditionsIfCreated !== undefined) {
        this._conditions.internalValue = value.conditions;
      }
    }
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // operator - computed: false, optional: false, required: true
  private _operator?: string; 
  public get operator() {
    return this.getStringAttribute('operator');
  }
  public set operator(value: string) {
    this._operator = value;
  }
  // Temporarily expose input value. Use with caution.
  public get operatorInput() {
    return this._operator;
  }

  // value - computed: false, optional: true, required: false
  private _value?: string[]; 
  public get value() {
    return this.getListAttribute('value');
  }
  public set value(value: string[]) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }

  // conditions - computed: false, optional: true, required: false
  private _conditionsIfCreated?: IamTrustedProfilePolicyRuleConditionsConditionsList;
  private get _conditions(): IamTrustedProfilePolicyRuleConditionsConditionsList {
    return this._conditionsIfCreated ??= new IamTrustedProfilePolicyRuleConditionsConditionsList(this, "conditions", false);
  }
  public get conditions() {
    return this._conditions;
  }
  public putConditions(value: IamTrustedProfilePolicyRuleConditionsConditions[] | cdktf.IResolvable) {
    this._conditions.internalValue = value;
  }
  public resetConditions() {
    this._conditions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conditionsInput() {
    return this._conditionsIfCreated?.internalValue;
  }
}

export class IamTrustedProfilePolicyRuleConditionsList extends cdktf.ComplexList {
  public internalValue? : IamTrustedProfilePolicyRuleConditions[] | cdktf.IResolvable

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
  public get(index: number): IamTrustedProfilePolicyRuleConditionsOutputReference {
    return new IamTrustedProfilePolicyRuleConditionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy ibm_iam_trusted_profile_policy}
*/
export class IamTrustedProfilePolicy extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_iam_trusted_profile_policy";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IamTrustedProfilePolicy resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IamTrustedProfilePolicy to import
  * @param importFromId The id of the existing IamTrustedProfilePolicy that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IamTrustedProfilePolicy to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "ibm_iam_trusted_profile_policy", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_policy ibm_iam_trusted_profile_policy} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IamTrustedProfilePolicyConfig
  */
  public constructor(scope: Construct, id: string, config: IamTrustedProfilePolicyConfig) {
    super(scope, id, {
      terraformResourceType: 'ibm_iam_trusted_profile_policy',
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
    this._accountManagement = config.accountManagement;
    this._description = config.description;
    this._iamId = config.iamId;
    this._id = config.id;
    this._pattern = config.pattern;
    this._profileId = config.profileId;
    this._roles = config.roles;
    this._ruleOperator = config.ruleOperator;
    this._tags = config.tags;
    this._transactionId = config.transactionId;
    if (config.resourceAttributes !== undefined) {
      this._resourceAttributes.internalValue = config.resourceAttributes;
    }
    if (config.resourceTags !== undefined) {
      this._resourceTags.internalValue = config.resourceTags;
    }
    if (config.resources !== undefined) {
      this._resources.internalValue = config.resources;
    }
    if (config.ruleConditions !== undefined) {
      this._ruleConditions.internalValue = config.ruleConditions;
    }
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // account_management - computed: false, optional: true, required: false
  private _accountManagement?: boolean | cdktf.IResolvable; 
  public get accountManagement() {
    return this.getBooleanAttribute('account_management');
  }
  public set accountManagement(value: boolean | cdktf.IResolvable) {
    this._accountManagement = value;
  }
  public resetAccountManagement() {
    this._accountManagement = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accountManagementInput() {
    return this._accountManagement;
  }

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

  // iam_id - computed: true, optional: true, required: false
  private _iamId?: string; 
  public get iamId() {
    return this.getStringAttribute('iam_id');
  }
  public set iamId(value: string) {
    this._iamId = value;
  }
  public resetIamId() {
    this._iamId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iamIdInput() {
    return this._iamId;
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

  // pattern - computed: false, optional: true, required: false
  private _pattern?: string; 
  public get pattern() {
    return this.getStringAttribute('pattern');
  }
  public set pattern(value: string) {
    this._pattern = value;
  }
  public resetPattern() {
    this._pattern = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get patternInput() {
    return this._pattern;
  }

  // profile_id - computed: true, optional: true, required: false
  private _profileId?: string; 
  public get profileId() {
    return this.getStringAttribute('profile_id');
  }
  public set profileId(value: string) {
    this._profileId = value;
  }
  public resetProfileId() {
    this._profileId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get profileIdInput() {
    return this._profileId;
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

  // rule_operator - computed: false, optional: true, required: false
  private _ruleOperator?: string; 
  public get ruleOperator() {
    return this.getStringAttribute('rule_operator');
  }
  public set ruleOperator(value: string) {
    this._ruleOperator = value;
  }
  public resetRuleOperator() {
    this._ruleOperator = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleOperatorInput() {
    return this._ruleOperator;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
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

  // resource_attributes - computed: false, optional: true, required: false
  private _resourceAttributesIfCreated?: IamTrustedProfilePolicyResourceAttributesList;
  private get _resourceAttributes(): IamTrustedProfilePolicyResourceAttributesList {
    return this._resourceAttributesIfCreated ??= new IamTrustedProfilePolicyResourceAttributesList(this, "resource_attributes", true);
  }
  public get resourceAttributes() {
    return this._resourceAttributes;
  }
  public putResourceAttributes(value: IamTrustedProfilePolicyResourceAttributes[] | cdktf.IResolvable) {
    this._resourceAttributes.internalValue = value;
  }
  public resetResourceAttributes() {
    this._resourceAttributes.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceAttributesInput() {
    return this._resourceAttributesIfCreated?.internalValue;
  }

  // resource_tags - computed: false, optional: true, required: false
  private _resourceTagsIfCreated?: IamTrustedProfilePolicyResourceTagsList;
  private get _resourceTags(): IamTrustedProfilePolicyResourceTagsList {
    return this._resourceTagsIfCreated ??= new IamTrustedProfilePolicyResourceTagsList(this, "resource_tags", true);
  }
  public get resourceTags() {
    return this._resourceTags;
  }
  public putResourceTags(value: IamTrustedProfilePolicyResourceTags[] | cdktf.IResolvable) {
    this._resourceTags.internalValue = value;
  }
  public resetResourceTags() {
    this._resourceTags.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceTagsInput() {
    return this._resourceTagsIfCreated?.internalValue;
  }

  // resources - computed: false, optional: true, required: false
  private _resourcesIfCreated?: IamTrustedProfilePolicyResourcesOutputReference;
  private get _resources(): IamTrustedProfilePolicyResourcesOutputReference {
    return this._resourcesIfCreated ??= new IamTrustedProfilePolicyResourcesOutputReference(this, "resources");
  }
  public get resources() {
    return this._resources;
  }
  public putResources(value: IamTrustedProfilePolicyResources) {
    this._resources.internalValue = value;
  }
  public resetResources() {
    this._resources.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourcesInput() {
    return this._resourcesIfCreated?.internalValue;
  }

  // rule_conditions - computed: false, optional: true, required: false
  private _ruleConditionsIfCreated?: IamTrustedProfilePolicyRuleConditionsList;
  private get _ruleConditions(): IamTrustedProfilePolicyRuleConditionsList {
    return this._ruleConditionsIfCreated ??= new IamTrustedProfilePolicyRuleConditionsList(this, "rule_conditions", true);
  }
  public get ruleConditions() {
    return this._ruleConditions;
  }
  public putRuleConditions(value: IamTrustedProfilePolicyRuleConditions[] | cdktf.IResolvable) {
    this._ruleConditions.internalValue = value;
  }
  public resetRuleConditions() {
    this._ruleConditions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleConditionsInput() {
    return this._ruleConditionsIfCreated?.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      account_management: cdktf.booleanToTerraform(this._accountManagement),
      description: cdktf.stringToTerraform(this._description),
      iam_id: cdktf.stringToTerraform(this._iamId),
      id: cdktf.stringToTerraform(this._id),
      pattern: cdktf.stringToTerraform(this._pattern),
      profile_id: cdktf.stringToTerraform(this._profileId),
      roles: cdktf.listMapper(cdktf.stringToTerraform, false)(this._roles),
      rule_operator: cdktf.stringToTerraform(this._ruleOperator),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      transaction_id: cdktf.stringToTerraform(this._transactionId),
      resource_attributes: cdktf.listMapper(iamTrustedProfilePolicyResourceAttributesToTerraform, true)(this._resourceAttributesIfCreated?.internalValue),
      resource_tags: cdktf.listMapper(iamTrustedProfilePolicyResourceTagsToTerraform, true)(this._resourceTagsIfCreated?.internalValue),
      resources: iamTrustedProfilePolicyResourcesToTerraform(this._resourcesIfCreated?.internalValue),
      rule_conditions: cdktf.listMapper(iamTrustedProfilePolicyRuleConditionsToTerraform, true)(this._ruleConditionsIfCreated?.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      account_management: {
        value: cdktf.booleanToHclTerraform(this._accountManagement),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      iam_id: {
        value: cdktf.stringToHclTerraform(this._iamId),
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
      pattern: {
        value: cdktf.stringToHclTerraform(this._pattern),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      profile_id: {
        value: cdktf.stringToHclTerraform(this._profileId),
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
      rule_operator: {
        value: cdktf.stringToHclTerraform(this._ruleOperator),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      transaction_id: {
        value: cdktf.stringToHclTerraform(this._transactionId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      resource_attributes: {
        value: cdktf.listMapperHcl(iamTrustedProfilePolicyResourceAttributesToHclTerraform, true)(this._resourceAttributesIfCreated?.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "IamTrustedProfilePolicyResourceAttributesList",
      },
      resource_tags: {
        value: cdktf.listMapperHcl(iamTrustedProfilePolicyResourceTagsToHclTerraform, true)(this._resourceTagsIfCreated?.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "IamTrustedProfilePolicyResourceTagsList",
      },
      resources: {
        value: iamTrustedProfilePolicyResourcesToHclTerraform(this._resourcesIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "IamTrustedProfilePolicyResourcesList",
      },
      rule_conditions: {
        value: cdktf.listMapperHcl(iamTrustedProfilePolicyRuleConditionsToHclTerraform, true)(this._ruleConditionsIfCreated?.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "IamTrustedProfilePolicyRuleConditionsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
