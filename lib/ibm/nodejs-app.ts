import { Construct } from 'constructs';
import { CodeEngineApp } from '../generated/providers/ibm/code-engine-app';
import { checkedAppSettings, CodeEngineAppOptions, renderApp } from './code-engine-workloads';
import { NodejsCodeComponent, NodejsCodeProps } from './nodejs-component';
import { APP_COMPONENT_KIND } from './code-engine-component';

export interface NodejsAppProps extends NodejsCodeProps, CodeEngineAppOptions {}

/**
 * The user's Node.js handler as a Code Engine app: each COS event arrives as a CloudEvents POST, which the image's
 * server hands to the handler (200 when it resolves, 500 when it throws, so Code Engine redelivers); instances scale
 * with the event rate, to zero when idle. Bind it with `bucket.onObjectCreated(app, { prefix })` or
 * `onObjectRemoved`, and grant it what it touches with `bucket.grantRead(app, 'prefix/*')` and the like.
 *
 * ```ts
 * const audit = new ibm.NodejsApp(this, 'Audit', {
 *   entry: path.join(__dirname, 'src/audit.ts'),
 *   imageRepository: 'us.icr.io/my-namespace/audit',
 *   registryCredentials: { password: registryApiKey.stringValue },
 * });
 * bucket.onObjectRemoved(audit, { prefix: 'uploads/' });
 * bucket.grantWrite(audit, 'audit/*');
 * ```
 */
export class NodejsApp extends NodejsCodeComponent {
  public readonly appName: string;
  public readonly app: CodeEngineApp;

  constructor(scope: Construct, id: string, props: NodejsAppProps) {
    super(scope, id, props, {
      ...APP_COMPONENT_KIND,
      name: props?.appName,
    });
    this.appName = this.componentName;
    this.app = renderApp(this, this.appName, this.workloadImage(), checkedAppSettings(this, props, 10));
    this.attachWorkload(this.app);
  }
}
