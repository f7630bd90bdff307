// https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface FunctionActionConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#id FunctionAction#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Name of action.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#name FunctionAction#name}
  */
  readonly name: string;
  /**
  * IBM Cloud function namespace.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#namespace FunctionAction#namespace}
  */
  readonly namespace: string;
  /**
  * Action visibilty.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#publish FunctionAction#publish}
  */
  readonly publish?: boolean | cdktf.IResolvable;
  /**
  * Annotation values in KEY VALUE format.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#user_defined_annotations FunctionAction#user_defined_annotations}
  */
  readonly userDefinedAnnotations?: string;
  /**
  * Parameters values in KEY VALUE format. Parameter bindings included in the context passed to the action.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#user_defined_parameters FunctionAction#user_defined_parameters}
  */
  readonly userDefinedParameters?: string;
  /**
  * exec block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#exec FunctionAction#exec}
  */
  readonly exec: FunctionActionExec;
  /**
  * limits block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#limits FunctionAction#limits}
  */
  readonly limits?: FunctionActionLimits;
}
export interface FunctionActionExec {
  /**
  * The code to execute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#code FunctionAction#code}
  */
  readonly code?: string;
  /**
  * The file path of code to execute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#code_path FunctionAction#code_path}
  */
  readonly codePath?: string;
  /**
  * The List of fully qualified action.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#components FunctionAction#components}
  */
  readonly components?: string[];
  /**
  * Container image name when kind is 'blackbox'.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#image FunctionAction#image}
  */
  readonly image?: string;
  /**
  * Optional zipfile reference.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#init FunctionAction#init}
  */
  readonly init?: string;
  /**
  * The type of action. Possible values can be found here (https://cloud.ibm.com/docs/openwhisk?topic=cloud-functions-runtimes)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#kind FunctionAction#kind}
  */
  readonly kind: string;
  /**
  * The name of the action entry point (function or fully-qualified method name when applicable).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#main FunctionAction#main}
  */
  readonly main?: string;
}

export function functionActionExecToTerraform(struct?: FunctionActionExecOutputReference | FunctionActionExec): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    code: cdktf.stringToTerraform(struct!.code),
    code_path: cdktf.stringToTerraform(struct!.codePath),
    components: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.components),
    image: cdktf.stringToTerraform(struct!.image),
    init: cdktf.stringToTerraform(struct!.init),
    kind: cdktf.stringToTerraform(struct!.kind),
    main: cdktf.stringToTerraform(struct!.main),
  }
}


export function functionActionExecToHclTerraform(struct?: FunctionActionExecOutputReference | FunctionActionExec): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    code: {
      value: cdktf.stringToHclTerraform(struct!.code),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    code_path: {
      value: cdktf.stringToHclTerraform(struct!.codePath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    components: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.components),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    image: {
      value: cdktf.stringToHclTerraform(struct!.image),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    init: {
      value: cdktf.stringToHclTerraform(struct!.init),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    kind: {
      value: cdktf.stringToHclTerraform(struct!.kind),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    main: {
      value: cdktf.stringToHclTerraform(struct!.main),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FunctionActionExecOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FunctionActionExec | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._code !== undefined) {
      hasAnyValues = true;
      internalValueResult.code = this._code;
    }
    if (this._codePath !== undefined) {
      hasAnyValues = true;
      internalValueResult.codePath = this._codePath;
    }
    if (this._components !== undefined) {
      hasAnyValues = true;
      internalValueResult.components = this._components;
    }
    if (this._image !== undefined) {
      hasAnyValues = true;
      internalValueResult.image = this._image;
    }
    if (this._init !== undefined) {
      hasAnyValues = true;
      internalValueResult.init = this._init;
    }
    if (this._kind !== undefined) {
      hasAnyValues = true;
      internalValueResult.kind = this._kind;
    }
    if (this._main !== undefined) {
      hasAnyValues = true;
      internalValueResult.main = this._main;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FunctionActionExec | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._code = undefined;
      this._codePath = undefined;
      this._components = undefined;
      this._image = undefined;
      this._init = undefined;
      this._kind = undefined;
      this._main = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._code = value.code;
      this._codePath = value.codePath;
      this._components = value.components;
      this._image = value.image;
      this._init = value.init;
      this._kind = value.kind;
      this._main = value.main;
    }
  }

  // code - computed: true, optional: true, required: false
  private _code?: string; 
  public get code() {
    return this.getStringAttribute('code');
  }
  public set code(value: string) {
    this._code = value;
  }
  public resetCode() {
    this._code = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get codeInput() {
    return this._code;
  }

  // code_path - computed: false, optional: true, required: false
  private _codePath?: string; 
  public get codePath() {
    return this.getStringAttribute('code_path');
  }
  public set codePath(value: string) {
    this._codePath = value;
  }
  public resetCodePath() {
    this._codePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get codePathInput() {
    return this._codePath;
  }

  // components - computed: false, optional: true, required: false
  private _components?: string[]; 
  public get components() {
    return this.getListAttribute('components');
  }
  public set components(value: string[]) {
    this._components = value;
  }
  public resetComponents() {
    this._components = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get componentsInput() {
    return this._components;
  }

  // image - computed: false, optional: true, required: false
  private _image?: string; 
  public get image() {
    return this.getStringAttribute('image');
  }
  public set image(value: string) {
    this._image = value;
  }
  public resetImage() {
    this._image = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageInput() {
    return this._image;
  }

  // init - computed: false, optional: true, required: false
  private _init?: string; 
  public get init() {
    return this.getStringAttribute('init');
  }
  public set init(value: string) {
    this._init = value;
  }
  public resetInit() {
    this._init = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get initInput() {
    return this._init;
  }

  // kind - computed: false, optional: false, required: true
  private _kind?: string; 
  public get kind() {
    return this.getStringAttribute('kind');
  }
  public set kind(value: string) {
    this._kind = value;
  }
  // Temporarily expose input value. Use with caution.
  public get kindInput() {
    return this._kind;
  }

  // main - computed: false, optional: true, required: false
  private _main?: string; 
  public get main() {
    return this.getStringAttribute('main');
  }
  public set main(value: string) {
    this._main = value;
  }
  public resetMain() {
    this._main = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mainInput() {
    return this._main;
  }
}
export interface FunctionActionLimits {
  /**
  * The maximum log size LIMIT in MB for the action.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#log_size FunctionAction#log_size}
  */
  readonly logSize?: number;
  /**
  * The maximum memory LIMIT in MB for the action (default 256.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#memory FunctionAction#memory}
  */
  readonly memory?: number;
  /**
  * The timeout LIMIT in milliseconds after which the action is terminated.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#timeout FunctionAction#timeout}
  */
  readonly timeout?: number;
}

export function functionActionLimitsToTerraform(struct?: FunctionActionLimitsOutputReference | FunctionActionLimits): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    log_size: cdktf.numberToTerraform(struct!.logSize),
    memory: cdktf.numberToTerraform(struct!.memory),
    timeout: cdktf.numberToTerraform(struct!.timeout),
  }
}


export function functionActionLimitsToHclTerraform(struct?: FunctionActionLimitsOutputReference | FunctionActionLimits): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    log_size: {
      value: cdktf.numberToHclTerraform(struct!.logSize),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    memory: {
      value: cdktf.numberToHclTerraform(struct!.memory),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    timeout: {
      value: cdktf.numberToHclTerraform(struct!.timeout),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FunctionActionLimitsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FunctionActionLimits | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._logSize !== undefined) {
      hasAnyValues = true;
      internalValueResult.logSize = this._logSize;
    }
    if (this._memory !== undefined) {
      hasAnyValues = true;
      internalValueResult.memory = this._memory;
    }
    if (this._timeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeout = this._timeout;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FunctionActionLimits | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._logSize = undefined;
      this._memory = undefined;
      this._timeout = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._logSize = value.logSize;
      this._memory = value.memory;
      this._timeout = value.timeout;
    }
  }

  // log_size - computed: false, optional: true, required: false
  private _logSize?: number; 
  public get logSize() {
    return this.getNumberAttribute('log_size');
  }
  public set logSize(value: number) {
    this._logSize = value;
  }
  public resetLogSize() {
    this._logSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logSizeInput() {
    return this._logSize;
  }

  // memory - computed: false, optional: true, required: false
  private _memory?: number; 
  public get memory() {
    return this.getNumberAttribute('memory');
  }
  public set memory(value: number) {
    this._memory = value;
  }
  public resetMemory() {
    this._memory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryInput() {
    return this._memory;
  }

  // timeout - computed: false, optional: true, required: false
  private _timeout?: number; 
  public get timeout() {
    return this.getNumberAttribute('timeout');
  }
  public set timeout(value: number) {
    this._timeout = value;
  }
  public resetTimeout() {
    this._timeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutInput() {
    return this._timeout;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action ibm_function_action}
*/
export class FunctionAction extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_function_action";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a FunctionAction resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the FunctionAction to import
  * @param importFromId The id of the existing FunctionAction that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the FunctionAction to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "ibm_function_action", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/function_action ibm_function_action} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options FunctionActionConfig
  */
  public constructor(scope: Construct, id: string, config: FunctionActionConfig) {
    super(scope, id, {
      terraformResourceType: 'ibm_function_action',
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
    this._publish = config.publish;
    this._userDefinedAnnotations = config.userDefinedAnnotations;
    this._userDefinedParameters = config.userDefinedParameters;
    if (config.exec !== undefined) {
      this._exec.internalValue = config.exec;
    }
    if (config.limits !== undefined) {
      this._limits.internalValue = config.limits;
    }
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // action_id - computed: true, optional: false, required: false
  public get actionId() {
    return this.getStringAttribute('action_id');
  }

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

  // publish - computed: false, optional: true, required: false
  private _publish?: boolean | cdktf.IResolvable; 
  public get publish() {
    return this.getBooleanAttribute('publish');
  }
  public set publish(value: boolean | cdktf.IResolvable) {
    this._publish = value;
  }
  public resetPublish() {
    this._publish = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get publishInput() {
    return this._publish;
  }

  // target_endpoint_url - computed: true, optional: false, required: false
  public get targetEndpointUrl() {
    return this.getStringAttribute('target_endpoint_url');
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

  // exec - computed: false, optional: false, required: true
  private _execIfCreated?: FunctionActionExecOutputReference;
  private get _exec(): FunctionActionExecOutputReference {
    return this._execIfCreated ??= new FunctionActionExecOutputReference(this, "exec");
  }
  public get exec() {
    return this._exec;
  }
  public putExec(value: FunctionActionExec) {
    this._exec.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get execInput() {
    return this._execIfCreated?.internalValue;
  }

  // limits - computed: false, optional: true, required: false
  private _limitsIfCreated?: FunctionActionLimitsOutputReference;
  private get _limits(): FunctionActionLimitsOutputReference {
    return this._limitsIfCreated ??= new FunctionActionLimitsOutputReference(this, "limits");
  }
  public get limits() {
    return this._limits;
  }
  public putLimits(value: FunctionActionLimits) {
    this._limits.internalValue = value;
  }
  public resetLimits() {
    this._limits.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get limitsInput() {
    return this._limitsIfCreated?.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      namespace: cdktf.stringToTerraform(this._namespace),
      publish: cdktf.booleanToTerraform(this._publish),
      user_defined_annotations: cdktf.stringToTerraform(this._userDefinedAnnotations),
      user_defined_parameters: cdktf.stringToTerraform(this._userDefinedParameters),
      exec: functionActionExecToTerraform(this._execIfCreated?.internalValue),
      limits: functionActionLimitsToTerraform(this._limitsIfCreated?.internalValue),
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
      publish: {
        value: cdktf.booleanToHclTerraform(this._publish),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
      exec: {
        value: functionActionExecToHclTerraform(this._execIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FunctionActionExecList",
      },
      limits: {
        value: functionActionLimitsToHclTerraform(this._limitsIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FunctionActionLimitsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
