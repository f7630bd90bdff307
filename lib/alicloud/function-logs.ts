import { TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { LogProject } from '../generated/providers/alicloud/log-project';
import { LogStore } from '../generated/providers/alicloud/log-store';
import { ConfigurationError } from '../core/errors';
import { dashedNameRules, physicalName } from '../core/names';
import { stackSingleton } from '../core/placement';
import { AlicloudPlacement, resolvePlacement } from './context';
import type { FunctionLogConfig } from './execution-role';
import { checkName, LOG_PROJECT_NAME, LOGSTORE_NAME } from './naming';

export interface FunctionLogStoreProps extends AlicloudPlacement {
  /**
   * Simple Log Service project name: 3-63 lower-case letters, digits and hyphens, unique across Alibaba Cloud.
   * @default `<stack>-fc-logs-<hash>-<account ID>`: unique per stack, region and account
   */
  readonly projectName?: string;
  /** @default 'function-logs' */
  readonly logstoreName?: string;
  /** Days logs are kept, 1-3650 (3650: forever). @default 30 */
  readonly retentionDays?: number;
}

/**
 * A Simple Log Service project and logstore for Function Compute logs, in the region of its provider (FC writes
 * only to a logstore in the function's region). Asynchronous (OSS-triggered) invocations report failures nowhere
 * else. `ResizeFunction` uses the stack's own (`FunctionLogStore.of`) unless given a `logConfig`.
 */
export class FunctionLogStore extends Construct {
  /** The stack's log store for this provider configuration, created on first use with the defaults. */
  public static of(scope: IConstruct, provider?: TerraformProvider): FunctionLogStore {
    return stackSingleton(scope, 'FunctionLogStore', (stack, id) => new FunctionLogStore(stack, id, { provider }), provider);
  }

  public readonly project: LogProject;
  public readonly logstore: LogStore;
  /** For `ResizeFunction({ logConfig })`: references, so functions are created after the logstore. */
  public readonly config: FunctionLogConfig;

  constructor(scope: Construct, id: string, props: FunctionLogStoreProps = {}) {
    super(scope, id);
    const placement = resolvePlacement(this, props);
    const stackId = this.node.path.split('/')[0];
    // Project names are global across all accounts, like bucket names: the default ends in the account ID.
    const projectName = checkName(this, LOG_PROJECT_NAME, props.projectName ??
      `${physicalName(this, dashedNameRules(46), `${stackId}-fc-logs`, placement.literalRegion)}-${placement.accountId}`);
    const logstoreName = checkName(this, LOGSTORE_NAME, props.logstoreName ?? 'function-logs');
    const retention = props.retentionDays ?? 30;
    if (!Number.isInteger(retention) || retention < 1 || retention > 3650) {
      throw new ConfigurationError(this, `retentionDays ${retention} is out of range.`, 'use a whole number of days from 1 to 3650.');
    }
    this.project = new LogProject(this, 'Project', {
      projectName,
      description: `Function Compute logs of stack ${stackId}.`,
      provider: placement.provider,
    });
    this.logstore = new LogStore(this, 'Logstore', {
      projectName: this.project.projectName,
      logstoreName,
      retentionPeriod: retention,
      shardCount: 2,
      // Shards split under an upload burst instead of throttling log writes.
      autoSplit: true,
      maxSplitShardCount: 64,
      appendMeta: true,
      provider: placement.provider,
    });
    this.config = { project: this.project.projectName, logstore: this.logstore.logstoreName };
  }
}
