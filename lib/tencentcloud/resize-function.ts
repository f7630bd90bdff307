import { ITerraformDependable, Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { ScfFunction } from '../generated/providers/tencentcloud/scf-function';
import { ScfFunctionEventInvokeConfig } from '../generated/providers/tencentcloud/scf-function-event-invoke-config';
import { RESIZE_ENTRIES, RESIZE_OMITTED_MODULES, RESIZE_SHIPPED_MODULES } from '../../functions/resize/bundle';
import { ResizeConfig } from '../../functions/resize/src/config';
import { EnvironmentRules } from '../core/environment';
import { ConfigurationError } from '../core/errors';
import { dashedNameRules, physicalName } from '../core/names';
import { stackSingleton } from '../core/placement';
import { FunctionCodeAsset, ImageEngine } from '../core/packaging';
import { FunctionBindings } from '../core/function-bindings';
import { ResizeFunctionOptions, ResizeWiring } from '../core/resize-wiring';
import { ResolvedTencentPlacement, resolveTencentPlacement, TencentcloudPlacement } from './context';
import type { IEventedBucket } from './evented-bucket';
import { ScfExecutionRole } from './execution-role';
import { CosTriggerBinding, ICosEventHandler } from './handler';
import { checkName, FUNCTION_NAME, SCF_MAX_COS_TRIGGERS_PER_FUNCTION } from './naming';
import { TriggerRole } from './trigger-role';
import { TerraformData } from '../core/terraform-data';
import { ScfReservedConcurrencyConfig } from '../generated/providers/tencentcloud/scf-reserved-concurrency-config';
import { isLiteral } from '../core/tokens';
import { ScfCodeArguments, ScfCodeUpload, StagedCode, uploadsInline } from './code-upload';
import { resourceReference } from './references';

/**
 * SCF Node.js runtimes the packaged code runs on. They run on CentOS 7 (glibc 2.17), where sharp's native build
 * cannot load: the default engine there is sharp's wasm32 build, tested on Node.js 18.15.
 */
export enum ScfNodeRuntime {
  NODEJS_18_15 = 'Nodejs18.15',
  NODEJS_20_15 = 'Nodejs20.15',
}

const NODE_TARGET: Record<ScfNodeRuntime, string> = {
  [ScfNodeRuntime.NODEJS_18_15]: 'node18',
  [ScfNodeRuntime.NODEJS_20_15]: 'node20',
};

/** SCF environment variables: 4 KB in all, and three reserved name prefixes. */
const SCF_ENVIRONMENT: EnvironmentRules = { service: 'SCF', maxBytes: 4096, reservedPrefixes: ['SCF_', 'QCLOUD_', 'TENCENTCLOUD_'] };

export interface ResizeFunctionProps extends TencentcloudPlacement, ResizeFunctionOptions<IEventedBucket> {
  /** 2-60 characters: a letter first, letters, digits, "-" and "_". @default derived from the construct path */
  readonly functionName?: string;
  /** SCF namespace (created beforehand, or `default`). @default 'default' */
  readonly namespace?: string;
  /** @default - "Resizes images from COS object events." */
  readonly description?: string;
  /** @default ScfNodeRuntime.NODEJS_18_15 */
  readonly runtime?: ScfNodeRuntime;
  /** Image engine shipped in the zip. @default ImageEngine.WASM32 (SCF runs CentOS 7, too old for the native build) */
  readonly imageEngine?: ImageEngine;
  /** Memory in MB: a multiple of 128 from 128 to 3072. @default 1024 */
  readonly memorySize?: number;
  /** Seconds, 1-900. @default 60 */
  readonly timeout?: number;
  /** Retries of a failed asynchronous (COS-triggered) invocation. @default 2 */
  readonly retryAttempts?: number;
  /** Seconds an event is kept for (re)delivery, 60-21600. @default 21600 (6 hours) */
  readonly maxEventAgeSeconds?: number;
  /** Extra environment variables (not starting with SCF_, QCLOUD_ or TENCENTCLOUD_). @default none */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * How the zip reaches SCF: inline in the API request (at most SCF_MAX_INLINE_ZIP_BYTES, from the 10 MB limit of a
   * TC3-signed request) or staged in COS.
   * @default ScfCodeUpload.AUTO: inline when it fits, else staged in COS
   */
  readonly codeUpload?: ScfCodeUpload;
  /**
   * The bucket a staged zip goes to (under `evented-buckets/scf-code/`, which no notification of it may cover). It
   * must be in the function's region.
   * @default a private bucket per stack and provider configuration, created when a zip is staged
   */
  readonly codeBucket?: IEventedBucket;
  /**
   * Memory reserved for this function out of the account's concurrency quota of the region, as a number of
   * concurrent instances (each `memorySize` MB): an upload burst then cannot take the concurrency of the account's
   * other functions, and this function never runs more instances than that.
   * @default none: the function shares the account's unreserved pool
   */
  readonly reservedConcurrency?: number;
  /**
   * Run the function in a VPC subnet (both IDs, as the provider requires).
   * @default no VPC
   */
  readonly vpc?: ScfVpcOptions;
  /**
   * Give the function public network access. SCF can turn it off only for a function in a VPC; the function then
   * reaches COS through the VPC (COS's default endpoints resolve to internal addresses inside Tencent Cloud).
   * @default true
   */
  readonly publicNetwork?: boolean;
  /**
   * The account-level `SCF_QcsRole` check (or creation).
   * @default one TriggerRole per stack that checks, at plan time, that the role exists
   */
  readonly triggerRole?: TriggerRole;
}

/** A VPC subnet for an SCF function. */
export interface ScfVpcOptions {
  /** `vpc-…` */
  readonly vpcId: string;
  /** `subnet-…`, a subnet of that VPC */
  readonly subnetId: string;
}

/** Concurrency memory of an account and region by default (SCF quota docs); the provider allows reserving all but 12,800 MB. */
export const SCF_DEFAULT_ACCOUNT_CONCURRENCY_MB = 128_000;
export const SCF_UNRESERVABLE_CONCURRENCY_MB = 12_800;

/**
 * The packaged image-resize function on Tencent Cloud SCF. Its zip is built at synth with sharp's wasm32 build (SCF's
 * CentOS 7 has glibc 2.17). It reaches SCF inline by a content-hashed path (the provider only notices path changes),
 * or, when too large for one API request, as a content-hashed object in a COS code bucket.
 */
export class ResizeFunction extends Construct implements ICosEventHandler {
  public readonly functionName: string;
  public readonly namespace: string;
  public readonly placement: ResolvedTencentPlacement;
  public readonly function: ScfFunction;
  public readonly executionRole: ScfExecutionRole;
  public readonly triggerRole: TriggerRole;
  public readonly code: FunctionCodeAsset;
  public readonly triggerDependencies: readonly ITerraformDependable[];
  public readonly triggerPreconditions: readonly Precondition[];
  public readonly replacementTriggers: readonly string[];
  private readonly props: ResizeFunctionProps;
  /** The notifications that invoke the function and its object grants. */
  public readonly bindings: FunctionBindings<IEventedBucket>;
  private readonly wiring: ResizeWiring<IEventedBucket>;

  constructor(scope: Construct, id: string, props: ResizeFunctionProps = {}) {
    super(scope, id);
    this.props = props;
    this.placement = resolveTencentPlacement(this, props);
    const provider = this.placement.provider;
    this.functionName = checkName(this, FUNCTION_NAME, props.functionName ??
      physicalName(this, dashedNameRules(60, true)));
    this.namespace = props.namespace ?? 'default';
    const runtime = props.runtime ?? ScfNodeRuntime.NODEJS_18_15;
    if (!Object.values(ScfNodeRuntime).includes(runtime)) {
      throw new ConfigurationError(this, `runtime ${JSON.stringify(runtime)} is not supported by the packaged function.`, `use one of ${Object.values(ScfNodeRuntime).join(', ')}.`);
    }
    const sizing = this.validateSizing();

    this.code = new FunctionCodeAsset(this, 'Code', {
      entry: RESIZE_ENTRIES.tencentcloud.entryPoint,
      nodeTarget: NODE_TARGET[runtime],
      engine: props.imageEngine ?? ImageEngine.WASM32,
      nodeModules: RESIZE_SHIPPED_MODULES,
      omitModules: RESIZE_OMITTED_MODULES,
    });
    this.executionRole = new ScfExecutionRole(this, 'ExecutionRole', { appId: this.placement.appId, region: this.placement.literalRegion, provider });
    this.bindings = new FunctionBindings<IEventedBucket>(this, {
      maxBindings: SCF_MAX_COS_TRIGGERS_PER_FUNCTION,
      service: 'SCF',
      render: (access, bucket, prefix) => this.executionRole.grant({ access, bucketName: bucket.bucketName, prefix, region: bucket.region }),
    });
    this.wiring = new ResizeWiring<IEventedBucket>(this, { ...props, bindings: this.bindings });

    const network = this.validateNetwork();
    this.triggerRole = props.triggerRole ?? stackSingleton(this, 'ScfServiceRole',
      (s, id) => new TriggerRole(s, id, { provider }), provider);
    const inline = uploadsInline(this, props.codeUpload ?? ScfCodeUpload.AUTO, this.code.package.bytes);
    const code: ScfCodeArguments = inline
      // A path that changes with the zip's content: the provider redeploys code only when the path changes.
      ? { zipFile: this.code.path }
      : new StagedCode(this, { code: this.code, placement: this.placement, bucket: props.codeBucket }).arguments;
    // SCF reads a staged zip as the account's SCF_QcsRole (QcloudAccessForScfRole "reads the code zip package from the
    // bucket when the code is updated through COS"): the function then needs the role as much as its triggers do.
    const serviceRole = inline ? { dependables: [], preconditions: [] } : this.triggerRole;

    this.function = new ScfFunction(this, 'Function', {
      name: this.functionName,
      namespace: this.namespace,
      description: props.description ?? 'Resizes images from COS object events.',
      runtime,
      handler: RESIZE_ENTRIES.tencentcloud.handler,
      memSize: sizing.memorySize,
      timeout: sizing.timeout,
      // The role resource's attribute, not a copy of the name: a rename through the role resource reaches the function.
      role: this.executionRole.role.name,
      environment: this.wiring.environment(SCF_ENVIRONMENT, props.environment),
      ...code,
      ...network,
      dependsOn: [this.executionRole.attachment, ...serviceRole.dependables],
      lifecycle: serviceRole.preconditions.length > 0 ? { precondition: [...serviceRole.preconditions] } : undefined,
      provider,
    });

    const retries = props.retryAttempts ?? 2;
    const maxAge = props.maxEventAgeSeconds ?? 21600;
    if (!Number.isInteger(retries) || retries < 0) {
      throw new ConfigurationError(this, `retryAttempts ${retries} is invalid.`, 'use a whole number, 0 or more (SCF\'s limit for the account applies).');
    }
    if (!Number.isInteger(maxAge) || maxAge < 60 || maxAge > 21600) {
      throw new ConfigurationError(this, `maxEventAgeSeconds ${maxAge} is out of range.`, 'use a whole number of seconds from 60 to 21600.');
    }
    // `id` (namespace+name) is unknown whenever the function is replaced, and only then.
    this.replacementTriggers = [resourceReference(this.function, 'id')];
    // Read copies every RetryConfig entry the API returns, and the API documents one more than was sent
    // (`[{RetryNum: n}, {RetryNum: -1}]`): the list is ignored, and a change of the count replaces the config
    // instead (Create is the same UpdateFunctionEventInvokeConfig call, Delete does nothing).
    const retryPolicy = new TerraformData(this, 'RetryPolicy', { input: { retry_num: retries } });
    new ScfFunctionEventInvokeConfig(this, 'EventInvokeConfig', {
      functionName: this.function.name,
      namespace: this.function.namespace,
      asyncTriggerConfig: { retryConfig: [{ retryNum: retries }], msgTtl: maxAge },
      lifecycle: {
        ignoreChanges: ['async_trigger_config[0].retry_config'],
        // function_name is not ForceNew and Update uses the name in the ID: follow a replaced function.
        replaceTriggeredBy: [...this.replacementTriggers, resourceReference(retryPolicy)],
      },
      provider,
    });

    if (props.reservedConcurrency !== undefined) {
      new ScfReservedConcurrencyConfig(this, 'ReservedConcurrency', {
        functionName: this.function.name,
        namespace: this.function.namespace,
        reservedConcurrencyMem: this.reservedConcurrencyMb(props.reservedConcurrency, sizing.memorySize),
        // Every argument is ForceNew, but a function replaced under the same name would leave it behind.
        lifecycle: { replaceTriggeredBy: [...this.replacementTriggers] },
        provider,
      });
    }

    this.triggerDependencies = [this.function, ...this.triggerRole.dependables];
    this.triggerPreconditions = this.triggerRole.preconditions;
  }

  public bindCosTrigger(binding: CosTriggerBinding): void {
    this.wiring.bind(binding);
  }

  /** The runtime configuration: exactly the filters the triggers were given. */
  public get resizeConfig(): ResizeConfig {
    return this.wiring.config();
  }

  private reservedConcurrencyMb(instances: number, memorySize: number): number {
    const mb = instances * memorySize;
    const max = SCF_DEFAULT_ACCOUNT_CONCURRENCY_MB - SCF_UNRESERVABLE_CONCURRENCY_MB;
    if (!Number.isInteger(instances) || instances < 1) {
      throw new ConfigurationError(this, `reservedConcurrency ${instances} is invalid.`, 'use a whole number of instances, 1 or more (or leave it unset to share the account pool).');
    }
    if (mb > max) {
      throw new ConfigurationError(this, `reservedConcurrency ${instances} × ${memorySize} MB = ${mb} MB is more than an account can reserve by default (${max} MB: ${SCF_DEFAULT_ACCOUNT_CONCURRENCY_MB} MB per region less ${SCF_UNRESERVABLE_CONCURRENCY_MB} MB SCF keeps unreserved).`,
        'reserve fewer instances, or lower memorySize.');
    }
    return mb;
  }

  /** VPC and public network: SCF turns public access off only for a function in a VPC. */
  private validateNetwork(): { vpcId?: string; subnetId?: string; enablePublicNet: boolean } {
    const { vpc, publicNetwork = true } = this.props;
    if (vpc !== undefined) {
      for (const [name, value, prefix] of [['vpcId', vpc.vpcId, 'vpc-'], ['subnetId', vpc.subnetId, 'subnet-']] as const) {
        if (typeof value !== 'string' || value === '' || (isLiteral(value) && !value.startsWith(prefix))) {
          throw new ConfigurationError(this, `vpc.${name} ${JSON.stringify(value)} is not a ${prefix}… ID.`, `pass both vpc.vpcId ("vpc-…") and vpc.subnetId ("subnet-…"), as the provider requires them together.`);
        }
      }
    }
    if (!publicNetwork && vpc === undefined) {
      throw new ConfigurationError(this, 'publicNetwork is false but the function has no VPC; SCF can turn public network access off only for a function in a VPC.',
        'pass vpc: { vpcId, subnetId } (a subnet whose route reaches COS), or leave publicNetwork at true.');
    }
    return { ...(vpc ? { vpcId: vpc.vpcId, subnetId: vpc.subnetId } : {}), enablePublicNet: publicNetwork };
  }

  private validateSizing(): { memorySize: number; timeout: number } {
    const memorySize = this.props.memorySize ?? 1024;
    const timeout = this.props.timeout ?? 60;
    if (!Number.isInteger(memorySize) || memorySize % 128 !== 0 || memorySize < 128 || memorySize > 3072) {
      throw new ConfigurationError(this, `memorySize ${memorySize} MB is not accepted by SCF.`, 'use a multiple of 128 from 128 to 3072.');
    }
    if (!Number.isInteger(timeout) || timeout < 1 || timeout > 900) {
      throw new ConfigurationError(this, `timeout ${timeout} s is out of range.`, 'use a whole number of seconds from 1 to 900.');
    }
    return { memorySize, timeout };
  }
}
