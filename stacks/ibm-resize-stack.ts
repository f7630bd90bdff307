import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { ibm } from '../lib';

export interface IbmResizeStackProps {
  /** @default 'us-south' */
  readonly region?: string;
  /**
   * The image built from functions/resize/ibm (docs/ibm.md).
   * @default 'us.icr.io/evented-buckets/resize:0.1.0' (push your own and pass it)
   */
  readonly imageReference?: string;
  /**
   * The image is public: no registry secret. Otherwise (IBM Container Registry is always private) the stack asks for
   * the `registry_api_key` variable (TF_VAR_registry_api_key) and creates the project's registry secret from it.
   * @default false
   */
  readonly publicImage?: boolean;
  /** @default derived */
  readonly bucketName?: string;
  /**
   * Resource group ID (32 characters) for the COS instance and the Code Engine project.
   * @default the account's default resource group
   */
  readonly resourceGroupId?: string;
  /**
   * Run the code as a Code Engine app (one instance serves many events) or a job (one job run per event; for low
   * event rates).
   * @default 'app'
   */
  readonly runAs?: 'app' | 'job';
}

/**
 * Images uploaded under `source/` of a regional COS bucket are resized into `processed/` by a Code Engine app, which a
 * COS subscription (created by the `ibmcloud` CLI during `terraform apply`) sends CloudEvents to; or by a Code Engine
 * job, which the subscription starts once per event.
 */
export class IbmResizeStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: IbmResizeStackProps = {}) {
    super(scope, id);
    // Credentials come from IBMCLOUD_API_KEY (or IC_API_KEY) at deploy time; the COS subscription's provisioners log in with it too.
    new ibm.IbmProvider(this, 'ibm', { region: props.region ?? 'us-south' });

    const images = new ibm.EventedBucket(this, 'Images', { bucketName: props.bucketName, resourceGroupId: props.resourceGroupId });
    // IBM Container Registry is private: the new project needs a registry secret before it can pull the image.
    const registryCredentials = props.publicImage ? undefined : {
      password: new TerraformVariable(this, 'registry_api_key', {
        type: 'string',
        sensitive: true,
        description: 'API key of a service ID with Reader on the image\'s IBM Container Registry namespace (the project\'s registry secret; not the deployer\'s key: docs/ibm.md).',
      }).stringValue,
    };
    const options = {
      imageReference: props.imageReference ?? 'us.icr.io/evented-buckets/resize:0.1.0',
      resourceGroupId: props.resourceGroupId,
      registryCredentials,
      destinationPrefix: 'processed/',
      sizes: [{ width: 128, height: 128 }],
    };
    const resize = props.runAs === 'job' ? new ibm.ResizeJob(this, 'Resize', options) : new ibm.ResizeFunction(this, 'Resize', options);
    images.onObjectCreated(resize, { prefix: 'source/' });

    new TerraformOutput(this, 'bucket_name', { value: images.bucket.bucketName });
    new TerraformOutput(this, 'project_id', { value: resize.project.projectId });
    if (resize instanceof ibm.ResizeJob) new TerraformOutput(this, 'job_name', { value: resize.job.name });
    else new TerraformOutput(this, 'app_name', { value: resize.app.name });
  }
}
