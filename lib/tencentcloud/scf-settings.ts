import { IConstruct } from 'constructs';
import { EnvironmentRules } from '../core/environment';
import { ConfigurationError } from '../core/errors';
import { isLiteral } from '../core/tokens';

/**
 * What SCF accepts of a function's settings, checked at synth so a mistake names the construct instead of failing
 * at apply: runtimes, sizing, retries, network and reserved concurrency.
 */

/** SCF's Node.js runtimes that bundled code can target (SCF runs them on CentOS 7, glibc 2.17). */
export enum ScfNodeRuntime {
  NODEJS_16_13 = 'Nodejs16.13',
  NODEJS_18_15 = 'Nodejs18.15',
  NODEJS_20_15 = 'Nodejs20.15',
}

/** esbuild's target for each runtime. */
export const SCF_NODE_TARGET: Readonly<Record<ScfNodeRuntime, string>> = {
  [ScfNodeRuntime.NODEJS_16_13]: 'node16',
  [ScfNodeRuntime.NODEJS_18_15]: 'node18',
  [ScfNodeRuntime.NODEJS_20_15]: 'node20',
};

/**
 * SCF's environment rules: user variables may not start with `SCF_`, `QCLOUD_` or `TENCENTCLOUD_` (the runtime sets
 * its own, e.g. `TENCENTCLOUD_SECRETID`), and all variables together are at most 4 KB.
 */
export const SCF_ENVIRONMENT: EnvironmentRules = { service: 'SCF', maxBytes: 4096, reservedPrefixes: ['SCF_', 'QCLOUD_', 'TENCENTCLOUD_'] };

/** Concurrency memory of an account and region by default (SCF quota docs); the provider allows reserving all but 12,800 MB. */
export const SCF_DEFAULT_ACCOUNT_CONCURRENCY_MB = 128_000;
export const SCF_UNRESERVABLE_CONCURRENCY_MB = 12_800;

/** A VPC subnet for an SCF function. */
export interface ScfVpcOptions {
  /** `vpc-…` */
  readonly vpcId: string;
  /** `subnet-…`, a subnet of that VPC */
  readonly subnetId: string;
}

/** The runtime, if the function supports it. */
export function checkRuntime(scope: IConstruct, runtime: ScfNodeRuntime, supported: readonly ScfNodeRuntime[]): ScfNodeRuntime {
  if (!supported.includes(runtime)) {
    throw new ConfigurationError(scope, `runtime ${JSON.stringify(runtime)} is not supported by this function.`, `use one of ${supported.join(', ')}.`);
  }
  return runtime;
}

/** Memory: a multiple of 128 MB up to 3072; timeout: 1-900 s. */
export function checkSizing(scope: IConstruct, memorySize: number, timeout: number): { memorySize: number; timeout: number } {
  if (!Number.isInteger(memorySize) || memorySize % 128 !== 0 || memorySize < 128 || memorySize > 3072) {
    throw new ConfigurationError(scope, `memorySize ${memorySize} MB is not accepted by SCF.`, 'use a multiple of 128 from 128 to 3072.');
  }
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > 900) {
    throw new ConfigurationError(scope, `timeout ${timeout} s is out of range.`, 'use a whole number of seconds from 1 to 900.');
  }
  return { memorySize, timeout };
}

/** Retries of an asynchronous invocation, and how long an event is kept for (re)delivery (60-21600 s). */
export function checkRetries(scope: IConstruct, retries: number, maxAge: number): { retries: number; maxAge: number } {
  if (!Number.isInteger(retries) || retries < 0) {
    throw new ConfigurationError(scope, `retryAttempts ${retries} is invalid.`, 'use a whole number, 0 or more (SCF\'s limit for the account applies).');
  }
  if (!Number.isInteger(maxAge) || maxAge < 60 || maxAge > 21600) {
    throw new ConfigurationError(scope, `maxEventAgeSeconds ${maxAge} is out of range.`, 'use a whole number of seconds from 60 to 21600.');
  }
  return { retries, maxAge };
}

/** The reserved concurrency in MB (instances × memory), within what an account can reserve by default. */
export function reservedConcurrencyMb(scope: IConstruct, instances: number, memorySize: number): number {
  const mb = instances * memorySize;
  const max = SCF_DEFAULT_ACCOUNT_CONCURRENCY_MB - SCF_UNRESERVABLE_CONCURRENCY_MB;
  if (!Number.isInteger(instances) || instances < 1) {
    throw new ConfigurationError(scope, `reservedConcurrency ${instances} is invalid.`, 'use a whole number of instances, 1 or more (or leave it unset to share the account pool).');
  }
  if (mb > max) {
    throw new ConfigurationError(scope, `reservedConcurrency ${instances} × ${memorySize} MB = ${mb} MB is more than an account can reserve by default (${max} MB: ${SCF_DEFAULT_ACCOUNT_CONCURRENCY_MB} MB per region less ${SCF_UNRESERVABLE_CONCURRENCY_MB} MB SCF keeps unreserved).`,
      'reserve fewer instances, or lower memorySize.');
  }
  return mb;
}

/** The network arguments: SCF turns public access off only for a function in a VPC. */
export function scfNetwork(scope: IConstruct, vpc: ScfVpcOptions | undefined, publicNetwork: boolean): { vpcId?: string; subnetId?: string; enablePublicNet: boolean } {
  if (vpc !== undefined) {
    for (const [name, value, prefix] of [['vpcId', vpc.vpcId, 'vpc-'], ['subnetId', vpc.subnetId, 'subnet-']] as const) {
      if (typeof value !== 'string' || value === '' || (isLiteral(value) && !value.startsWith(prefix))) {
        throw new ConfigurationError(scope, `vpc.${name} ${JSON.stringify(value)} is not a ${prefix}… ID.`, `pass both vpc.vpcId ("vpc-…") and vpc.subnetId ("subnet-…"), as the provider requires them together.`);
      }
    }
  }
  if (!publicNetwork && vpc === undefined) {
    throw new ConfigurationError(scope, 'publicNetwork is false but the function has no VPC; SCF can turn public network access off only for a function in a VPC.',
      'pass vpc: { vpcId, subnetId } (a subnet whose route reaches COS), or leave publicNetwork at true.');
  }
  return { ...(vpc ? { vpcId: vpc.vpcId, subnetId: vpc.subnetId } : {}), enablePublicNet: publicNetwork };
}
