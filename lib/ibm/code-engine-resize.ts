import { ITerraformDependable, Lazy, Op, Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { COS_ENDPOINT_ENV, TRUSTED_PROFILE_ENV } from '../../functions/resize/src/adapters/ibm-contract';
import { ResizeConfig } from '../../functions/resize/src/config';
import { EnvironmentRules } from '../core/environment';
import { ConfigurationError } from '../core/errors';
import { physicalName } from '../core/names';
import { FunctionBindings } from '../core/function-bindings';
import { ResizeFunctionOptions, ResizeWiring } from '../core/resize-wiring';
import { isLiteral } from '../core/tokens';
import { IbmPlacement, ResolvedIbmPlacement, resolveIbmPlacement } from './context';
import { CodeEngineSecret } from '../generated/providers/ibm/code-engine-secret';
import { CodeEngineProject, ICodeEngineProject } from './code-engine-project';
import { CosSubscription } from './cos-subscription';
import { cosEndpoint, IEventedBucket } from './evented-bucket';
import { CosNotificationBinding, ICosEventHandler } from './handler';
import { checkName, CODE_ENGINE_MAX_COS_SUBSCRIPTIONS, CODE_ENGINE_NAME_RULES, CODE_ENGINE_SUBSCRIPTION_NAME, IMAGE_REFERENCE, IMAGE_SECRET_NAME, NameRule } from './naming';
import { CodeEngineTrustedProfile } from './trusted-profile';

/** Environment variables the code reads, as the runtime defines them. */
export { COS_ENDPOINT_ENV as IBM_COS_ENDPOINT_ENV, TRUSTED_PROFILE_ENV as IBM_TRUSTED_PROFILE_ENV };

/**
 * The user the image runs as: `node` (uid 1000) of the `node:22-bookworm-slim` base, which the Dockerfile's `USER`
 * names by number. Code Engine runs a component as `run_as_user` (the provider's default, 0, is root) whatever the image says.
 */
export const RESIZE_IMAGE_USER = 1000;

/** Valid `scale_cpu_limit`/`scale_memory_limit` pairs of Code Engine apps and jobs (vCPU → memory). */
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

/** How the project pulls a private image: the construct turns these into a registry secret of the project. */
export interface RegistryCredentials {
  /**
   * The password or API key. Must be a Terraform reference, e.g. `new TerraformVariable(this, 'registry_api_key',
   * { type: 'string', sensitive: true }).stringValue`: a literal would be written into the synthesized JSON.
   * For IBM Container Registry, an API key whose identity may read the image's namespace.
   */
  readonly password: string;
  /** @default 'iamapikey' (IBM Container Registry with an API key) */
  readonly username?: string;
  /** The registry host. @default the host of `imageReference`, e.g. `us.icr.io` */
  readonly server?: string;
}

/** What the app and the job targets share: the image, the project, the instance size and the COS endpoint. */
export interface CodeEngineResizeProps extends IbmPlacement, ResizeFunctionOptions<IEventedBucket> {
  /**
   * The image to run, built from `functions/resize/ibm` (see docs/ibm.md), e.g. `us.icr.io/my-namespace/resize:1.0`.
   * Pin a tag or digest: Code Engine only picks up a new image when this value changes.
   */
  readonly imageReference: string;
  /**
   * Name of a registry secret that exists in the project already, for a private registry. Only for a `project` made
   * elsewhere: a project this construct creates has no secrets yet, so use `registryCredentials` there.
   * @default none
   */
  readonly imageSecret?: string;
  /**
   * Credentials for a private registry (IBM Container Registry is always private): the construct creates the
   * project's registry secret, so the image can be pulled on the first deploy.
   * @default none (a public image, or `imageSecret`)
   */
  readonly registryCredentials?: RegistryCredentials;
  /** @default a new project for this component */
  readonly project?: ICodeEngineProject;
  /** vCPUs per instance. @default '1' */
  readonly cpu?: string;
  /** Memory per instance, paired with cpu as Code Engine allows (1 vCPU: 2G, 4G or 8G). @default '4G' */
  readonly memory?: string;
  /**
   * Which COS endpoint the code uses: `public`, or `direct` to stay on IBM's private network. Not `private`: Code
   * Engine workloads reach services that have both private and direct endpoints only through the direct ones.
   * @default 'public'
   */
  readonly cosEndpointType?: 'public' | 'direct';
  /** Extra environment variables (not starting with CE_). @default none */
  readonly environment?: Readonly<Record<string, string>>;
}

/** How a subclass's component differs: what COS subscriptions and the trusted profile call it, and its rules. */
export interface CodeEngineComponentKind {
  /** `--destination-type` of the subscription. */
  readonly destinationType: 'app' | 'job';
  /** `link.component_type` of the trusted profile link. */
  readonly componentType: 'application' | 'job';
  /** The component's name rule. */
  readonly nameRule: NameRule;
  /** The name the user asked for, if any. */
  readonly name?: string;
  /** What the component's environment may hold. */
  readonly environmentRules: EnvironmentRules;
  /** Variable names Code Engine sets in this kind of component. */
  readonly platformVariables: readonly string[];
}

/**
 * The packaged image-resize code as a Code Engine component that COS subscriptions deliver events to. It runs as a
 * trusted profile (no secret anywhere): the component gets a compute-resource token, and the profile trusts only this
 * component and holds `Content Reader` on the notified prefixes and `Object Reader` + `Object Writer` on the
 * destination prefix (IAM path conditions). Each notification
 * becomes a COS subscription created by the `ibmcloud` CLI after the `codeengine` → COS `Notifications Manager`
 * authorization exists (see {@link CosSubscription} for why and what it needs).
 */
export abstract class CodeEngineResizeComponent extends Construct implements ICosEventHandler {
  /** The Code Engine name of the app or job: the subscriptions' destination. */
  public readonly componentName: string;
  public readonly placement: ResolvedIbmPlacement;
  public readonly project: ICodeEngineProject;
  public readonly identity: CodeEngineTrustedProfile;
  public readonly subscriptions: CosSubscription[] = [];
  /** The validated vCPU and memory of one instance. */
  protected readonly size: { readonly cpu: string; readonly memory: string };
  /** The registry secret the component pulls its image with, if any (a reference when the construct creates it). */
  protected readonly imageSecretName?: string;
  /** The registry secret this construct created from `registryCredentials`. */
  public readonly registrySecret?: CodeEngineSecret;
  /** The notifications that invoke the function and its object grants. */
  public readonly bindings: FunctionBindings<IEventedBucket>;
  private readonly wiring: ResizeWiring<IEventedBucket>;
  private readonly endpointType: 'public' | 'direct';
  private readonly boundBuckets: IEventedBucket[] = [];

  protected constructor(scope: Construct, id: string, private readonly props: CodeEngineResizeProps, private readonly kind: CodeEngineComponentKind) {
    super(scope, id);
    if (!props || typeof props.imageReference !== 'string') {
      throw new ConfigurationError(this, 'imageReference is missing.', 'build the image from functions/resize/ibm (docs/ibm.md) and pass its reference, e.g. "us.icr.io/my-namespace/resize:1.0".');
    }
    this.project = props.project ?? new CodeEngineProject(this, 'Project', { provider: props.provider, region: props.region, resourceGroupId: props.resourceGroupId });
    this.placement = props.project ? this.project.placement : resolveIbmPlacement(this, props);
    if (props.project && props.provider && props.provider !== props.project.placement.provider) {
      throw new ConfigurationError(this, `provider differs from the provider of the given project; the ${kind.destinationType} is created in the project.`, 'drop `provider`, or use a project of that provider.');
    }
    checkName(this, IMAGE_REFERENCE, props.imageReference);
    if (props.imageSecret !== undefined) checkName(this, IMAGE_SECRET_NAME, props.imageSecret);
    if (props.registryCredentials) {
      this.registrySecret = this.createRegistrySecret(props.imageReference, props.registryCredentials, props.imageSecret);
      this.imageSecretName = this.registrySecret.name;
    } else {
      this.imageSecretName = props.imageSecret;
    }
    this.componentName = checkName(this, kind.nameRule, kind.name ?? physicalName(this, CODE_ENGINE_NAME_RULES));
    this.endpointType = props.cosEndpointType ?? 'public';
    if ((this.endpointType as string) === 'private') {
      throw new ConfigurationError(this, 'cosEndpointType "private" is not reachable from Code Engine: its workloads use the direct endpoints of services that have both.',
        'use "direct" for private networking, or "public".');
    }
    if (!['public', 'direct'].includes(this.endpointType)) {
      throw new ConfigurationError(this, `cosEndpointType ${JSON.stringify(this.endpointType)} is unknown.`, 'use "public" or "direct".');
    }
    this.size = this.validateSize();

    this.identity = new CodeEngineTrustedProfile(this, 'Identity', {
      projectCrn: this.project.crn,
      componentName: this.componentName,
      componentType: kind.componentType,
      provider: this.placement.provider,
    });
    this.bindings = new FunctionBindings<IEventedBucket>(this, {
      maxBindings: CODE_ENGINE_MAX_COS_SUBSCRIPTIONS,
      service: 'Code Engine',
      // One policy per bucket, access and prefix, limited to the prefix by an IAM path condition.
      render: (access, bucket, prefix) => this.identity.grant(access, bucket.cosInstance, bucket.bucketName, prefix),
    });
    this.wiring = new ResizeWiring<IEventedBucket>(this, { ...props, bindings: this.bindings });
  }

  /** The app or job resource: subscriptions wait for it. */
  protected abstract get component(): ITerraformDependable;

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
      resourceGroupId: this.project.resourceGroupId,
      name,
      destination: this.componentName,
      destinationType: this.kind.destinationType,
      bucket: bucket.bucketName,
      eventType: binding.eventType,
      filter: binding.filter,
      dependsOn: [this.component, ...authorization, ...bucket.dependables, ...this.identity.dependables],
      preconditions,
    }));
  }

  /** The runtime configuration: exactly the filters the subscriptions were given. */
  public get resizeConfig(): ResizeConfig {
    return this.wiring.config();
  }

  /** The component's `run_env_variables`: all literal, none secret (the code authenticates with its compute-resource token). */
  protected environmentVariables(): { type: string; name: string; value: string }[] {
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
    const env = this.wiring.environment(this.kind.environmentRules, this.props.environment,
      { [TRUSTED_PROFILE_ENV]: this.identity.profileId, [COS_ENDPOINT_ENV]: endpoint }, this.kind.platformVariables);
    return Object.entries(env).map(([name, value]) => ({ type: 'literal', name, value }));
  }

  /** Checks a whole-number setting against its range. */
  protected checkRange(name: string, value: number, lo: number, hi: number, why = ''): number {
    if (!Number.isInteger(value) || value < lo || value > hi) {
      throw new ConfigurationError(this, `${name} ${value} is out of range${why}.`, `use a whole number from ${lo} to ${hi}.`);
    }
    return value;
  }

  private createRegistrySecret(imageReference: string, credentials: RegistryCredentials, imageSecret: string | undefined): CodeEngineSecret {
    if (imageSecret !== undefined) {
      throw new ConfigurationError(this, 'imageSecret and registryCredentials are both set.', 'pass registryCredentials to have the secret created, or imageSecret to use an existing one.');
    }
    if (typeof credentials.password !== 'string' || isLiteral(credentials.password)) {
      throw new ConfigurationError(this, 'registryCredentials.password is a literal: it would be written into the synthesized JSON.',
        "pass a sensitive variable's value, e.g. new TerraformVariable(stack, 'registry_api_key', { type: 'string', sensitive: true }).stringValue.");
    }
    // The registry host is the first path segment when it looks like a host (has a dot), as Docker reads it; the
    // provider's image_reference pattern allows no port.
    const first = imageReference.split('/')[0];
    const server = credentials.server ?? (imageReference.includes('/') && first.includes('.') ? first : undefined);
    if (server === undefined) {
      throw new ConfigurationError(this, `imageReference ${JSON.stringify(imageReference)} names no registry host for registryCredentials.`, 'set registryCredentials.server, e.g. "us.icr.io".');
    }
    return new CodeEngineSecret(this, 'RegistrySecret', {
      projectId: this.project.projectId,
      name: checkName(this, IMAGE_SECRET_NAME, physicalName(this, CODE_ENGINE_NAME_RULES, `${this.node.id}-registry`)),
      format: 'registry',
      data: { server, username: credentials.username ?? 'iamapikey', password: credentials.password },
      provider: this.placement.provider,
    });
  }

  private validateSize() {
    const cpu = this.props.cpu ?? '1';
    const memory = this.props.memory ?? '4G';
    if (!(cpu in CPU_MEMORY)) {
      throw new ConfigurationError(this, `cpu ${JSON.stringify(cpu)} is not a Code Engine vCPU size.`, `use one of ${Object.keys(CPU_MEMORY).join(', ')}.`);
    }
    if (!CPU_MEMORY[cpu].includes(memory)) {
      throw new ConfigurationError(this, `memory ${JSON.stringify(memory)} is not allowed with cpu ${cpu}.`, `use one of ${CPU_MEMORY[cpu].join(', ')} with ${cpu} vCPU.`);
    }
    return { cpu, memory };
  }
}
