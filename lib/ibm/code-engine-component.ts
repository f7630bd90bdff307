import { ITerraformDependable, Lazy, Op, Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { COS_ENDPOINT_ENV, FUNCTION_TIMEOUT_ENV, TRUSTED_PROFILE_ENV } from '../runtime/ibm-contract';
import { EnvironmentRules } from '../core/environment';
import { ConfigurationError } from '../core/errors';
import { FunctionBindings } from '../core/function-bindings';
import { ObjectAccess } from '../core/grants';
import { physicalName } from '../core/names';
import { isLiteral } from '../core/tokens';
import { CodeEngineSecret } from '../generated/providers/ibm/code-engine-secret';
import { IamTrustedProfilePolicy } from '../generated/providers/ibm/iam-trusted-profile-policy';
import { CodeEngineProject, ICodeEngineProject } from './code-engine-project';
import { IbmPlacement, ResolvedIbmPlacement, resolveIbmPlacement } from './context';
import { CosSubscription } from './cos-subscription';
import { cosEndpoint, IEventedBucket } from './evented-bucket';
import { CosNotificationBinding, ICosEventHandler, ICosObjectGrantee } from './handler';
import { checkName, CODE_ENGINE_APP_NAME, CODE_ENGINE_JOB_NAME, CODE_ENGINE_MAX_COS_SUBSCRIPTIONS, CODE_ENGINE_NAME_RULES, CODE_ENGINE_SUBSCRIPTION_NAME, IMAGE_REFERENCE, IMAGE_SECRET_NAME, NameRule } from './naming';
import { CODE_ENGINE_ENVIRONMENT_RULES } from './checks';
import { checkRange, CODE_ENGINE_JOB_ENVIRONMENT_BYTES } from './code-engine-workloads';
import { CodeEngineTrustedProfile, COS_ROLES_BY_ACCESS, TrustedProfilePolicyOptions } from './trusted-profile';

/** Environment variables the code reads, as the runtime defines them. */
export { COS_ENDPOINT_ENV as IBM_COS_ENDPOINT_ENV, FUNCTION_TIMEOUT_ENV as IBM_FUNCTION_TIMEOUT_ENV, TRUSTED_PROFILE_ENV as IBM_TRUSTED_PROFILE_ENV };

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

/** How the project pulls (and a Code Engine build pushes) a private image: the construct turns these into a registry secret of the project. */
export interface RegistryCredentials {
  /**
   * The password or API key. Must be a Terraform reference, e.g. `new TerraformVariable(this, 'registry_api_key',
   * { type: 'string', sensitive: true }).stringValue`: a literal would be written into the synthesized JSON.
   * For IBM Container Registry, an API key whose identity may read (and, for a build, write) the image's namespace.
   */
  readonly password: string;
  /** @default 'iamapikey' (IBM Container Registry with an API key) */
  readonly username?: string;
  /** The registry host. @default the host of the image reference, e.g. `us.icr.io` */
  readonly server?: string;
}

/** What every Code Engine component takes: the project, its identity, the instance size, the COS endpoint and the environment. */
export interface CodeEngineComponentProps extends IbmPlacement {
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
  /** Name of the registry secret created from `registryCredentials`. @default derived from the construct path */
  readonly registrySecretName?: string;
  /** @default a new project for this component */
  readonly project?: ICodeEngineProject;
  /** Name of the project created when no `project` is given. @default derived from the construct path */
  readonly projectName?: string;
  /** Name of the trusted profile the code runs as. @default derived from the construct path */
  readonly profileName?: string;
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

/** What every app component shares: subscriptions deliver to it as an app, the link names it an application. */
export const APP_COMPONENT_KIND = {
  destinationType: 'app',
  componentType: 'application',
  nameRule: CODE_ENGINE_APP_NAME,
  environmentRules: CODE_ENGINE_ENVIRONMENT_RULES,
  platformVariables: ['PORT'],
} as const satisfies Omit<CodeEngineComponentKind, 'purpose' | 'name'>;

/** What every job component shares; Code Engine sets the `JOB_*` variables in each run. */
export const JOB_COMPONENT_KIND = {
  destinationType: 'job',
  componentType: 'job',
  nameRule: CODE_ENGINE_JOB_NAME,
  environmentRules: { ...CODE_ENGINE_ENVIRONMENT_RULES, maxBytes: CODE_ENGINE_JOB_ENVIRONMENT_BYTES },
  platformVariables: ['JOB_INDEX', 'JOB_ARRAY_SIZE', 'JOB_INDEX_RETRY_COUNT'],
} as const satisfies Omit<CodeEngineComponentKind, 'purpose' | 'name'>;

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
  /** The trusted profile's description: what the code does. */
  readonly purpose: string;
  /** The prop that names the image, for the error when it is missing. @default 'imageReference' */
  readonly imageProp?: string;
  /** How to fix a missing image. @default 'pass it.' */
  readonly missingImageFix?: string;
}

/** The resource of an app or a job, as far as the component needs it. */
export interface CodeEngineWorkload extends ITerraformDependable {
  /** The `name` attribute: a reference, so a rename through an escape hatch reaches the profile link and the subscriptions. */
  readonly name: string;
}

/**
 * Code in a Code Engine app or job that COS subscriptions deliver events to. It runs as a trusted profile (no secret
 * anywhere): the component gets a compute-resource token, and the profile trusts only this component and holds what
 * it was granted, each through an IAM condition on the keys. Each notification becomes a COS subscription created by
 * the `ibmcloud` CLI after the `codeengine` → COS `Notifications Manager` authorization exists (see {@link CosSubscription}).
 * Subclasses render the app or job (`attachWorkload`) and decide what a notification binds (`bindEvents`).
 */
export abstract class CodeEngineComponent extends Construct implements ICosEventHandler, ICosObjectGrantee {
  /** The Code Engine name of the app or job, as chosen (the resource's `name` is {@link workload}`.name`). */
  public readonly componentName: string;
  public readonly placement: ResolvedIbmPlacement;
  public readonly project: ICodeEngineProject;
  public readonly identity: CodeEngineTrustedProfile;
  public readonly subscriptions: CosSubscription[] = [];
  /** The notifications that invoke the code and its object grants. */
  public readonly bindings: FunctionBindings<IEventedBucket>;
  /** The registry secret this construct created from `registryCredentials`. */
  public readonly registrySecret?: CodeEngineSecret;
  /** The validated vCPU and memory of one instance. */
  public readonly size: { readonly cpu: string; readonly memory: string };
  /** The registry secret the component pulls its image with, if any (a reference when the construct creates it). */
  protected readonly imageSecretName?: string;
  private readonly endpointType: 'public' | 'direct';
  /** The app or job resource and its `name` attribute, read once: each read of the attribute is a new token. */
  private attached?: { readonly resource: CodeEngineWorkload; readonly name: string };

  protected constructor(scope: Construct, id: string, private readonly componentProps: CodeEngineComponentProps, private readonly kind: CodeEngineComponentKind, imageReference: string | undefined) {
    super(scope, id);
    const props = componentProps ?? {};
    if (typeof imageReference !== 'string') {
      throw new ConfigurationError(this, `${kind.imageProp ?? 'imageReference'} is missing.`, kind.missingImageFix ?? 'pass it.');
    }
    this.project = props.project ?? new CodeEngineProject(this, 'Project', { provider: props.provider, region: props.region, resourceGroupId: props.resourceGroupId, projectName: props.projectName });
    this.placement = props.project ? this.project.placement : resolveIbmPlacement(this, props);
    if (props.project && props.projectName !== undefined) {
      throw new ConfigurationError(this, 'projectName is set, but the component runs in the given project.', 'drop projectName, or let the component create its project.');
    }
    if (props.project && props.provider && props.provider !== props.project.placement.provider) {
      throw new ConfigurationError(this, `provider differs from the provider of the given project; the ${kind.destinationType} is created in the project.`, 'drop `provider`, or use a project of that provider.');
    }
    checkName(this, IMAGE_REFERENCE, imageReference);
    if (props.imageSecret !== undefined) checkName(this, IMAGE_SECRET_NAME, props.imageSecret);
    if (props.registryCredentials) {
      this.registrySecret = this.createRegistrySecret(imageReference, props.registryCredentials, props.imageSecret);
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
      profileName: props.profileName,
      description: `Runs Code Engine ${kind.componentType} ${this.componentName} (${this.node.path}): ${kind.purpose}.`,
      provider: this.placement.provider,
    });
    this.bindings = new FunctionBindings<IEventedBucket>(this, {
      maxBindings: CODE_ENGINE_MAX_COS_SUBSCRIPTIONS,
      service: 'Code Engine',
      // One policy per bucket, access and prefix, limited to the prefix by an IAM condition.
      render: (access, bucket, prefix) => this.awaitedBySubscriptions(this.identity.grant(access, bucket.cosInstance, bucket.bucketName, prefix, this.cosRoles(access))),
    });
  }

  /** The app or job resource, once `attachWorkload` has been called. */
  public get workload(): CodeEngineWorkload {
    return this.attachedWorkload().resource;
  }

  /** The notifications' part of a binding: what the subclass records (resize wiring, or the bindings alone). */
  protected abstract bindEvents(binding: CosNotificationBinding): void;

  /** The COS roles a grant of `access` renders to. Subclasses whose code needs more say so here. */
  protected cosRoles(access: ObjectAccess): readonly string[] {
    return COS_ROLES_BY_ACCESS[access];
  }

  /** Records the app or job resource and lets the profile trust it by its `name` attribute. */
  protected attachWorkload(workload: CodeEngineWorkload): void {
    this.attached = { resource: workload, name: workload.name };
    this.identity.trust(this.project.crn, this.kind.componentType, this.attached.name);
  }

  private attachedWorkload(): { readonly resource: CodeEngineWorkload; readonly name: string } {
    if (!this.attached) throw new Error(`${this.node.path}: the ${this.kind.destinationType} resource is not rendered yet`);
    return this.attached;
  }

  /** Adds an IAM policy for anything beyond object grants (another service, a key, ...) to the code's trusted profile. */
  public addToPolicy(id: string, options: TrustedProfilePolicyOptions): IamTrustedProfilePolicy {
    return this.awaitedBySubscriptions(this.identity.addPolicy(id, options));
  }

  /** A policy added after a notification: its subscription, which waits for every right of the code, waits for this one too. */
  private awaitedBySubscriptions(policy: IamTrustedProfilePolicy): IamTrustedProfilePolicy {
    // The address as `depends_on` holds it (`type.name`), which cdktf and cdktn write alike.
    const address = `${policy.terraformResourceType}.${policy.friendlyUniqueId}`;
    for (const subscription of this.subscriptions) {
      const dependsOn = subscription.resource.dependsOn ?? [];
      if (!dependsOn.includes(address)) subscription.resource.dependsOn = [...dependsOn, address];
    }
    return policy;
  }

  public bindCosNotification(binding: CosNotificationBinding): void {
    const { bucket, scope } = binding;
    const name = checkName(scope, CODE_ENGINE_SUBSCRIPTION_NAME, binding.subscriptionName ?? physicalName(scope, CODE_ENGINE_NAME_RULES, `${this.node.id}-${bucket.node.id}`));
    this.bindEvents(binding);
    this.project.reserveSubscription(scope);
    const authorization = this.project.authorizationFor(bucket.cosInstance);
    const workload = this.attachedWorkload();
    const preconditions: Precondition[] = [];
    if (!isLiteral(this.project.region)) {
      preconditions.push({
        condition: Op.eq(this.project.region, bucket.region),
        errorMessage: `Bucket ${bucket.bucketName} (${bucket.node.path}) is in ${bucket.region}, but Code Engine project ${this.project.node.path} is not: COS subscriptions only reach a project in the bucket's region. Set the IBM provider's region (or the constructs' region) to ${bucket.region}.`,
      });
    }
    this.subscriptions.push(new CosSubscription(scope, 'Subscription', {
      projectId: this.project.projectId,
      region: this.project.region,
      resourceGroupId: this.project.resourceGroupId,
      name,
      destination: workload.name,
      destinationType: this.kind.destinationType,
      bucket: bucket.bucketName,
      eventType: binding.eventType,
      filter: binding.filter,
      dependsOn: [workload.resource, ...authorization, ...bucket.dependables, ...this.identity.dependables],
      preconditions,
    }));
  }

  /**
   * The variables every component gets besides the user's: the trusted profile, the COS endpoint of the buckets it
   * uses (one region), and its own timeout in seconds, from which the code derives its storage timeouts.
   */
  protected ownVariables(timeoutSeconds: number): Record<string, string> {
    const endpoint = Lazy.stringValue({
      produce: () => {
        const buckets = [...this.bindings.grants.map((g) => g.bucket), ...this.bindings.bindings.map((b) => b.bucket)];
        const regions = new Set(buckets.map((b) => b.region));
        if (regions.size > 1) {
          throw new ConfigurationError(this, `The function reads and writes buckets in several regions (${[...regions].join(', ')}); it uses one COS endpoint.`,
            'keep the buckets it is bound to and granted in one region.');
        }
        return cosEndpoint(buckets[0]?.region ?? this.placement.literalRegion ?? this.project.region, this.endpointType);
      },
    });
    return { [TRUSTED_PROFILE_ENV]: this.identity.profileId, [COS_ENDPOINT_ENV]: endpoint, [FUNCTION_TIMEOUT_ENV]: String(timeoutSeconds) };
  }

  /** The component's environment rules and the names Code Engine sets. */
  protected get environmentRules(): EnvironmentRules {
    return this.kind.environmentRules;
  }

  protected get platformVariables(): readonly string[] {
    return this.kind.platformVariables;
  }

  /** The component's `run_env_variables`: all literal, none secret (the code authenticates with its compute-resource token). */
  protected static literalVariables(env: Readonly<Record<string, string>>): { type: string; name: string; value: string }[] {
    return Object.entries(env).map(([name, value]) => ({ type: 'literal', name, value }));
  }

  /** Checks a whole-number setting against its range. */
  protected checkRange(name: string, value: number, lo: number, hi: number, why = ''): number {
    return checkRange(this, name, value, lo, hi, why);
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
      name: checkName(this, IMAGE_SECRET_NAME, this.componentProps.registrySecretName ?? physicalName(this, CODE_ENGINE_NAME_RULES, `${this.node.id}-registry`)),
      format: 'registry',
      data: { server, username: credentials.username ?? 'iamapikey', password: credentials.password },
      provider: this.placement.provider,
    });
  }

  private validateSize() {
    const cpu = this.componentProps.cpu ?? '1';
    const memory = this.componentProps.memory ?? '4G';
    if (!(cpu in CPU_MEMORY)) {
      throw new ConfigurationError(this, `cpu ${JSON.stringify(cpu)} is not a Code Engine vCPU size.`, `use one of ${Object.keys(CPU_MEMORY).join(', ')}.`);
    }
    if (!CPU_MEMORY[cpu].includes(memory)) {
      throw new ConfigurationError(this, `memory ${JSON.stringify(memory)} is not allowed with cpu ${cpu}.`, `use one of ${CPU_MEMORY[cpu].join(', ')} with ${cpu} vCPU.`);
    }
    return { cpu, memory };
  }
}
