// https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CodeEngineBuildConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#id CodeEngineBuild#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * The name of the build.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#name CodeEngineBuild#name}
  */
  readonly name: string;
  /**
  * The name of the image.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#output_image CodeEngineBuild#output_image}
  */
  readonly outputImage: string;
  /**
  * The secret that is required to access the image registry. Make sure that the secret is granted with push permissions towards the specified container registry namespace.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#output_secret CodeEngineBuild#output_secret}
  */
  readonly outputSecret: string;
  /**
  * The ID of the project.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#project_id CodeEngineBuild#project_id}
  */
  readonly projectId: string;
  /**
  * Optional directory in the repository that contains the buildpacks file or the Dockerfile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#source_context_dir CodeEngineBuild#source_context_dir}
  */
  readonly sourceContextDir?: string;
  /**
  * Commit, tag, or branch in the source repository to pull. This field is optional if the `source_type` is `git` and uses the HEAD of default branch if not specified. If the `source_type` value is `local`, this field must be omitted.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#source_revision CodeEngineBuild#source_revision}
  */
  readonly sourceRevision?: string;
  /**
  * Name of the secret that is used access the repository source. This field is optional if the `source_type` is `git`. Additionally, if the `source_url` points to a repository that requires authentication, the build will be created but cannot access any source code, until this property is provided, too. If the `source_type` value is `local`, this field must be omitted.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#source_secret CodeEngineBuild#source_secret}
  */
  readonly sourceSecret?: string;
  /**
  * Specifies the type of source to determine if your build source is in a repository or based on local source code.* local - For builds from local source code.* git - For builds from git version controlled source code.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#source_type CodeEngineBuild#source_type}
  */
  readonly sourceType?: string;
  /**
  * The URL of the code repository. This field is required if the `source_type` is `git`. If the `source_type` value is `local`, this field must be omitted. If the repository is publicly available you can provide a 'https' URL like `https://github.com/IBM/CodeEngine`. If the repository requires authentication, you need to provide a 'ssh' URL like `git@github.com:IBM/CodeEngine.git` along with a `source_secret` that points to a secret of format `ssh_auth`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#source_url CodeEngineBuild#source_url}
  */
  readonly sourceUrl?: string;
  /**
  * Optional size for the build, which determines the amount of resources used. Build sizes are `small`, `medium`, `large`, `xlarge`, `xxlarge`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#strategy_size CodeEngineBuild#strategy_size}
  */
  readonly strategySize?: string;
  /**
  * Optional path to the specification file that is used for build strategies for building an image.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#strategy_spec_file CodeEngineBuild#strategy_spec_file}
  */
  readonly strategySpecFile?: string;
  /**
  * The strategy to use for building the image.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#strategy_type CodeEngineBuild#strategy_type}
  */
  readonly strategyType: string;
  /**
  * The maximum amount of time, in seconds, that can pass before the build must succeed or fail.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#timeout CodeEngineBuild#timeout}
  */
  readonly timeout?: number;
  /**
  * run_build_params block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#run_build_params CodeEngineBuild#run_build_params}
  */
  readonly runBuildParams?: CodeEngineBuildRunBuildParams[] | cdktf.IResolvable;
}
export interface CodeEngineBuildStatusDetails {
}

export function codeEngineBuildStatusDetailsToTerraform(struct?: CodeEngineBuildStatusDetails): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function codeEngineBuildStatusDetailsToHclTerraform(struct?: CodeEngineBuildStatusDetails): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class CodeEngineBuildStatusDetailsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CodeEngineBuildStatusDetails | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineBuildStatusDetails | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // reason - computed: true, optional: false, required: false
  public get reason() {
    return this.getStringAttribute('reason');
  }
}

export class CodeEngineBuildStatusDetailsList extends cdktf.ComplexList {

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
  public get(index: number): CodeEngineBuildStatusDetailsOutputReference {
    return new CodeEngineBuildStatusDetailsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CodeEngineBuildRunBuildParams {
  /**
  * The key to reference as build param.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#key CodeEngineBuild#key}
  */
  readonly key?: string;
  /**
  * The name of the build param.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#name CodeEngineBuild#name}
  */
  readonly name?: string;
  /**
  * The name of the secret or config map.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#reference CodeEngineBuild#reference}
  */
  readonly reference?: string;
  /**
  * Specify the type of the build param.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#type CodeEngineBuild#type}
  */
  readonly type: string;
  /**
  * The literal value of the build param.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#value CodeEngineBuild#value}
  */
  readonly value?: string;
}

export function codeEngineBuildRunBuildParamsToTerraform(struct?: CodeEngineBuildRunBuildParams | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    name: cdktf.stringToTerraform(struct!.name),
    reference: cdktf.stringToTerraform(struct!.reference),
    type: cdktf.stringToTerraform(struct!.type),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function codeEngineBuildRunBuildParamsToHclTerraform(struct?: CodeEngineBuildRunBuildParams | cdktf.IResolvable): any {
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
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    reference: {
      value: cdktf.stringToHclTerraform(struct!.reference),
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

export class CodeEngineBuildRunBuildParamsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CodeEngineBuildRunBuildParams | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._reference !== undefined) {
      hasAnyValues = true;
      internalValueResult.reference = this._reference;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineBuildRunBuildParams | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._name = undefined;
      this._reference = undefined;
      this._type = undefined;
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
      this._name = value.name;
      this._reference = value.reference;
      this._type = value.type;
      this._value = value.value;
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

  // reference - computed: false, optional: true, required: false
  private _reference?: string; 
  public get reference() {
    return this.getStringAttribute('reference');
  }
  public set reference(value: string) {
    this._reference = value;
  }
  public resetReference() {
    this._reference = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get referenceInput() {
    return this._reference;
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

  // value - computed: false, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class CodeEngineBuildRunBuildParamsList extends cdktf.ComplexList {
  public internalValue? : CodeEngineBuildRunBuildParams[] | cdktf.IResolvable

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
  public get(index: number): CodeEngineBuildRunBuildParamsOutputReference {
    return new CodeEngineBuildRunBuildParamsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build ibm_code_engine_build}
*/
export class CodeEngineBuild extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_code_engine_build";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CodeEngineBuild resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CodeEngineBuild to import
  * @param importFromId The id of the existing CodeEngineBuild that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CodeEngineBuild to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "ibm_code_engine_build", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_build ibm_code_engine_build} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CodeEngineBuildConfig
  */
  public constructor(scope: Construct, id: string, config: CodeEngineBuildConfig) {
    super(scope, id, {
      terraformResourceType: 'ibm_code_engine_build',
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
    this._outputImage = config.outputImage;
    this._outputSecret = config.outputSecret;
    this._projectId = config.projectId;
    this._sourceContextDir = config.sourceContextDir;
    this._sourceRevision = config.sourceRevision;
    this._sourceSecret = config.sourceSecret;
    this._sourceType = config.sourceType;
    this._sourceUrl = config.sourceUrl;
    this._strategySize = config.strategySize;
    this._strategySpecFile = config.strategySpecFile;
    this._strategyType = config.strategyType;
    this._timeout = config.timeout;
    if (config.runBuildParams !== undefined) {
      this._runBuildParams.internalValue = config.runBuildParams;
    }
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // build_id - computed: true, optional: false, required: false
  public get buildId() {
    return this.getStringAttribute('build_id');
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // entity_tag - computed: true, optional: false, required: false
  public get entityTag() {
    return this.getStringAttribute('entity_tag');
  }

  // etag - computed: true, optional: false, required: false
  public get etag() {
    return this.getStringAttribute('etag');
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

  // output_image - computed: false, optional: false, required: true
  private _outputImage?: string; 
  public get outputImage() {
    return this.getStringAttribute('output_image');
  }
  public set outputImage(value: string) {
    this._outputImage = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputImageInput() {
    return this._outputImage;
  }

  // output_secret - computed: false, optional: false, required: true
  private _outputSecret?: string; 
  public get outputSecret() {
    return this.getStringAttribute('output_secret');
  }
  public set outputSecret(value: string) {
    this._outputSecret = value;
  }
  // Temporarily expose input value. Use with caution.
  public get outputSecretInput() {
    return this._outputSecret;
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

  // source_context_dir - computed: false, optional: true, required: false
  private _sourceContextDir?: string; 
  public get sourceContextDir() {
    return this.getStringAttribute('source_context_dir');
  }
  public set sourceContextDir(value: string) {
    this._sourceContextDir = value;
  }
  public resetSourceContextDir() {
    this._sourceContextDir = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceContextDirInput() {
    return this._sourceContextDir;
  }

  // source_revision - computed: false, optional: true, required: false
  private _sourceRevision?: string; 
  public get sourceRevision() {
    return this.getStringAttribute('source_revision');
  }
  public set sourceRevision(value: string) {
    this._sourceRevision = value;
  }
  public resetSourceRevision() {
    this._sourceRevision = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceRevisionInput() {
    return this._sourceRevision;
  }

  // source_secret - computed: false, optional: true, required: false
  private _sourceSecret?: string; 
  public get sourceSecret() {
    return this.getStringAttribute('source_secret');
  }
  public set sourceSecret(value: string) {
    this._sourceSecret = value;
  }
  public resetSourceSecret() {
    this._sourceSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceSecretInput() {
    return this._sourceSecret;
  }

  // source_type - computed: false, optional: true, required: false
  private _sourceType?: string; 
  public get sourceType() {
    return this.getStringAttribute('source_type');
  }
  public set sourceType(value: string) {
    this._sourceType = value;
  }
  public resetSourceType() {
    this._sourceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceTypeInput() {
    return this._sourceType;
  }

  // source_url - computed: false, optional: true, required: false
  private _sourceUrl?: string; 
  public get sourceUrl() {
    return this.getStringAttribute('source_url');
  }
  public set sourceUrl(value: string) {
    this._sourceUrl = value;
  }
  public resetSourceUrl() {
    this._sourceUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceUrlInput() {
    return this._sourceUrl;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // status_details - computed: true, optional: false, required: false
  private _statusDetailsIfCreated?: CodeEngineBuildStatusDetailsList;
  private get _statusDetails(): CodeEngineBuildStatusDetailsList {
    return this._statusDetailsIfCreated ??= new CodeEngineBuildStatusDetailsList(this, "status_details", false);
  }
  public get statusDetails() {
    return this._statusDetails;
  }

  // strategy_size - computed: false, optional: true, required: false
  private _strategySize?: string; 
  public get strategySize() {
    return this.getStringAttribute('strategy_size');
  }
  public set strategySize(value: string) {
    this._strategySize = value;
  }
  public resetStrategySize() {
    this._strategySize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get strategySizeInput() {
    return this._strategySize;
  }

  // strategy_spec_file - computed: false, optional: true, required: false
  private _strategySpecFile?: string; 
  public get strategySpecFile() {
    return this.getStringAttribute('strategy_spec_file');
  }
  public set strategySpecFile(value: string) {
    this._strategySpecFile = value;
  }
  public resetStrategySpecFile() {
    this._strategySpecFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get strategySpecFileInput() {
    return this._strategySpecFile;
  }

  // strategy_type - computed: false, optional: false, required: true
  private _strategyType?: string; 
  public get strategyType() {
    return this.getStringAttribute('strategy_type');
  }
  public set strategyType(value: string) {
    this._strategyType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get strategyTypeInput() {
    return this._strategyType;
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

  // run_build_params - computed: false, optional: true, required: false
  private _runBuildParamsIfCreated?: CodeEngineBuildRunBuildParamsList;
  private get _runBuildParams(): CodeEngineBuildRunBuildParamsList {
    return this._runBuildParamsIfCreated ??= new CodeEngineBuildRunBuildParamsList(this, "run_build_params", false);
  }
  public get runBuildParams() {
    return this._runBuildParams;
  }
  public putRunBuildParams(value: CodeEngineBuildRunBuildParams[] | cdktf.IResolvable) {
    this._runBuildParams.internalValue = value;
  }
  public resetRunBuildParams() {
    this._runBuildParams.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runBuildParamsInput() {
    return this._runBuildParamsIfCreated?.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      output_image: cdktf.stringToTerraform(this._outputImage),
      output_secret: cdktf.stringToTerraform(this._outputSecret),
      project_id: cdktf.stringToTerraform(this._projectId),
      source_context_dir: cdktf.stringToTerraform(this._sourceContextDir),
      source_revision: cdktf.stringToTerraform(this._sourceRevision),
      source_secret: cdktf.stringToTerraform(this._sourceSecret),
      source_type: cdktf.stringToTerraform(this._sourceType),
      source_url: cdktf.stringToTerraform(this._sourceUrl),
      strategy_size: cdktf.stringToTerraform(this._strategySize),
      strategy_spec_file: cdktf.stringToTerraform(this._strategySpecFile),
      strategy_type: cdktf.stringToTerraform(this._strategyType),
      timeout: cdktf.numberToTerraform(this._timeout),
      run_build_params: cdktf.listMapper(codeEngineBuildRunBuildParamsToTerraform, true)(this._runBuildParamsIfCreated?.internalValue),
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
      output_image: {
        value: cdktf.stringToHclTerraform(this._outputImage),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      output_secret: {
        value: cdktf.stringToHclTerraform(this._outputSecret),
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
      source_context_dir: {
        value: cdktf.stringToHclTerraform(this._sourceContextDir),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_revision: {
        value: cdktf.stringToHclTerraform(this._sourceRevision),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_secret: {
        value: cdktf.stringToHclTerraform(this._sourceSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_type: {
        value: cdktf.stringToHclTerraform(this._sourceType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_url: {
        value: cdktf.stringToHclTerraform(this._sourceUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      strategy_size: {
        value: cdktf.stringToHclTerraform(this._strategySize),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      strategy_spec_file: {
        value: cdktf.stringToHclTerraform(this._strategySpecFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      strategy_type: {
        value: cdktf.stringToHclTerraform(this._strategyType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeout: {
        value: cdktf.numberToHclTerraform(this._timeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      run_build_params: {
        value: cdktf.listMapperHcl(codeEngineBuildRunBuildParamsToHclTerraform, true)(this._runBuildParamsIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CodeEngineBuildRunBuildParamsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
