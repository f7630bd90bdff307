import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IamAuthorizationPolicy } from '../generated/providers/ibm/iam-authorization-policy';
import { pathHash } from '../core/names';
import { ICosInstance } from './cos-instance';

/** The IAM role a notification source needs on a COS instance. */
export const NOTIFICATIONS_MANAGER_ROLE = 'Notifications Manager';

export interface TriggerRoleProps {
  /** The IAM service that receives the events: `codeengine` or `functions`. */
  readonly sourceService: 'codeengine' | 'functions';
  /** The source instance: the Code Engine project ID, or the Cloud Functions namespace ID. */
  readonly sourceInstanceId: string;
  /** The COS instance whose buckets send the events. */
  readonly cosInstance: ICosInstance;
  readonly provider?: TerraformProvider;
}

/**
 * Service-to-service authorization on IBM Cloud: the event consumer (a Code Engine project, or a Cloud Functions
 * namespace) gets the `Notifications Manager` role on the COS instance, which lets it write the bucket's
 * notification configuration. Without it, creating a COS subscription (or a Functions COS trigger) fails.
 * IAM allows one such policy per source and target, so each project or namespace keeps one per COS instance.
 * Only account administrators (or users with IAM Administrator on both services) can create it.
 */
export class TriggerRole extends Construct {
  /**
   * The authorization of `source` (the project or namespace construct) on a COS instance: IAM keeps one per source
   * and target, so every notification from that instance shares the one created first.
   */
  public static forCosInstance(source: Construct, props: TriggerRoleProps): TriggerRole {
    const id = `NotificationsAuthorization-${pathHash(props.cosInstance)}`;
    return (source.node.tryFindChild(id) as TriggerRole | undefined) ?? new TriggerRole(source, id, props);
  }

  public readonly policy: IamAuthorizationPolicy;

  constructor(scope: Construct, id: string, props: TriggerRoleProps) {
    super(scope, id);
    this.policy = new IamAuthorizationPolicy(this, 'Policy', {
      sourceServiceName: props.sourceService,
      sourceResourceInstanceId: props.sourceInstanceId,
      targetServiceName: 'cloud-object-storage',
      targetResourceInstanceId: props.cosInstance.guid,
      roles: [NOTIFICATIONS_MANAGER_ROLE],
      description: `Lets ${props.sourceService} ${scope.node.path} receive object events from COS instance ${props.cosInstance.node.path}.`,
      provider: props.provider,
    });
  }
}
