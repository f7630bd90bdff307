import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { CodeEngineJob } from '../generated/providers/ibm/code-engine-job';
import { CodeEngineResizeComponent, CodeEngineResizeProps, RESIZE_IMAGE_USER } from './code-engine-resize';
import { CODE_ENGINE_JOB_NAME } from './naming';

/**
 * Code Engine refuses a job whose spec exceeds 10 KiB, and the environment variables are most of it: 8 KiB for them
 * leaves room for the name, image and settings.
 */
export const CODE_ENGINE_JOB_ENVIRONMENT_BYTES = 8_192;

export interface ResizeJobProps extends CodeEngineResizeProps {
  /** Code Engine job name. @default derived from the construct path */
  readonly jobName?: string;
  /** Seconds one job run (one event) may take, 1-86400. @default 600 */
  readonly maxExecutionTime?: number;
  /**
   * Reruns of a failed job run (storage errors exit non-zero), 1-5. 0 cannot be expressed: the provider drops a zero
   * `scale_retry_limit` and Code Engine then applies its default, 3.
   * @default 3
   */
  readonly retryLimit?: number;
}

/**
 * The packaged image-resize code as a Code Engine job: each COS event starts one job run with the event in `CE_DATA`.
 * Nothing runs between events and each image gets a fresh instance, but a run starts slower than an app request and
 * Code Engine keeps at most 100 job runs per project (subscription runs are deleted after 10 minutes): choose a job
 * only for a low event rate, and {@link ResizeFunction} (an app) otherwise.
 */
export class ResizeJob extends CodeEngineResizeComponent {
  public readonly jobName: string;
  public readonly job: CodeEngineJob;

  constructor(scope: Construct, id: string, props: ResizeJobProps) {
    super(scope, id, props, {
      destinationType: 'job',
      componentType: 'job',
      nameRule: CODE_ENGINE_JOB_NAME,
      name: props?.jobName,
      environmentRules: { service: 'Code Engine', maxBytes: CODE_ENGINE_JOB_ENVIRONMENT_BYTES, reservedPrefixes: ['CE_'] },
      platformVariables: ['JOB_INDEX', 'JOB_ARRAY_SIZE', 'JOB_INDEX_RETRY_COUNT'],
    });
    this.jobName = this.componentName;
    this.job = new CodeEngineJob(this, 'Job', {
      projectId: this.project.projectId,
      name: this.jobName,
      imageReference: props.imageReference,
      imageSecret: this.imageSecretName,
      // Task mode: each run handles its event and exits; the exit code decides whether Code Engine reruns it.
      runMode: 'task',
      runComputeResourceTokenEnabled: true,
      // The provider's default 0 is root, and Code Engine's run_as_user overrides the image's USER.
      runAsUser: RESIZE_IMAGE_USER,
      runEnvVariables: this.environmentVariables(),
      scaleCpuLimit: this.size.cpu,
      scaleMemoryLimit: this.size.memory,
      scaleMaxExecutionTime: this.checkRange('maxExecutionTime', props.maxExecutionTime ?? 600, 1, 86_400),
      scaleRetryLimit: this.checkRange('retryLimit', props.retryLimit ?? 3, 1, 5,
        ' (Code Engine allows 0-5, but the provider sends no retry limit of 0, so Code Engine would apply 3)'),
      dependsOn: [this.identity.link],
      provider: this.placement.provider,
    });
  }

  protected get component(): ITerraformDependable {
    return this.job;
  }
}
