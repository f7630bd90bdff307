import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ibm } from '../lib';

export interface IbmFunctionsResizeStackProps {
  /** @default 'us-south' */
  readonly region?: string;
  /** @default derived */
  readonly bucketName?: string;
  /** Resource group ID for the COS instance and the namespace. @default the account's default resource group */
  readonly resourceGroupId?: string;
}

/**
 * The seed's flow on IBM Cloud Functions: a COS trigger on `/whisk.system/cos/changes` fires a `nodejs:20` action
 * through a rule. IBM ended Cloud Functions in October 2024: this stack synthesizes (with a warning) but cannot be
 * deployed. `IbmResizeStack` is the deployable equivalent on Code Engine.
 */
export class IbmFunctionsResizeStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: IbmFunctionsResizeStackProps = {}) {
    super(scope, id);
    new ibm.IbmProvider(this, 'ibm', { region: props.region ?? 'us-south' });

    const images = new ibm.EventedBucket(this, 'Images', { bucketName: props.bucketName, resourceGroupId: props.resourceGroupId });
    const resize = new ibm.CloudFunctionsResizeFunction(this, 'Resize', {
      resourceGroupId: props.resourceGroupId,
      destinationPrefix: 'processed/',
      sizes: [{ width: 128, height: 128 }],
    });
    images.onObjectCreated(resize, { prefix: 'source/' });

    new TerraformOutput(this, 'bucket_name', { value: images.bucket.bucketName });
    new TerraformOutput(this, 'namespace', { value: resize.namespace.name });
    new TerraformOutput(this, 'action_name', { value: resize.action.name });
  }
}
