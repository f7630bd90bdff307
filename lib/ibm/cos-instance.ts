import { Fn, TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ResourceInstance } from '../generated/providers/ibm/resource-instance';
import { ConfigurationError } from '../core/errors';
import { dashedNameRules, physicalName } from '../core/names';
import { isLiteral } from '../core/tokens';
import { resourceGroupId } from './context';

/** A Cloud Object Storage service instance, as IAM and the bucket resources refer to it. */
export interface ICosInstance extends IConstruct {
  /** The instance GUID: IAM policies name the instance by it (`serviceInstance`). */
  readonly guid: string;
  /** The instance CRN (ends in `::`): `ibm_cos_bucket.resource_instance_id` wants it. */
  readonly crn: string;
}

export interface CosInstanceProps {
  /** @default derived from the construct path */
  readonly name?: string;
  /** `standard` or `lite` (one lite instance per account). @default 'standard' */
  readonly plan?: 'standard' | 'lite';
  /** @default the account's default resource group */
  readonly resourceGroupId?: string;
  readonly provider?: TerraformProvider;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CRN = /^crn:.+:.+:.+:.+:.+:a\/[0-9a-f]{32}:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}::$/;

/** A COS service instance (`ibm_resource_instance`, service `cloud-object-storage`, location `global`). */
export class CosInstance extends Construct implements ICosInstance {
  /** An existing instance, by its CRN (`crn:v1:bluemix:public:cloud-object-storage:global:a/<account>:<guid>::`). */
  public static fromCrn(scope: Construct, id: string, crn: string): ICosInstance {
    return new ImportedCosInstance(scope, id, crn);
  }

  public readonly guid: string;
  public readonly crn: string;
  public readonly instance: ResourceInstance;

  constructor(scope: Construct, id: string, props: CosInstanceProps = {}) {
    super(scope, id);
    const plan = props.plan ?? 'standard';
    if (plan !== 'standard' && plan !== 'lite') {
      throw new ConfigurationError(this, `plan ${JSON.stringify(plan)} is not a COS plan this library supports.`, 'use "standard" or "lite".');
    }
    this.instance = new ResourceInstance(this, 'Instance', {
      name: props.name ?? physicalName(this, dashedNameRules(128)),
      service: 'cloud-object-storage',
      plan,
      location: 'global',
      // The provider would pick the default group itself (the attribute is Computed), but then the instance and the
      // project could land in different groups; naming it keeps the stack in one group and the plan explicit.
      resourceGroupId: resourceGroupId(this, { provider: props.provider, resourceGroupId: props.resourceGroupId }),
      provider: props.provider,
    });
    this.guid = this.instance.guid;
    this.crn = this.instance.crn;
  }
}

class ImportedCosInstance extends Construct implements ICosInstance {
  public readonly guid: string;

  constructor(scope: Construct, id: string, public readonly crn: string) {
    super(scope, id);
    if (isLiteral(crn) && !CRN.test(crn)) {
      throw new ConfigurationError(this, `${JSON.stringify(crn)} is not the CRN of a COS instance.`,
        'pass the instance CRN ("crn:v1:bluemix:public:cloud-object-storage:global:a/<account id>:<instance guid>::"), e.g. from `ibmcloud resource service-instance <name> --id`.');
    }
    // The GUID is the CRN's 8th field.
    this.guid = isLiteral(crn) ? crn.split(':')[7] : Fn.element(Fn.split(':', crn), 7);
    if (isLiteral(crn) && !GUID.test(this.guid)) {
      throw new ConfigurationError(this, `The CRN ${crn} holds no instance GUID.`, 'pass the CRN of a COS instance.');
    }
  }
}
