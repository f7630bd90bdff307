import * as path from 'path';
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { ibm } from '../lib';
import { AUDIT_BUCKET_ENV, AUDIT_PREFIX_ENV } from '../functions/audit/src/audit';

export interface IbmAuditStackProps {
  /** @default 'us-south' */
  readonly region?: string;
  /**
   * Where Code Engine pushes the audit image it builds (tagged with the code's hash).
   * @default 'us.icr.io/evented-buckets/audit'
   */
  readonly imageRepository?: string;
  /** @default derived */
  readonly bucketName?: string;
}

/**
 * Every object removed under `uploads/` of a regional COS bucket gets a JSON record under `audit/` of the same
 * bucket, written by the user's handler (functions/audit/src/ibm.ts) in a Code Engine app. Code Engine builds the
 * app's image from the context written at synth; the app may only write under `audit/`.
 */
export class IbmAuditStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: IbmAuditStackProps = {}) {
    super(scope, id);
    new ibm.IbmProvider(this, 'ibm', { region: props.region ?? 'us-south' });

    const bucket = new ibm.EventedBucket(this, 'Uploads', { bucketName: props.bucketName });
    const registryApiKey = new TerraformVariable(this, 'registry_api_key', {
      type: 'string',
      sensitive: true,
      description: 'API key of a service ID with Writer on the image\'s IBM Container Registry namespace: the project\'s registry secret pushes the built image and pulls it (docs/ibm.md).',
    });
    const audit = new ibm.NodejsApp(this, 'Audit', {
      entry: path.join(__dirname, '..', 'functions', 'audit', 'src', 'ibm.ts'),
      imageRepository: props.imageRepository ?? 'us.icr.io/evented-buckets/audit',
      registryCredentials: { password: registryApiKey.stringValue },
      cpu: '0.25',
      memory: '1G',
      environment: { [AUDIT_BUCKET_ENV]: bucket.bucketName, [AUDIT_PREFIX_ENV]: 'audit/' },
    });
    bucket.onObjectRemoved(audit, { prefix: 'uploads/' });
    bucket.grantWrite(audit, 'audit/*');

    new TerraformOutput(this, 'bucket_name', { value: bucket.bucket.bucketName });
    new TerraformOutput(this, 'app_name', { value: audit.app.name });
    new TerraformOutput(this, 'image', { value: audit.imageReference });
  }
}
