import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { Fcv3AsyncInvokeConfig } from '../generated/providers/alicloud/fcv3-async-invoke-config';
import { Fcv3Function } from '../generated/providers/alicloud/fcv3-function';
import { RESIZE_ENTRIES, RESIZE_OMITTED_MODULES, RESIZE_SHIPPED_MODULES } from '../../functions/resize/bundle';
import { ResizeConfig } from '../../functions/resize/src/config';
import { ConfigurationError } from '../core/errors';
import { dashedNameRules, physicalName } from '../core/names';
import { FunctionCodeAsset, ImageEngine } from '../core/packaging';
import { EnvironmentRules } from '../core/environment';
import { FunctionBindings } from '../core/function-bindings';
import { ResizeFunctionOptions, ResizeWiring } from '../core/resize-wiring';
import { AlicloudPlacement, ResolvedPlacement, resolvePlacement } from './context';
import type { IEventedBucket } from './evented-bucket';
import { FunctionExecutionRole, FunctionLogConfig } from './execution-role';
import { codeBucketFrom, FunctionCodeBucket, StagedFunctionCode } from './function-code';
import { FunctionLogStore } from './function-logs';
import { IOssEventHandler, OssTriggerBinding } from './handler';
import { checkName, FC_MAX_TRIGGERS_PER_FUNCTION, FUNCTION_NAME, LOG_PROJECT_NAME, LOGSTORE_NAME } from './naming';
import { TriggerRole } from './trigger-role';

/** The function's entry: the Function Compute adapter of the shared resize code. */
export const ALICLOUD_RESIZE_ENTRY = RESIZE_ENTRIES.alicloud.entryPoint;

/** Node.js runtimes of Function Compute 3.0 that the packaged code runs on (sharp 0.35 needs Node.js >= 20.9). */
export enum FcNodeRuntime {
  NODEJS_20 = 'nodejs20',
}

/** FC environment variables may total at most 4 KB. */
const FC_ENVIRONMENT: EnvironmentRules = { service: 'Function Compute', maxBytes: 4096 };

export interface ResizeFunctionProps extends AlicloudPlacement, ResizeFunctionOptions<IEventedBucket> {
  /**
   * Function name: letters, digits, "_" and "-", starting with a letter or "_", at most 64 characters.
   * @default derived from the construct path
   */
  readonly functionName?: string;
  /** @default - "Resizes images from OSS object events." */
  readonly description?: string;
  /** @default FcNodeRuntime.NODEJS_20 */
  readonly runtime?: FcNodeRuntime;
  /**
   * Memory in MB: a multiple of 64 from 128 to 32768, 1 to 4 GB per vCPU. 1024 MB decodes a 12 MP photo with room to spare.
   * @default 1024
   */
  readonly memorySize?: number;
  /** vCPUs: a multiple of 0.05 from 0.05 to 16. @default 1 */
  readonly cpu?: number;
  /** Seconds: 1-86400. @default 60 */
  readonly timeout?: number;
  /** Disk in MB: 512 or 10240. @default 512 */
  readonly diskSize?: 512 | 10240;
  /** Image engine shipped in the zip. @default ImageEngine.LINUX_X64 (FC runs Debian with glibc 2.28) */
  readonly imageEngine?: ImageEngine;
  /** Retries of a failed asynchronous (OSS-triggered) invocation, 0-8. @default 2 */
  readonly retryAttempts?: number;
  /** Seconds an event may wait for (re)delivery before it is dropped, 1-86400. @default 3600 */
  readonly maxEventAgeSeconds?: number;
  /** ARN (MNS queue/topic, function) that receives events whose invocations failed for good. @default none */
  readonly onFailureDestination?: string;
  /**
   * Simple Log Service project and logstore (in the function's region) for the function's logs; asynchronous
   * (OSS-triggered) failures are visible nowhere else.
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
  /** Extra environment variables. @default none */
  readonly environment?: Readonly<Record<string, string>>;
}

/**
 * The packaged image-resize function on Function Compute 3.0.
 *
 * Its code zip is built at synth (bundled with esbuild, sharp for linux-x64 added, zipped deterministically) and
 * staged in OSS under its SHA-256 (`StagedFunctionCode`); it logs to the stack's `FunctionLogStore`. It runs
 * as an execution role that may read exactly the prefixes whose events invoke it and write its destination prefix;
 * OSS invokes it through a `TriggerRole` allowed to invoke this function only.
 */
export class ResizeFunction extends Construct implements IOssEventHandler {
  public readonly functionName: string;
  /** ARN of the function (a Terraform reference). */
  public readonly functionArn: string;
  public readonly placement: ResolvedPlacement;
  public readonly function: Fcv3Function;
  public readonly executionRole: FunctionExecutionRole;
  public readonly triggerRole: TriggerRole;
  public readonly code: FunctionCodeAsset;
  /** The code zip in OSS and the `code` block pointing at it. */
  public readonly stagedCode: StagedFunctionCode;
  /** Where the function's logs go. */
  public readonly logConfig: FunctionLogConfig;
  public readonly invocationRoleArn: string;
  public readonly triggerDependencies: readonly ITerraformDependable[];

  private readonly props: ResizeFunctionProps;
  /** The notifications that invoke the function and its object grants. */
  public readonly bindings: FunctionBindings<IEventedBucket>;
  private readonly wiring: ResizeWiring<IEventedBucket>;

  constructor(scope: Construct, id: string, props: ResizeFunctionProps = {}) {
    super(scope, id);
    this.props = props;
    this.placement = resolvePlacement(this, props);
    const provider = this.placement.provider;
    this.functionName = checkName(this, FUNCTION_NAME, props.functionName ??
      physicalName(this, dashedNameRules(64, true)));
    const sizing = this.validateSizing();

    this.code = new FunctionCodeAsset(this, 'Code', {
      entry: ALICLOUD_RESIZE_ENTRY,
      nodeTarget: 'node20',
      engine: props.imageEngine ?? ImageEngine.LINUX_X64,
      nodeModules: RESIZE_SHIPPED_MODULES,
      omitModules: RESIZE_OMITTED_MODULES,
    });
    this.stagedCode = new StagedFunctionCode(this, 'StagedCode', {
      asset: this.code,
      bucket: props.codeBucket ? codeBucketFrom(props.codeBucket) : FunctionCodeBucket.of(this, provider),
      prefix: props.codePrefix ?? 'function-code/',
      functionName: this.functionName,
      functionRegion: this.placement.literalRegion,
      provider,
    });
    this.logConfig = props.logConfig
      ? { project: checkName(this, LOG_PROJECT_NAME, props.logConfig.project), logstore: checkName(this, LOGSTORE_NAME, props.logConfig.logstore) }
      : FunctionLogStore.of(this, provider).config;
    this.executionRole = new FunctionExecutionRole(this, 'ExecutionRole', { logConfig: this.logConfig, region: this.placement.literalRegion, provider });
    this.bindings = new FunctionBindings<IEventedBucket>(this, {
      maxBindings: FC_MAX_TRIGGERS_PER_FUNCTION,
      service: 'Function Compute',
      render: (access, bucket, prefix) => this.executionRole.grant({ access, bucketName: bucket.bucketName, prefix }, bucket.kmsKeyResource),
    });
    this.wiring = new ResizeWiring<IEventedBucket>(this, { ...props, bindings: this.bindings });

    this.function = new Fcv3Function(this, 'Function', {
      functionName: this.functionName,
      description: props.description ?? 'Resizes images from OSS object events.',
      runtime: props.runtime ?? FcNodeRuntime.NODEJS_20,
      handler: RESIZE_ENTRIES.alicloud.handler,
      ...sizing,
      role: this.executionRole.roleArn,
      environmentVariables: this.wiring.environment(FC_ENVIRONMENT, props.environment),
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
    this.functionArn = this.function.functionArn;

    const retries = props.retryAttempts ?? 2;
    const maxAge = props.maxEventAgeSeconds ?? 3600;
    if (!Number.isInteger(retries) || retries < 0 || retries > 8) {
      throw new ConfigurationError(this, `retryAttempts ${retries} is out of range.`, 'use a whole number from 0 to 8.');
    }
    if (!Number.isInteger(maxAge) || maxAge < 1 || maxAge > 86400) {
      throw new ConfigurationError(this, `maxEventAgeSeconds ${maxAge} is out of range.`, 'use a whole number of seconds from 1 to 86400.');
    }
    new Fcv3AsyncInvokeConfig(this, 'AsyncInvokeConfig', {
      functionName: this.function.functionName,
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
      provider,
    });
    this.invocationRoleArn = this.triggerRole.roleArn;
    this.triggerDependencies = [this.function, this.triggerRole.attachment];
  }

  public bindOssTrigger(binding: OssTriggerBinding): void {
    this.wiring.bind(binding);
  }

  /** The runtime configuration: exactly the filters the triggers were given, so the function's guard matches them. */
  public get resizeConfig(): ResizeConfig {
    return this.wiring.config();
  }

  private validateSizing(): { memorySize: number; cpu: number; timeout: number; diskSize: number } {
    const memorySize = this.props.memorySize ?? 1024;
    const cpu = this.props.cpu ?? 1;
    const timeout = this.props.timeout ?? 60;
    const diskSize = this.props.diskSize ?? 512;
    if (!Number.isInteger(memorySize) || memorySize % 64 !== 0 || memorySize < 128 || memorySize > 32768) {
      throw new ConfigurationError(this, `memorySize ${memorySize} MB is not accepted by Function Compute.`, 'use a multiple of 64 from 128 to 32768.');
    }
    const cpuSteps = Math.round(cpu / 0.05);
    if (cpu < 0.05 || cpu > 16 || Math.abs(cpuSteps * 0.05 - cpu) > 1e-9) {
      throw new ConfigurationError(this, `cpu ${cpu} is not accepted by Function Compute.`, 'use a multiple of 0.05 from 0.05 to 16.');
    }
    const gbPerCpu = memorySize / 1024 / cpu;
    if (gbPerCpu < 1 - 1e-9 || gbPerCpu > 4 + 1e-9) {
      throw new ConfigurationError(this, `memorySize ${memorySize} MB with cpu ${cpu} is ${gbPerCpu.toFixed(2)} GB per vCPU; Function Compute requires 1 to 4.`,
        `use cpu between ${(memorySize / 4096).toFixed(2)} and ${(memorySize / 1024).toFixed(2)} for ${memorySize} MB.`);
    }
    if (!Number.isInteger(timeout) || timeout < 1 || timeout > 86400) {
      throw new ConfigurationError(this, `timeout ${timeout} s is out of range.`, 'use a whole number of seconds from 1 to 86400.');
    }
    if (diskSize !== 512 && diskSize !== 10240) {
      throw new ConfigurationError(this, `diskSize ${diskSize} MB is not accepted by Function Compute.`, 'use 512 or 10240.');
    }
    return { memorySize, cpu, timeout, diskSize };
  }
}
