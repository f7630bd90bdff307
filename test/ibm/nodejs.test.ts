import * as path from 'path';
import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import * as ibm from '../../lib/ibm';
import { IbmAuditStack } from '../../stacks/ibm-audit-stack';
import { exampleStackChecks, expectConfigError, onlyResource, resourcesOf, synthChecked } from '../helpers';
import { env, ibmStack } from './helpers';

const AUDIT_ENTRY = path.join(__dirname, '../../functions/audit/src/ibm.ts');
const REPOSITORY = 'us.icr.io/test-ns/audit';

/** A Node.js app of the audit handler in `stack`, with a registry secret from a sensitive variable. */
function auditApp(stack: TerraformStack, id = 'Fn', props: Partial<ibm.NodejsAppProps> = {}): ibm.NodejsApp {
  const key = stack.node.tryFindChild('registry_api_key') as TerraformVariable | undefined
    ?? new TerraformVariable(stack, 'registry_api_key', { type: 'string', sensitive: true });
  return new ibm.NodejsApp(stack, id, { entry: AUDIT_ENTRY, imageRepository: REPOSITORY, registryCredentials: { password: key.stringValue }, ...props });
}

/** The trusted profile policies of a stack as [bucket, roles, condition key, condition value] rows, sorted. */
function policyRows(json: string): [string, string[], string | undefined, string | undefined][] {
  return Object.values(resourcesOf(json, 'ibm_iam_trusted_profile_policy')).map((p: any) =>
    [p.resources.resource, p.roles, p.rule_conditions?.[0]?.key, p.rule_conditions?.[0]?.value?.[0]] as [string, string[], string | undefined, string | undefined]).sort();
}

describe('IbmAuditStack (a user handler on Code Engine, built by Code Engine)', () => {
  const stack = new IbmAuditStack(Testing.app(), 'ibm-audit');
  const json = Testing.synth(stack, true);

  exampleStackChecks(json, stack);

  test('grants exactly Object Writer under audit/ and nothing on uploads/: the app only reads its events', () => {
    const bucket = onlyResource(json, 'ibm_cos_bucket').bucket_name;
    expect(policyRows(json)).toEqual([[bucket, ['Object Writer'], '{{resource.attributes.path}}', 'audit/*']]);
  });

  test('subscribes the app to deletions under uploads/, after the app, the profile link and the policy exist', () => {
    const sub = Object.values(resourcesOf(json, 'terraform_data')).find((r: any) => r.input.event_type !== undefined) as any;
    const app = Object.keys(resourcesOf(json, 'ibm_code_engine_app'))[0];
    expect(sub.input).toMatchObject({ event_type: 'delete', prefix: 'uploads/', destination: `\${ibm_code_engine_app.${app}.name}`, destination_type: 'app' });
    expect(sub.depends_on).toEqual(expect.arrayContaining([`ibm_code_engine_app.${app}`, expect.stringMatching(/^ibm_iam_trusted_profile_link\./), expect.stringMatching(/^ibm_iam_trusted_profile_policy\./)]));
  });

  test('builds the image with Code Engine from the context asset, tagged with its hash, before the app', () => {
    const build = onlyResource(json, 'ibm_code_engine_build');
    const app = onlyResource(json, 'ibm_code_engine_app');
    expect(build).toMatchObject({ source_type: 'local', strategy_type: 'dockerfile', strategy_spec_file: 'Dockerfile', output_image: app.image_reference, output_secret: app.image_secret });
    expect(app.image_reference).toMatch(/^us\.icr\.io\/evented-buckets\/audit:[0-9a-f]{16}$/);
    const run = Object.entries(resourcesOf(json, 'terraform_data')).find(([, r]: [string, any]) => r.input.build !== undefined)!;
    expect(app.depends_on).toEqual([`terraform_data.${run[0]}`]);
    const [, runConfig] = run as [string, any];
    expect(runConfig.input.source).toMatch(/^\$\{path\.module\}\/assets\/[\w-]+\/[0-9A-F]{32}$/);
    expect(runConfig.triggers_replace).toEqual({ image: app.image_reference });
    expect(runConfig.provisioner[0]['local-exec'].command).toContain('ibmcloud ce buildrun submit --build "$CE_BUILD" --source "$CE_SOURCE" --wait');
  });

  test('the app runs the handler with its trusted profile, the audit target and its request timeout', () => {
    const vars = env(onlyResource(json, 'ibm_code_engine_app'));
    expect(vars).toMatchObject({ AUDIT_PREFIX: 'audit/', AUDIT_BUCKET: onlyResource(json, 'ibm_cos_bucket').bucket_name, IBM_FUNCTION_TIMEOUT_SECONDS: '300', COS_ENDPOINT: 's3.us-south.cloud-object-storage.appdomain.cloud' });
    expect(onlyResource(json, 'ibm_code_engine_app').scale_request_timeout).toBe(300);
  });
});

describe('bucket grant methods render least-privilege trusted-profile policies', () => {
  const cases: [string, (b: ibm.IEventedBucket, fn: ibm.NodejsApp) => void, [string[], string, string][]][] = [
    ['grantRead', (b, fn) => b.grantRead(fn, 'in/*'), [[['Object Reader'], '{{resource.attributes.path}}', 'in/*']]],
    ['grantWrite', (b, fn) => b.grantWrite(fn, 'out/*'), [[['Object Writer'], '{{resource.attributes.path}}', 'out/*']]],
    ['grantReadWrite', (b, fn) => b.grantReadWrite(fn, 'work/*'), [[['Object Reader'], '{{resource.attributes.path}}', 'work/*'], [['Object Writer'], '{{resource.attributes.path}}', 'work/*']]],
    ['grantDelete', (b, fn) => b.grantDelete(fn, 'tmp/*'), [[['Object Deleter'], '{{resource.attributes.path}}', 'tmp/*']]],
    ['grantList', (b, fn) => b.grantList(fn, 'in/*'), [[['Object Lister'], '{{resource.attributes.prefix}}', 'in/*']]],
  ];
  test.each(cases)('%s', (_name, grant, expected) => {
    const stack = ibmStack();
    const bucket = new ibm.EventedBucket(stack, 'Bucket', { bucketName: 'grants-bucket' });
    const fn = auditApp(stack);
    grant(bucket, fn);
    const json = synthChecked(stack);
    expect(policyRows(json)).toEqual(expected.map(([roles, key, value]) => ['grants-bucket', roles, key, value]).sort());
    for (const policy of Object.values(resourcesOf(json, 'ibm_iam_trusted_profile_policy')) as any[]) {
      expect(policy).toMatchObject({ pattern: 'attribute-based-condition:resource:literal-and-wildcard', resources: { service: 'cloud-object-storage', resource_type: 'bucket', resource: 'grants-bucket' } });
      expect(policy.rule_conditions).toHaveLength(1);
    }
  });

  test('"*" and no pattern grant the whole bucket without a condition; an imported bucket is granted the same way', () => {
    const stack = ibmStack();
    const cos = ibm.CosInstance.fromCrn(stack, 'Cos', 'crn:v1:bluemix:public:cloud-object-storage:global:a/0123456789abcdef0123456789abcdef:01234567-89ab-cdef-0123-456789abcdef::');
    const imported = ibm.EventedBucket.fromBucketName(stack, 'Imported', 'existing-bucket', { cosInstance: cos });
    const fn = auditApp(stack);
    imported.grantRead(fn, '*');
    imported.grantWrite(fn);
    const json = synthChecked(stack);
    expect(policyRows(json)).toEqual([['existing-bucket', ['Object Reader'], undefined, undefined], ['existing-bucket', ['Object Writer'], undefined, undefined]]);
    expect(Object.values(resourcesOf(json, 'ibm_iam_trusted_profile_policy')).map((p: any) => p.resources.resource_instance_id)).toEqual(['01234567-89ab-cdef-0123-456789abcdef', '01234567-89ab-cdef-0123-456789abcdef']);
  });

  test('a function bound to events but granted nothing renders no policy and is valid', () => {
    const stack = ibmStack();
    const bucket = new ibm.EventedBucket(stack, 'Bucket');
    bucket.onObjectRemoved(auditApp(stack), { prefix: 'uploads/' });
    const json = synthChecked(stack);
    expect(resourcesOf(json, 'ibm_iam_trusted_profile_policy')).toEqual({});
    expect(Object.keys(resourcesOf(json, 'terraform_data'))).toHaveLength(2); // the build run and the subscription
  });

  test('addToPolicy adds any other policy to the same profile', () => {
    const stack = ibmStack();
    const fn = auditApp(stack);
    fn.addToPolicy('KeyProtect', { roles: ['Reader'], resources: { service: 'kms', resourceInstanceId: 'kp-guid' } });
    const policy = onlyResource(synthChecked(stack), 'ibm_iam_trusted_profile_policy');
    expect(policy).toMatchObject({ roles: ['Reader'], resources: { service: 'kms', resource_instance_id: 'kp-guid' }, iam_id: expect.stringMatching(/^\$\{ibm_iam_trusted_profile\.Fn_Identity_Profile_[0-9A-F]+\.iam_id\}$/) });
  });
});

describe('recursion is checked from grants, in both orders', () => {
  const setups: [string, (b: ibm.IEventedBucket, fn: ibm.NodejsApp) => void][] = [
    ['grant first', (b, fn) => {
      b.grantWrite(fn, 'uploads/*');
      b.onObjectCreated(fn, { prefix: 'uploads/' });
    }],
    ['notification first', (b, fn) => {
      b.onObjectCreated(fn, { prefix: 'uploads/' });
      b.grantWrite(fn, 'uploads/*');
    }],
  ];
  test.each(setups)('write on a watched prefix is refused (%s)', (_name, setup) => {
    const stack = ibmStack();
    const bucket = new ibm.EventedBucket(stack, 'Bucket');
    const fn = auditApp(stack);
    expectConfigError(() => setup(bucket, fn), /\[test\/Bucket\/Notify-[^\]]+\/Resource\]/, /The function writes under "uploads\/" in bucket .* every output would trigger the function again/);
  });

  test('delete on a prefix a removal notification watches is refused, in both orders; write there is not', () => {
    const stack = ibmStack();
    const bucket = new ibm.EventedBucket(stack, 'Bucket');
    const fn = auditApp(stack);
    bucket.onObjectRemoved(fn, { prefix: 'uploads/' });
    bucket.grantWrite(fn, 'uploads/*');
    expectConfigError(() => bucket.grantDelete(fn, 'uploads/old/*'), /\[test\/Bucket\/Notify-[^\]]+\/Resource\]/, /deletes under "uploads\/old\/".*every deletion would trigger the function again/);
    const second = new ibm.EventedBucket(stack, 'Second');
    const other = auditApp(stack, 'Other');
    second.grantDelete(other, 'uploads/*');
    expectConfigError(() => second.onObjectRemoved(other, { prefix: 'uploads/' }), /\[test\/Second\/Notify-[^\]]+\/Resource\]/, /deletes under "uploads\/"/);
  });

  test('"all" events watch both; allowRecursion accepts the pair', () => {
    const stack = ibmStack();
    const bucket = new ibm.EventedBucket(stack, 'Bucket');
    const fn = auditApp(stack);
    bucket.grantDelete(fn, 'in/*');
    expectConfigError(() => bucket.addEventNotification(fn, { events: [ibm.IbmCosEvent.ALL], prefix: 'in/' }), /Notify-/, /deletes under "in\/"/);
    const allowed = ibmStack('us-south', 'allowed');
    const allowedBucket = new ibm.EventedBucket(allowed, 'Bucket');
    const allowedFn = auditApp(allowed);
    allowedBucket.grantDelete(allowedFn, 'in/*');
    allowedBucket.grantWrite(allowedFn, 'in/*');
    allowedBucket.addEventNotification(allowedFn, { events: [ibm.IbmCosEvent.ALL], prefix: 'in/', allowRecursion: true });
    expect(allowedFn.subscriptions).toHaveLength(1);
  });
});

describe('misuse fails at synth, naming the construct and the fix', () => {
  test('a key pattern that is not a prefix, a missing entry, an unknown runtime or handler name, no registry secret, a tagged repository', () => {
    const stack = ibmStack();
    const bucket = new ibm.EventedBucket(stack, 'Bucket');
    const fn = auditApp(stack);
    expectConfigError(() => bucket.grantRead(fn, 'a/*/b'), 'test/Bucket', /not a prefix followed by "\*"/);
    expectConfigError(() => bucket.grantRead({ node: stack.node } as never, 'a/*'), 'test/Bucket', /is not a function this library can grant object access to\. Fix: grant to a Code Engine component/);
    expectConfigError(() => auditApp(stack, 'NoEntry', { entry: path.join(__dirname, 'missing.ts') }), 'test/NoEntry', /entry .* does not exist/);
    expectConfigError(() => auditApp(stack, 'Runtime', { runtime: '18' as never }), 'test/Runtime', /runtime "18" is not a Node.js version/);
    expectConfigError(() => auditApp(stack, 'Handler', { handler: 'not-a-name' }), 'test/Handler', /not the name of an export/);
    expectConfigError(() => new ibm.NodejsApp(stack, 'NoSecret', { entry: AUDIT_ENTRY, imageRepository: REPOSITORY }), 'test/NoSecret', /No registry secret/);
    expectConfigError(() => auditApp(stack, 'Tagged', { imageRepository: `${REPOSITORY}:1.0` }), 'test/Tagged', /not a registry repository without tag/);
    expectConfigError(() => new ibm.NodejsApp(stack, 'NoRepo', { entry: AUDIT_ENTRY } as never), 'test/NoRepo', /imageRepository is missing/);
    expectConfigError(() => new ibm.NodejsApp(stack, 'NoEntryProp', { imageRepository: REPOSITORY } as never), 'test/NoEntryProp', /entry is missing/);
    expectConfigError(() => auditApp(stack, 'Hub', { imageRepository: 'docker.io/someone/audit' }), 'test/Hub', /not in IBM Container Registry/);
    expectConfigError(() => auditApp(stack, 'Env', { environment: { CE_X: '1' } }), 'test/Env', /CE_X starts with CE_/);
    expectConfigError(() => auditApp(stack, 'Own', { environment: { IBM_TRUSTED_PROFILE_ID: 'x' } }), 'test/Own', /set by the construct/);
    expectConfigError(() => auditApp(stack, 'Timeout', { requestTimeout: 601 }), 'test/Timeout', /requestTimeout 601 is out of range/);
    expectConfigError(() => auditApp(stack, 'Build', { buildSize: 'huge' as never }), 'test/Build', /buildSize "huge" is unknown/);
  });

  test('a handler the bundle does not export fails when the image starts (the export name is baked into its command)', () => {
    const stack = ibmStack();
    const fn = auditApp(stack, 'Fn', { handler: 'main' });
    expect(fn.imageReference).toMatch(/^us\.icr\.io\/test-ns\/audit:[0-9a-f]{16}$/);
    expect(auditApp(ibmStack('us-south', 'other'), 'Fn').imageReference).not.toBe(fn.imageReference);
  });
});

describe('explicit names, kept consistent through escape hatches', () => {
  test('project, profile, COS instance, registry secret, build, app and subscription names are the ones given', () => {
    const stack = ibmStack();
    const bucket = new ibm.EventedBucket(stack, 'Bucket', { bucketName: 'named-bucket', cosInstanceName: 'corp-cos' });
    const fn = auditApp(stack, 'Fn', { appName: 'corp-audit', projectName: 'corp-project', profileName: 'corp-audit-profile', registrySecretName: 'corp-registry', buildName: 'corp-audit-build' });
    bucket.onObjectRemoved(fn, { prefix: 'uploads/', subscriptionName: 'corp-audit-uploads' });
    expectConfigError(() => bucket.onObjectRemoved(fn, { prefix: 'other/', subscriptionName: 'Not_Valid' }), /Notify-/, /Code Engine subscription name/);
    const json = synthChecked(stack);
    expect(Object.values(resourcesOf(json, 'terraform_data')).map((r: any) => r.input.name).filter(Boolean)).toEqual(['corp-audit-uploads']);
    expect(onlyResource(json, 'ibm_resource_instance').name).toBe('corp-cos');
    expect(onlyResource(json, 'ibm_code_engine_project').name).toBe('corp-project');
    expect(onlyResource(json, 'ibm_iam_trusted_profile').name).toBe('corp-audit-profile');
    expect(onlyResource(json, 'ibm_code_engine_secret').name).toBe('corp-registry');
    expect(onlyResource(json, 'ibm_code_engine_build').name).toBe('corp-audit-build');
    expect(onlyResource(json, 'ibm_code_engine_app').name).toBe('corp-audit');
  });

  test('an app renamed through addOverride is the app the profile trusts and the subscription targets', () => {
    const stack = ibmStack();
    const bucket = new ibm.EventedBucket(stack, 'Bucket');
    const fn = auditApp(stack);
    bucket.onObjectRemoved(fn, { prefix: 'uploads/' });
    fn.app.addOverride('name', 'renamed-audit');
    const json = synthChecked(stack);
    const appKey = Object.keys(resourcesOf(json, 'ibm_code_engine_app'))[0];
    expect(onlyResource(json, 'ibm_code_engine_app').name).toBe('renamed-audit');
    const link = onlyResource(json, 'ibm_iam_trusted_profile_link');
    expect(link.name).toBe(`\${ibm_code_engine_app.${appKey}.name}`);
    expect(link.link.component_name).toBe(`\${ibm_code_engine_app.${appKey}.name}`);
    const sub = Object.values(resourcesOf(json, 'terraform_data')).find((r: any) => r.input.destination !== undefined) as any;
    expect(sub.input.destination).toBe(`\${ibm_code_engine_app.${appKey}.name}`);
    // The link ignores what IAM may write back for Kubernetes service accounts (ForceNew block).
    expect(link.lifecycle.ignore_changes).toEqual(['link[0].namespace', 'link[0].name']);
  });
});

describe('ibm.NodejsJob', () => {
  test('runs the handler once per event in task mode, with its execution time as the storage timeout source', () => {
    const stack = ibmStack();
    const bucket = new ibm.EventedBucket(stack, 'Bucket');
    const key = new TerraformVariable(stack, 'registry_api_key', { type: 'string', sensitive: true });
    const job = new ibm.NodejsJob(stack, 'Job', { entry: AUDIT_ENTRY, imageRepository: REPOSITORY, registryCredentials: { password: key.stringValue }, maxExecutionTime: 120 });
    bucket.onObjectRemoved(job, { prefix: 'uploads/' });
    bucket.grantWrite(job, 'audit/*');
    const json = synthChecked(stack);
    const resource = onlyResource(json, 'ibm_code_engine_job');
    expect(resource).toMatchObject({ run_mode: 'task', scale_max_execution_time: 120, run_compute_resource_token_enabled: true, run_as_user: 1000, image_reference: job.imageReference });
    expect(env(resource).IBM_FUNCTION_TIMEOUT_SECONDS).toBe('120');
    expect(onlyResource(json, 'ibm_iam_trusted_profile_link').link.component_type).toBe('job');
    const sub = Object.values(resourcesOf(json, 'terraform_data')).find((r: any) => r.input.destination !== undefined) as any;
    expect(sub.input).toMatchObject({ destination_type: 'job', event_type: 'delete' });
  });
});

describe('the resize components share the names and the escape-hatch consistency', () => {
  test('ResizeJob takes explicit project and profile names, and a renamed job is the one the profile trusts', () => {
    const stack = ibmStack();
    const bucket = new ibm.EventedBucket(stack, 'Bucket');
    const job = new ibm.ResizeJob(stack, 'Resize', { imageReference: 'us.icr.io/test-ns/resize:1.0', imageSecret: 'pull', projectName: 'corp-resize', profileName: 'corp-resize-profile', jobName: 'corp-resize-job' });
    bucket.onObjectCreated(job, { prefix: 'source/' });
    job.job.addOverride('name', 'renamed-resize-job');
    const json = synthChecked(stack);
    expect(onlyResource(json, 'ibm_code_engine_project').name).toBe('corp-resize');
    expect(onlyResource(json, 'ibm_iam_trusted_profile').name).toBe('corp-resize-profile');
    const jobKey = Object.keys(resourcesOf(json, 'ibm_code_engine_job'))[0];
    expect(onlyResource(json, 'ibm_code_engine_job').name).toBe('renamed-resize-job');
    expect(onlyResource(json, 'ibm_iam_trusted_profile_link').link.component_name).toBe(`\${ibm_code_engine_job.${jobKey}.name}`);
    expect((onlyResource(json, 'terraform_data') as any).input.destination).toBe(`\${ibm_code_engine_job.${jobKey}.name}`);
    expect(env(onlyResource(json, 'ibm_code_engine_job')).IBM_FUNCTION_TIMEOUT_SECONDS).toBe('600');
  });

  test('a resize app can be granted more through the bucket methods, with the same recursion check', () => {
    const stack = ibmStack();
    const bucket = new ibm.EventedBucket(stack, 'Bucket');
    const resize = new ibm.ResizeFunction(stack, 'Resize', { imageReference: 'us.icr.io/test-ns/resize:1.0', imageSecret: 'pull' });
    bucket.onObjectCreated(resize, { prefix: 'source/' });
    bucket.grantList(resize, 'source/*');
    expectConfigError(() => bucket.grantWrite(resize, 'source/x/*'), /Notify-/, /writes under "source\/x\/"/);
    const rows = policyRows(synthChecked(stack));
    expect(rows.map(([, roles, key, value]) => [roles.join('+'), key, value]).sort()).toEqual([
      ['Object Lister', '{{resource.attributes.prefix}}', 'source/*'],
      ['Object Reader', '{{resource.attributes.path}}', 'source/*'],
      ['Object Reader+Object Writer', '{{resource.attributes.path}}', 'processed/*'],
    ].sort());
  });
});

test('a subscription name on a Cloud Functions notification is refused (it has a trigger and a rule)', () => {
  const stack = ibmStack();
  const bucket = new ibm.EventedBucket(stack, 'Bucket');
  const action = new ibm.CloudFunctionsResizeFunction(stack, 'Fn', {});
  expectConfigError(() => bucket.onObjectCreated(action, { prefix: 'in/', subscriptionName: 'x' }), /Notify-/, /subscriptionName names a Code Engine COS subscription/);
});
