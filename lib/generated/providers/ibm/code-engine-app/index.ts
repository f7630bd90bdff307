// https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CodeEngineAppConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#id CodeEngineApp#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Optional port the app listens on. While the app will always be exposed via port `443` for end users, this port is used to connect to the port that is exposed by the container image.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#image_port CodeEngineApp#image_port}
  */
  readonly imagePort?: number;
  /**
  * The name of the image that is used for this app. The format is `REGISTRY/NAMESPACE/REPOSITORY:TAG` where `REGISTRY` and `TAG` are optional. If `REGISTRY` is not specified, the default is `docker.io`. If `TAG` is not specified, the default is `latest`. If the image reference points to a registry that requires authentication, make sure to also specify the property `image_secret`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#image_reference CodeEngineApp#image_reference}
  */
  readonly imageReference: string;
  /**
  * Optional name of the image registry access secret. The image registry access secret is used to authenticate with a private registry when you download the container image. If the image reference points to a registry that requires authentication, the app will be created but cannot reach the ready status, until this property is provided, too.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#image_secret CodeEngineApp#image_secret}
  */
  readonly imageSecret?: string;
  /**
  * Optional value controlling which of the system managed domain mappings will be setup for the application. Valid values are 'local_public', 'local_private' and 'local'. Visibility can only be 'local_private' if the project supports application private visibility.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#managed_domain_mappings CodeEngineApp#managed_domain_mappings}
  */
  readonly managedDomainMappings?: string;
  /**
  * The name of the app.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#name CodeEngineApp#name}
  */
  readonly name: string;
  /**
  * The ID of the project.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#project_id CodeEngineApp#project_id}
  */
  readonly projectId: string;
  /**
  * Optional arguments for the app that are passed to start the container. If not specified an empty string array will be applied and the arguments specified by the container image, will be used to start the container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#run_arguments CodeEngineApp#run_arguments}
  */
  readonly runArguments?: string[];
  /**
  * Optional user ID (UID) to run the app.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#run_as_user CodeEngineApp#run_as_user}
  */
  readonly runAsUser?: number;
  /**
  * Optional commands for the app that are passed to start the container. If not specified an empty string array will be applied and the command specified by the container image, will be used to start the container.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#run_commands CodeEngineApp#run_commands}
  */
  readonly runCommands?: string[];
  /**
  * Optional flag to enable the use of a compute resource token mounted to the container file system.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#run_compute_resource_token_enabled CodeEngineApp#run_compute_resource_token_enabled}
  */
  readonly runComputeResourceTokenEnabled?: boolean | cdktf.IResolvable;
  /**
  * Optional name of the service account. For built-in service accounts, you can use the shortened names `manager` , `none`, `reader`, and `writer`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#run_service_account CodeEngineApp#run_service_account}
  */
  readonly runServiceAccount?: string;
  /**
  * Optional maximum number of requests that can be processed concurrently per instance.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#scale_concurrency CodeEngineApp#scale_concurrency}
  */
  readonly scaleConcurrency?: number;
  /**
  * Optional threshold of concurrent requests per instance at which one or more additional instances are created. Use this value to scale up instances based on concurrent number of requests. This option defaults to the value of the `scale_concurrency` option, if not specified.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#scale_concurrency_target CodeEngineApp#scale_concurrency_target}
  */
  readonly scaleConcurrencyTarget?: number;
  /**
  * Optional number of CPU set for the instance of the app. For valid values see [Supported memory and CPU combinations](https://cloud.ibm.com/docs/codeengine?topic=codeengine-mem-cpu-combo).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#scale_cpu_limit CodeEngineApp#scale_cpu_limit}
  */
  readonly scaleCpuLimit?: string;
  /**
  * Optional amount of time in seconds that delays the scale-down behavior for an app instance.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#scale_down_delay CodeEngineApp#scale_down_delay}
  */
  readonly scaleDownDelay?: number;
  /**
  * Optional amount of ephemeral storage to set for the instance of the app. The amount specified as ephemeral storage, must not exceed the amount of `scale_memory_limit`. The units for specifying ephemeral storage are Megabyte (M) or Gigabyte (G), whereas G and M are the shorthand expressions for GB and MB. For more information see [Units of measurement](https://cloud.ibm.com/docs/codeengine?topic=codeengine-mem-cpu-combo#unit-measurements).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#scale_ephemeral_storage_limit CodeEngineApp#scale_ephemeral_storage_limit}
  */
  readonly scaleEphemeralStorageLimit?: string;
  /**
  * Optional initial number of instances that are created upon app creation or app update.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#scale_initial_instances CodeEngineApp#scale_initial_instances}
  */
  readonly scaleInitialInstances?: number;
  /**
  * Optional maximum number of instances for this app. If you set this value to `0`, this property does not set a upper scaling limit. However, the app scaling is still limited by the project quota for instances. See [Limits and quotas for Code Engine](https://cloud.ibm.com/docs/codeengine?topic=codeengine-limits).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#scale_max_instances CodeEngineApp#scale_max_instances}
  */
  readonly scaleMaxInstances?: number;
  /**
  * Optional amount of memory set for the instance of the app. For valid values see [Supported memory and CPU combinations](https://cloud.ibm.com/docs/codeengine?topic=codeengine-mem-cpu-combo). The units for specifying memory are Megabyte (M) or Gigabyte (G), whereas G and M are the shorthand expressions for GB and MB. For more information see [Units of measurement](https://cloud.ibm.com/docs/codeengine?topic=codeengine-mem-cpu-combo#unit-measurements).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#scale_memory_limit CodeEngineApp#scale_memory_limit}
  */
  readonly scaleMemoryLimit?: string;
  /**
  * Optional minimum number of instances for this app. If you set this value to `0`, the app will scale down to zero, if not hit by any request for some time.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#scale_min_instances CodeEngineApp#scale_min_instances}
  */
  readonly scaleMinInstances?: number;
  /**
  * Optional amount of time in seconds that is allowed for a running app to respond to a request.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#scale_request_timeout CodeEngineApp#scale_request_timeout}
  */
  readonly scaleRequestTimeout?: number;
  /**
  * probe_liveness block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#probe_liveness CodeEngineApp#probe_liveness}
  */
  readonly probeLiveness?: CodeEngineAppProbeLiveness;
  /**
  * probe_readiness block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#probe_readiness CodeEngineApp#probe_readiness}
  */
  readonly probeReadiness?: CodeEngineAppProbeReadiness;
  /**
  * run_env_variables block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#run_env_variables CodeEngineApp#run_env_variables}
  */
  readonly runEnvVariables?: CodeEngineAppRunEnvVariables[] | cdktf.IResolvable;
  /**
  * run_volume_mounts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#run_volume_mounts CodeEngineApp#run_volume_mounts}
  */
  readonly runVolumeMounts?: CodeEngineAppRunVolumeMounts[] | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#timeouts CodeEngineApp#timeouts}
  */
  readonly timeouts?: CodeEngineAppTimeouts;
}
export interface CodeEngineAppComputedEnvVariables {
}

export function codeEngineAppComputedEnvVariablesToTerraform(struct?: CodeEngineAppComputedEnvVariables): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function codeEngineAppComputedEnvVariablesToHclTerraform(struct?: CodeEngineAppComputedEnvVariables): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class CodeEngineAppComputedEnvVariablesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CodeEngineAppComputedEnvVariables | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineAppComputedEnvVariables | undefined) {
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

export class CodeEngineAppComputedEnvVariablesList extends cdktf.ComplexList {

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
  public get(index: number): CodeEngineAppComputedEnvVariablesOutputReference {
    return new CodeEngineAppComputedEnvVariablesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CodeEngineAppStatusDetails {
}

export function codeEngineAppStatusDetailsToTerraform(struct?: CodeEngineAppStatusDetails): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function codeEngineAppStatusDetailsToHclTerraform(struct?: CodeEngineAppStatusDetails): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class CodeEngineAppStatusDetailsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CodeEngineAppStatusDetails | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineAppStatusDetails | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // latest_created_revision - computed: true, optional: false, required: false
  public get latestCreatedRevision() {
    return this.getStringAttribute('latest_created_revision');
  }

  // latest_ready_revision - computed: true, optional: false, required: false
  public get latestReadyRevision() {
    return this.getStringAttribute('latest_ready_revision');
  }

  // reason - computed: true, optional: false, required: false
  public get reason() {
    return this.getStringAttribute('reason');
  }
}

export class CodeEngineAppStatusDetailsList extends cdktf.ComplexList {

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
  public get(index: number): CodeEngineAppStatusDetailsOutputReference {
    return new CodeEngineAppStatusDetailsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CodeEngineAppProbeLiveness {
  /**
  * The number of consecutive, unsuccessful checks for the probe to be considered failed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#failure_threshold CodeEngineApp#failure_threshold}
  */
  readonly failureThreshold?: number;
  /**
  * The amount of time in seconds to wait before the first probe check is performed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#initial_delay CodeEngineApp#initial_delay}
  */
  readonly initialDelay?: number;
  /**
  * The amount of time in seconds between probe checks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#interval CodeEngineApp#interval}
  */
  readonly interval?: number;
  /**
  * The path of the HTTP request to the resource. A path is only supported for a probe with a `type` of `http`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#path CodeEngineApp#path}
  */
  readonly path?: string;
  /**
  * The port on which to probe the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#port CodeEngineApp#port}
  */
  readonly port?: number;
  /**
  * The amount of time in seconds that the probe waits for a response from the application before it times out and fails.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#timeout CodeEngineApp#timeout}
  */
  readonly timeout?: number;
  /**
  * Specifies whether to use HTTP or TCP for the probe checks. The default is TCP.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#type CodeEngineApp#type}
  */
  readonly type: string;
}

export function codeEngineAppProbeLivenessToTerraform(struct?: CodeEngineAppProbeLivenessOutputReference | CodeEngineAppProbeLiveness): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    failure_threshold: cdktf.numberToTerraform(struct!.failureThreshold),
    initial_delay: cdktf.numberToTerraform(struct!.initialDelay),
    interval: cdktf.numberToTerraform(struct!.interval),
    path: cdktf.stringToTerraform(struct!.path),
    port: cdktf.numberToTerraform(struct!.port),
    timeout: cdktf.numberToTerraform(struct!.timeout),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function codeEngineAppProbeLivenessToHclTerraform(struct?: CodeEngineAppProbeLivenessOutputReference | CodeEngineAppProbeLiveness): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    failure_threshold: {
      value: cdktf.numberToHclTerraform(struct!.failureThreshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    initial_delay: {
      value: cdktf.numberToHclTerraform(struct!.initialDelay),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    interval: {
      value: cdktf.numberToHclTerraform(struct!.interval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
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

export class CodeEngineAppProbeLivenessOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CodeEngineAppProbeLiveness | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._failureThreshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureThreshold = this._failureThreshold;
    }
    if (this._initialDelay !== undefined) {
      hasAnyValues = true;
      internalValueResult.initialDelay = this._initialDelay;
    }
    if (this._interval !== undefined) {
      hasAnyValues = true;
      internalValueResult.interval = this._interval;
    }
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    if (this._timeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeout = this._timeout;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineAppProbeLiveness | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._failureThreshold = undefined;
      this._initialDelay = undefined;
      this._interval = undefined;
      this._path = undefined;
      this._port = undefined;
      this._timeout = undefined;
      this._type = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._failureThreshold = value.failureThreshold;
      this._initialDelay = value.initialDelay;
      this._interval = value.interval;
      this._path = value.path;
      this._port = value.port;
      this._timeout = value.timeout;
      this._type = value.type;
    }
  }

  // failure_threshold - computed: false, optional: true, required: false
  private _failureThreshold?: number; 
  public get failureThreshold() {
    return this.getNumberAttribute('failure_threshold');
  }
  public set failureThreshold(value: number) {
    this._failureThreshold = value;
  }
  public resetFailureThreshold() {
    this._failureThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get failureThresholdInput() {
    return this._failureThreshold;
  }

  // initial_delay - computed: false, optional: true, required: false
  private _initialDelay?: number; 
  public get initialDelay() {
    return this.getNumberAttribute('initial_delay');
  }
  public set initialDelay(value: number) {
    this._initialDelay = value;
  }
  public resetInitialDelay() {
    this._initialDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get initialDelayInput() {
    return this._initialDelay;
  }

  // interval - computed: false, optional: true, required: false
  private _interval?: number; 
  public get interval() {
    return this.getNumberAttribute('interval');
  }
  public set interval(value: number) {
    this._interval = value;
  }
  public resetInterval() {
    this._interval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalInput() {
    return this._interval;
  }

  // path - computed: false, optional: true, required: false
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  public resetPath() {
    this._path = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // port - computed: false, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
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
export interface CodeEngineAppProbeReadiness {
  /**
  * The number of consecutive, unsuccessful checks for the probe to be considered failed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#failure_threshold CodeEngineApp#failure_threshold}
  */
  readonly failureThreshold?: number;
  /**
  * The amount of time in seconds to wait before the first probe check is performed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#initial_delay CodeEngineApp#initial_delay}
  */
  readonly initialDelay?: number;
  /**
  * The amount of time in seconds between probe checks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#interval CodeEngineApp#interval}
  */
  readonly interval?: number;
  /**
  * The path of the HTTP request to the resource. A path is only supported for a probe with a `type` of `http`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#path CodeEngineApp#path}
  */
  readonly path?: string;
  /**
  * The port on which to probe the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#port CodeEngineApp#port}
  */
  readonly port?: number;
  /**
  * The amount of time in seconds that the probe waits for a response from the application before it times out and fails.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#timeout CodeEngineApp#timeout}
  */
  readonly timeout?: number;
  /**
  * Specifies whether to use HTTP or TCP for the probe checks. The default is TCP.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#type CodeEngineApp#type}
  */
  readonly type: string;
}

export function codeEngineAppProbeReadinessToTerraform(struct?: CodeEngineAppProbeReadinessOutputReference | CodeEngineAppProbeReadiness): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    failure_threshold: cdktf.numberToTerraform(struct!.failureThreshold),
    initial_delay: cdktf.numberToTerraform(struct!.initialDelay),
    interval: cdktf.numberToTerraform(struct!.interval),
    path: cdktf.stringToTerraform(struct!.path),
    port: cdktf.numberToTerraform(struct!.port),
    timeout: cdktf.numberToTerraform(struct!.timeout),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function codeEngineAppProbeReadinessToHclTerraform(struct?: CodeEngineAppProbeReadinessOutputReference | CodeEngineAppProbeReadiness): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    failure_threshold: {
      value: cdktf.numberToHclTerraform(struct!.failureThreshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    initial_delay: {
      value: cdktf.numberToHclTerraform(struct!.initialDelay),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    interval: {
      value: cdktf.numberToHclTerraform(struct!.interval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port: {
      value: cdktf.numberToHclTerraform(struct!.port),
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

export class CodeEngineAppProbeReadinessOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CodeEngineAppProbeReadiness | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._failureThreshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureThreshold = this._failureThreshold;
    }
    if (this._initialDelay !== undefined) {
      hasAnyValues = true;
      internalValueResult.initialDelay = this._initialDelay;
    }
    if (this._interval !== undefined) {
      hasAnyValues = true;
      internalValueResult.interval = this._interval;
    }
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    if (this._port !== undefined) {
      hasAnyValues = true;
      internalValueResult.port = this._port;
    }
    if (this._timeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeout = this._timeout;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CodeEngineAppProbeReadiness | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._failureThreshold = undefined;
      this._initialDelay = undefined;
      this._interval = undefined;
      this._path = undefined;
      this._port = undefined;
      this._timeout = undefined;
      this._type = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._failureThreshold = value.failureThreshold;
      this._initialDelay = value.initialDelay;
      this._interval = value.interval;
      this._path = value.path;
      this._port = value.port;
      this._timeout = value.timeout;
      this._type = value.type;
    }
  }

  // failure_threshold - computed: false, optional: true, required: false
  private _failureThreshold?: number; 
  public get failureThreshold() {
    return this.getNumberAttribute('failure_threshold');
  }
  public set failureThreshold(value: number) {
    this._failureThreshold = value;
  }
  public resetFailureThreshold() {
    this._failureThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get failureThresholdInput() {
    return this._failureThreshold;
  }

  // initial_delay - computed: false, optional: true, required: false
  private _initialDelay?: number; 
  public get initialDelay() {
    return this.getNumberAttribute('initial_delay');
  }
  public set initialDelay(value: number) {
    this._initialDelay = value;
  }
  public resetInitialDelay() {
    this._initialDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get initialDelayInput() {
    return this._initialDelay;
  }

  // interval - computed: false, optional: true, required: false
  private _interval?: number; 
  public get interval() {
    return this.getNumberAttribute('interval');
  }
  public set interval(value: number) {
    this._interval = value;
  }
  public resetInterval() {
    this._interval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalInput() {
    return this._interval;
  }

  // path - computed: false, optional: true, required: false
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  public resetPath() {
    this._path = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // port - computed: false, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
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
export interface CodeEngineAppRunEnvVariables {
  /**
  * The key to reference as environment variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#key CodeEngineApp#key}
  */
  readonly key?: string;
  /**
  * The name of the environment variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#name CodeEngineApp#name}
  */
  readonly name?: string;
  /**
  * A prefix that can be added to all keys of a full secret or config map reference.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#prefix CodeEngineApp#prefix}
  */
  readonly prefix?: string;
  /**
  * The name of the secret or config map.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#reference CodeEngineApp#reference}
  */
  readonly reference?: string;
  /**
  * Specify the type of the environment variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#type CodeEngineApp#type}
  */
  readonly type: string;
  /**
  * The literal value of the environment variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#value CodeEngineApp#value}
  */
  readonly value?: string;
}

export function codeEngineAppRunEnvVariablesToTerraform(struct?: CodeEngineAppRunEnvVariables | cdktf.IResolvable): any {
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


export function codeEngineAppRunEnvVariablesToHclTerraform(struct?: CodeEngineAppRunEnvVariables | cdktf.IResolvable): any {
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

export class CodeEngineAppRunEnvVariablesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CodeEngineAppRunEnvVariables | cdktf.IResolvable | undefined {
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

  public set internalValue(value: CodeEngineAppRunEnvVariables | cdktf.IResolvable | undefined) {
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

export class CodeEngineAppRunEnvVariablesList extends cdktf.ComplexList {
  public internalValue? : CodeEngineAppRunEnvVariables[] | cdktf.IResolvable

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
  public get(index: number): CodeEngineAppRunEnvVariablesOutputReference {
    return new CodeEngineAppRunEnvVariablesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CodeEngineAppRunVolumeMounts {
  /**
  * The path that should be mounted.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#mount_path CodeEngineApp#mount_path}
  */
  readonly mountPath: string;
  /**
  * Optional flag for a volume mount of type 'persistent_data_store' to specify whether it is read-only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#read_only CodeEngineApp#read_only}
  */
  readonly readOnly?: boolean | cdktf.IResolvable;
  /**
  * The name of the referenced secret, config map, or persistent data store.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#reference CodeEngineApp#reference}
  */
  readonly reference: string;
  /**
  * The path mounted at the mount path.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#sub_path CodeEngineApp#sub_path}
  */
  readonly subPath?: string;
  /**
  * Specify the type of the volume mount. Allowed types are: 'config_map', 'persistent_data_store', 'secret'.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#type CodeEngineApp#type}
  */
  readonly type: string;
}

export function codeEngineAppRunVolumeMountsToTerraform(struct?: CodeEngineAppRunVolumeMounts | cdktf.IResolvable): any {
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


export function codeEngineAppRunVolumeMountsToHclTerraform(struct?: CodeEngineAppRunVolumeMounts | cdktf.IResolvable): any {
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

export class CodeEngineAppRunVolumeMountsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CodeEngineAppRunVolumeMounts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: CodeEngineAppRunVolumeMounts | cdktf.IResolvable | undefined) {
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

export class CodeEngineAppRunVolumeMountsList extends cdktf.ComplexList {
  public internalValue? : CodeEngineAppRunVolumeMounts[] | cdktf.IResolvable

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
  public get(index: number): CodeEngineAppRunVolumeMountsOutputReference {
    return new CodeEngineAppRunVolumeMountsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CodeEngineAppTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#create CodeEngineApp#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#delete CodeEngineApp#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#update CodeEngineApp#update}
  */
  readonly update?: string;
}

export function codeEngineAppTimeoutsToTerraform(struct?: CodeEngineAppTimeouts | cdktf.IResolvable): any {
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


export function codeEngineAppTimeoutsToHclTerraform(struct?: CodeEngineAppTimeouts | cdktf.IResolvable): any {
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

export class CodeEngineAppTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): CodeEngineAppTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: CodeEngineAppTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app ibm_code_engine_app}
*/
export class CodeEngineApp extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_code_engine_app";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CodeEngineApp resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CodeEngineApp to import
  * @param importFromId The id of the existing CodeEngineApp that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CodeEngineApp to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "ibm_code_engine_app", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/2.5.0/docs/resources/code_engine_app ibm_code_engine_app} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CodeEngineAppConfig
  */
  public constructor(scope: Construct, id: string, config: CodeEngineAppConfig) {
    super(scope, id, {
      terraformResourceType: 'ibm_code_engine_app',
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
    this._imagePort = config.imagePort;
    this._imageReference = config.imageReference;
    this._imageSecret = config.imageSecret;
    this._managedDomainMappings = config.managedDomainMappings;
    this._name = config.name;
    this._projectId = config.projectId;
    this._runArguments = config.runArguments;
    this._runAsUser = config.runAsUser;
    this._runCommands = config.runCommands;
    this._runComputeResourceTokenEnabled = config.runComputeResourceTokenEnabled;
    this._runServiceAccount = config.runServiceAccount;
    this._scaleConcurrency = config.scaleConcurrency;
    this._scaleConcurrencyTarget = config.scaleConcurrencyTarget;
    this._scaleCpuLimit = config.scaleCpuLimit;
    this._scaleDownDelay = config.scaleDownDelay;
    this._scaleEphemeralStorageLimit = config.scaleEphemeralStorageLimit;
    this._scaleInitialInstances = config.scaleInitialInstances;
    this._scaleMaxInstances = config.scaleMaxInstances;
    this._scaleMemoryLimit = config.scaleMemoryLimit;
    this._scaleMinInstances = config.scaleMinInstances;
    this._scaleRequestTimeout = config.scaleRequestTimeout;
    if (config.probeLiveness !== undefined) {
      this._probeLiveness.internalValue = config.probeLiveness;
    }
    if (config.probeReadiness !== undefined) {
      this._probeReadiness.internalValue = config.probeReadiness;
    }
    if (config.runEnvVariables !== undefined) {
      this._runEnvVariables.internalValue = config.runEnvVariables;
    }
    if (config.runVolumeMounts !== undefined) {
      this._runVolumeMounts.internalValue = config.runVolumeMounts;
    }
    if (config.timeouts !== undefined) {
      this._timeouts.internalValue = config.timeouts;
    }
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // app_id - computed: true, optional: false, required: false
  public get appId() {
    return this.getStringAttribute('app_id');
  }

  // build - computed: true, optional: false, required: false
  public get buildAttribute() {
    return this.getStringAttribute('build');
  }

  // build_run - computed: true, optional: false, required: false
  public get buildRun() {
    return this.getStringAttribute('build_run');
  }

  // computed_env_variables - computed: true, optional: false, required: false
  private _computedEnvVariablesIfCreated?: CodeEngineAppComputedEnvVariablesList;
  private get _computedEnvVariables(): CodeEngineAppComputedEnvVariablesList {
    return this._computedEnvVariablesIfCreated ??= new CodeEngineAppComputedEnvVariablesList(this, "computed_env_variables", false);
  }
  public get computedEnvVariables() {
    return this._computedEnvVariables;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // endpoint - computed: true, optional: false, required: false
  public get endpoint() {
    return this.getStringAttribute('endpoint');
  }

  // endpoint_internal - computed: true, optional: false, required: false
  public get endpointInternal() {
    return this.getStringAttribute('endpoint_internal');
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

  // image_port - computed: false, optional: true, required: false
  private _imagePort?: number; 
  public get imagePort() {
    return this.getNumberAttribute('image_port');
  }
  public set imagePort(value: number) {
    this._imagePort = value;
  }
  public resetImagePort() {
    this._imagePort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imagePortInput() {
    return this._imagePort;
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

  // managed_domain_mappings - computed: false, optional: true, required: false
  private _managedDomainMappings?: string; 
  public get managedDomainMappings() {
    return this.getStringAttribute('managed_domain_mappings');
  }
  public set managedDomainMappings(value: string) {
    this._managedDomainMappings = value;
  }
  public resetManagedDomainMappings() {
    this._managedDomainMappings = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managedDomainMappingsInput() {
    return this._managedDomainMappings;
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

  // scale_concurrency - computed: false, optional: true, required: false
  private _scaleConcurrency?: number; 
  public get scaleConcurrency() {
    return this.getNumberAttribute('scale_concurrency');
  }
  public set scaleConcurrency(value: number) {
    this._scaleConcurrency = value;
  }
  public resetScaleConcurrency() {
    this._scaleConcurrency = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleConcurrencyInput() {
    return this._scaleConcurrency;
  }

  // scale_concurrency_target - computed: false, optional: true, required: false
  private _scaleConcurrencyTarget?: number; 
  public get scaleConcurrencyTarget() {
    return this.getNumberAttribute('scale_concurrency_target');
  }
  public set scaleConcurrencyTarget(value: number) {
    this._scaleConcurrencyTarget = value;
  }
  public resetScaleConcurrencyTarget() {
    this._scaleConcurrencyTarget = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleConcurrencyTargetInput() {
    return this._scaleConcurrencyTarget;
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

  // scale_down_delay - computed: false, optional: true, required: false
  private _scaleDownDelay?: number; 
  public get scaleDownDelay() {
    return this.getNumberAttribute('scale_down_delay');
  }
  public set scaleDownDelay(value: number) {
    this._scaleDownDelay = value;
  }
  public resetScaleDownDelay() {
    this._scaleDownDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleDownDelayInput() {
    return this._scaleDownDelay;
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

  // scale_initial_instances - computed: false, optional: true, required: false
  private _scaleInitialInstances?: number; 
  public get scaleInitialInstances() {
    return this.getNumberAttribute('scale_initial_instances');
  }
  public set scaleInitialInstances(value: number) {
    this._scaleInitialInstances = value;
  }
  public resetScaleInitialInstances() {
    this._scaleInitialInstances = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleInitialInstancesInput() {
    return this._scaleInitialInstances;
  }

  // scale_max_instances - computed: false, optional: true, required: false
  private _scaleMaxInstances?: number; 
  public get scaleMaxInstances() {
    return this.getNumberAttribute('scale_max_instances');
  }
  public set scaleMaxInstances(value: number) {
    this._scaleMaxInstances = value;
  }
  public resetScaleMaxInstances() {
    this._scaleMaxInstances = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleMaxInstancesInput() {
    return this._scaleMaxInstances;
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

  // scale_min_instances - computed: false, optional: true, required: false
  private _scaleMinInstances?: number; 
  public get scaleMinInstances() {
    return this.getNumberAttribute('scale_min_instances');
  }
  public set scaleMinInstances(value: number) {
    this._scaleMinInstances = value;
  }
  public resetScaleMinInstances() {
    this._scaleMinInstances = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleMinInstancesInput() {
    return this._scaleMinInstances;
  }

  // scale_request_timeout - computed: false, optional: true, required: false
  private _scaleRequestTimeout?: number; 
  public get scaleRequestTimeout() {
    return this.getNumberAttribute('scale_request_timeout');
  }
  public set scaleRequestTimeout(value: number) {
    this._scaleRequestTimeout = value;
  }
  public resetScaleRequestTimeout() {
    this._scaleRequestTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleRequestTimeoutInput() {
    return this._scaleRequestTimeout;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // status_details - computed: true, optional: false, required: false
  private _statusDetailsIfCreated?: CodeEngineAppStatusDetailsList;
  private get _statusDetails(): CodeEngineAppStatusDetailsList {
    return this._statusDetailsIfCreated ??= new CodeEngineAppStatusDetailsList(this, "status_details", false);
  }
  public get statusDetails() {
    return this._statusDetails;
  }

  // probe_liveness - computed: false, optional: true, required: false
  private _probeLivenessIfCreated?: CodeEngineAppProbeLivenessOutputReference;
  private get _probeLiveness(): CodeEngineAppProbeLivenessOutputReference {
    return this._probeLivenessIfCreated ??= new CodeEngineAppProbeLivenessOutputReference(this, "probe_liveness");
  }
  public get probeLiveness() {
    return this._probeLiveness;
  }
  public putProbeLiveness(value: CodeEngineAppProbeLiveness) {
    this._probeLiveness.internalValue = value;
  }
  public resetProbeLiveness() {
    this._probeLiveness.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get probeLivenessInput() {
    return this._probeLivenessIfCreated?.internalValue;
  }

  // probe_readiness - computed: false, optional: true, required: false
  private _probeReadinessIfCreated?: CodeEngineAppProbeReadinessOutputReference;
  private get _probeReadiness(): CodeEngineAppProbeReadinessOutputReference {
    return this._probeReadinessIfCreated ??= new CodeEngineAppProbeReadinessOutputReference(this, "probe_readiness");
  }
  public get probeReadiness() {
    return this._probeReadiness;
  }
  public putProbeReadiness(value: CodeEngineAppProbeReadiness) {
    this._probeReadiness.internalValue = value;
  }
  public resetProbeReadiness() {
    this._probeReadiness.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get probeReadinessInput() {
    return this._probeReadinessIfCreated?.internalValue;
  }

  // run_env_variables - computed: false, optional: true, required: false
  private _runEnvVariablesIfCreated?: CodeEngineAppRunEnvVariablesList;
  private get _runEnvVariables(): CodeEngineAppRunEnvVariablesList {
    return this._runEnvVariablesIfCreated ??= new CodeEngineAppRunEnvVariablesList(this, "run_env_variables", false);
  }
  public get runEnvVariables() {
    return this._runEnvVariables;
  }
  public putRunEnvVariables(value: CodeEngineAppRunEnvVariables[] | cdktf.IResolvable) {
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
  private _runVolumeMountsIfCreated?: CodeEngineAppRunVolumeMountsList;
  private get _runVolumeMounts(): CodeEngineAppRunVolumeMountsList {
    return this._runVolumeMountsIfCreated ??= new CodeEngineAppRunVolumeMountsList(this, "run_volume_mounts", false);
  }
  public get runVolumeMounts() {
    return this._runVolumeMounts;
  }
  public putRunVolumeMounts(value: CodeEngineAppRunVolumeMounts[] | cdktf.IResolvable) {
    this._runVolumeMounts.internalValue = value;
  }
  public resetRunVolumeMounts() {
    this._runVolumeMounts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runVolumeMountsInput() {
    return this._runVolumeMountsIfCreated?.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeoutsIfCreated?: CodeEngineAppTimeoutsOutputReference;
  private get _timeouts(): CodeEngineAppTimeoutsOutputReference {
    return this._timeoutsIfCreated ??= new CodeEngineAppTimeoutsOutputReference(this, "timeouts");
  }
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: CodeEngineAppTimeouts) {
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
      id: cdktf.stringToTerraform(this._id),
      image_port: cdktf.numberToTerraform(this._imagePort),
      image_reference: cdktf.stringToTerraform(this._imageReference),
      image_secret: cdktf.stringToTerraform(this._imageSecret),
      managed_domain_mappings: cdktf.stringToTerraform(this._managedDomainMappings),
      name: cdktf.stringToTerraform(this._name),
      project_id: cdktf.stringToTerraform(this._projectId),
      run_arguments: cdktf.listMapper(cdktf.stringToTerraform, false)(this._runArguments),
      run_as_user: cdktf.numberToTerraform(this._runAsUser),
      run_commands: cdktf.listMapper(cdktf.stringToTerraform, false)(this._runCommands),
      run_compute_resource_token_enabled: cdktf.booleanToTerraform(this._runComputeResourceTokenEnabled),
      run_service_account: cdktf.stringToTerraform(this._runServiceAccount),
      scale_concurrency: cdktf.numberToTerraform(this._scaleConcurrency),
      scale_concurrency_target: cdktf.numberToTerraform(this._scaleConcurrencyTarget),
      scale_cpu_limit: cdktf.stringToTerraform(this._scaleCpuLimit),
      scale_down_delay: cdktf.numberToTerraform(this._scaleDownDelay),
      scale_ephemeral_storage_limit: cdktf.stringToTerraform(this._scaleEphemeralStorageLimit),
      scale_initial_instances: cdktf.numberToTerraform(this._scaleInitialInstances),
      scale_max_instances: cdktf.numberToTerraform(this._scaleMaxInstances),
      scale_memory_limit: cdktf.stringToTerraform(this._scaleMemoryLimit),
      scale_min_instances: cdktf.numberToTerraform(this._scaleMinInstances),
      scale_request_timeout: cdktf.numberToTerraform(this._scaleRequestTimeout),
      probe_liveness: codeEngineAppProbeLivenessToTerraform(this._probeLivenessIfCreated?.internalValue),
      probe_readiness: codeEngineAppProbeReadinessToTerraform(this._probeReadinessIfCreated?.internalValue),
      run_env_variables: cdktf.listMapper(codeEngineAppRunEnvVariablesToTerraform, true)(this._runEnvVariablesIfCreated?.internalValue),
      run_volume_mounts: cdktf.listMapper(codeEngineAppRunVolumeMountsToTerraform, true)(this._runVolumeMountsIfCreated?.internalValue),
      timeouts: codeEngineAppTimeoutsToTerraform(this._timeoutsIfCreated?.internalValue),
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
      image_port: {
        value: cdktf.numberToHclTerraform(this._imagePort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
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
      managed_domain_mappings: {
        value: cdktf.stringToHclTerraform(this._managedDomainMappings),
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
      run_service_account: {
        value: cdktf.stringToHclTerraform(this._runServiceAccount),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scale_concurrency: {
        value: cdktf.numberToHclTerraform(this._scaleConcurrency),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      scale_concurrency_target: {
        value: cdktf.numberToHclTerraform(this._scaleConcurrencyTarget),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      scale_cpu_limit: {
        value: cdktf.stringToHclTerraform(this._scaleCpuLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scale_down_delay: {
        value: cdktf.numberToHclTerraform(this._scaleDownDelay),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      scale_ephemeral_storage_limit: {
        value: cdktf.stringToHclTerraform(this._scaleEphemeralStorageLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scale_initial_instances: {
        value: cdktf.numberToHclTerraform(this._scaleInitialInstances),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      scale_max_instances: {
        value: cdktf.numberToHclTerraform(this._scaleMaxInstances),
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
      scale_min_instances: {
        value: cdktf.numberToHclTerraform(this._scaleMinInstances),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      scale_request_timeout: {
        value: cdktf.numberToHclTerraform(this._scaleRequestTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      probe_liveness: {
        value: codeEngineAppProbeLivenessToHclTerraform(this._probeLivenessIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CodeEngineAppProbeLivenessList",
      },
      probe_readiness: {
        value: codeEngineAppProbeReadinessToHclTerraform(this._probeReadinessIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CodeEngineAppProbeReadinessList",
      },
      run_env_variables: {
        value: cdktf.listMapperHcl(codeEngineAppRunEnvVariablesToHclTerraform, true)(this._runEnvVariablesIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CodeEngineAppRunEnvVariablesList",
      },
      run_volume_mounts: {
        value: cdktf.listMapperHcl(codeEngineAppRunVolumeMountsToHclTerraform, true)(this._runVolumeMountsIfCreated?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CodeEngineAppRunVolumeMountsList",
      },
      timeouts: {
        value: codeEngineAppTimeoutsToHclTerraform(this._timeoutsIfCreated?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "CodeEngineAppTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
