// https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CodeEngineJobConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#id CodeEngineJob#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * The name of the image that is used for this job. The format is `REGISTRY/NAMESPACE/REPOSITORY:TAG` where `REGISTRY` and `TAG` are optional. If `REGISTRY` is not specified, the default is `docker.io`. If `TAG` is not specified, the default is `latest`. If the image reference points to a registry that requires authentication, make sure to also specify the property `image_secret`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#image_reference CodeEngineJob#image_reference}
  */
  readonly imageReference: string;
  /**
  * The name of the image registry access secret. The image registry access secret is used to authenticate with a private registry when you download the container image. If the image reference points to a registry that requires authentication, the job / job runs will be created but submitted job runs will fail, until this property is provided, too. This property must not be set on a job run, which references a job template.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#image_secret CodeEngineJob#image_secret}
  */
  readonly imageSecret?: string;
  /**
  * The name of the job.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#name CodeEngineJob#name}
  */
  readonly name: string;
  /**
  * The ID of the project.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#project_id CodeEngineJob#project_id}
  */
  readonly projectId: string;
  /**
  * Set arguments for the job that are passed to start job run containers. If not specified an empty string array will be applied and the arguments specified by the container image, will be used to start the container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#run_arguments CodeEngineJob#run_arguments}
  */
  readonly runArguments?: string[];
  /**
  * The user ID (UID) to run the job.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#run_as_user CodeEngineJob#run_as_user}
  */
  readonly runAsUser?: number;
  /**
  * Set commands for the job that are passed to start job run containers. If not specified an empty string array will be applied and the command specified by the container image, will be used to start the container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#run_commands CodeEngineJob#run_commands}
  */
  readonly runCommands?: string[];
  /**
  * Optional flag to enable the use of a compute resource token mounted to the container file system.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#run_compute_resource_token_enabled CodeEngineJob#run_compute_resource_token_enabled}
  */
  readonly runComputeResourceTokenEnabled?: boolean | cdktf.IResolvable;
  /**
  * The mode for runs of the job. Valid values are `task` and `daemon`. In `task` mode, the `max_execution_time` and `retry_limit` properties apply. In `daemon` mode, since there is no timeout and failed instances are restarted indefinitely, the `max_execution_time` and `retry_limit` properties are not allowed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#run_mode CodeEngineJob#run_mode}
  */
  readonly runMode?: string;
  /**
  * The name of the service account. For built-in service accounts, you can use the shortened names `manager`, `none`, `reader`, and `writer`. This property must not be set on a job run, which references a job template.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#run_service_account CodeEngineJob#run_service_account}
  */
  readonly runServiceAccount?: string;
  /**
  * Define a custom set of array indices as a comma-separated list containing single values and hyphen-separated ranges, such as  5,12-14,23,27. Each instance gets its array index value from the environment variable JOB_INDEX. The number of unique array indices that you specify with this parameter determines the number of job instances to run.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#scale_array_spec CodeEngineJob#scale_array_spec}
  */
  readonly scaleArraySpec?: string;
  /**
  * Optional amount of CPU set for the instance of the job. For valid values see [Supported memory and CPU combinations](https://cloud.ibm.com/docs/codeengine?topic=codeengine-mem-cpu-combo).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#scale_cpu_limit CodeEngineJob#scale_cpu_limit}
  */
  readonly scaleCpuLimit?: string;
  /**
  * Optional amount of ephemeral storage to set for the instance of the job. The amount specified as ephemeral storage, must not exceed the amount of `scale_memory_limit`. The units for specifying ephemeral storage are Megabyte (M) or Gigabyte (G), whereas G and M are the shorthand expressions for GB and MB. For more information see [Units of measurement](https://cloud.ibm.com/docs/codeengine?topic=codeengine-mem-cpu-combo#unit-measurements).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#scale_ephemeral_storage_limit CodeEngineJob#scale_ephemeral_storage_limit}
  */
  readonly scaleEphemeralStorageLimit?: string;
  /**
  * The maximum execution time in seconds for runs of the job. This property can only be specified if `run_mode` is `task`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#scale_max_execution_time CodeEngineJob#scale_max_execution_time}
  */
  readonly scaleMaxExecutionTime?: number;
  /**
  * Optional amount of memory set for the instance of the job. For valid values see [Supported memory and CPU combinations](https://cloud.ibm.com/docs/codeengine?topic=codeengine-mem-cpu-combo). The units for specifying memory are Megabyte (M) or Gigabyte (G), whereas G and M are the shorthand expressions for GB and MB. For more information see [Units of measurement](https://cloud.ibm.com/docs/codeengine?topic=codeengine-mem-cpu-combo#unit-measurements).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#scale_memory_limit CodeEngineJob#scale_memory_limit}
  */
  readonly scaleMemoryLimit?: string;
  /**
  * The number of times to rerun an instance of the job before the job is marked as failed. This property can only be specified if `run_mode` is `task`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#scale_retry_limit CodeEngineJob#scale_retry_limit}
  */
  readonly scaleRetryLimit?: number;
  /**
  * run_env_variables block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#run_env_variables CodeEngineJob#run_env_variables}
  */
  readonly runEnvVariables?: CodeEngineJobRunEnvVariables[] | cdktf.IResolvable;
  /**
  * run_volume_mounts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#run_volume_mounts CodeEngineJob#run_volume_mounts}
  */
  readonly runVolumeMounts?: CodeEngineJobRunVolumeMounts[] | cdktf.IResolvable;
}
export interface CodeEngineJobComputedEnvVariables {
}

export function codeEngineJobComputedEnvVariablesToTerraform(struct?: CodeEngineJobComputedEnvVariables): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function codeEngineJobComputedEnvVariablesToHclTerraform(struct?: CodeEngineJobComputedEnvVariables): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class CodeEngineJobComputedEnvVariablesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CodeEngineJobComputedEnvVariables | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineJobComputedEnvVariables | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // key - computed: true, optional: false, required: false
  public get key() {
    return this.getStringAttribute('key');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // prefix - computed: true, optional: false, required: false
  public get prefix() {
    return this.getStringAttribute('prefix');
  }

  // reference - computed: true, optional: false, required: false
  public get reference() {
    return this.getStringAttribute('reference');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class CodeEngineJobComputedEnvVariablesList extends cdktf.ComplexList {

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
  public get(index: number): CodeEngineJobComputedEnvVariablesOutputReference {
    return new CodeEngineJobComputedEnvVariablesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CodeEngineJobRunEnvVariables {
  /**
  * The key to reference as environment variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#key CodeEngineJob#key}
  */
  readonly key?: string;
  /**
  * The name of the environment variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#name CodeEngineJob#name}
  */
  readonly name?: string;
  /**
  * A prefix that can be added to all keys of a full secret or config map reference.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#prefix CodeEngineJob#prefix}
  */
  readonly prefix?: string;
  /**
  * The name of the secret or config map.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#reference CodeEngineJob#reference}
  */
  readonly reference?: string;
  /**
  * Specify the type of the environment variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#type CodeEngineJob#type}
  */
  readonly type: string;
  /**
  * The literal value of the environment variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#value CodeEngineJob#value}
  */
  readonly value?: string;
}

export function codeEngineJobRunEnvVariablesToTerraform(struct?: CodeEngineJobRunEnvVariables | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    name: cdktf.stringToTerraform(struct!.name),
    prefix: cdktf.stringToTerraform(struct!.prefix),
    reference: cdktf.stringToTerraform(struct!.reference),
    type: cdktf.stringToTerraform(struct!.type),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function codeEngineJobRunEnvVariablesToHclTerraform(struct?: CodeEngineJobRunEnvVariables | cdktf.IResolvable): any {
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
    prefix: {
      value: cdktf.stringToHclTerraform(struct!.prefix),
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

export class CodeEngineJobRunEnvVariablesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CodeEngineJobRunEnvVariables | cdktf.IResolvable | undefined {
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
    if (this._prefix !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefix = this._prefix;
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

  public set internalValue(value: CodeEngineJobRunEnvVariables | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._name = undefined;
      this._prefix = undefined;
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
      this._prefix = value.prefix;
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

  // prefix - computed: false, optional: true, required: false
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

export class CodeEngineJobRunEnvVariablesList extends cdktf.ComplexList {
  public internalValue? : CodeEngineJobRunEnvVariables[] | cdktf.IResolvable

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
  public get(index: number): CodeEngineJobRunEnvVariablesOutputReference {
    return new CodeEngineJobRunEnvVariablesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CodeEngineJobRunVolumeMounts {
  /**
  * The path that should be mounted.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#mount_path CodeEngineJob#mount_path}
  */
  readonly mountPath: string;
  /**
  * Optional flag for a volume mount of type 'persistent_data_store' to specify whether it is read-only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#read_only CodeEngineJob#read_only}
  */
  readonly readOnly?: boolean | cdktf.IResolvable;
  /**
  * The name of the referenced secret, config map, or persistent data store.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#reference CodeEngineJob#reference}
  */
  readonly reference: string;
  /**
  * The path mounted at the mount path.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#sub_path CodeEngineJob#sub_path}
  */
  readonly subPath?: string;
  /**
  * Specify the type of the volume mount. Allowed types are: 'config_map', 'persistent_data_store', 'secret'.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#type CodeEngineJob#type}
  */
  readonly type: string;
}

export function codeEngineJobRunVolumeMountsToTerraform(struct?: CodeEngineJobRunVolumeMounts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mount_path: cdktf.stringToTerraform(struct!.mountPath),
    read_only: cdktf.booleanToTerraform(struct!.readOnly),
    reference: cdktf.stringToTerraform(struct!.reference),
    sub_path: cdktf.stringToTerraform(struct!.subPath),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function codeEngineJobRunVolumeMountsToHclTerraform(struct?: CodeEngineJobRunVolumeMounts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mount_path: {
      value: cdktf.stringToHclTerraform(struct!.mountPath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    read_only: {
      value: cdktf.booleanToHclTerraform(struct!.readOnly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    reference: {
      value: cdktf.stringToHclTerraform(struct!.reference),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub_path: {
      value: cdktf.stringToHclTerraform(struct!.subPath),
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

export class CodeEngineJobRunVolumeMountsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CodeEngineJobRunVolumeMounts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mountPath !== undefined) {
      hasAnyValues = true;
      internalValueResult.mountPath = this._mountPath;
    }
    if (this._readOnly !== undefined) {
      hasAnyValues = true;
      internalValueResult.readOnly = this._readOnly;
    }
    if (this._reference !== undefined) {
      hasAnyValues = true;
      internalValueResult.reference = this._reference;
    }
    if (this._subPath !== undefined) {
      hasAnyValues = true;
      internalValueResult.subPath = this._subPath;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineJobRunVolumeMounts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._mountPath = undefined;
      this._readOnly = undefined;
      this._reference = undefined;
      this._subPath = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._mountPath = value.mountPath;
      this._readOnly = value.readOnly;
      this._reference = value.reference;
      this._subPath = value.subPath;
      this._type = value.type;
    }
  }

  // mount_path - computed: false, optional: false, required: true
  private _mountPath?: string; 
  public get mountPath() {
    return this.getStringAttribute('mount_path');
  }
  public set mountPath(value: string) {
    this._mountPath = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mountPathInput() {
    return this._mountPath;
  }

  // read_only - computed: false, optional: true, required: false
  private _readOnly?: boolean | cdktf.IResolvable; 
  public get readOnly() {
    return this.getBooleanAttribute('read_only');
  }
  public set readOnly(value: boolean | cdktf.IResolvable) {
    this._readOnly = value;
  }
  public resetReadOnly() {
    this._readOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readOnlyInput() {
    return this._readOnly;
  }

  // reference - computed: false, optional: false, required: true
  private _reference?: string; 
  public get reference() {
    return this.getStringAttribute('reference');
  }
  public set reference(value: string) {
    this._reference = value;
  }
  // Temporarily expose input value. Use with caution.
  public get referenceInput() {
    return this._reference;
  }

  // sub_path - computed: false, optional: true, required: false
  private _subPath?: string; 
  public get subPath() {
    return this.getStringAttribute('sub_path');
  }
  public set subPath(value: string) {
    this._subPath = value;
  }
  public resetSubPath() {
    this._subPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subPathInput() {
    return this._subPath;
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

export class CodeEngineJobRunVolumeMountsList extends cdktf.ComplexList {
  public internalValue? : CodeEngineJobRunVolumeMounts[] | cdktf.IResolvable

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
  public get(index: number): CodeEngineJobRunVolumeMountsOutputReference {
    return new CodeEngineJobRunVolumeMountsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job ibm_code_engine_job}
*/
export class CodeEngineJob extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_code_engine_job";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CodeEngineJob resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CodeEngineJob to import
  * @param importFromId The id of the existing CodeEngineJob that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CodeEngineJob to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "ibm_code_engine_job", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_job ibm_code_engine_job} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CodeEngineJobConfig
  */
  public constructor(scope: Construct, id: string, config: CodeEngineJobConfig) {
    super(scope, id, {
      terraformResourceType: 'ibm_code_engine_job',
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
    this._imageReference = config.imageReference;
    this._imageSecret = config.imageSecret;
    this._name = config.name;
    this._projectId = config.projectId;
    this._runArguments = config.runArguments;
    this._runAsUser = config.runAsUser;
    this._runCommands = config.runCommands;
    this._runComputeResourceTokenEnabled = config.runComputeResourceTokenEnabled;
    this._runMode = config.runMode;
    this._runServiceAccount = config.runServiceAccount;
    this._scaleArraySpec = config.scaleArraySpec;
    this._scaleCpuLimit = config.scaleCpuLimit;
    this._scaleEphemeralStorageLimit = config.scaleEphemeralStorageLimit;
    this._scaleMaxExecutionTime = config.scaleMaxExecutionTime;
    this._scaleMemoryLimit = config.scaleMemoryLimit;
    this._scaleRetryLimit = config.scaleRetryLimit;
    if (config.runEnvVariables !== undefined) {
      this._runEnvVariables.internalValue = config.runEnvVariables;
    }
    if (config.runVolumeMounts !== undefined) {
      this._runVolumeMounts.internalValue = config.runVolumeMounts;
    }
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // build - computed: true, optional: false, required: false
  public get buildAttribute() {
    return this.getStringAttribute('build');
  }

  // build_run - computed: true, optional: false, required: false
  public get buildRun() {
    return this.getStringAttribute('build_run');
  }

  // computed_env_variables - computed: true, optional: false, required: false
  private _computedEnvVariablesIfCreated?: CodeEngineJobComputedEnvVariablesList;
  private get _computedEnvVariables(): CodeEngineJobComputedEnvVariablesList {
    return this._computedEnvVariablesIfCreated ??= new CodeEngineJobComputedEnvVariablesList(this, "computed_env_variables", false);
  }
  public get computedEnvVariables() {
    return this._computedEnvVariables;
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

  // image_reference - computed: false, optional: false, required: true
  private _imageReference?: string; 
  public get imageReference() {
    return this.getStringAttribute('image_reference');
  }
  public set imageReference(value: string) {
    this._imageReference = value;
  }
  // Temporarily expose input value. Use with caution.
  public get imageReferenceInput() {
    return this._imageReference;
  }

  // image_secret - computed: false, optional: true, required: false
  private _imageSecret?: string; 
  public get imageSecret() {
    return this.getStringAttribute('image_secret');
  }
  public set imageSecret(value: string) {
    this._imageSecret = value;
  }
  public resetImageSecret() {
    this._imageSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageSecretInput() {
    return this._imageSecret;
  }

  // job_id - computed: true, optional: false, required: false
  public get jobId() {
    return this.getStringAttribute('job_id');
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

  // run_arguments - computed: false, optional: true, required: false
  private _runArguments?: string[]; 
  public get runArguments() {
    return this.getListAttribute('run_arguments');
  }
  public set runArguments(value: string[]) {
    this._runArguments = value;
  }
  public resetRunArguments() {
    this._runArguments = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runArgumentsInput() {
    return this._runArguments;
  }

  // run_as_user - computed: false, optional: true, required: false
  private _runAsUser?: number; 
  public get runAsUser() {
    return this.getNumberAttribute('run_as_user');
  }
  public set runAsUser(value: number) {
    this._runAsUser = value;
  }
  public resetRunAsUser() {
    this._runAsUser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runAsUserInput() {
    return this._runAsUser;
  }

  // run_commands - computed: false, optional: true, required: false
  private _runCommands?: string[]; 
  public get runCommands() {
    return this.getListAttribute('run_commands');
  }
  public set runCommands(value: string[]) {
    this._runCommands = value;
  }
  public resetRunCommands() {
    this._runCommands = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runCommandsInput() {
    return this._runCommands;
  }

  // run_compute_resource_token_enabled - computed: false, optional: true, required: false
  private _runComputeResourceTokenEnabled?: boolean | cdktf.IResolvable; 
  public get runComputeResourceTokenEnabled() {
    return this.getBooleanAttribute('run_compute_resource_token_enabled');
  }
  public set runComputeResourceTokenEnabled(value: boolean | cdktf.IResolvable) {
    this._runComputeResourceTokenEnabled = value;
  }
  public resetRunComputeResourceTokenEnabled() {
    this._runComputeResourceTokenEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runComputeResourceTokenEnabledInput() {
    return this._runComputeResourceTokenEnabled;
  }

  // run_mode - computed: false, optional: true, required: false
  private _runMode?: string; 
  public get runMode() {
    return this.getStringAttribute('run_mode');
  }
  public set runMode(value: string) {
    this._runMode = value;
  }
  public resetRunMode() {
    this._runMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runModeInput() {
    return this._runMode;
  }

  // run_service_account - computed: false, optional: true, required: false
  private _runServiceAccount?: string; 
  public get runServiceAccount() {
    return this.getStringAttribute('run_service_account');
  }
  public set runServiceAccount(value: string) {
    this._runServiceAccount = value;
  }
  public resetRunServiceAccount() {
    this._runServiceAccount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runServiceAccountInput() {
    return this._runServiceAccount;
  }

  // scale_array_spec - computed: false, optional: true, required: false
  private _scaleArraySpec?: string; 
  public get scaleArraySpec() {
    return this.getStringAttribute('scale_array_spec');
  }
  public set scaleArraySpec(value: string) {
    this._scaleArraySpec = value;
  }
  public resetScaleArraySpec() {
    this._scaleArraySpec = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleArraySpecInput() {
    return this._scaleArraySpec;
  }

  // scale_cpu_limit - computed: false, optional: true, required: false
  private _scaleCpuLimit?: string; 
  public get scaleCpuLimit() {
    return this.getStringAttribute('scale_cpu_limit');
  }
  public set scaleCpuLimit(value: string) {
    this._scaleCpuLimit = value;
  }
  public resetScaleCpuLimit() {
    this._scaleCpuLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleCpuLimitInput() {
    return this._scaleCpuLimit;
  }

  // scale_ephemeral_storage_limit - computed: false, optional: true, required: false
  private _scaleEphemeralStorageLimit?: string; 
  public get scaleEphemeralStorageLimit() {
    return this.getStringAttribute('scale_ephemeral_storage_limit');
  }
  public set scaleEphemeralStorageLimit(value: string) {
    this._scaleEphemeralStorageLimit = value;
  }
  public resetScaleEphemeralStorageLimit() {
    this._scaleEphemeralStorageLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleEphemeralStorageLimitInput() {
    return this._scaleEphemeralStorageLimit;
  }

  // scale_max_execution_time - computed: false, optional: true, required: false
  private _scaleMaxExecutionTime?: number; 
  public get scaleMaxExecutionTime() {
    return this.getNumberAttribute('scale_max_execution_time');
  }
  public set scaleMaxExecutionTime(value: number) {
    this._scaleMaxExecutionTime = value;
  }
  public resetScaleMaxExecutionTime() {
    this._scaleMaxExecutionTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleMaxExecutionTimeInput() {
    return this._scaleMaxExecutionTime;
  }

  // scale_memory_limit - computed: false, optional: true, required: false
  private _scaleMemoryLimit?: string; 
  public get scaleMemoryLimit() {
    return this.getStringAttribute('scale_memory_limit');
  }
  public set scaleMemoryLimit(value: string) {
    this._scaleMemoryLimit = value;
  }
  public resetScaleMemoryLimit() {
    this._scaleMemoryLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleMemoryLimitInput() {
    return this._scaleMemoryLimit;
  }

  // scale_retry_limit - computed: false, optional: true, required: false
  private _scaleRetryLimit?: number; 
  public get scaleRetryLimit() {
    return this.getNumberAttribute('scale_retry_limit');
  }
  public set scaleRetryLimit(value: number) {
    this._scaleRetryLimit = value;
  }
  public resetScaleRetryLimit() {
    this._scaleRetryLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleRetryLimitInput() {
    return this._scaleRetryLimit;
  }

  // run_env_variables - computed: false, optional: true, required: false
  private _runEnvVariablesIfCreated?: CodeEngineJobRunEnvVariablesList;
  private get _runEnvVariables(): CodeEngineJobRunEnvVariablesList {
    return this._runEnvVariablesIfCreated ??= new CodeEngineJobRunEnvVariablesList(this, "run_env_variables", false);
  }
  public get runEnvVariables() {
    return this._runEnvVariables;
  }
  public putRunEnvVariables(value: CodeEngineJobRunEnvVariables[] | cdktf.IResolvable) {
    this._runEnvVariables.internalValue = value;
  }
  public resetRunEnvVariables() {
    this._runEnvVariables.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runEnvVariablesInput() {
    return this._runEnvVariablesIfCreated?.internalValue;
  }

  // run_volume_mounts - computed: false, optional: true, required: false
  private _runVolumeMountsIfCreated?: CodeEngineJobRunVolumeMountsList;
  private get _runVolumeMounts(): CodeEngineJobRunVolumeMountsList {
    return this._runVolumeMountsIfCreated ??= new CodeEngineJobRunVolumeMountsList(this, "run_volume_mounts", false);
  }
  public get runVolumeMounts() {
    return this._runVolumeMounts;
  }
  public putRunVolumeMounts(value: CodeEngineJobRunVolumeMounts[] | cdktf.IResolvable) {
    this._runVolumeMounts.internalValue = value;
  }
  public resetRunVolumeMounts() {
    this._runVolumeMounts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runVolumeMountsInput() {
    return this._runVolumeMountsIfCreated?.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      image_reference: cdktf.stringToTerraform(this._imageReference),
      image_secret: cdktf.stringToTerraform(this._imageSecret),
      name: cdktf.stringToTerraform(this._name),
      project_id: cdktf.stringToTerraform(this._projectId),
      run_arguments: cdktf.listMapper(cdktf.stringToTerraform, false)(this._runArguments),
      run_as_user: cdktf.numberToTerraform(this._runAsUser),
      run_commands: cdktf.listMapper(cdktf.stringToTerraform, false)(this._runCommands),
      run_compute_resource_token_enabled: cdktf.booleanToTerraform(this._runComputeResourceTokenEnabled),
      run_mode: cdktf.stringToTerraform(this._runMode),
      run_service_account: cdktf.stringToTerraform(this._runServiceAccount),
      scale_array_spec: cdktf.stringToTerraform(this._scaleArraySpec),
      scale_cpu_limit: cdktf.stringToTerraform(this._scaleCpuLimit),
      scale_ephemeral_storage_limit: cdktf.stringToTerraform(this._scaleEphemeralStorageLimit),
      scale_max_execution_time: cdktf.numberToTerraform(this._scaleMaxExecutionTime),
      scale_memory_limit: cdktf.stringToTerraform(this._scaleMemoryLimit),
      scale_retry_limit: cdktf.numberToTerraform(this._scaleRetryLimit),
      run_env_variables: cdktf.listMapper(codeEngineJobRunEnvVariablesToTerraform, true)(this._runEnvVariablesIfCreated?.internalValue),
      run_volume_mounts: cdktf.listMapper(codeEngineJobRunVolumeMountsToTerraform, true)(this._runVolumeMountsIfCreated?.internalValue),
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
      image_reference: {
        value: cdktf.stringToHclTerraform(this._imageReference),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      image_secret: {
        value: cdktf.stringToHclTerraform(this._imageSecret),
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
      run_arguments: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._runArguments),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      run_as_user: {
        value: cdktf.numberToHclTerraform(this._runAsUser),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      run_commands: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._runCommands),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      run_compute_resource_token_enabled: {
        value: cdktf.booleanToHclTerraform(this._runComputeResourceTokenEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      run_mode: {
        value: cdktf.stringToHclTerraform(this._runMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      run_service_account: {
        value: cdktf.stringToHclTerraform(this._runServiceAccount),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scale_array_spec: {
        value: cdktf.stringToHclTerraform(this._scaleArraySpec),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scale_cpu_limit: {
        value: cdktf.stringToHclTerraform(this._scaleCpuLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scale_ephemeral_storage_limit: {
        value: cdktf.stringToHclTerraform(this._scaleEphemeralStorageLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scale_max_execution_time: {
        value: cdktf.numberToHclTerraform(this._scaleMaxExecutionTime),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      scale_memory_limit: {
        value: cdktf.stringToHclTerraform(this._scaleMemoryLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scale_retry_limit: {
        value: cdktf.numberToHclTerraform(this._scaleRetryLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      run_env_variables: {
        value: cdktf.listMapperHcl(codeEngineJobRunEnvVariablesToHclTerraform, true)(this._runEnvVariablesIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CodeEngineJobRunEnvVariablesList",
      },
      run_volume_mounts: {
        value: cdktf.listMapperHcl(codeEngineJobRunVolumeMountsToHclTerraform, true)(this._runVolumeMountsIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CodeEngineJobRunVolumeMountsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
