// https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IamTrustedProfileLinkConfig extends cdktf.TerraformMetaArguments {
  /**
  * The compute resource type. Valid values are VSI, PVS, BMS, IKS_SA, ROKS_SA, CE.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link#cr_type IamTrustedProfileLink#cr_type}
  */
  readonly crType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link#id IamTrustedProfileLink#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Flag to indicate that the link provides cross account access. If not provided then the account scope of the CRN must match the Profile's account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link#is_cross_account IamTrustedProfileLink#is_cross_account}
  */
  readonly isCrossAccount?: boolean | cdktf.IResolvable;
  /**
  * Optional name of the Link.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link#name IamTrustedProfileLink#name}
  */
  readonly name?: string;
  /**
  * ID of the trusted profile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link#profile_id IamTrustedProfileLink#profile_id}
  */
  readonly profileId: string;
  /**
  * link block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link#link IamTrustedProfileLink#link}
  */
  readonly link: IamTrustedProfileLinkLink;
}
export interface IamTrustedProfileLinkLink {
  /**
  * Component name of the compute resource, only required if cr_type is CE.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link#component_name IamTrustedProfileLink#component_name}
  */
  readonly componentName?: string;
  /**
  * Component type of the compute resource, only required if cr_type is CE.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link#component_type IamTrustedProfileLink#component_type}
  */
  readonly componentType?: string;
  /**
  * The CRN of the compute resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link#crn IamTrustedProfileLink#crn}
  */
  readonly crn?: string;
  /**
  * Name of the compute resource, only required if cr_type is IKS_SA or ROKS_SA.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link#name IamTrustedProfileLink#name}
  */
  readonly name?: string;
  /**
  * The compute resource namespace, only required if cr_type is IKS_SA or ROKS_SA.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link#namespace IamTrustedProfileLink#namespace}
  */
  readonly namespace?: string;
}

export function iamTrustedProfileLinkLinkToTerraform(struct?: IamTrustedProfileLinkLinkOutputReference | IamTrustedProfileLinkLink): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    component_name: cdktf.stringToTerraform(struct!.componentName),
    component_type: cdktf.stringToTerraform(struct!.componentType),
    crn: cdktf.stringToTerraform(struct!.crn),
    name: cdktf.stringToTerraform(struct!.name),
    namespace: cdktf.stringToTerraform(struct!.namespace),
  }
}


export function iamTrustedProfileLinkLinkToHclTerraform(struct?: IamTrustedProfileLinkLinkOutputReference | IamTrustedProfileLinkLink): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    component_name: {
      value: cdktf.stringToHclTerraform(struct!.componentName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    component_type: {
      value: cdktf.stringToHclTerraform(struct!.componentType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    crn: {
      value: cdktf.stringToHclTerraform(struct!.crn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    namespace: {
      value: cdktf.stringToHclTerraform(struct!.namespace),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IamTrustedProfileLinkLinkOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): IamTrustedProfileLinkLink | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._componentName !== undefined) {
      hasAnyValues = true;
      internalValueResult.componentName = this._componentName;
    }
    if (this._componentType !== undefined) {
      hasAnyValues = true;
      internalValueResult.componentType = this._componentType;
    }
    if (this._crn !== undefined) {
      hasAnyValues = true;
      internalValueResult.crn = this._crn;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._namespace !== undefined) {
      hasAnyValues = true;
      internalValueResult.namespace = this._namespace;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IamTrustedProfileLinkLink | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._componentName = undefined;
      this._componentType = undefined;
      this._crn = undefined;
      this._name = undefined;
      this._namespace = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._componentName = value.componentName;
      this._componentType = value.componentType;
      this._crn = value.crn;
      this._name = value.name;
      this._namespace = value.namespace;
    }
  }

  // component_name - computed: false, optional: true, required: false
  private _componentName?: string; 
  public get componentName() {
    return this.getStringAttribute('component_name');
  }
  public set componentName(value: string) {
    this._componentName = value;
  }
  public resetComponentName() {
    this._componentName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get componentNameInput() {
    return this._componentName;
  }

  // component_type - computed: false, optional: true, required: false
  private _componentType?: string; 
  public get componentType() {
    return this.getStringAttribute('component_type');
  }
  public set componentType(value: string) {
    this._componentType = value;
  }
  public resetComponentType() {
    this._componentType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get componentTypeInput() {
    return this._componentType;
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

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // namespace - computed: false, optional: true, required: false
  private _namespace?: string; 
  public get namespace() {
    return this.getStringAttribute('namespace');
  }
  public set namespace(value: string) {
    this._namespace = value;
  }
  public resetNamespace() {
    this._namespace = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get namespaceInput() {
    return this._namespace;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link ibm_iam_trusted_profile_link}
*/
export class IamTrustedProfileLink extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_iam_trusted_profile_link";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IamTrustedProfileLink resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IamTrustedProfileLink to import
  * @param importFromId The id of the existing IamTrustedProfileLink that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IamTrustedProfileLink to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "ibm_iam_trusted_profile_link", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/iam_trusted_profile_link ibm_iam_trusted_profile_link} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IamTrustedProfileLinkConfig
  */
  public constructor(scope: Construct, id: string, config: IamTrustedProfileLinkConfig) {
    super(scope, id, {
      terraformResourceType: 'ibm_iam_trusted_profile_link',
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
    this._crType = config.crType;
    this._id = config.id;
    this._isCrossAccount = config.isCrossAccount;
    this._name = config.name;
    this._profileId = config.profileId;
    if (config.link !== undefined) {
      this._link.internalValue = config.link;
    }
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cr_type - computed: false, optional: false, required: true
  private _crType?: string; 
  public get crType() {
    return this.getStringAttribute('cr_type');
  }
  public set crType(value: string) {
    this._crType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get crTypeInput() {
    return this._crType;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // entity_tag - computed: true, optional: false, required: false
  public get entityTag() {
    return this.getStringAttribute('entity_tag');
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

  // is_cross_account - computed: false, optional: true, required: false
  private _isCrossAccount?: boolean | cdktf.IResolvable; 
  public get isCrossAccount() {
    return this.getBooleanAttribute('is_cross_account');
  }
  public set isCrossAccount(value: boolean | cdktf.IResolvable) {
    this._isCrossAccount = value;
  }
  public resetIsCrossAccount() {
    this._isCrossAccount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isCrossAccountInput() {
    return this._isCrossAccount;
  }

  // link_id - computed: true, optional: false, required: false
  public get linkId() {
    return this.getStringAttribute('link_id');
  }

  // modified_at - computed: true, optional: false, required: false
  public get modifiedAt() {
    return this.getStringAttribute('modified_at');
  }

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // profile_id - computed: false, optional: false, required: true
  private _profileId?: string; 
  public get profileId() {
    return this.getStringAttribute('profile_id');
  }
  public set profileId(value: string) {
    this._profileId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get profileIdInput() {
    return this._profileId;
  }

  // link - computed: false, optional: false, required: true
  private _linkIfCreated?: IamTrustedProfileLinkLinkOutputReference;
  private get _link(): IamTrustedProfileLinkLinkOutputReference {
    return this._linkIfCreated ??= new IamTrustedProfileLinkLinkOutputReference(this, "link");
  }
  public get link() {
    return this._link;
  }
  public putLink(value: IamTrustedProfileLinkLink) {
    this._link.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get linkInput() {
    return this._linkIfCreated?.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cr_type: cdktf.stringToTerraform(this._crType),
      id: cdktf.stringToTerraform(this._id),
      is_cross_account: cdktf.booleanToTerraform(this._isCrossAccount),
      name: cdktf.stringToTerraform(this._name),
      profile_id: cdktf.stringToTerraform(this._profileId),
      link: iamTrustedProfileLinkLinkToTerraform(this._linkIfCreated?.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cr_type: {
        value: cdktf.stringToHclTerraform(this._crType),
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
      is_cross_account: {
        value: cdktf.booleanToHclTerraform(this._isCrossAccount),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
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
      link: {
        value: iamTrustedProfileLinkLinkToHclTerraform(this._linkIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "IamTrustedProfileLinkLinkList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
