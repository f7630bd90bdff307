import { Construct } from 'constructs';
import { checkEnvironmentNames, checkEnvironmentSize } from '../core/environment';
import { ConfigurationError } from '../core/errors';
import { BoundEventKind } from '../core/function-bindings';
import { dashedNameRules, physicalName } from '../core/names';
import { escapeTerraformTemplate, isLiteral } from '../core/tokens';
import { CodeEngineImageBuild, CodeEngineBuildSize } from './code-engine-build';
import { CodeEngineComponent, CodeEngineComponentKind, CodeEngineComponentProps } from './code-engine-component';
import { WorkloadImage } from './code-engine-workloads';
import { IbmCosEvent } from './cos-events';
import { CosNotificationBinding } from './handler';
import { checkName, CODE_ENGINE_BUILD_NAME } from './naming';
import { CodeEngineNodejsRuntime, CodeEngineNodejsRuntimeVersion, NodejsBundlingOptions, prepareNodejsImage } from './nodejs-image';

/** An image repository without tag or digest, e.g. `us.icr.io/my-namespace/audit`. */
const IMAGE_REPOSITORY = /^(?=.{1,200}$)[a-z0-9][a-z0-9\-_.]+[a-z0-9]\/([a-z0-9][a-z0-9\-_]+[a-z0-9]\/)?[a-z0-9][a-z0-9\-_./]*[a-z0-9]$/;

/** What a Node.js app and job take besides their scaling: the code, how it is bundled, and where its image goes. */
export interface NodejsCodeProps extends CodeEngineComponentProps {
  /** The handler's source file, e.g. `path.join(__dirname, 'src/audit.ts')`; bundled with esbuild at synth. */
  readonly entry: string;
  /**
   * The export of `entry` called with each delivery (`(delivery: ibm.CodeEngineDelivery) => unknown`, from
   * `evented-buckets/runtime`); it resolves when done and throws to have the event delivered again.
   * @default 'handler'
   */
  readonly handler?: string;
  /** The Node.js version of the image. @default CodeEngineNodejsRuntime.NODEJS_22 */
  readonly runtime?: CodeEngineNodejsRuntimeVersion;
  /** @default bundle everything, ship no node_modules, no minification, no source map */
  readonly bundling?: NodejsBundlingOptions;
  /**
   * Where Code Engine pushes the image it builds, without a tag, e.g. `us.icr.io/my-namespace/audit`: the tag is the
   * hash of the build context, so a change of code or packages builds and deploys a new image. The registry secret
   * (`registryCredentials`, or `imageSecret` in a project made elsewhere) must be allowed to push there.
   */
  readonly imageRepository: string;
  /** Name of the Code Engine build configuration. @default derived from the construct path */
  readonly buildName?: string;
  /** CPU and memory of the build. @default 'medium' */
  readonly buildSize?: CodeEngineBuildSize;
  /** Seconds the build may take, 1-3600. @default 900 */
  readonly buildTimeout?: number;
}

const BUILD_SIZES: readonly CodeEngineBuildSize[] = ['small', 'medium', 'large', 'xlarge', 'xxlarge'];

/**
 * The user's Node.js code as a Code Engine component, the image built by Code Engine from a context written at synth
 * (see {@link CodeEngineImageBuild}). A notification binds it for the events its type reports (`write` → created,
 * `delete` → removed, `all` → both), which the recursion check compares with what it is granted; it needs no grant.
 */
export abstract class NodejsCodeComponent extends CodeEngineComponent {
  /** The image build: the context asset, the build configuration and the build run. */
  public readonly image: CodeEngineImageBuild;
  /** The built image with its content tag. */
  public readonly imageReference: string;

  protected constructor(scope: Construct, id: string, private readonly codeProps: NodejsCodeProps, kind: Omit<CodeEngineComponentKind, 'purpose' | 'imageProp' | 'missingImageFix'>) {
    super(scope, id, codeProps, {
      ...kind,
      purpose: 'handles its bucket notifications, holding only the object grants given to it',
      imageProp: 'imageRepository',
      missingImageFix: 'pass the IBM Container Registry repository Code Engine pushes the built image to, e.g. "us.icr.io/my-namespace/audit".',
    }, codeProps?.imageRepository);
    const props = codeProps;
    if (typeof props.entry !== 'string') {
      throw new ConfigurationError(this, 'entry is missing.', 'pass the handler\'s source file, e.g. path.join(__dirname, "src/handler.ts").');
    }
    if (!IMAGE_REPOSITORY.test(props.imageRepository)) {
      throw new ConfigurationError(this, `imageRepository ${JSON.stringify(props.imageRepository)} is not a registry repository without tag.`,
        'pass a repository such as "us.icr.io/my-namespace/audit" (lower case, no ":tag"): the construct tags each build with its content hash.');
    }
    // Code Engine pushes builds of local source only to IBM Container Registry (its docs, "Creating a build
    // configuration with the CLI (with local source)").
    if (!/^([a-z0-9-]+\.)?icr\.io$/.test(props.imageRepository.split('/')[0])) {
      throw new ConfigurationError(this, `imageRepository ${JSON.stringify(props.imageRepository)} is not in IBM Container Registry; Code Engine pushes builds of uploaded source only there.`,
        'use a repository such as "us.icr.io/<namespace>/<name>" (or "icr.io/...").');
    }
    if (this.imageSecretName === undefined) {
      throw new ConfigurationError(this, 'No registry secret: Code Engine pushes the image it builds with one, and pulls it with it.',
        'pass registryCredentials (an API key allowed to push to the namespace), or imageSecret for a project made elsewhere that has one.');
    }
    const size = props.buildSize ?? 'medium';
    if (!BUILD_SIZES.includes(size)) {
      throw new ConfigurationError(this, `buildSize ${JSON.stringify(size)} is unknown.`, `use one of ${BUILD_SIZES.join(', ')}.`);
    }
    const context = prepareNodejsImage(this, { entry: props.entry, handler: props.handler ?? 'handler', runtime: props.runtime ?? CodeEngineNodejsRuntime.NODEJS_22, bundling: props.bundling });
    this.imageReference = `${props.imageRepository}:${context.sha256.slice(0, 16)}`;
    this.image = new CodeEngineImageBuild(this, 'Image', {
      project: this.project,
      name: checkName(this, CODE_ENGINE_BUILD_NAME, props.buildName ?? physicalName(this, dashedNameRules(63, true), `${this.node.id}-build`)),
      contextDir: context.dir,
      contextHash: context.sha256.slice(0, 32).toUpperCase(),
      outputImage: this.imageReference,
      outputSecret: this.imageSecretName,
      size,
      timeoutSeconds: this.checkRange('buildTimeout', props.buildTimeout ?? 900, 1, 3600),
      dependsOn: this.registrySecret ? [this.registrySecret] : undefined,
      provider: this.placement.provider,
    });
  }

  protected bindEvents(binding: CosNotificationBinding): void {
    this.bindings.bind({ ...binding, kinds: kindsOf(binding.eventType) });
  }

  /** What the app or job runs: the built image, pulled with the registry secret, once the build run has pushed it. */
  protected workloadImage(): WorkloadImage {
    return {
      imageReference: this.imageReference,
      imageSecret: this.imageSecretName,
      environment: (timeout) => this.environmentVariables(timeout),
      dependsOn: [this.image.run],
    };
  }

  /**
   * The component's `run_env_variables`: the user's (checked against Code Engine's rules; `${` in a value reaches the
   * code literally) and what every component gets.
   */
  protected environmentVariables(timeoutSeconds: number): { type: string; name: string; value: string }[] {
    const user = this.codeProps.environment ?? {};
    const own = this.ownVariables(timeoutSeconds);
    checkEnvironmentNames(this, user, this.environmentRules, [...Object.keys(own), ...this.platformVariables]);
    const escaped = Object.fromEntries(Object.entries(user).map(([name, value]) => [name, isLiteral(value) ? escapeTerraformTemplate(value) : value]));
    const env = { ...escaped, ...own };
    // Parts known only at plan time (references) are left out of the count, and the error names them.
    checkEnvironmentSize(this, env, this.environmentRules);
    return CodeEngineComponent.literalVariables(env);
  }
}

/** The neutral kinds a notification of a COS event type reports. */
function kindsOf(eventType: string): BoundEventKind[] {
  if (eventType === IbmCosEvent.WRITE) return ['created'];
  if (eventType === IbmCosEvent.DELETE) return ['removed'];
  return ['created', 'removed'];
}
