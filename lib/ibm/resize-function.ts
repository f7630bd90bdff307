import { Construct } from 'constructs';
import { CodeEngineApp } from '../generated/providers/ibm/code-engine-app';
import { CodeEngineResizeComponent, CodeEngineResizeProps } from './code-engine-resize';
import { checkedAppSettings, CODE_ENGINE_APP_PORT, CODE_ENGINE_APP_PROBES, CodeEngineAppOptions, renderApp } from './code-engine-workloads';
import { APP_COMPONENT_KIND } from './code-engine-component';

/** The port the packaged server listens on (Code Engine's default `image_port`, passed as PORT). */
export const RESIZE_APP_PORT = CODE_ENGINE_APP_PORT;

/** The app's readiness and liveness probes (see {@link CODE_ENGINE_APP_PROBES}). */
export const RESIZE_APP_PROBES = CODE_ENGINE_APP_PROBES;

export interface ResizeFunctionProps extends CodeEngineResizeProps, CodeEngineAppOptions {}

/**
 * The packaged image-resize code as a Code Engine app: each COS event arrives as a CloudEvents POST, instances scale
 * with the event rate (to zero when idle). The default Code Engine target; see {@link ResizeJob} for one job run per event.
 * Each instance holds a decoded image per request, so `concurrency` defaults to 4.
 */
export class ResizeFunction extends CodeEngineResizeComponent {
  public readonly appName: string;
  public readonly app: CodeEngineApp;

  constructor(scope: Construct, id: string, props: ResizeFunctionProps) {
    super(scope, id, props, {
      ...APP_COMPONENT_KIND,
      name: props?.appName,
    });
    this.appName = this.componentName;
    this.app = renderApp(this, this.appName, this.workloadImage(), checkedAppSettings(this, props, 4));
    this.attachWorkload(this.app);
  }
}
