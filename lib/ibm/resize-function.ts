import { Lazy, Op, Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { CodeEngineApp } from '../generated/providers/ibm/code-engine-app';
import { ResizeConfig } from '../../functions/resize/src/config';
import { EnvironmentRules } from '../core/environment';
import { ConfigurationError } from '../core/errors';
import { ObjectAccess } from '../core/grants';
import { physicalName } from '../core/names';
import { ResizeFunctionOptions, ResizeWiring } from '../core/resize-wiring';
import { isLiteral } from '../core/tokens';
import { IbmPlacement, ResolvedIbmPlacement, resolveIbmPlacement } from './context';
import { CodeEngineProject, ICodeEngineProject } from './code-engine-project';
import { CosSubscription } from './cos-subscription';
import { cosEndpoint, IEventedBucket } from './evented-bucket';
import { CosNotificationBinding, ICosEventHandler } from './handler';
import { checkName, CODE_ENGINE_APP_NAME, CODE_ENGINE_MAX_COS_SUBSCRIPTIONS, CODE_ENGINE_NAME_RULES, CODE_ENGINE_SUBSCRIPTION_NAME, IMAGE_REFERENCE, IMAGE_SECRET_NAME } from './naming';
import { CodeEngineTrustedProfile } from './trusted-profile';

/** Environment variables the app reads (set by the construct; see functions/resize/src/adapters/ibm-cos.ts). */
export const IBM_COS_ENDPOINT_ENV = 'COS_ENDPOINT';
export const IBM_TRUSTED_PROFILE_ENV = 'IBM_TRUSTED_PROFILE_ID';

/**
 * Code Engine sets `CE_*` variables itself and `PORT`; the whole app spec (variables included) must stay well under
 * Kubernetes' 1 MiB object limit, so 256 KiB is kept for variables.
 */
const CE_ENVIRONMENT: EnvironmentRules = { service: 'Code Engine', maxBytes: 262_144, reservedPrefixes: ['CE_'] };

/** The port the packaged server listens on (Code Engine's default `image_port`, passed as PORT). */
export const RESIZE_APP_PORT = 8080;

/** Valid `scale_cpu_limit`/`scale_memory_limit` pairs of Code Engine (vCPU → memory). */
const CPU_MEMORY: Record<string, readonly string[]> = {
  '0.125': ['250M', '500M', '1G'],
  '0.25': ['500M', '1G', '2G'],
  '0.5': ['1G', '2G', '4G'],
  '1': ['2G', '4G', '8G'],
  '2': ['4G', '8G', '16G'],
  '4': ['8G', '16G', '32G'],
  '6': ['12G', '24G', '48G'],
  '8': ['16G', '32G'],
};

export interface ResizeFunctionProps extends IbmPlacement, ResizeFunctionOptions<IEventedBucket> {
  /**
   * The image to run, built from `functions/resize/ibm` (see docs/ibm.md), e.g. `us.icr.io/my-namespace/resize:1.0`.
   * Pin a tag or digest: Code Engine only redeploys when this value changes.
   */
  readonly imageReference: string;
  /** Registry secret of the project for a private registry (e.g. ICR). @default none (public image) */
  readonly imageSecret?: string;
  /** @default a new project for this function */
  readonly project?: ICodeEngineProject;
  /** Code Engine app name. @default derived from the construct path */
  readonly appName?: string;
  /** vCPUs per instance. @default '1' */
  readonly cpu?: string;
  /** Memory per instance, paired with cpu as Code Engine allows (1 vCPU: 2G, 4G or 8G). @default '4G' */
  readonly memory?: string;
  /** @default 0 (scale to zero between events) */
  readonly minInstances?: number;
  /** @default 10 */
  readonly maxInstances?: number;
  /** Requests one instance handles at once (each holds a decoded image in memory). @default 4 */
  readonly concurrency?: number;
  /** Seconds one event may take, 1-600. @default 300 */
  readonly requestTimeout?: number;
  /**
   * Who can reach the app: `local` (only the project, which is where COS subscriptions deliver), `local_private`, `local_public`.
   * @default 'local'
   */
  readonly visibility?: 'local' | 'local_private' | 'local_public';
  /** Which COS endpoint the code uses. @default 'public' (reachable from every Code Engine region) */
  readonly cosEndpointType?: 'public' | 'private' | 'direct';
  /** Extra environment variables (not starting with CE_). @default none */
  readonly environment?: Readonly<Record<string, string>>;
}

/**
 * The packaged image-resize code as a Code Engine app, invoked by COS subscriptions (CloudEvents over HTTP).
 *
 * It runs as a trusted profile (no secret anywhere): the app gets a compute-resource token, and the profile trusts
 * only this app and holds `Content Reader` on the notified buckets and `Writer` on the destination. Each notification
 * becomes a COS subscription created by the `ibmcloud` CLI after the `codeengine` → COS `Notifications Manager`
 * authorization exists (see {@link CosSubscription} for why and what it needs).
 */
export class ResizeFunction extends Construct implements ICosEventHandler {
  public readonly appName: string;
  public readonly placement: ResolvedIbmPlacement;
  public readonly project: ICodeEngineProject;
  public readonly app: CodeEngineApp;
  public readonly identity: CodeEngineTrustedProfile;
  public readonly subscriptions: CosSubscription[] = [];
  private readonly props: ResizeFunctionProps;
  private readonly wiring: ResizeWiring<IEventedBucket>;
  private readonly endpointType: 'public' | 'private' | 'direct';
  private readonly boundBuckets: IEventedBucket[] = [];

  constructor(scope: Construct, id: string, props: ResizeFunctionProps) {
    super(scope, id);
    this.props = props;
    this.project = props.project ?? new CodeEngineProject(this, 'Project', { provider: props.provider, region: props.region, resourceGroupId: props.resourceGroupId });
    this.placement = props.project ? this.project.placement : resolveIbmPlacement(this, props);
    if (props.project && props.provider && props.provider !== props.project.placement.provider) {
      throw new ConfigurationError(this, 'provider differs from the provider of the given project; the app is created in the project.', 'drop `provider`, or use a project of that provider.');
    }
    if (!props || typeof props.imageReference !== 'string') {
      throw new ConfigurationError(this, 'imageReference is missing.', 'build the image from functions/resize/ibm (docs/ibm.md) and pass its reference, e.g. "us.icr.io/my-namespace/resize:1.0".');
    }
    checkName(this, IMAGE_REFERENCE, props.imageReference);
    if (props.imageSecret !== undefined) checkName(this, IMAGE_SECRET_NAME, props.imageSecret);
    this.appName = checkName(this, CODE_ENGINE_APP_NAME, props.appName ?? physicalName(this, CODE_ENGINE_NAME_RULES));
    this.endpointType = props.cosEndpointType ?? 'public';
    if (!['public', 'private', 'direct'].includes(this.endpointType)) {
      throw new ConfigurationError(this, `cosEndpointType ${JSON.stringify(this.endpointType)} is unknown.`, 'use "public", "private" or "direct".');
    }
    const visibility = props.visibility ?? 'local';
    if (!['local', 'local_private', 'local_public'].includes(visibility)) {
      throw new ConfigurationError(this, `visibility ${JSON.stringify(visibility)} is unknown.`, 'use "local", "local_private" or "local_public".');
    }
    const scaling = this.validateScaling();

    this.identity = new CodeEngineTrustedProfile(this, 'Identity', {
      projectCrn: this.project.crn,
      componentName: this.appName,
      componentType: 'application',
      provider: this.placement.provider,
    });
    const grant = (access: ObjectAccess) => (bucket: IEventedBucket) => this.identity.grant(access, bucket.cosInstance, bucket.bucketName);
    this.wiring = new ResizeWiring<IEventedBucket>(this, {
      ...props,
      maxBindings: CODE_ENGINE_MAX_COS_SUBSCRIPTIONS,
      service: 'Code Engine',
      onDestination: grant(ObjectAccess.WRITE),
      onSource: grant(ObjectAccess.READ),
    });

    this.app = new CodeEngineApp(this, 'App', {
      projectId: this.project.projectId,
      name: this.appName,
      imageReference: props.imageReference,
      imageSecret: props.imageSecret,
      imagePort: RESIZE_APP_PORT,
      managedDomainMappings: visibility,
      // Mounts the compute-resource token the code exchanges for the trusted profile's IAM token.
      runComputeResourceTokenEnabled: true,
      runEnvVariables: Object.entries(this.environment()).map(([name, value]) => ({ type: 'literal', name, value })),
      scaleCpuLimit: scaling.cpu,
      scaleMemoryLimit: scaling.memory,
      scaleMinInstances: scaling.minInstances,
      scaleMaxInstances: scaling.maxInstances,
      scaleConcurrency: scaling.concurrency,
      scaleRequestTimeout: scaling.requestTimeout,
      // The profile must trust the app and hold its bucket rights before the first event arrives.
      dependsOn: [this.identity.link],
      provider: this.placement.provider,
    });
  }

  public bindCosNotification(binding: CosNotificationBinding): void {
    const { bucket, scope } = binding;
    this.wiring.bind(binding);
    this.boundBuckets.push(bucket);
    this.project.reserveSubscription(scope);
    const authorization = this.project.authorizationFor(bucket.cosInstance);
    const preconditions: Precondition[] = [];
    if (!isLiteral(this.project.region)) {
      preconditions.push({
        condition: Op.eq(this.project.region, bucket.region),
        errorMessage: `Bucket ${bucket.bucketName} (${bucket.node.path}) is in ${bucket.region}, but Code Engine project ${this.project.node.path} is not: COS subscriptions only reach a project in the bucket's region. Set the IBM provider's region (or the constructs' region) to ${bucket.region}.`,
      });
    }
    const name = checkName(scope, CODE_ENGINE_SUBSCRIPTION_NAME, physicalName(scope, CODE_ENGINE_NAME_RULES, `${this.node.id}-${bucket.node.id}`));
    this.subscriptions.push(new CosSubscription(scope, 'Subscription', {
      projectId: this.project.projectId,
      region: this.project.region,
      name,
      destination: this.appName,
      destinationType: 'app',
      bucket: bucket.bucketName,
      eventType: binding.eventType,
      filter: binding.filter,
      dependsOn: [this.app, ...authorization, ...bucket.dependables, ...this.identity.dependables],
      preconditions,
    }));
  }

  /** The runtime configuration: exactly the filters the subscriptions were given. */
  public get resizeConfig(): ResizeConfig {
    return this.wiring.config();
  }

  private environment(): Record<string, string> {
    const endpoint = Lazy.stringValue({
      produce: () => {
        const destination = this.wiring.destination;
        if (!destination) return this.wiring.config().destination.bucket; // throws the "no destination" error
        const regions = new Set([destination.region, ...this.boundBuckets.map((b) => b.region)]);
        if (regions.size > 1) {
          throw new ConfigurationError(this, `The function reads and writes buckets in several regions (${[...regions].join(', ')}); it uses one COS endpoint.`,
            'keep the destination bucket in the region of the notified buckets.');
        }
        return cosEndpoint(destination.region, this.endpointType);
      },
    });
    return this.wiring.environment(CE_ENVIRONMENT, this.props.environment,
      { [IBM_TRUSTED_PROFILE_ENV]: this.identity.profileId, [IBM_COS_ENDPOINT_ENV]: endpoint }, ['PORT']);
  }

  private validateScaling() {
    const p = this.props;
    const cpu = p.cpu ?? '1';
    const memory = p.memory ?? '4G';
    if (!(cpu in CPU_MEMORY)) {
      throw new ConfigurationError(this, `cpu ${JSON.stringify(cpu)} is not a Code Engine vCPU size.`, `use one of ${Object.keys(CPU_MEMORY).join(', ')}.`);
    }
    if (!CPU_MEMORY[cpu].includes(memory)) {
      throw new ConfigurationError(this, `memory ${JSON.stringify(memory)} is not allowed with cpu ${cpu}.`, `use one of ${CPU_MEMORY[cpu].join(', ')} with ${cpu} vCPU.`);
    }
    const minInstances = p.minInstances ?? 0;
    const maxInstances = p.maxInstances ?? 10;
    const concurrency = p.concurrency ?? 4;
    const requestTimeout = p.requestTimeout ?? 300;
    for (const [name, v, lo, hi] of [['minInstances', minInstances, 0, 250], ['maxInstances', maxInstances, 1, 250], ['concurrency', concurrency, 1, 1000], ['requestTimeout', requestTimeout, 1, 600]] as const) {
      if (!Number.isInteger(v) || v < lo || v > hi) {
        throw new ConfigurationError(this, `${name} ${v} is out of range.`, `use a whole number from ${lo} to ${hi}.`);
      }
    }
    if (minInstances > maxInstances) {
      throw new ConfigurationError(this, `minInstances ${minInstances} is above maxInstances ${maxInstances}.`, 'lower minInstances or raise maxInstances.');
    }
    return { cpu, memory, minInstances, maxInstances, concurrency, requestTimeout };
  }
}
