import { Construct } from 'constructs';
import { ResizeConfig } from '../../functions/resize/src/config';
import { ObjectAccess } from '../core/grants';
import { ResizeFunctionOptions, ResizeWiring } from '../core/resize-wiring';
import { CodeEngineComponent, CodeEngineComponentKind, CodeEngineComponentProps } from './code-engine-component';
import { IEventedBucket } from './evented-bucket';
import { CosNotificationBinding } from './handler';
import { CODE_ENGINE_IMAGE_USER, WorkloadImage } from './code-engine-workloads';
import { COS_ROLES_BY_ACCESS } from './trusted-profile';

/** What the resize app and job share: the image, the project, the instance size, the COS endpoint and the resizing. */
export interface CodeEngineResizeProps extends CodeEngineComponentProps, ResizeFunctionOptions<IEventedBucket> {
  /**
   * The image to run, built from `functions/resize/ibm` (see docs/ibm.md), e.g. `us.icr.io/my-namespace/resize:1.0`.
   * Pin a tag or digest: Code Engine only picks up a new image when this value changes.
   */
  readonly imageReference: string;
}

/**
 * The packaged image-resize code as a Code Engine component: a {@link CodeEngineComponent} whose notifications go
 * through the resize wiring (destination, runtime guard filters, `Object Reader` on each notification's prefix), and
 * whose destination grant also reads (the code reads an existing output's metadata before it writes, so it never
 * overwrites a user's object).
 */
export abstract class CodeEngineResizeComponent extends CodeEngineComponent {
  private readonly wiring: ResizeWiring<IEventedBucket>;

  protected constructor(scope: Construct, id: string, private readonly resizeProps: CodeEngineResizeProps, kind: Omit<CodeEngineComponentKind, 'purpose'>) {
    super(scope, id, resizeProps, {
      ...kind,
      purpose: 'reads its notified buckets, writes its destination',
      missingImageFix: 'build the image from functions/resize/ibm (docs/ibm.md) and pass its reference, e.g. "us.icr.io/my-namespace/resize:1.0".',
    }, resizeProps?.imageReference);
    this.wiring = new ResizeWiring<IEventedBucket>(this, { ...resizeProps, bindings: this.bindings });
  }

  protected bindEvents(binding: CosNotificationBinding): void {
    this.wiring.bind(binding);
  }

  protected cosRoles(access: ObjectAccess): readonly string[] {
    // HEAD of an existing output before each write needs Object Reader on the destination.
    return access === ObjectAccess.WRITE ? ['Object Reader', ...COS_ROLES_BY_ACCESS[ObjectAccess.WRITE]] : super.cosRoles(access);
  }

  /** The runtime configuration: exactly the filters the subscriptions were given. */
  public get resizeConfig(): ResizeConfig {
    return this.wiring.config();
  }

  /** What the app or job runs: the given image, pulled with the registry secret if there is one. */
  protected workloadImage(): WorkloadImage {
    return {
      imageReference: this.resizeProps.imageReference,
      imageSecret: this.imageSecretName,
      environment: (timeout) => this.environmentVariables(timeout),
    };
  }

  /** The component's `run_env_variables`: the user's, the runtime configuration, and what every component gets. */
  protected environmentVariables(timeoutSeconds: number): { type: string; name: string; value: string }[] {
    const env = this.wiring.environment(this.environmentRules, this.resizeProps.environment, this.ownVariables(timeoutSeconds), this.platformVariables);
    return CodeEngineComponent.literalVariables(env);
  }
}

/** The user the resize image runs as (see {@link CODE_ENGINE_IMAGE_USER}). */
export const RESIZE_IMAGE_USER = CODE_ENGINE_IMAGE_USER;
