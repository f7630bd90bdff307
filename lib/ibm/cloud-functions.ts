import { Annotations, ITerraformDependable, Lazy, Op, Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { FunctionAction } from '../generated/providers/ibm/function-action';
import { FunctionNamespace } from '../generated/providers/ibm/function-namespace';
import { FunctionRule } from '../generated/providers/ibm/function-rule';
import { FunctionTrigger } from '../generated/providers/ibm/function-trigger';
import { ResourceKey } from '../generated/providers/ibm/resource-key';
import { RESIZE_ENTRIES, RESIZE_OMITTED_MODULES, RESIZE_SHIPPED_MODULES } from '../../functions/resize/bundle';
import { ACCESS_KEY_PARAM, SECRET_KEY_PARAM } from '../runtime/ibm-contract';
import { RESIZE_CONFIG_ENV, ResizeConfig } from '../../functions/resize/src/config';
import { ConfigurationError } from '../core/errors';
import { dashedNameRules, physicalName } from '../core/names';
import { FunctionCodeAsset, ImageEngine } from '../core/packaging';
import { FunctionBindings } from '../core/function-bindings';
import { ResizeFunctionOptions, ResizeWiring } from '../core/resize-wiring';
import { IbmPlacement, ResolvedIbmPlacement, resolveIbmPlacement, resourceGroupId } from './context';
import { ICosInstance } from './cos-instance';
import { cosEndpoint, IEventedBucket } from './evented-bucket';
import { CosNotificationBinding, ICosEventHandler } from './handler';
import { checkName, escapeTerraformTemplate, FUNCTION_ENTITY_NAME } from './naming';
import { TriggerRole } from './trigger-role';

/** The Cloud Functions entry of the resize code (`main(params)`), bundled as `index.js`. */
export const IBM_CLOUD_FUNCTIONS_ENTRY = RESIZE_ENTRIES.ibmCloudFunctions.entryPoint;
/** The feed that turns COS notifications into trigger firings. */
export const COS_CHANGES_FEED = '/whisk.system/cos/changes';
/** Action parameters that carry the HMAC keys, as the runtime reads them. */
export { ACCESS_KEY_PARAM as CLOUD_FUNCTIONS_ACCESS_KEY_PARAM, SECRET_KEY_PARAM as CLOUD_FUNCTIONS_SECRET_KEY_PARAM };

/** The synth-time warning every Cloud Functions resize function carries. */
export const CLOUD_FUNCTIONS_END_OF_LIFE =
  'IBM Cloud Functions reached end of life in October 2024: IBM disabled and deprovisioned the service, so this stack synthesizes and validates but cannot be deployed (the ibm_function_* resources still exist in the provider). ' +
  'Use ibm.ResizeFunction (Code Engine) instead; see docs/ibm.md.';

export interface CloudFunctionsResizeFunctionProps extends IbmPlacement, ResizeFunctionOptions<IEventedBucket> {
  /** @default derived from the construct path */
  readonly namespaceName?: string;
  /** @default 'resize' */
  readonly actionName?: string;
  /** Memory in MB, 128-2048. @default 1024 */
  readonly memorySize?: number;
  /** Seconds, 1-600. @default 60 */
  readonly timeout?: number;
}

/**
 * The seed's path: a Cloud Functions action (`nodejs:20`, code zip as a content-hashed asset) fired by a trigger on
 * the `/whisk.system/cos/changes` feed, through a rule, after the `functions` → COS `Notifications Manager`
 * authorization exists. The action reads and writes COS with the HMAC keys of a `Writer` resource key, passed as
 * action parameters by reference.
 *
 * **IBM ended Cloud Functions in October 2024**: this synthesizes and passes the schema check, but cannot be
 * applied. Every instance adds a synth-time warning pointing to {@link ResizeFunction} (Code Engine).
 */
export class CloudFunctionsResizeFunction extends Construct implements ICosEventHandler {
  public readonly placement: ResolvedIbmPlacement;
  public readonly namespace: FunctionNamespace;
  public readonly action: FunctionAction;
  public readonly code: FunctionCodeAsset;
  public readonly actionName: string;
  public readonly triggers: FunctionTrigger[] = [];
  private readonly props: CloudFunctionsResizeFunctionProps;
  /** The notifications that invoke the function and its object grants. */
  public readonly bindings: FunctionBindings<IEventedBucket>;
  private readonly wiring: ResizeWiring<IEventedBucket>;
  /** References to the namespace and action names, made once: each attribute read makes a new cdktf token. */
  private readonly namespaceNameRef: string;
  private readonly actionNameRef: string;
  /** The resource key, and its HMAC key references (made once: `parameters` runs on every resolution of the stack). */
  private credentials?: { cos: ICosInstance; key: ResourceKey; accessKeyId: string; secretAccessKey: string };

  constructor(scope: Construct, id: string, props: CloudFunctionsResizeFunctionProps = {}) {
    super(scope, id);
    Annotations.of(this).addWarning(CLOUD_FUNCTIONS_END_OF_LIFE);
    this.props = props;
    this.placement = resolveIbmPlacement(this, props);
    const provider = this.placement.provider;
    const limits = this.validateLimits();
    this.actionName = checkName(this, FUNCTION_ENTITY_NAME, props.actionName ?? 'resize');

    this.namespace = new FunctionNamespace(this, 'Namespace', {
      name: checkName(this, FUNCTION_ENTITY_NAME, props.namespaceName ?? physicalName(this, dashedNameRules(64))),
      resourceGroupId: resourceGroupId(this, this.placement),
      description: `Image resizing for ${this.node.path}.`,
      provider,
    });
    this.namespaceNameRef = this.namespace.name;
    this.code = new FunctionCodeAsset(this, 'Code', {
      entry: IBM_CLOUD_FUNCTIONS_ENTRY,
      nodeTarget: 'node20',
      engine: ImageEngine.LINUX_X64,
      nodeModules: RESIZE_SHIPPED_MODULES,
      omitModules: RESIZE_OMITTED_MODULES,
    });
    if (this.code.package.bytes > 48 * 1024 * 1024) {
      throw new ConfigurationError(this, `The code zip is ${this.code.package.bytes} bytes; Cloud Functions accepts 48 MB.`, 'ship fewer packages.');
    }
    this.bindings = new FunctionBindings<IEventedBucket>(this, {
      maxBindings: 100,
      service: 'Cloud Functions',
      // One Writer key on the COS instance serves reads and writes alike.
      render: (_access, bucket) => this.useCosInstance(bucket),
    });
    this.wiring = new ResizeWiring<IEventedBucket>(this, { ...props, bindings: this.bindings });
    this.action = new FunctionAction(this, 'Action', {
      name: this.actionName,
      namespace: this.namespaceNameRef,
      exec: { kind: 'nodejs:20', codePath: this.code.path, main: RESIZE_ENTRIES.ibmCloudFunctions.handler },
      limits: { memory: limits.memorySize, timeout: limits.timeout * 1000 },
      userDefinedParameters: Lazy.stringValue({ produce: () => this.parameters() }),
      provider,
    });
    this.actionNameRef = this.action.name;
  }

  public bindCosNotification(binding: CosNotificationBinding): void {
    const { bucket, scope, filter } = binding;
    if (binding.subscriptionName !== undefined) {
      throw new ConfigurationError(scope, 'subscriptionName names a Code Engine COS subscription; Cloud Functions delivers through a trigger and a rule.',
        'drop subscriptionName for this function.');
    }
    this.wiring.bind(binding);
    const authorization = this.authorizationFor(bucket.cosInstance);
    const name = checkName(scope, FUNCTION_ENTITY_NAME, physicalName(scope, dashedNameRules(128), `${this.actionName}-${bucket.node.id}`));
    const feed: { key: string; value: string }[] = [
      { key: 'bucket', value: bucket.bucketName },
      { key: 'endpoint', value: cosEndpoint(bucket.region, 'private') },
      ...(filter.prefix ? [{ key: 'prefix', value: filter.prefix }] : []),
      ...(filter.suffix ? [{ key: 'suffix', value: filter.suffix }] : []),
      { key: 'event_types', value: binding.eventType },
    ];
    const preconditions: Precondition[] = [];
    if (this.placement.literalRegion === undefined || this.placement.regionIsDefault || bucket.regionIsDefault) {
      preconditions.push({
        condition: Op.eq(this.namespace.location, bucket.region),
        errorMessage: `Bucket ${bucket.bucketName} (${bucket.node.path}) is in ${bucket.region}, but the Cloud Functions namespace of ${this.node.path} is not: the COS feed only serves buckets in the namespace's region.`,
      });
    }
    // The provider calls the feed while creating the trigger: the authorization must exist by then.
    const trigger = new FunctionTrigger(scope, 'Trigger', {
      name,
      namespace: this.namespaceNameRef,
      feed: { name: COS_CHANGES_FEED, parameters: keyValueJson(feed) },
      dependsOn: [authorization, ...bucket.dependables],
      lifecycle: preconditions.length > 0 ? { precondition: preconditions } : undefined,
      provider: this.placement.provider,
    });
    new FunctionRule(scope, 'Rule', {
      name,
      namespace: this.namespaceNameRef,
      triggerName: trigger.name,
      actionName: this.actionNameRef,
      provider: this.placement.provider,
    });
    this.triggers.push(trigger);
  }

  /** The runtime configuration: exactly the filters the triggers were given. */
  public get resizeConfig(): ResizeConfig {
    return this.wiring.config();
  }

  /** The `functions` → COS authorization for the namespace, one per COS instance. */
  private authorizationFor(cos: ICosInstance): ITerraformDependable {
    const role = TriggerRole.forCosInstance(this, {
      sourceService: 'functions',
      sourceInstanceId: this.namespace.id,
      cosInstance: cos,
      provider: this.placement.provider,
    });
    return role.policy;
  }

  /** One resource key (role Writer, with HMAC keys) on the COS instance of every bucket the action reads or writes. */
  private useCosInstance(bucket: IEventedBucket): void {
    if (this.credentials === undefined) {
      const key = new ResourceKey(this, 'CosCredentials', {
        name: physicalName(this, dashedNameRules(128), `${this.node.id}-cos-writer`),
        resourceInstanceId: bucket.cosInstance.guid,
        role: 'Writer',
        // The provider turns "true" into a JSON boolean.
        parameters: { HMAC: 'true' },
        provider: this.placement.provider,
      });
      this.credentials = {
        cos: bucket.cosInstance,
        key,
        accessKeyId: key.credentials.lookup('cos_hmac_keys.access_key_id'),
        secretAccessKey: key.credentials.lookup('cos_hmac_keys.secret_access_key'),
      };
    } else if (this.credentials.cos !== bucket.cosInstance) {
      throw new ConfigurationError(bucket, `Function ${this.node.path} already uses COS instance ${this.credentials.cos.node.path}; its one set of HMAC keys cannot reach a second instance.`,
        'keep the buckets of one Cloud Functions resize function in one COS instance (pass the same cosInstance to each bucket).');
    }
  }

  private parameters(): string {
    const config = JSON.stringify(this.resizeConfig);
    const { accessKeyId, secretAccessKey } = this.credentials!;
    return keyValueJson([
      { key: RESIZE_CONFIG_ENV, value: config },
      { key: ACCESS_KEY_PARAM, value: accessKeyId },
      { key: SECRET_KEY_PARAM, value: secretAccessKey },
    ]);
  }

  private validateLimits(): { memorySize: number; timeout: number } {
    const memorySize = this.props.memorySize ?? 1024;
    const timeout = this.props.timeout ?? 60;
    if (!Number.isInteger(memorySize) || memorySize < 128 || memorySize > 2048) {
      throw new ConfigurationError(this, `memorySize ${memorySize} MB is out of range.`, 'use a whole number of MB from 128 to 2048.');
    }
    if (!Number.isInteger(timeout) || timeout < 1 || timeout > 600) {
      throw new ConfigurationError(this, `timeout ${timeout} s is out of range.`, 'use a whole number of seconds from 1 to 600.');
    }
    return { memorySize, timeout };
  }
}

/**
 * The provider's `[{key, value}]` JSON string. References (e.g. the HMAC keys) stay Terraform interpolations inside
 * the string; literal text is escaped so that Terraform passes it through unchanged.
 */
export function keyValueJson(pairs: readonly { key: string; value: string }[]): string {
  return escapeTerraformTemplate(JSON.stringify(pairs.map((p) => ({ key: p.key, value: p.value }))));
}
