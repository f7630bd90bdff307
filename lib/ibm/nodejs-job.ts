import { Construct } from 'constructs';
import { CodeEngineJob } from '../generated/providers/ibm/code-engine-job';
import { checkedJobSettings, CodeEngineJobOptions, renderJob } from './code-engine-workloads';
import { NodejsCodeComponent, NodejsCodeProps } from './nodejs-component';
import { JOB_COMPONENT_KIND } from './code-engine-component';

export interface NodejsJobProps extends NodejsCodeProps, CodeEngineJobOptions {}

/**
 * The user's Node.js handler as a Code Engine job: each COS event starts one job run, which hands the event
 * (`CE_DATA`, `CE_TYPE`, ...) to the handler and exits 0 when it resolves, 1 when it throws (Code Engine then reruns
 * it up to `retryLimit` times). For a low event rate; {@link NodejsApp} otherwise.
 */
export class NodejsJob extends NodejsCodeComponent {
  public readonly jobName: string;
  public readonly job: CodeEngineJob;

  constructor(scope: Construct, id: string, props: NodejsJobProps) {
    super(scope, id, props, {
      ...JOB_COMPONENT_KIND,
      name: props?.jobName,
    });
    this.jobName = this.componentName;
    this.job = renderJob(this, this.jobName, this.workloadImage(), checkedJobSettings(this, props));
    this.attachWorkload(this.job);
  }
}
