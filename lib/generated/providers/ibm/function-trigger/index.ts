// https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_trigger
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface FunctionTriggerConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_trigger#id FunctionTrigger#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Name of Trigger.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_trigger#name FunctionTrigger#name}
  */
  readonly name: string;
  /**
  * IBM Cloud function namespace.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_trigger#namespace FunctionTrigger#namespace}
  */
  readonly namespace: string;
  /**
  * Annotation values in KEY VALUE format.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_trigger#user_defined_annotations FunctionTrigger#user_defined_annotations}
  */
  readonly userDefinedAnnotations?: string;
  /**
  * Parameters values in KEY VALUE format. Parameter bindings included in the context passed to the trigger.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_trigger#user_defined_parameters FunctionTrigger#user_defined_parameters}
  */
  readonly userDefinedParameters?: string;
  /**
  * feed block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_trigger#feed FunctionTrigger#feed}
  */
  readonly feed?: FunctionTriggerFeed;
}
export interface FunctionTriggerFeed {
  /**
  * Trigger feed ACTION_NAME.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_trigger#name FunctionTrigger#name}
  */
  readonly name: string;
  /**
  * Parameters values in KEY VALUE format. Parameter bindings included in the context passed to the action invoke.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_trigger#parameters FunctionTrigger#parameters}
  */
  readonly parameters?: string;
}

export function functionTriggerFeedToTerraform(struct?: FunctionTriggerFeedOutputReference | FunctionTriggerFeed): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    parameters: cdktf.stringToTerraform(struct!.parameters),
  }
}


export function functionTriggerFeedToHclTerraform(struct?: FunctionTriggerFeedOutputReference | FunctionTriggerFeed): any {
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
    parameters: {
      value: cdktf.stringToHclTerraform(struct!.parameters),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FunctionTriggerFeedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FunctionTriggerFeed | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._parameters !== undefined) {
      hasAnyValues = true;
      internalValueResult.parameters = this._parameters;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FunctionTriggerFeed | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._name = undefined;
      this._parameters = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._name = value.name;
      this._parameters = value.parameters;
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

  // parameters - computed: false, optional: true, required: false
  private _parameters?: string; 
  public get parameters() {
    return this.getStringAttribute('parameters');
  }
  public set parameters(value: string) {
    this._parameters = value;
  }
  public resetParameters() {
    this._parameters = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get parametersInput() {
    return this._parameters;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_trigger ibm_function_trigger}
*/
export class FunctionTrigger extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_function_trigger";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a FunctionTrigger resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the FunctionTrigger to import
  * @param importFromId The id of the existing FunctionTrigger that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_trigger#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the FunctionTrigger to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "ibm_function_trigger", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_trigger ibm_function_trigger} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options FunctionTriggerConfig
  */
  public constructor(scope: Construct, id: string, config: FunctionTriggerConfig) {
    super(scope, id, {
      terraformResourceType: 'ibm_function_trigger',
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
    this._name = config.name;
    this._namespace = config.namespace;
    this._userDefinedAnnotations = config.userDefinedAnnotations;
    this._userDefinedParameters = config.userDefinedParameters;
    if (config.feed !== undefined) {
      this._feed.internalValue = config.feed;
    }
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // annotations - computed: true, optional: false, required: false
  public get annotations() {
    return this.getStringAttribute('annotations');
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

  // namespace - computed: false, optional: false, required: true
  private _namespace?: string; 
  public get namespace() {
    return this.getStringAttribute('namespace');
  }
  public set namespace(value: string) {
    this._namespace = value;
  }
  // Temporarily expose input value. Use with caution.
  public get namespaceInput() {
    return this._namespace;
  }

  // parameters - computed: true, optional: false, required: false
  public get parameters() {
    return this.getStringAttribute('parameters');
  }

  // publish - computed: true, optional: false, required: false
  public get publish() {
    return this.getBooleanAttribute('publish');
  }

  // trigger_id - computed: true, optional: false, required: false
  public get triggerId() {
    return this.getStringAttribute('trigger_id');
  }

  // user_defined_annotations - computed: false, optional: true, required: false
  private _userDefinedAnnotations?: string; 
  public get userDefinedAnnotations() {
    return this.getStringAttribute('user_defined_annotations');
  }
  public set userDefinedAnnotations(value: string) {
    this._userDefinedAnnotations = value;
  }
  public resetUserDefinedAnnotations() {
    this._userDefinedAnnotations = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userDefinedAnnotationsInput() {
    return this._userDefinedAnnotations;
  }

  // user_defined_parameters - computed: false, optional: true, required: false
  private _userDefinedParameters?: string; 
  public get userDefinedParameters() {
    return this.getStringAttribute('user_defined_parameters');
  }
  public set userDefinedParameters(value: string) {
    this._userDefinedParameters = value;
  }
  public resetUserDefinedParameters() {
    this._userDefinedParameters = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userDefinedParametersInput() {
    return this._userDefinedParameters;
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute('version');
  }

  // feed - computed: false, optional: true, required: false
  private _feedIfCreated?: FunctionTriggerFeedOutputReference;
  private get _feed(): FunctionTriggerFeedOutputReference {
    return this._feedIfCreated ??= new FunctionTriggerFeedOutputReference(this, "feed");
  }
  public get feed() {
    return this._feed;
  }
  public putFeed(value: FunctionTriggerFeed) {
    this._feed.internalValue = value;
  }
  public resetFeed() {
    this._feed.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get feedInput() {
    return this._feedIfCreated?.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      namespace: cdktf.stringToTerraform(this._namespace),
      user_defined_annotations: cdktf.stringToTerraform(this._userDefinedAnnotations),
      user_defined_parameters: cdktf.stringToTerraform(this._userDefinedParameters),
      feed: functionTriggerFeedToTerraform(this._feedIfCreated?.internalValue),
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
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      namespace: {
        value: cdktf.stringToHclTerraform(this._namespace),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_defined_annotations: {
        value: cdktf.stringToHclTerraform(this._userDefinedAnnotations),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_defined_parameters: {
        value: cdktf.stringToHclTerraform(this._userDefinedParameters),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      feed: {
        value: functionTriggerFeedToHclTerraform(this._feedIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FunctionTriggerFeedList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
