import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { CodeEngineApp } from '../generated/providers/ibm/code-engine-app';
import { ConfigurationError } from '../core/errors';
import { CodeEngineResizeComponent, CodeEngineResizeProps } from './code-engine-resize';
import { CODE_ENGINE_APP_NAME } from './naming';

/** The port the packaged server listens on (Code Engine's default `image_port`, passed as PORT). */
export const RESIZE_APP_PORT = 8080;

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

    this.app = new CodeEngineApp(this, 'App', {
      projectId: this.project.projectId,
      name: this.appName,
      imageReference: props.imageReference,
      imageSecret: this.imageSecretName,
      imagePort: RESIZE_APP_PORT,
      managedDomainMappings: visibility,
      // Mounts the compute-resource token the code exchanges for the trusted profile's IAM token.
      runComputeResourceTokenEnabled: true,
      runEnvVariables: this.environmentVariables(),
      scaleCpuLimit: this.size.cpu,
      scaleMemoryLimit: this.size.memory,
      scaleMinInstances: minInstances,
      scaleMaxInstances: maxInstances,
      scaleConcurrency: this.checkRange('concurrency', props.concurrency ?? 4, 1, 1000),
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
