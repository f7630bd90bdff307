import { TerraformVariable, Testing } from 'cdktf';
import * as ibm from '../../lib/ibm';
import { registerIbmChecks } from '../../lib/ibm/checks';
import { CodeEngineApp } from '../../lib/generated/providers/ibm/code-engine-app';
import { CosBucket } from '../../lib/generated/providers/ibm/cos-bucket';
import { expectConfigError } from '../helpers';
import { ibmStack, IMAGE } from './helpers';

const { EventedBucket, CodeEngineProject } = ibm;

describe('ibm: COS bucket names formatted as IP addresses', () => {
  test('an evented bucket named like an IP address fails at construction', () => {
    expectConfigError(() => new EventedBucket(ibmStack(), 'Photos', { bucketName: '192.168.5.4' }), 'test/Photos',
      /"192\.168\.5\.4" is not a valid COS bucket name\. Fix: .*not formatted as an IP address/);
    expect(() => new EventedBucket(ibmStack(), 'Photos', { bucketName: 'photos.192.168.5.4' })).not.toThrow();
  });

  test('any bucket resource named like an IP address fails at synth, whichever construct made it', () => {
    const stack = ibmStack();
    registerIbmChecks(stack);
    new CosBucket(stack, 'Raw', { bucketName: '10.0.0.1', resourceInstanceId: 'crn:v1:bluemix:public:cloud-object-storage:global:a/0123456789abcdef0123456789abcdef:0000::', regionLocation: 'us-south', storageClass: 'standard' });
    expectConfigError(() => Testing.synth(stack), 'test/Raw', /COS bucket name "10\.0\.0\.1" is formatted as an IP address, which COS refuses/);
  });
});

describe('ibm: Code Engine environment variables', () => {
  test('a CE_ name set by a construct that does not check it fails at synth', () => {
    const stack = ibmStack();
    registerIbmChecks(stack);
    new CodeEngineApp(stack, 'Raw', { name: 'raw-app', projectId: 'p-1', imageReference: IMAGE, runEnvVariables: [{ type: 'literal', name: 'CE_APP', value: 'x' }] });
    expectConfigError(() => Testing.synth(stack), 'test/Raw', /Environment variable CE_APP starts with CE_, which Code Engine reserves/);
  });
});

describe('ibm: unique names', () => {
  test('two Code Engine projects given one name in one region fail at synth', () => {
    const stack = ibmStack();
    new CodeEngineProject(stack, 'A', { projectName: 'images' });
    new CodeEngineProject(stack, 'B', { projectName: 'images' });
    expectConfigError(() => Testing.synth(stack), /^\[test\/B\//, /Code Engine project name "images" is also the name of test\/A\/.*in one account and region \(us-south\)/);
  });

  test('two evented buckets given one name fail at synth', () => {
    const stack = ibmStack();
    new EventedBucket(stack, 'First', { bucketName: 'photos-test' });
    new EventedBucket(stack, 'Second', { bucketName: 'photos-test' });
    expectConfigError(() => Testing.synth(stack), /^\[test\/Second\//, /COS bucket name "photos-test" is also the name of test\/First\/.*across IBM Cloud/);
  });
});

describe('ibm: a region given as a Terraform value', () => {
  test('a bucket whose region is a Terraform variable, other than its provider\'s: the region must be a literal, and why', () => {
    const stack = ibmStack();
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    expectConfigError(() => new EventedBucket(stack, 'Photos', { region: region.stringValue }), 'test/Photos',
      /Its region, Terraform variable region \(test\/region\), is a Terraform expression, .* but a regional bucket's location, the COS endpoints and the region checks are built from it at synth/);
  });
});

describe('ibm: placement against the provider', () => {
  test('a function whose region disagrees with its provider fails at synth: Code Engine resources go where the provider points', () => {
    const stack = ibmStack('us-south');
    new ibm.ResizeFunction(stack, 'Fn', { imageReference: IMAGE, region: 'eu-de', destinationBucket: new EventedBucket(stack, 'Out', { bucketName: 'out-test', region: 'eu-de' }) });
    expectConfigError(() => Testing.synth(stack), /^\[test\/Fn[/\]]/, /Its region is "eu-de", but its IBM Cloud provider test\/ibm creates its resources in "us-south"/);
  });

  test("a bucket may name another region: its location is its own region_location", () => {
    const stack = ibmStack('us-south');
    new EventedBucket(stack, 'Photos', { bucketName: 'photos-test', region: 'eu-de' });
    expect(() => Testing.synth(stack)).not.toThrow();
  });
});

describe('ibm: COS subscription names', () => {
  const subscription = (stack: any, id: string, name: string, projectId: string) => new ibm.CosSubscription(stack, id, {
    projectId, region: 'us-south', resourceGroupId: '0123456789abcdef0123456789abcdef', name, destination: 'resize', destinationType: 'app',
    bucket: 'photos-test', eventType: 'write', filter: { prefix: '', suffix: '' }, dependsOn: [],
  });

  test('two subscriptions given one name in one project fail at synth; another project may reuse it', () => {
    const stack = ibmStack();
    registerIbmChecks(stack);
    subscription(stack, 'A', 'photos-write', 'p-1');
    subscription(stack, 'B', 'photos-write', 'p-2');
    expect(() => Testing.synth(stack)).not.toThrow();
    subscription(stack, 'C', 'photos-write', 'p-1');
    expectConfigError(() => Testing.synth(stack), 'test/C/Subscription', /Code Engine subscription name "photos-write" is also the name of test\/A\/Subscription; .* in project "p-1"/);
  });
});

describe('ibm: account IDs in CRNs', () => {
  const projectCrn = (account: string) => `crn:v1:bluemix:public:codeengine:us-south:a/${account}:0a1b2c3d-0000-4000-8000-000000000001::`;
  const withProject = (account: string) => {
    const stack = ibmStack();
    const project = CodeEngineProject.fromProjectId(stack, 'Project', '0a1b2c3d-0000-4000-8000-000000000001', { crn: projectCrn(account) });
    new ibm.ResizeFunction(stack, 'Fn', { imageReference: IMAGE, project, destinationBucket: new EventedBucket(stack, 'Out', { bucketName: 'out-test' }) });
    return () => Testing.synth(stack);
  };

  test('an imported project whose CRN names an account alias fails at synth', () => {
    expectConfigError(withProject('acme-prod'), /^\[test\/Fn\//, /holds the CRN ".*a\/acme-prod:.*", whose account "acme-prod" is not an IBM Cloud account ID/);
  });

  test('with the 32-character account ID it synthesizes', () => {
    expect(withProject('0123456789abcdef0123456789abcdef')).not.toThrow();
  });
});
