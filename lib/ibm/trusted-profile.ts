import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IamTrustedProfile } from '../generated/providers/ibm/iam-trusted-profile';
import { IamTrustedProfileLink } from '../generated/providers/ibm/iam-trusted-profile-link';
import { IamTrustedProfilePolicy } from '../generated/providers/ibm/iam-trusted-profile-policy';
import { ConfigurationError } from '../core/errors';
import { ObjectAccess } from '../core/grants';
import { dashedNameRules, pathHash, physicalName } from '../core/names';
import { ICosInstance } from './cos-instance';
import { checkName, escapeTerraformTemplate, TRUSTED_PROFILE_NAME } from './naming';

/**
 * COS service roles the profile gets, each limited by a path condition to the keys it needs. `Content Reader`
 * downloads (and lists) objects; `Object Reader` downloads objects and reads their metadata; `Object Writer` uploads
 * and overwrites objects. None of them may delete an object or a bucket, as `Writer` may.
 */
export const COS_READ_ROLES: readonly string[] = ['Content Reader'];
/** The destination needs `Object Reader` too: the code reads an existing output's metadata (HEAD) before it writes, so it never overwrites a user's object. */
export const COS_WRITE_ROLES: readonly string[] = ['Object Reader', 'Object Writer'];

/** The IAM resource attribute a COS path condition tests: the object key. */
export const COS_PATH_ATTRIBUTE = '{{resource.attributes.path}}';
/** The policy pattern IAM requires for resource-attribute conditions with wildcards. */
export const COS_PATH_CONDITION_PATTERN = 'attribute-based-condition:resource:literal-and-wildcard';

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
 * holds one policy per bucket, access and key prefix: `Content Reader` on the keys under each notification's prefix,
 * `Object Reader` + `Object Writer` on the keys under the destination prefix, each through an IAM path condition
 * (`{{resource.attributes.path}} stringMatch "<prefix>*"`); an empty prefix grants the whole bucket.
 */
export class CodeEngineTrustedProfile extends Construct {
  public readonly profile: IamTrustedProfile;
  public readonly link: IamTrustedProfileLink;
  /** The profile ID the code asks IAM for (`profile_id` of the cr-token grant). */
  public readonly profileId: string;
  private readonly policies = new Map<string, IamTrustedProfilePolicy>();
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

  /** Allows reading (or writing) the objects of a bucket under a key prefix ("" = the whole bucket). */
  public grant(access: ObjectAccess, cos: ICosInstance, bucketName: string, prefix: string): void {
    const key = `${cos.node.path}\0${bucketName}\0${access}\0${prefix}`;
    if (this.policies.has(key)) return;
    if (/[*?]/.test(prefix)) {
      // IAM reads "*" and "?" in a stringMatch value as wildcards: the condition would grant more than the prefix.
      throw new ConfigurationError(this, `The key prefix ${JSON.stringify(prefix)} contains "*" or "?", which an IAM path condition reads as a wildcard.`,
        'use a prefix without "*" and "?".');
    }
    const read = access === ObjectAccess.READ;
    const policy = new IamTrustedProfilePolicy(this, `Objects-${pathHash(cos)}-${pathHash(this, 8, `${bucketName}\0${access}\0${prefix}`)}`, {
      iamId: this.profile.iamId,
      roles: [...(read ? COS_READ_ROLES : COS_WRITE_ROLES)],
      resources: { service: 'cloud-object-storage', resourceInstanceId: cos.guid, resourceType: 'bucket', resource: bucketName },
      ...(prefix === '' ? {} : {
        ruleConditions: [{ key: COS_PATH_ATTRIBUTE, operator: 'stringMatch', value: [`${escapeTerraformTemplate(prefix)}*`] }],
        pattern: COS_PATH_CONDITION_PATTERN,
      }),
      description: `${read ? 'Read' : 'Write'} objects of bucket ${bucketName}${prefix === '' ? '' : ` under ${escapeTerraformTemplate(prefix)}`} for ${this.node.path}.`,
      provider: this.provider,
    });
    this.policies.set(key, policy);
  }

  /** Everything the component needs before it first uses the profile. */
  public get dependables(): ITerraformDependable[] {
    return [this.link, ...this.policies.values()];
  }
}
