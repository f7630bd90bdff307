import { ITerraformDependable, Lazy, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IamTrustedProfile } from '../generated/providers/ibm/iam-trusted-profile';
import { IamTrustedProfileLink } from '../generated/providers/ibm/iam-trusted-profile-link';
import { IamTrustedProfilePolicy } from '../generated/providers/ibm/iam-trusted-profile-policy';
import { ObjectAccess } from '../core/grants';
import { dashedNameRules, pathHash, physicalName } from '../core/names';
import { ICosInstance } from './cos-instance';
import { checkName, TRUSTED_PROFILE_NAME } from './naming';

/** COS service roles: `Content Reader` reads objects (and their metadata); `Writer` also writes them. */
export const COS_READ_ROLE = 'Content Reader';
export const COS_WRITE_ROLE = 'Writer';

export interface CodeEngineTrustedProfileProps {
  /** CRN of the Code Engine project the component runs in. */
  readonly projectCrn: string;
  /** The app (or job) that may assume the profile. */
  readonly componentName: string;
  readonly componentType: 'application' | 'job';
  /** @default derived from the construct path */
  readonly profileName?: string;
  readonly provider?: TerraformProvider;
}

/**
 * The identity the resize code runs as, without any secret: an IAM trusted profile that trusts exactly one Code
 * Engine component (link `cr_type = CE`). The app gets a compute-resource token mounted
 * (`run_compute_resource_token_enabled`) and exchanges it at IAM for an access token of this profile. The profile
 * holds one policy per bucket: `Content Reader` on buckets the function only reads, `Writer` where it writes.
 */
export class CodeEngineTrustedProfile extends Construct {
  public readonly profile: IamTrustedProfile;
  public readonly link: IamTrustedProfileLink;
  /** The profile ID the code asks IAM for (`profile_id` of the cr-token grant). */
  public readonly profileId: string;
  private readonly grants = new Map<string, { cos: ICosInstance; bucketName: string; access: Set<ObjectAccess>; policy: IamTrustedProfilePolicy }>();
  private readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: CodeEngineTrustedProfileProps) {
    super(scope, id);
    this.provider = props.provider;
    const name = checkName(this, TRUSTED_PROFILE_NAME, props.profileName ?? physicalName(this, dashedNameRules(48)));
    this.profile = new IamTrustedProfile(this, 'Profile', {
      name,
      description: `Runs Code Engine ${props.componentType} ${props.componentName} (${scope.node.path}): reads its notified buckets, writes its destination.`,
      provider: props.provider,
    });
    this.profileId = this.profile.profileId;
    this.link = new IamTrustedProfileLink(this, 'Link', {
      profileId: this.profile.profileId,
      crType: 'CE',
      name: props.componentName,
      link: { crn: props.projectCrn, componentType: props.componentType, componentName: props.componentName },
      provider: props.provider,
    });
  }

  /** Allows reading (or writing) the objects of a bucket. */
  public grant(access: ObjectAccess, cos: ICosInstance, bucketName: string): void {
    const key = `${cos.node.path}\0${bucketName}`;
    let entry = this.grants.get(key);
    if (entry === undefined) {
      const access = new Set<ObjectAccess>();
      const policy = new IamTrustedProfilePolicy(this, `Bucket-${pathHash(cos)}-${pathHash(this, 8, bucketName)}`, {
        iamId: this.profile.iamId,
        roles: Lazy.listValue({ produce: () => (access.has(ObjectAccess.WRITE) ? [COS_WRITE_ROLE] : [COS_READ_ROLE]) }),
        resources: { service: 'cloud-object-storage', resourceInstanceId: cos.guid, resourceType: 'bucket', resource: bucketName },
        description: `Objects of bucket ${bucketName} for ${this.node.path}.`,
        provider: this.provider,
      });
      entry = { cos, bucketName, access, policy };
      this.grants.set(key, entry);
    }
    entry.access.add(access);
  }

  /** Everything the component needs before it first uses the profile. */
  public get dependables(): ITerraformDependable[] {
    return [this.link, ...[...this.grants.values()].map((g) => g.policy)];
  }
}
