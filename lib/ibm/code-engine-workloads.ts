import { ITerraformDependable } from 'cdktf';
import { IConstruct } from 'constructs';
import { CodeEngineApp } from '../generated/providers/ibm/code-engine-app';
import { CodeEngineJob } from '../generated/providers/ibm/code-engine-job';
import { ConfigurationError } from '../core/errors';
import type { CodeEngineComponent } from './code-engine-component';

/**
 * The user the images run as: `node` (uid 1000) of the `node:<version>-bookworm-slim` bases, which the Dockerfiles'
 * `USER` name by number. Code Engine runs a component as `run_as_user` (the provider's default, 0, is root) whatever
 * the image says.
 */
export const CODE_ENGINE_IMAGE_USER = 1000;

/** The port the packaged servers listen on (Code Engine's default `image_port`, passed as PORT). */
export const CODE_ENGINE_APP_PORT = 8080;

/**
 * Code Engine's request timeout when none is sent: the provider's schema default for `scale_request_timeout`
 * (resource_ibm_code_engine_app.go:341-346, Read writes the API's value back at 960-965), as Code Engine documents it.
 */
export const CODE_ENGINE_DEFAULT_REQUEST_TIMEOUT = 300;

/**
 * The app's readiness and liveness probes. Code Engine gives every app a TCP readiness probe when none is set and the
 * provider's Read writes it back (`probe_readiness` is Optional, not Computed), so an unset probe shows a diff on every
 * plan. The packaged servers answer 200 to a GET on any path, so both probes are HTTP GETs of `/` on the app's port.
 * Every field is set, so what Read returns is what was sent. Liveness tolerates 30 s without an answer (3 × 10 s)
 * before Code Engine restarts a busy instance.
 */
export const CODE_ENGINE_APP_PROBES = {
  readiness: { type: 'http', path: '/', port: CODE_ENGINE_APP_PORT, initialDelay: 0, interval: 5, timeout: 2, failureThreshold: 3 },
  liveness: { type: 'http', path: '/', port: CODE_ENGINE_APP_PORT, initialDelay: 0, interval: 10, timeout: 5, failureThreshold: 3 },
} as const;

/** How an app scales and who reaches it. */
export interface CodeEngineAppOptions {
  /** Code Engine app name. @default derived from the construct path */
  readonly appName?: string;
  /** @default 0 (scale to zero between events) */
  readonly minInstances?: number;
  /** @default 10 */
  readonly maxInstances?: number;
  /** Requests one instance handles at once. @default 4 for the resize function, 10 for a Node.js app */
  readonly concurrency?: number;
  /** Seconds one event may take, 1-600; the code's storage timeouts are derived from it. @default 300 (Code Engine's default) */
  readonly requestTimeout?: number;
  /**
   * Who can reach the app besides the project: `local` (only the project), `local_private` (also the IBM Cloud private
   * network), `local_public` (also the internet). COS subscriptions deliver inside the project, so `local` suffices.
   * @default 'local'
   */
  readonly visibility?: 'local' | 'local_private' | 'local_public';
}

/** How a job runs each event. */
export interface CodeEngineJobOptions {
  /** Code Engine job name. @default derived from the construct path */
  readonly jobName?: string;
  /** Seconds one job run (one event) may take, 1-86400; the code's storage timeouts are derived from it. @default 600 */
  readonly maxExecutionTime?: number;
  /**
   * Reruns of a failed job run (the code exits non-zero), 1-5. 0 cannot be expressed: the provider drops a zero
   * `scale_retry_limit` and Code Engine then applies its default, 3.
   * @default 3
   */
  readonly retryLimit?: number;
}

/** Code Engine refuses a job whose spec exceeds 10 KiB, and the environment variables are most of it: 8 KiB for them. */
export const CODE_ENGINE_JOB_ENVIRONMENT_BYTES = 8_192;
/** An app's whole spec must stay well under Kubernetes' 1 MiB object limit: 256 KiB for variables. */
export const CODE_ENGINE_APP_ENVIRONMENT_BYTES = 262_144;

/** What the app or job runs: the image, its pull secret, its environment, and what it waits for. */
export interface WorkloadImage {
  readonly imageReference: string;
  readonly imageSecret?: string;
  readonly environment: (timeoutSeconds: number) => { type: string; name: string; value: string }[];
  readonly dependsOn?: ITerraformDependable[];
}

/** The settings of an app, validated. */
export function checkedAppSettings(scope: IConstruct, options: CodeEngineAppOptions, defaultConcurrency: number) {
  const visibility = options.visibility ?? 'local';
  if (!['local', 'local_private', 'local_public'].includes(visibility)) {
    throw new ConfigurationError(scope, `visibility ${JSON.stringify(visibility)} is unknown.`, 'use "local", "local_private" or "local_public".');
  }
  const minInstances = checkRange(scope, 'minInstances', options.minInstances ?? 0, 0, 250);
  const maxInstances = checkRange(scope, 'maxInstances', options.maxInstances ?? 10, 1, 250);
  if (minInstances > maxInstances) {
    throw new ConfigurationError(scope, `minInstances ${minInstances} is above maxInstances ${maxInstances}.`, 'lower minInstances or raise maxInstances.');
  }
  const concurrency = checkRange(scope, 'concurrency', options.concurrency ?? defaultConcurrency, 1, 1000);
  const requestTimeout = checkRange(scope, 'requestTimeout', options.requestTimeout ?? CODE_ENGINE_DEFAULT_REQUEST_TIMEOUT, 1, 600);
  return { visibility, minInstances, maxInstances, concurrency, requestTimeout };
}

/** The settings of a job, validated. */
export function checkedJobSettings(scope: IConstruct, options: CodeEngineJobOptions) {
  return {
    maxExecutionTime: checkRange(scope, 'maxExecutionTime', options.maxExecutionTime ?? 600, 1, 86_400),
    retryLimit: checkRange(scope, 'retryLimit', options.retryLimit ?? 3, 1, 5,
      ' (Code Engine allows 0-5, but the provider sends no retry limit of 0, so Code Engine would apply 3)'),
  };
}

/** Checks a whole-number setting against its range. */
export function checkRange(scope: IConstruct, name: string, value: number, lo: number, hi: number, why = ''): number {
  if (!Number.isInteger(value) || value < lo || value > hi) {
    throw new ConfigurationError(scope, `${name} ${value} is out of range${why}.`, `use a whole number from ${lo} to ${hi}.`);
  }
  return value;
}

/**
 * What an app and a job are given alike: the project, the image, its environment for a run of `timeoutSeconds`,
 * the compute-resource token, uid 1000 and the instance size.
 */
function workloadConfig(component: CodeEngineComponent, name: string, image: WorkloadImage, timeoutSeconds: number) {
  return {
    projectId: component.project.projectId,
    name,
    imageReference: image.imageReference,
    imageSecret: image.imageSecret,
    // Mounts the compute-resource token the code exchanges for the trusted profile's IAM token.
    runComputeResourceTokenEnabled: true,
    // The provider's default 0 is root, and Code Engine's run_as_user overrides the image's USER.
    runAsUser: CODE_ENGINE_IMAGE_USER,
    runEnvVariables: image.environment(timeoutSeconds),
    scaleCpuLimit: component.size.cpu,
    scaleMemoryLimit: component.size.memory,
    dependsOn: image.dependsOn,
    provider: component.placement.provider,
  };
}

/** The app resource: HTTP probes, concurrency target = concurrency, and what every workload gets. */
export function renderApp(component: CodeEngineComponent, name: string, image: WorkloadImage, settings: ReturnType<typeof checkedAppSettings>): CodeEngineApp {
  return new CodeEngineApp(component, 'App', {
    ...workloadConfig(component, name, image, settings.requestTimeout),
    imagePort: CODE_ENGINE_APP_PORT,
    managedDomainMappings: settings.visibility,
    probeReadiness: { ...CODE_ENGINE_APP_PROBES.readiness },
    probeLiveness: { ...CODE_ENGINE_APP_PROBES.liveness },
    scaleMinInstances: settings.minInstances,
    scaleMaxInstances: settings.maxInstances,
    scaleConcurrency: settings.concurrency,
    // The schema's default is 100 whatever scale_concurrency is (Code Engine's own default is scale_concurrency):
    // unset, the provider would send 100 and the autoscaler would aim far above what an instance may take.
    scaleConcurrencyTarget: settings.concurrency,
    // Sent explicitly although it is the default: the code's storage timeouts are derived from this value.
    scaleRequestTimeout: settings.requestTimeout,
  });
}

/** The job resource: task mode (one run per event, the exit code decides reruns), and what every workload gets. */
export function renderJob(component: CodeEngineComponent, name: string, image: WorkloadImage, settings: ReturnType<typeof checkedJobSettings>): CodeEngineJob {
  return new CodeEngineJob(component, 'Job', {
    ...workloadConfig(component, name, image, settings.maxExecutionTime),
    runMode: 'task',
    scaleMaxExecutionTime: settings.maxExecutionTime,
    scaleRetryLimit: settings.retryLimit,
  });
}
