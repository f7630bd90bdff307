import { ITerraformDependable, Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { ScfFunction } from '../generated/providers/tencentcloud/scf-function';
import { ScfFunctionEventInvokeConfig } from '../generated/providers/tencentcloud/scf-function-event-invoke-config';
import { ScfReservedConcurrencyConfig } from '../generated/providers/tencentcloud/scf-reserved-concurrency-config';
import { checkEnvironmentNames, checkEnvironmentSize } from '../core/environment';
import { ConfigurationError } from '../core/errors';
import { FunctionBindings } from '../core/function-bindings';
import { dashedNameRules, physicalName } from '../core/names';
import { FunctionCodeAsset, ImageEngine } from '../core/packaging';
import { stackSingleton } from '../core/placement';
import { TerraformData } from '../core/terraform-data';
import { bundleMayExport } from './bundle-exports';
import { CamStatement } from './cam';
import { ScfCodeArguments, ScfCodeUpload, StagedCode, uploadsInline } from './code-upload';
import { ResolvedTencentPlacement, resolveTencentPlacement, TencentcloudPlacement } from './context';
import type { IEventedBucket } from './evented-bucket';
import { ScfExecutionRole } from './execution-role';
import { CosTriggerBinding, ICosEventHandler, ICosGrantee } from './handler';
import { checkName, FUNCTION_NAME, SCF_MAX_COS_TRIGGERS_PER_FUNCTION } from './naming';
import { resourceReference } from './references';
import { checkRetries, checkRuntime, checkSizing, reservedConcurrencyMb, SCF_ENVIRONMENT, SCF_NODE_TARGET, ScfNodeRuntime, scfNetwork, ScfVpcOptions } from './scf-settings';
import { TriggerRole } from './trigger-role';
import type { NodejsBundlingOptions } from '../core/packaging/nodejs-bundling';
import { entryAvailable } from '../core/packaging/prebuilt-bundles';

/** How the entry is bundled into the zip's `index.js`. */
export interface ScfBundlingOptions extends NodejsBundlingOptions {
  /** Which sharp build is shipped, when `nodeModules` holds sharp. @default ImageEngine.WASM32 (CentOS 7's glibc is too old for the native build) */
  readonly imageEngine?: ImageEngine;
}

/** What every SCF function of the library accepts besides its code. */
export interface ScfFunctionOptions extends TencentcloudPlacement {
  /** 2-60 characters: a letter first, letters, digits, "-" and "_". @default derived from the construct path */
  readonly functionName?: string;
  /** SCF namespace (created beforehand, or `default`). @default 'default' */
  readonly namespace?: string;
  /** @default "Function <construct path>." */
  readonly description?: string;
  /** Name of the execution role (CAM: letters, digits and +=,.@_-, at most 128). @default derived from the construct path */
  readonly executionRoleName?: string;
  /** Name of the execution role's policy. @default `<executionRoleName>-policy` */
  readonly policyName?: string;
  /** Memory in MB: a multiple of 128 from 128 to 3072. @default 256 */
  readonly memorySize?: number;
  /** Seconds, 1-900. @default 30 */
  readonly timeout?: number;
  /** Retries of a failed asynchronous (COS-triggered) invocation. @default 2 */
  readonly retryAttempts?: number;
  /** Seconds an event is kept for (re)delivery, 60-21600. @default 21600 (6 hours) */
  readonly maxEventAgeSeconds?: number;
  /** Environment variables (not starting with SCF_, QCLOUD_ or TENCENTCLOUD_; 4 KB in all). @default none */
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
  /** Run the function in a VPC subnet (both IDs, as the provider requires). @default no VPC */
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

export interface NodejsFunctionProps extends ScfFunctionOptions {
  /** The TypeScript or JavaScript file bundled (with esbuild, at synth) into the zip's `index.js`. */
  readonly entry: string;
  /** The entry's export SCF calls (as `index.<handler>`). @default 'main_handler' */
  readonly handler?: string;
  /** @default ScfNodeRuntime.NODEJS_18_15 */
  readonly runtime?: ScfNodeRuntime;
  /** @default the entry bundled alone, nothing shipped as node_modules, not minified, no source map */
  readonly bundling?: ScfBundlingOptions;
}

/** The export SCF's Node.js templates name their handler (`exports.main_handler`), called as `index.main_handler`. */
export const SCF_DEFAULT_HANDLER_EXPORT = 'main_handler';

/** What a subclass (e.g. ResizeFunction) decides that users do not: modules left out, runtimes, the role's description. */
export interface NodejsFunctionPackaging {
  /** Optional requires the code never reaches; requiring one throws "Cannot find module". @default none */
  readonly omitModules?: readonly string[];
  /** Runtimes the code supports. @default every ScfNodeRuntime */
  readonly runtimes?: readonly ScfNodeRuntime[];
  /** Description of the execution role, from the function's construct path. @default "Runs function <path>." */
  readonly roleDescription?: (path: string) => string;
}

/**
 * Exports SCF can call as `index.<export>`: the provider accepts a handler of 2-60 letters, digits, "-", "_", ":" and
 * ".", not ending in "-" or "_" (resource_tc_scf_function.go:79-87, 27-57), so an export of at most 54 letters,
 * digits and "_" (JavaScript's `$` is refused), not ending in "_".
 */
const HANDLER_EXPORT = /^[A-Za-z_](?:[A-Za-z0-9_]{0,52}[A-Za-z0-9])?$/;

/**
 * Any Node.js code as an SCF function: the `entry` bundled at synth with esbuild (offline and deterministic), zipped
 * and shipped inline by a content-hashed path (the provider only notices path changes) or, when too large for one API
 * request, as a content-hashed object in a COS code bucket. It runs as its own execution role, which holds exactly
 * what the buckets granted (`bucket.grantRead(fn, 'prefix/*')`, ...) and what `addToRolePolicy` added: a function
 * bound to events and granted nothing has no policy at all.
 */
export class NodejsFunction extends Construct implements ICosEventHandler, ICosGrantee {
  public readonly functionName: string;
  public readonly namespace: string;
  public readonly placement: ResolvedTencentPlacement;
  public readonly function: ScfFunction;
  /** The function resource's `name` attribute: what its triggers and settings reference. */
  public readonly functionNameReference: string;
  /** The function resource's `namespace` attribute. */
  public readonly namespaceReference: string;
  public readonly executionRole: ScfExecutionRole;
  public readonly triggerRole: TriggerRole;
  public readonly code: FunctionCodeAsset;
  public readonly triggerDependencies: readonly ITerraformDependable[];
  public readonly triggerPreconditions: readonly Precondition[];
  public readonly replacementTriggers: readonly string[];
  /** The notifications that invoke the function and its object grants. */
  public readonly bindings: FunctionBindings<IEventedBucket>;
  /** Memory in MB and timeout in seconds, as validated. */
  public readonly memorySize: number;
  public readonly timeout: number;

  constructor(scope: Construct, id: string, props: NodejsFunctionProps, packaging: NodejsFunctionPackaging = {}) {
    super(scope, id);
    this.placement = resolveTencentPlacement(this, props);
    const provider = this.placement.provider;
    this.functionName = checkName(this, FUNCTION_NAME, props.functionName ?? physicalName(this, dashedNameRules(60, true)));
    this.namespace = props.namespace ?? 'default';
    const runtime = checkRuntime(this, props.runtime ?? ScfNodeRuntime.NODEJS_18_15, packaging.runtimes ?? Object.values(ScfNodeRuntime));
    const handler = props.handler ?? SCF_DEFAULT_HANDLER_EXPORT;
    if (!HANDLER_EXPORT.test(handler)) {
      throw new ConfigurationError(this, `handler ${JSON.stringify(handler)} is not the name of an export.`,
        `pass the name the entry exports its handler under (SCF calls index.<handler>), e.g. "${SCF_DEFAULT_HANDLER_EXPORT}".`);
    }
    if (!entryAvailable(props.entry)) {
      throw new ConfigurationError(this, `entry ${JSON.stringify(props.entry)} does not exist.`, 'pass the path of the handler\'s source file (relative to the working directory, or absolute).');
    }
    ({ memorySize: this.memorySize, timeout: this.timeout } = checkSizing(this, props.memorySize ?? 256, props.timeout ?? 30));
    const bundling = props.bundling ?? {};
    const environment = this.environmentOf(props.environment, bundling.sourceMap ?? false);

    this.code = new FunctionCodeAsset(this, 'Code', {
      entry: props.entry,
      nodeTarget: SCF_NODE_TARGET[runtime],
      engine: bundling.imageEngine ?? ImageEngine.WASM32,
      nodeModules: bundling.nodeModules ?? [],
      omitModules: [...(bundling.externalModules ?? []), ...(packaging.omitModules ?? [])],
      minify: bundling.minify,
      sourceMap: bundling.sourceMap,
    });
    if (!bundleMayExport(this.code.package.zipPath, this.code.package.sha256, handler)) {
      throw new ConfigurationError(this, `The bundle of ${JSON.stringify(props.entry)} does not export ${JSON.stringify(handler)}, which SCF would call as index.${handler}.`,
        `export the handler under that name (export async function ${handler}(event, context) { … }), or set handler to the name it is exported under.`);
    }
    this.executionRole = new ScfExecutionRole(this, 'ExecutionRole', {
      appId: this.placement.appId,
      region: this.placement.literalRegion,
      roleName: props.executionRoleName,
      policyName: props.policyName,
      description: packaging.roleDescription?.(this.node.path),
      provider,
    });
    this.bindings = new FunctionBindings<IEventedBucket>(this, {
      maxBindings: SCF_MAX_COS_TRIGGERS_PER_FUNCTION,
      service: 'SCF',
      render: (access, bucket, prefix) => this.executionRole.grant({ access, bucketName: bucket.bucketName, prefix, region: bucket.region }),
    });

    const network = scfNetwork(this, props.vpc, props.publicNetwork ?? true);
    this.triggerRole = props.triggerRole ?? stackSingleton(this, 'ScfServiceRole', (s, sid) => new TriggerRole(s, sid, { provider }), provider);
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
      description: props.description ?? `Function ${this.node.path}.`,
      runtime,
      handler: `index.${handler}`,
      memSize: this.memorySize,
      timeout: this.timeout,
      // The role resource's attribute, not a copy of the name: a rename through the role resource reaches the function.
      role: this.executionRole.role.name,
      environment,
      ...code,
      ...network,
      dependsOn: serviceRole.dependables.length > 0 ? [...serviceRole.dependables] : undefined,
      lifecycle: serviceRole.preconditions.length > 0 ? { precondition: [...serviceRole.preconditions] } : undefined,
      provider,
    });
    this.functionNameReference = this.function.name;
    this.namespaceReference = this.function.namespace;
    // Created with the role's first grant: the function then waits for the policy to be attached.
    this.executionRole.addDependent(this.function);

    this.replacementTriggers = [resourceReference(this.function, 'id')];
    this.configureRetries(props);
    if (props.reservedConcurrency !== undefined) {
      new ScfReservedConcurrencyConfig(this, 'ReservedConcurrency', {
        functionName: this.functionNameReference,
        namespace: this.namespaceReference,
        reservedConcurrencyMem: reservedConcurrencyMb(this, props.reservedConcurrency, this.memorySize),
        // Every argument is ForceNew, but a function replaced under the same name would leave it behind.
        lifecycle: { replaceTriggeredBy: [...this.replacementTriggers] },
        provider,
      });
    }

    this.triggerDependencies = [this.function, ...this.triggerRole.dependables];
    this.triggerPreconditions = this.triggerRole.preconditions;
  }

  /** Records a notification: the limit per function, and recursion against what the function was granted. */
  public bindCosTrigger(binding: CosTriggerBinding): void {
    this.bindings.bind(binding);
  }

  /**
   * Adds a statement to the execution role's policy, for anything the bucket grants do not cover (another service,
   * a bucket-level action). Bucket objects are better granted with `bucket.grantRead(fn, ...)` and its siblings,
   * which the recursion check sees.
   */
  public addToRolePolicy(statement: CamStatement): void {
    if (statement.action.length === 0 || statement.resource.length === 0) {
      throw new ConfigurationError(this, 'A policy statement needs at least one action and one resource.',
        'name the actions (e.g. "name/cos:GetBucket") and resources (e.g. "qcs::cos:<region>:uid/<appid>:<bucket>/*").');
    }
    this.executionRole.addToPolicy(statement);
  }

  private environmentOf(user: Readonly<Record<string, string>> = {}, sourceMap: boolean): Record<string, string> | undefined {
    const own: Record<string, string> = sourceMap ? { NODE_OPTIONS: '--enable-source-maps' } : {};
    checkEnvironmentNames(this, user, SCF_ENVIRONMENT, Object.keys(own));
    const env = { ...user, ...own };
    checkEnvironmentSize(this, env, SCF_ENVIRONMENT);
    return Object.keys(env).length > 0 ? env : undefined;
  }

  private configureRetries(props: ScfFunctionOptions): void {
    const { retries, maxAge } = checkRetries(this, props.retryAttempts ?? 2, props.maxEventAgeSeconds ?? 21600);
    // Read copies every RetryConfig entry the API returns, and the API documents one more than was sent
    // (`[{RetryNum: n}, {RetryNum: -1}]`): the list is ignored, and a change of the count replaces the config
    // instead (Create is the same UpdateFunctionEventInvokeConfig call, Delete does nothing).
    const retryPolicy = new TerraformData(this, 'RetryPolicy', { input: { retry_num: retries } });
    new ScfFunctionEventInvokeConfig(this, 'EventInvokeConfig', {
      functionName: this.functionNameReference,
      namespace: this.namespaceReference,
      asyncTriggerConfig: { retryConfig: [{ retryNum: retries }], msgTtl: maxAge },
      lifecycle: {
        ignoreChanges: ['async_trigger_config[0].retry_config'],
        // function_name is not ForceNew and Update uses the name in the ID: follow a replaced function.
        replaceTriggeredBy: [...this.replacementTriggers, resourceReference(retryPolicy)],
      },
      provider: this.placement.provider,
    });
  }
}
