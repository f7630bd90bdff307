import { Construct } from 'constructs';
import { CodeEngineJob } from '../generated/providers/ibm/code-engine-job';
import { CodeEngineResizeComponent, CodeEngineResizeProps } from './code-engine-resize';
import { checkedJobSettings, CodeEngineJobOptions, renderJob } from './code-engine-workloads';
import { JOB_COMPONENT_KIND } from './code-engine-component';

export interface ResizeJobProps extends CodeEngineResizeProps, CodeEngineJobOptions {}

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
      ...JOB_COMPONENT_KIND,
      name: props?.jobName,
    });
    this.jobName = this.componentName;
    this.job = renderJob(this, this.jobName, this.workloadImage(), checkedJobSettings(this, props));
    this.attachWorkload(this.job);
  }
}
