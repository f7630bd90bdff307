import * as path from 'path';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { Fcv3AsyncInvokeConfig } from '../generated/providers/alicloud/fcv3-async-invoke-config';
import { Fcv3Function } from '../generated/providers/alicloud/fcv3-function';
import { checkEnvironmentNames, checkEnvironmentSize, EnvironmentRules } from '../core/environment';
import { ConfigurationError } from '../core/errors';
import { FunctionBindings } from '../core/function-bindings';
import { dashedNameRules, physicalName } from '../core/names';
import { FunctionCodeAsset, FunctionPackageOptions, ImageEngine } from '../core/packaging';
import { FC_ENVIRONMENT_RULES } from './checks';
import { AlicloudPlacement, ResolvedPlacement, resolvePlacement } from './context';
import type { IEventedBucket } from './evented-bucket';
import { FunctionExecutionRole, FunctionLogConfig } from './execution-role';
import { codeBucketFrom, FunctionCodeBucket, StagedFunctionCode } from './function-code';
import { FunctionLogStore } from './function-logs';
import { IOssEventHandler, IOssGrantee, OssTriggerBinding } from './handler';
import { checkName, FC_MAX_TRIGGERS_PER_FUNCTION, FUNCTION_NAME, LOG_PROJECT_NAME, LOGSTORE_NAME } from './naming';
import type { RamStatement } from './service-role';
import { TriggerRole } from './trigger-role';
import type { NodejsBundlingOptions as CoreNodejsBundlingOptions } from '../core/packaging/nodejs-bundling';
import { entryAvailable } from '../core/packaging/prebuilt-bundles';

/** Node.js runtimes of Function Compute 3.0 (the provider's allow-list for `alicloud_fcv3_function.runtime`). */
export enum FcNodeRuntime {
  /** Node.js 20 on Debian 10 (glibc 2.28): the one sharp 0.35 runs on (it needs Node.js >= 20.9). */
  NODEJS_20 = 'nodejs20',
  NODEJS_18 = 'nodejs18',
  NODEJS_16 = 'nodejs16',
  NODEJS_14 = 'nodejs14',
}

/** The esbuild target of each runtime. */
const NODE_TARGETS: Readonly<Record<FcNodeRuntime, string>> = {
  [FcNodeRuntime.NODEJS_20]: 'node20',
  [FcNodeRuntime.NODEJS_18]: 'node18',
  [FcNodeRuntime.NODEJS_16]: 'node16',
  [FcNodeRuntime.NODEJS_14]: 'node14',
};

/**
 * FC environment variables may total at most 4 KB. The reserved names are checked on the synthesized function
 * resource, whichever construct made it (`FC_ENVIRONMENT_RULES`).
 */
export const FC_ENVIRONMENT: EnvironmentRules = { service: FC_ENVIRONMENT_RULES.service, maxBytes: FC_ENVIRONMENT_RULES.maxBytes };

/**
 * Optional requires of ali-oss (through urllib) that the runtime module never reaches: `proxy-agent` loads only
 * when `URLLIB_ENABLE_PROXY` is set, and is not installed. Left out of every bundle, or esbuild could not resolve it.
 */
export const ALI_OSS_OMITTED_MODULES: readonly string[] = ['proxy-agent'];

/** How the entry is bundled and what ships beside it. */
export interface NodejsBundlingOptions extends CoreNodejsBundlingOptions {
  /** Which sharp build ships when `nodeModules` includes `sharp`. @default ImageEngine.LINUX_X64 */
  readonly imageEngine?: ImageEngine;
}

export interface NodejsFunctionProps extends AlicloudPlacement {
  /** The handler's source file (TypeScript or JavaScript); bundled with esbuild at synth into `index.js`. */
  readonly entry: string;
  /** The entry's export Function Compute calls: `(event: Buffer, context) => Promise<unknown>`. @default 'handler' */
  readonly handler?: string;
  /**
   * Function name: letters, digits, "_" and "-", starting with a letter or "_", at most 64 characters.
   * @default derived from the construct path
   */
  readonly functionName?: string;
  /** @default "Handles OSS object events (<entry file name>)." */
  readonly description?: string;
  /** @default FcNodeRuntime.NODEJS_20 */
  readonly runtime?: FcNodeRuntime;
  /** Memory in MB: a multiple of 64 from 128 to 32768, 1 to 4 GB per vCPU. @default 512 */
  readonly memorySize?: number;
  /** vCPUs: a multiple of 0.05 from 0.05 to 16. @default 0.5 */
  readonly cpu?: number;
  /** Seconds: 1-86400. @default 60 */
  readonly timeout?: number;
  /** Disk in MB: 512 or 10240. @default 512 */
  readonly diskSize?: 512 | 10240;
  /** Environment variables (at most 4 KB in all). @default none */
  readonly environment?: Readonly<Record<string, string>>;
  /** @default bundled whole, nothing shipped beside it, not minified, no source map */
  readonly bundling?: NodejsBundlingOptions;
  /** Retries of a failed asynchronous (OSS-triggered) invocation, 0-8. @default 2 */
  readonly retryAttempts?: number;
  /** Seconds an event may wait for (re)delivery before it is dropped, 1-86400. @default 3600 */
  readonly maxEventAgeSeconds?: number;
  /** ARN (MNS queue/topic, function) that receives events whose invocations failed for good. @default none */
  readonly onFailureDestination?: string;
  /**
   * Simple Log Service project and logstore (in the function's region) for the function's logs; asynchronous
   * (OSS-triggered) failures are visible nowhere else. Pass a `FunctionLogStore`'s `config` for its names.
   * @default the stack's `FunctionLogStore` (one project and logstore per stack and region, created on first use)
   */
  readonly logConfig?: FunctionLogConfig;
  /**
   * Bucket the code zip is staged in (Function Compute copies it from there at deploy). Must be in the function's
   * region; the code key must fall under none of its notifications (checked at synth).
   * @default the stack's `FunctionCodeBucket` (private, encrypted, one per stack and region)
   */
  readonly codeBucket?: IEventedBucket;
  /** Key prefix of the code object, which is `<codePrefix><function name>/<zip SHA-256>.zip`. @default 'function-code/' */
  readonly codePrefix?: string;
  /** Lower-case name of the role the function runs as. @default derived from the construct path */
  readonly executionRoleName?: string;
  /** Name of the execution role's policy. @default the execution role name with a `-policy` suffix */
  readonly executionPolicyName?: string;
  /** Lower-case name of the role OSS assumes to invoke the function. @default derived from the construct path */
  readonly triggerRoleName?: string;
  /** Name of the trigger role's policy. @default the trigger role name with a `-policy` suffix */
  readonly triggerPolicyName?: string;
}

/** What a subclass (e.g. ResizeFunction) decides that users do not. */
export interface NodejsFunctionPackaging {
  /** Description of the execution role and its policy, from the function's construct path. @default "Runs function <path>." */
  readonly roleDescription?: (path: string) => string;
}

/**
 * A Node.js function of the user's own on Function Compute 3.0, ready to be bound to OSS events
 * (`bucket.onObjectRemoved(fn, { prefix })`) and granted object access (`bucket.grantWrite(fn, 'audit/*')`).
 *
 * The entry is bundled with esbuild at synth, offline and deterministically, zipped and staged in OSS under its
 * SHA-256 (a code change is a new key, so the function redeploys). The function logs to the stack's
 * `FunctionLogStore`, runs as an execution role holding exactly what it was granted (and `addToRolePolicy`
 * statements), and is invoked by OSS through a `TriggerRole` allowed to invoke this function only.
 */
export class NodejsFunction extends Construct implements IOssEventHandler, IOssGrantee {
  /** The function's name: the resource's attribute, so a name changed through an escape hatch reaches every reference. */
  public readonly functionName: string;
  /** ARN of the function (a Terraform reference). */
  public readonly functionArn: string;
  public readonly placement: ResolvedPlacement;
  public readonly function: Fcv3Function;
  public readonly executionRole: FunctionExecutionRole;
  public readonly triggerRole: TriggerRole;
  public readonly asyncInvokeConfig: Fcv3AsyncInvokeConfig;
  public readonly code: FunctionCodeAsset;
  /** The code zip in OSS and the `code` block pointing at it. */
  public readonly stagedCode: StagedFunctionCode;
  /** Where the function's logs go. */
  public readonly logConfig: FunctionLogConfig;
  public readonly invocationRoleArn: string;
  public readonly triggerDependencies: readonly ITerraformDependable[];
  /** The notifications that invoke the function and its object grants. */
  public readonly bindings: FunctionBindings<IEventedBucket>;

  private readonly environmentVariables: Record<string, string> = {};
  /** Names the construct sets itself, refused in `environment` and `addEnvironment`. */
  private readonly ownEnvironmentNames: string[] = [];

  constructor(scope: Construct, id: string, props: NodejsFunctionProps, packaging: NodejsFunctionPackaging = {}) {
    super(scope, id);
    this.placement = resolvePlacement(this, props);
    const provider = this.placement.provider;
    const physicalFunctionName = checkName(this, FUNCTION_NAME, props.functionName ??
      physicalName(this, dashedNameRules(64, true)));
    const runtime = props.runtime ?? FcNodeRuntime.NODEJS_20;
    const sizing = validateSizing(this, props);
    const bundling = props.bundling ?? {};
    checkBundling(this, runtime, bundling);

    this.code = bundle(this, {
      entry: props.entry,
      nodeTarget: NODE_TARGETS[runtime],
      engine: bundling.imageEngine ?? ImageEngine.LINUX_X64,
      nodeModules: bundling.nodeModules ?? [],
      omitModules: [...ALI_OSS_OMITTED_MODULES, ...(bundling.externalModules ?? [])],
      minify: bundling.minify,
      sourceMap: bundling.sourceMap,
    });
    this.stagedCode = new StagedFunctionCode(this, 'StagedCode', {
      asset: this.code,
      bucket: props.codeBucket ? codeBucketFrom(props.codeBucket) : FunctionCodeBucket.of(this, provider),
      prefix: props.codePrefix ?? 'function-code/',
      functionName: physicalFunctionName,
      functionRegion: this.placement.literalRegion,
      provider,
    });
    this.logConfig = props.logConfig
      ? { project: checkName(this, LOG_PROJECT_NAME, props.logConfig.project), logstore: checkName(this, LOGSTORE_NAME, props.logConfig.logstore) }
      : FunctionLogStore.of(this, provider).config;
    this.executionRole = new FunctionExecutionRole(this, 'ExecutionRole', {
      roleName: props.executionRoleName,
      policyName: props.executionPolicyName,
      logConfig: this.logConfig,
      region: this.placement.literalRegion,
      description: packaging.roleDescription?.(this.node.path),
      provider,
    });
    this.bindings = new FunctionBindings<IEventedBucket>(this, {
      maxBindings: FC_MAX_TRIGGERS_PER_FUNCTION,
      service: 'Function Compute',
      render: (access, bucket, prefix) => this.executionRole.grant({ access, bucketName: bucket.bucketName, prefix }, bucket.kmsKeyResource),
    });

    const handlerExport = props.handler ?? 'handler';
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(handlerExport)) {
      throw new ConfigurationError(this, `handler ${JSON.stringify(handlerExport)} is not the name of an export.`,
        'pass the name the entry exports its handler under, e.g. "handler".');
    }
    if (bundling.sourceMap) this.ownEnvironmentNames.push('NODE_OPTIONS');
    checkEnvironmentNames(this, props.environment ?? {}, FC_ENVIRONMENT, this.ownEnvironmentNames);
    Object.assign(this.environmentVariables, props.environment ?? {});
    // The bundle carries an inline map; Node.js reads it only when asked.
    if (bundling.sourceMap) this.environmentVariables.NODE_OPTIONS = '--enable-source-maps';
    checkEnvironmentSize(this, this.environmentVariables, FC_ENVIRONMENT);

    this.function = new Fcv3Function(this, 'Function', {
      functionName: physicalFunctionName,
      description: props.description ?? `Handles OSS object events (${path.basename(props.entry)}).`,
      runtime,
      handler: `index.${handlerExport}`,
      ...sizing,
      role: this.executionRole.roleArn,
      environmentVariables: this.environmentVariables,
      code: this.stagedCode.code,
      // All five fields: Read writes back every field the API returns, so an unset one would show a diff.
      logConfig: {
        project: this.logConfig.project,
        logstore: this.logConfig.logstore,
        logBeginRule: 'DefaultRegex',
        enableRequestMetrics: true,
        enableInstanceMetrics: true,
      },
      // The role must hold its policy before the function runs with it.
      dependsOn: [this.executionRole.attachment],
      provider,
    });
    this.functionName = this.function.functionName;
    this.functionArn = this.function.functionArn;

    const retries = props.retryAttempts ?? 2;
    const maxAge = props.maxEventAgeSeconds ?? 3600;
    if (!Number.isInteger(retries) || retries < 0 || retries > 8) {
      throw new ConfigurationError(this, `retryAttempts ${retries} is out of range.`, 'use a whole number from 0 to 8.');
    }
    if (!Number.isInteger(maxAge) || maxAge < 1 || maxAge > 86400) {
      throw new ConfigurationError(this, `maxEventAgeSeconds ${maxAge} is out of range.`, 'use a whole number of seconds from 1 to 86400.');
    }
    this.asyncInvokeConfig = new Fcv3AsyncInvokeConfig(this, 'AsyncInvokeConfig', {
      functionName: this.functionName,
      qualifier: 'LATEST',
      maxAsyncRetryAttempts: retries,
      maxAsyncEventAgeInSeconds: maxAge,
      destinationConfig: props.onFailureDestination ? { onFailure: { destination: props.onFailureDestination } } : undefined,
      provider,
    });

    this.triggerRole = new TriggerRole(this, 'TriggerRole', {
      functionName: this.functionName,
      region: this.placement.region,
      accountId: this.placement.accountId,
      roleName: props.triggerRoleName,
      policyName: props.triggerPolicyName,
      provider,
    });
    this.invocationRoleArn = this.triggerRole.roleArn;
    this.triggerDependencies = [this.function, this.triggerRole.attachment];
  }

  /** Records a notification: the cloud's limit per function, and recursion against what the function may write or delete. */
  public bindOssTrigger(binding: OssTriggerBinding): void {
    this.bindings.bind(binding);
  }

  /** Adds a statement to the execution role's policy, for anything beyond object grants (other services, resources). */
  public addToRolePolicy(statement: RamStatement): void {
    if (statement.Action.length === 0 || statement.Resource.length === 0) {
      throw new ConfigurationError(this, 'The statement names no action or no resource.', 'give it at least one action and one resource, e.g. { Effect: "Allow", Action: ["mns:SendMessage"], Resource: ["acs:mns:*:*:/queues/audit/messages"] }.');
    }
    this.executionRole.addStatement(statement);
  }

  /**
   * Sets an environment variable. The name must be valid and not set yet; the total must stay within 4 KB (a lazy
   * value is measured by the one who renders it).
   */
  public addEnvironment(name: string, value: string): void {
    checkEnvironmentNames(this, { [name]: value }, FC_ENVIRONMENT, [...this.ownEnvironmentNames, ...Object.keys(this.environmentVariables)]);
    checkEnvironmentSize(this, { ...this.environmentVariables, [name]: value }, FC_ENVIRONMENT);
    this.environmentVariables[name] = value;
    this.function.environmentVariables = { ...this.environmentVariables };
  }
}

/** The code asset; a missing entry or a bundling failure is reported against the function, with what to do. */
function bundle(scope: Construct, options: FunctionPackageOptions): FunctionCodeAsset {
  const entry = path.resolve(options.entry);
  if (!entryAvailable(entry)) {
    throw new ConfigurationError(scope, `The entry ${options.entry} (${entry}) is not a file.`,
      'pass the path of the handler\'s source file, absolute or relative to the directory synth runs in.');
  }
  try {
    return new FunctionCodeAsset(scope, 'Code', options);
  } catch (err) {
    throw new ConfigurationError(scope, `Bundling ${options.entry} failed: ${(err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim()}`,
      'fix the entry or its imports; a module that cannot be bundled goes in bundling.nodeModules (shipped) or bundling.externalModules (left out).');
  }
}

/** sharp 0.35 needs Node.js >= 20.9: shipping it to an older runtime would fail at the first invocation. */
function checkBundling(scope: Construct, runtime: FcNodeRuntime, bundling: NodejsBundlingOptions): void {
  const shipped = bundling.nodeModules ?? [];
  if (shipped.includes('sharp') && runtime !== FcNodeRuntime.NODEJS_20) {
    throw new ConfigurationError(scope, `sharp is shipped in node_modules but the runtime is ${runtime}; sharp 0.35 needs Node.js 20.9 or later.`,
      'use runtime: FcNodeRuntime.NODEJS_20.');
  }
  const both = shipped.filter((m) => (bundling.externalModules ?? []).includes(m));
  if (both.length > 0) {
    throw new ConfigurationError(scope, `${both.join(', ')} is both shipped (nodeModules) and left out (externalModules).`,
      'list each module in one of the two.');
  }
}

function validateSizing(scope: Construct, props: NodejsFunctionProps): { memorySize: number; cpu: number; timeout: number; diskSize: number } {
  const memorySize = props.memorySize ?? 512;
  const cpu = props.cpu ?? 0.5;
  const timeout = props.timeout ?? 60;
  const diskSize = props.diskSize ?? 512;
  if (!Number.isInteger(memorySize) || memorySize % 64 !== 0 || memorySize < 128 || memorySize > 32768) {
    throw new ConfigurationError(scope, `memorySize ${memorySize} MB is not accepted by Function Compute.`, 'use a multiple of 64 from 128 to 32768.');
  }
  const cpuSteps = Math.round(cpu / 0.05);
  if (cpu < 0.05 || cpu > 16 || Math.abs(cpuSteps * 0.05 - cpu) > 1e-9) {
    throw new ConfigurationError(scope, `cpu ${cpu} is not accepted by Function Compute.`, 'use a multiple of 0.05 from 0.05 to 16.');
  }
  const gbPerCpu = memorySize / 1024 / cpu;
  if (gbPerCpu < 1 - 1e-9 || gbPerCpu > 4 + 1e-9) {
    throw new ConfigurationError(scope, `memorySize ${memorySize} MB with cpu ${cpu} is ${gbPerCpu.toFixed(2)} GB per vCPU; Function Compute requires 1 to 4.`,
      `use cpu between ${(memorySize / 4096).toFixed(2)} and ${(memorySize / 1024).toFixed(2)} for ${memorySize} MB.`);
  }
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > 86400) {
    throw new ConfigurationError(scope, `timeout ${timeout} s is out of range.`, 'use a whole number of seconds from 1 to 86400.');
  }
  if (diskSize !== 512 && diskSize !== 10240) {
    throw new ConfigurationError(scope, `diskSize ${diskSize} MB is not accepted by Function Compute.`, 'use 512 or 10240.');
  }
  return { memorySize, cpu, timeout, diskSize };
}
