import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { CodeEngineApp } from '../generated/providers/ibm/code-engine-app';
import { ConfigurationError } from '../core/errors';
import { CodeEngineResizeComponent, CodeEngineResizeProps, RESIZE_IMAGE_USER } from './code-engine-resize';
import { CODE_ENGINE_APP_NAME } from './naming';

/** The port the packaged server listens on (Code Engine's default `image_port`, passed as PORT). */
export const RESIZE_APP_PORT = 8080;

/**
 * The app's readiness and liveness probes. Code Engine gives every app a TCP readiness probe when none is set and the
 * provider's Read writes it back (`probe_readiness` is Optional, not Computed), so an unset probe shows a diff on every
 * plan. The packaged server (functions/resize/src/adapters/ibm-code-engine.ts) answers 200 to a GET on any path, so
 * both probes are HTTP GETs of `/` on the app's port. Every field is set, so what Read returns is what was sent.
 * Liveness tolerates 30 s without an answer (3 × 10 s) before Code Engine restarts an instance busy with large images.
 */
export const RESIZE_APP_PROBES = {
  readiness: { type: 'http', path: '/', port: RESIZE_APP_PORT, initialDelay: 0, interval: 5, timeout: 2, failureThreshold: 3 },
  liveness: { type: 'http', path: '/', port: RESIZE_APP_PORT, initialDelay: 0, interval: 10, timeout: 5, failureThreshold: 3 },
} as const;

export interface ResizeFunctionProps extends CodeEngineResizeProps {
  /** Code Engine app name. @default derived from the construct path */
  readonly appName?: string;
  /** @default 0 (scale to zero between events) */
  readonly minInstances?: number;
  /** @default 10 */
  readonly maxInstances?: number;
  /** Requests one instance handles at once (each holds a decoded image in memory). @default 4 */
  readonly concurrency?: number;
  /** Seconds one event may take, 1-600. @default 300 */
  readonly requestTimeout?: number;
  /**
   * Who can reach the app besides the project: `local` (only the project), `local_private` (also the IBM Cloud private
   * network), `local_public` (also the internet). COS subscriptions deliver inside the project, so `local` suffices.
   * @default 'local'
   */
  readonly visibility?: 'local' | 'local_private' | 'local_public';
}

/**
 * The packaged image-resize code as a Code Engine app: each COS event arrives as a CloudEvents POST, instances scale
 * with the event rate (to zero when idle). The default Code Engine target; see {@link ResizeJob} for one job run per event.
 */
export class ResizeFunction extends CodeEngineResizeComponent {
  public readonly appName: string;
  public readonly app: CodeEngineApp;

  constructor(scope: Construct, id: string, props: ResizeFunctionProps) {
    super(scope, id, props, {
      destinationType: 'app',
      componentType: 'application',
      nameRule: CODE_ENGINE_APP_NAME,
      name: props?.appName,
      // The whole app spec (variables included) must stay well under Kubernetes' 1 MiB object limit: 256 KiB for variables.
      environmentRules: { service: 'Code Engine', maxBytes: 262_144, reservedPrefixes: ['CE_'] },
      platformVariables: ['PORT'],
    });
    this.appName = this.componentName;
    const visibility = props.visibility ?? 'local';
    if (!['local', 'local_private', 'local_public'].includes(visibility)) {
      throw new ConfigurationError(this, `visibility ${JSON.stringify(visibility)} is unknown.`, 'use "local", "local_private" or "local_public".');
    }
    const minInstances = this.checkRange('minInstances', props.minInstances ?? 0, 0, 250);
    const maxInstances = this.checkRange('maxInstances', props.maxInstances ?? 10, 1, 250);
    if (minInstances > maxInstances) {
      throw new ConfigurationError(this, `minInstances ${minInstances} is above maxInstances ${maxInstances}.`, 'lower minInstances or raise maxInstances.');
    }

    const concurrency = this.checkRange('concurrency', props.concurrency ?? 4, 1, 1000);
    this.app = new CodeEngineApp(this, 'App', {
      projectId: this.project.projectId,
      name: this.appName,
      imageReference: props.imageReference,
      imageSecret: this.imageSecretName,
      imagePort: RESIZE_APP_PORT,
      managedDomainMappings: visibility,
      // Mounts the compute-resource token the code exchanges for the trusted profile's IAM token.
      runComputeResourceTokenEnabled: true,
      // The provider's default 0 is root, and Code Engine's run_as_user overrides the image's USER.
      runAsUser: RESIZE_IMAGE_USER,
      probeReadiness: { ...RESIZE_APP_PROBES.readiness },
      probeLiveness: { ...RESIZE_APP_PROBES.liveness },
      runEnvVariables: this.environmentVariables(),
      scaleCpuLimit: this.size.cpu,
      scaleMemoryLimit: this.size.memory,
      scaleMinInstances: minInstances,
      scaleMaxInstances: maxInstances,
      scaleConcurrency: concurrency,
      // The schema's default is 100 whatever scale_concurrency is (Code Engine's own default is scale_concurrency):
      // unset, the provider would send 100 and the autoscaler would aim far above what an instance may take.
      scaleConcurrencyTarget: concurrency,
      scaleRequestTimeout: this.checkRange('requestTimeout', props.requestTimeout ?? 300, 1, 600),
      // The profile must trust the app and hold its bucket rights before the first event arrives.
      dependsOn: [this.identity.link],
      provider: this.placement.provider,
    });
  }

  protected get component(): ITerraformDependable {
    return this.app;
  }
}
