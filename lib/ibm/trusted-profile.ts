import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IamTrustedProfile } from '../generated/providers/ibm/iam-trusted-profile';
import { IamTrustedProfileLink } from '../generated/providers/ibm/iam-trusted-profile-link';
import { IamTrustedProfilePolicy, IamTrustedProfilePolicyConfig } from '../generated/providers/ibm/iam-trusted-profile-policy';
import { ConfigurationError } from '../core/errors';
import { ObjectAccess } from '../core/grants';
import { dashedNameRules, pathHash, physicalName } from '../core/names';
import { ICosInstance } from './cos-instance';
import { checkName, escapeTerraformTemplate, TRUSTED_PROFILE_NAME } from './naming';

/**
 * The COS service roles each object access gets, each limited by a condition to the keys granted: the roles COS
 * recommends for fine-grained access (https://cloud.ibm.com/docs/cloud-object-storage?topic=cloud-object-storage-fgac-iam-access-conditions,
 * "Use of Conditions with COS Service Roles"). `Object Reader` downloads objects and reads their metadata (GET, HEAD)
 * and lists nothing; `Object Writer` uploads and overwrites objects; `Object Deleter` deletes them; `Object Lister`
 * lists keys, limited by the list request's `prefix` attribute, which object requests never carry. The broader roles
 * (Content Reader, Writer, Manager) mix in actions that conditions cannot limit, and COS advises against them here.
 */
export const COS_ROLES_BY_ACCESS: Readonly<Record<ObjectAccess, readonly string[]>> = {
  [ObjectAccess.READ]: ['Object Reader'],
  [ObjectAccess.WRITE]: ['Object Writer'],
  [ObjectAccess.DELETE]: ['Object Deleter'],
  [ObjectAccess.LIST]: ['Object Lister'],
};

/** The IAM resource attribute a COS path condition tests: the object key of an object request. */
export const COS_PATH_ATTRIBUTE = '{{resource.attributes.path}}';
/** The IAM resource attribute a COS list request carries: its `prefix` parameter. */
export const COS_PREFIX_ATTRIBUTE = '{{resource.attributes.prefix}}';
/** The policy pattern IAM requires for resource-attribute conditions with wildcards. */
export const COS_PATH_CONDITION_PATTERN = 'attribute-based-condition:resource:literal-and-wildcard';

const VERBS: Readonly<Record<ObjectAccess, string>> = {
  [ObjectAccess.READ]: 'Read',
  [ObjectAccess.WRITE]: 'Write',
  [ObjectAccess.DELETE]: 'Delete',
  [ObjectAccess.LIST]: 'List',
};

export interface CodeEngineTrustedProfileProps {
  /** @default derived from the construct path */
  readonly profileName?: string;
  /** The profile's description: what runs as it and what for. */
  readonly description: string;
  readonly provider?: TerraformProvider;
}

/** An IAM policy of the profile other than the object grants: anything `ibm_iam_trusted_profile_policy` takes. */
export type TrustedProfilePolicyOptions = Omit<IamTrustedProfilePolicyConfig, 'iamId' | 'profileId' | 'provider'>;

/**
 * The identity code runs as, without any secret: an IAM trusted profile that trusts exactly one Code Engine
 * component (link `cr_type = CE`). The component gets a compute-resource token mounted
 * (`run_compute_resource_token_enabled`) and exchanges it at IAM for an access token of this profile. The profile
 * holds one policy per bucket, access and key prefix, each with the roles of {@link COS_ROLES_BY_ACCESS} and a
 * condition on the prefix (`{{resource.attributes.path}} stringMatch "<prefix>*"`); an empty prefix grants the whole bucket.
 */
export class CodeEngineTrustedProfile extends Construct {
  public readonly profile: IamTrustedProfile;
  /** The link to the component: set by {@link trust} once the component exists. */
  public link?: IamTrustedProfileLink;
  /** The profile ID the code asks IAM for (`profile_id` of the cr-token grant). */
  public readonly profileId: string;
  private readonly policies = new Map<string, IamTrustedProfilePolicy>();
  private readonly others: IamTrustedProfilePolicy[] = [];
  private readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: CodeEngineTrustedProfileProps) {
    super(scope, id);
    this.provider = props.provider;
    const name = checkName(this, TRUSTED_PROFILE_NAME, props.profileName ?? physicalName(this, dashedNameRules(48)));
    this.profile = new IamTrustedProfile(this, 'Profile', {
      name,
      description: props.description,
      provider: props.provider,
    });
    this.profileId = this.profile.profileId;
  }

  /**
   * Trusts one component of a project. Names are references to the component's resource, so a name changed through
   * an escape hatch is the name the profile trusts. `link.namespace` and `link.name` belong to Kubernetes service
   * accounts (`IKS_SA`, `ROKS_SA`): the provider's Read writes back whatever IAM returns for them, and `link` is
   * ForceNew, so both are ignored rather than risk a replacement on every apply (schemas/ibm.behaviour.json).
   */
  public trust(projectCrn: string, componentType: 'application' | 'job', componentName: string): IamTrustedProfileLink {
    if (this.link) throw new ConfigurationError(this, 'The trusted profile already trusts a component.', 'give each component its own profile.');
    this.link = new IamTrustedProfileLink(this, 'Link', {
      profileId: this.profile.profileId,
      crType: 'CE',
      name: componentName,
      link: { crn: projectCrn, componentType, componentName },
      lifecycle: { ignoreChanges: ['link[0].namespace', 'link[0].name'] },
      provider: this.provider,
    });
    return this.link;
  }

  /** Allows one kind of access to the objects of a bucket under a key prefix ("" = the whole bucket). */
  public grant(access: ObjectAccess, cos: ICosInstance, bucketName: string, prefix: string, roles: readonly string[] = COS_ROLES_BY_ACCESS[access]): IamTrustedProfilePolicy {
    const key = `${cos.node.path}\0${bucketName}\0${access}\0${prefix}`;
    const existing = this.policies.get(key);
    if (existing) return existing;
    if (/[*?]/.test(prefix)) {
      // IAM reads "*" and "?" in a stringMatch value as wildcards: the condition would grant more than the prefix.
      throw new ConfigurationError(this, `The key prefix ${JSON.stringify(prefix)} contains "*" or "?", which an IAM path condition reads as a wildcard.`,
        'use a prefix without "*" and "?".');
    }
    const attribute = access === ObjectAccess.LIST ? COS_PREFIX_ATTRIBUTE : COS_PATH_ATTRIBUTE;
    const policy = new IamTrustedProfilePolicy(this, `Objects-${pathHash(cos)}-${pathHash(this, 8, `${bucketName}\0${access}\0${prefix}`)}`, {
      iamId: this.profile.iamId,
      roles: [...roles],
      resources: { service: 'cloud-object-storage', resourceInstanceId: cos.guid, resourceType: 'bucket', resource: bucketName },
      ...(prefix === '' ? {} : {
        ruleConditions: [{ key: attribute, operator: 'stringMatch', value: [`${escapeTerraformTemplate(prefix)}*`] }],
        pattern: COS_PATH_CONDITION_PATTERN,
      }),
      description: `${VERBS[access]} objects of bucket ${bucketName}${prefix === '' ? '' : ` under ${escapeTerraformTemplate(prefix)}`} for ${this.node.path}.`,
      provider: this.provider,
    });
    this.policies.set(key, policy);
    return policy;
  }

  /** Adds any other policy to the profile (another service, a Key Protect key, ...). */
  public addPolicy(id: string, options: TrustedProfilePolicyOptions): IamTrustedProfilePolicy {
    const policy = new IamTrustedProfilePolicy(this, id, { ...options, iamId: this.profile.iamId, provider: this.provider });
    this.others.push(policy);
    return policy;
  }

  /** Everything the component needs before it first uses the profile. */
  public get dependables(): ITerraformDependable[] {
    return [...(this.link ? [this.link] : []), ...this.policies.values(), ...this.others];
  }
}
