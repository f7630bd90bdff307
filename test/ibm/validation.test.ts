import * as fs from 'fs';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { ObjectAccess } from '../../lib/core/grants';
import * as ibm from '../../lib/ibm';
import { IbmProvider } from '../../lib/generated/providers/ibm/provider';
import { expectConfigError, onlyResource, resourcesOf, synthChecked } from '../helpers';
import { FAKE_API_KEY, FakeIbmCloud, FakeIbmCloudOptions, RunOptions, RunResult } from './fake-ibmcloud';
import { env, IMAGE, ibmStack } from './helpers';

const { EventedBucket, ResizeFunction, CloudFunctionsResizeFunction, CodeEngineProject, CosInstance, IbmCosEvent } = ibm;
const fn = (stack: any, id: string, props: Partial<ibm.ResizeFunctionProps> = {}) => new ResizeFunction(stack, id, { imageReference: IMAGE, ...props });

describe('ibm.EventedBucket', () => {
  test.each([
    ['a cross-region location', { crossRegionLocation: 'us' }, /cross-region \(us\); COS only sends object events from regional buckets/],
    ['a single-site location', { singleSiteLocation: 'ams03' }, /single-site \(ams03\)/],
    ['a firewall', { allowedIp: ['10.0.0.1'] }, /allowedIp sets a bucket firewall/],
    ['an invalid name', { bucketName: 'Photos' }, /not a valid COS bucket name/],
    ['two dots in a row', { bucketName: 'a..b' }, /not a valid COS bucket name/],
    ['an unknown storage class', { storageClass: 'glacier' as any }, /storageClass "glacier" is unknown/],
  ])('a bucket with %s is rejected at synth', (_what, props, problem) => {
    expectConfigError(() => new EventedBucket(ibmStack(), 'Photos', props as any), 'test/Photos', problem);
  });

  test('a bucket whose region is a Terraform expression is rejected', () => {
    const stack = ibmStack(null);
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    const other = new IbmProvider(stack, 'other', { alias: 'other', region: region.stringValue });
    expectConfigError(() => new EventedBucket(stack, 'Photos', { provider: other }), 'test/Photos', /region is unknown at synth/);
  });

  test('an imported bucket needs its COS instance; the CRN is checked', () => {
    const stack = ibmStack();
    expectConfigError(() => EventedBucket.fromBucketName(stack, 'Old', 'old-bucket', {} as any), 'test/Old', /COS instance of imported bucket old-bucket is not given/);
    expectConfigError(() => CosInstance.fromCrn(stack, 'Cos', 'crn:nope'), 'test/Cos', /not the CRN of a COS instance/);
    const crn = 'crn:v1:bluemix:public:cloud-object-storage:global:a/0123456789abcdef0123456789abcdef:11111111-2222-3333-4444-555555555555::';
    const old = EventedBucket.fromBucketName(stack, 'Old2', 'old-bucket', { cosInstance: CosInstance.fromCrn(stack, 'Cos2', crn) });
    old.onObjectCreated(fn(stack, 'Fn'), { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(onlyResource(json, 'ibm_iam_authorization_policy').target_resource_instance_id).toBe('11111111-2222-3333-4444-555555555555');
    for (const policy of Object.values(resourcesOf(json, 'ibm_iam_trusted_profile_policy')) as any[]) {
      expect(policy.resources).toMatchObject({ resource: 'old-bucket', resource_instance_id: '11111111-2222-3333-4444-555555555555' });
    }
  });
});

describe('ibm notifications', () => {
  const setup = () => {
    const stack = ibmStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos' });
    return { stack, bucket };
  };

  test('neutral kinds become write/delete, both together all', () => {
    const { stack, bucket } = setup();
    bucket.onObjectRemoved(fn(stack, 'A'), { prefix: 'a/' });
    bucket.addEventNotification(fn(stack, 'B', { destinationPrefix: 'out-b/' }), { prefix: 'b/', suffix: '.jpg', events: [ibm.IbmCosEvent.WRITE, 'removed' as any] });
    const inputs = Object.values(resourcesOf(synthChecked(stack), 'terraform_data')).map((t: any) => [t.input.event_type, t.input.prefix, t.input.suffix]).sort();
    expect(inputs).toEqual([['all', 'b/', '.jpg'], ['delete', 'a/', '']]);
  });

  test('wildcards, control characters and over-long filters are rejected', () => {
    const { stack, bucket } = setup();
    expectConfigError(() => bucket.onObjectCreated(fn(stack, 'A'), { prefix: 'in/*' }), /Photos\/Notify-A/, /contains a wildcard/);
    expectConfigError(() => bucket.onObjectCreated(fn(stack, 'B'), { prefix: 'in/', suffix: '.jp?' }), /Photos\/Notify-B/, /contains a wildcard/);
    expectConfigError(() => bucket.onObjectCreated(fn(stack, 'C'), { prefix: 'in/\n' }), /Photos\/Notify-C/, /control character/);
    expectConfigError(() => bucket.onObjectCreated(fn(stack, 'D'), { prefix: 'p'.repeat(1025) }), /Photos\/Notify-D/, /longer than the 1024 bytes IBM Cloud Object Storage allows/);
  });

  test('an unknown native event is rejected', () => {
    const { stack, bucket } = setup();
    expectConfigError(() => bucket.addEventNotification(fn(stack, 'A'), { prefix: 'in/', events: ['copy' as any] }), /Photos\/Notify-A/, /Unknown IBM Cloud Object Storage event\(s\): copy\. Fix: use one of: write, delete, all/);
  });

  test('overlapping filters for intersecting events (all covers write) are rejected', () => {
    const { stack, bucket } = setup();
    bucket.onObjectCreated(fn(stack, 'A', { destinationPrefix: 'out-a/' }), { prefix: 'in/' });
    expectConfigError(() => bucket.addEventNotification(fn(stack, 'B', { destinationPrefix: 'out-b/' }), { prefix: 'in/raw/', events: [IbmCosEvent.ALL] }),
      /Photos\/Notify-B/, /overlaps the one of test\/Photos\/Notify-A-[0-9a-f]{8}\/Resource .* for event\(s\) all/);
  });

  test('a notification whose prefix covers the outputs is rejected (recursion)', () => {
    const { stack, bucket } = setup();
    expectConfigError(() => bucket.onObjectCreated(fn(stack, 'A')), /Photos\/Notify-A/, /every output would trigger the function again/);
  });

  test('a 101st subscription in one project is rejected', () => {
    const stack = ibmStack();
    const project = new CodeEngineProject(stack, 'Project');
    const dest = new EventedBucket(stack, 'Dest', { bucketName: 'dest' });
    const cos = new CosInstance(stack, 'Cos');
    const buckets = Array.from({ length: 26 }, (_, i) => new EventedBucket(stack, `B${i}`, { bucketName: `bucket-${i}`, cosInstance: cos }));
    const fns = Array.from({ length: 4 }, (_, i) => fn(stack, `F${i}`, { project, destinationBucket: dest }));
    let n = 0;
    fns.forEach((f, i) => buckets.forEach((b) => { if (n++ < 100) b.onObjectCreated(f, { prefix: `in${i}/` }); }));
    expectConfigError(() => buckets[25].onObjectCreated(fns[0], { prefix: 'other/' }), /B25\/Notify-F0/, /already has 100 COS subscriptions; Code Engine allows 100 per project/);
    // One authorization per project and COS instance, however many subscriptions use it.
    expect(project.node.findAll().filter((c) => c instanceof ibm.TriggerRole)).toHaveLength(1);
  });

  test('an imported project\'s resource group (default: the account\'s default group) is what the subscription logs in to', () => {
    const stack = ibmStack();
    const crn = 'crn:v1:bluemix:public:codeengine:us-south:a/0123456789abcdef0123456789abcdef:11111111-2222-3333-4444-555555555555::';
    const given = CodeEngineProject.fromProjectId(stack, 'Given', '11111111-2222-3333-4444-555555555555', { crn, resourceGroupId: 'fedcba9876543210fedcba9876543210' });
    const dflt = CodeEngineProject.fromProjectId(stack, 'Default', '11111111-2222-3333-4444-555555555556', { crn });
    const photos = new EventedBucket(stack, 'Photos', { bucketName: 'photos' });
    photos.onObjectCreated(fn(stack, 'A', { project: given }), { prefix: 'a/' });
    photos.onObjectCreated(fn(stack, 'B', { project: dflt }), { prefix: 'b/' });
    const inputs = Object.values(resourcesOf(synthChecked(stack), 'terraform_data')).map((d: any) => d.input.resource_group_id).sort();
    expect(inputs).toEqual(['${data.ibm_resource_group.IbmDefaultResourceGroup-ibm.id}', 'fedcba9876543210fedcba9876543210']);
  });

  test('a project whose authorization exists already creates none', () => {
    const stack = ibmStack();
    const project = new CodeEngineProject(stack, 'Project', { authorizeNotifications: false });
    new EventedBucket(stack, 'Photos', { bucketName: 'photos' }).onObjectCreated(fn(stack, 'A', { project }), { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(resourcesOf(json, 'ibm_iam_authorization_policy')).toEqual({});
    expect(onlyResource(json, 'terraform_data').depends_on).not.toContainEqual(expect.stringMatching(/authorization/));
  });
});

describe('ibm regions', () => {
  test('literal regions of bucket and project must match', () => {
    const stack = ibmStack('us-south');
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos', region: 'eu-de' });
    expectConfigError(() => bucket.onObjectCreated(fn(stack, 'Fn'), { prefix: 'in/' }), /Photos\/Notify-Fn/, /is in region eu-de but function test\/Fn is in us-south/);
  });

  test('with the provider\'s default region, the subscription checks the project region at plan time', () => {
    const stack = ibmStack(null);
    new EventedBucket(stack, 'Photos', { bucketName: 'photos' }).onObjectCreated(fn(stack, 'Fn'), { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(onlyResource(json, 'ibm_cos_bucket').region_location).toBe('us-south');
    const sub = onlyResource(json, 'terraform_data');
    expect(sub.input.region).toMatch(/^\$\{ibm_code_engine_project\.Fn_Project_[0-9A-F]+\.region\}$/);
    expect(sub.lifecycle.precondition).toEqual([{
      condition: expect.stringMatching(/^\$\{\(ibm_code_engine_project\.Fn_Project_[0-9A-F]+\.region == "us-south"\)\}$/),
      error_message: expect.stringContaining('COS subscriptions only reach a project in the bucket\'s region'),
    }]);
  });

  test('an explicit region needs no precondition', () => {
    const stack = ibmStack('eu-de');
    new EventedBucket(stack, 'Photos', { bucketName: 'photos' }).onObjectCreated(fn(stack, 'Fn'), { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(onlyResource(json, 'terraform_data').lifecycle).toBeUndefined();
    expect(onlyResource(json, 'terraform_data').input.region).toBe('eu-de');
    expect(env(onlyResource(json, 'ibm_code_engine_app')).COS_ENDPOINT).toBe('s3.eu-de.cloud-object-storage.appdomain.cloud');
  });
});

describe('ibm.ResizeFunction (Code Engine) settings', () => {
  test.each([
    ['an invalid image reference', { imageReference: 'Not An Image' }, /not a valid image reference/],
    ['an invalid registry secret', { imageSecret: 'My_Secret' }, /not a valid registry secret name/],
    ['an invalid app name', { appName: '1resize' }, /not a valid Code Engine app name/],
    ['an unknown vCPU size', { cpu: '3' }, /cpu "3" is not a Code Engine vCPU size/],
    ['memory not allowed with the vCPUs', { cpu: '1', memory: '1G' }, /memory "1G" is not allowed with cpu 1/],
    ['a request timeout over 600 s', { requestTimeout: 601 }, /requestTimeout 601 is out of range/],
    ['more minimum than maximum instances', { minInstances: 5, maxInstances: 2 }, /minInstances 5 is above maxInstances 2/],
    ['a CE_ variable', { environment: { CE_APP: 'x' } }, /starts with CE_, which Code Engine reserves/],
    ['a variable the construct sets', { environment: { COS_ENDPOINT: 'x' } }, /Environment variable COS_ENDPOINT is set by the construct/],
    ['an unknown visibility', { visibility: 'public' as any }, /visibility "public" is unknown/],
    ['an unknown endpoint type', { cosEndpointType: 'internal' as any }, /cosEndpointType "internal" is unknown/],
    ['the private COS endpoint, which Code Engine cannot use', { cosEndpointType: 'private' as any }, /cosEndpointType "private" is not reachable from Code Engine.*Fix: use "direct"/s],
    ['an empty destination prefix', { destinationPrefix: '' }, /destinationPrefix is empty/],
  ])('%s is rejected', (_what, props, problem) => {
    expectConfigError(() => fn(ibmStack(), 'Fn', props as any), 'test/Fn', problem);
  });

  test('a given resource group is used for the project and the COS instance, and must be a group ID', () => {
    const stack = ibmStack();
    const group = '0123456789abcdef0123456789abcdef';
    new EventedBucket(stack, 'Photos', { resourceGroupId: group }).onObjectCreated(fn(stack, 'Fn', { resourceGroupId: group }), { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(onlyResource(json, 'ibm_code_engine_project').resource_group_id).toBe(group);
    expect(onlyResource(json, 'ibm_resource_instance').resource_group_id).toBe(group);
    expect(JSON.parse(json).data).toBeUndefined();
    expectConfigError(() => fn(ibmStack(), 'Fn', { resourceGroupId: 'Default' }), 'test/Fn/Project', /resourceGroupId "Default" is not a resource group ID/);
  });

  test('a function bound to nothing fails at synth', () => {
    const stack = ibmStack();
    fn(stack, 'Fn');
    expectConfigError(() => synthChecked(stack), /\[test\/Fn\]/, /has no destination/);
  });

  test('a separate destination bucket gets Object Reader + Object Writer under its prefix, the notified bucket Object Reader (whole bucket: no prefix)', () => {
    const stack = ibmStack();
    const cos = new CosInstance(stack, 'Cos');
    const dest = new EventedBucket(stack, 'Dest', { bucketName: 'dest', cosInstance: cos });
    const src = new EventedBucket(stack, 'Src', { bucketName: 'src', cosInstance: cos });
    src.onObjectCreated(fn(stack, 'Fn', { destinationBucket: dest }));
    const json = synthChecked(stack);
    const policies = Object.values(resourcesOf(json, 'ibm_iam_trusted_profile_policy')).map((p: any) => [p.resources.resource, p.roles, p.rule_conditions, p.pattern]).sort();
    expect(policies).toEqual([
      ['dest', ['Object Reader', 'Object Writer'], [{ key: '{{resource.attributes.path}}', operator: 'stringMatch', value: ['processed/*'] }], 'attribute-based-condition:resource:literal-and-wildcard'],
      ['src', ['Object Reader'], undefined, undefined],
    ]);
    expect(Object.keys(resourcesOf(json, 'ibm_resource_instance'))).toHaveLength(1);
  });

  test('no policy holds Writer or Manager, and each prefix gets its own path condition (escaped like every user text)', () => {
    const stack = ibmStack();
    const photos = new EventedBucket(stack, 'Photos', { bucketName: 'photos' });
    const resize = fn(stack, 'Fn', { destinationPrefix: 'out/${x}/' });
    photos.onObjectCreated(resize, { prefix: 'a/' });
    photos.onObjectCreated(resize, { prefix: 'b/' });
    const policies = Object.values(resourcesOf(synthChecked(stack), 'ibm_iam_trusted_profile_policy')) as any[];
    expect(policies.flatMap((p) => p.roles)).not.toEqual(expect.arrayContaining(['Writer']));
    expect(policies.flatMap((p) => p.roles)).not.toEqual(expect.arrayContaining(['Manager']));
    expect(policies.map((p) => [p.roles.join('+'), p.rule_conditions[0].value[0]]).sort()).toEqual([
      ['Object Reader+Object Writer', 'out/$${x}/*'], ['Object Reader', 'a/*'], ['Object Reader', 'b/*'],
    ]);
    expect(policies.every((p) => p.rule_conditions.length === 1 && p.rule_operator === undefined && p.pattern === 'attribute-based-condition:resource:literal-and-wildcard')).toBe(true);
  });

  test('a prefix with an IAM wildcard is refused: the condition would grant more than the prefix', () => {
    const stack = ibmStack();
    const identity = fn(stack, 'Fn').identity;
    expectConfigError(() => identity.grant(ObjectAccess.WRITE, new CosInstance(stack, 'Cos'), 'b', 'out*/'), 'test/Fn/Identity', /contains "\*" or "\?"/);
  });

  test('a destination in another region than the notified bucket is rejected', () => {
    const stack = ibmStack('us-south');
    const dest = new EventedBucket(stack, 'Dest', { bucketName: 'dest', region: 'eu-de' });
    new EventedBucket(stack, 'Src', { bucketName: 'src' }).onObjectCreated(fn(stack, 'Fn', { destinationBucket: dest }));
    expectConfigError(() => synthChecked(stack), /\[test\/Fn\]/, /several regions \(eu-de, us-south\)/);
  });
});

describe('registry credentials', () => {
  const apiKey = (stack: any) => new TerraformVariable(stack, 'key', { type: 'string', sensitive: true }).stringValue;

  test('a literal password is rejected: it would sit in the synthesized JSON', () => {
    expectConfigError(() => fn(ibmStack(), 'Fn', { registryCredentials: { password: 'my-api-key' } }), 'test/Fn', /registryCredentials\.password is a literal.*Fix: pass a sensitive variable/s);
  });

  test('imageSecret and registryCredentials together are rejected', () => {
    const stack = ibmStack();
    expectConfigError(() => fn(stack, 'Fn', { imageSecret: 'icr', registryCredentials: { password: apiKey(stack) } }), 'test/Fn', /imageSecret and registryCredentials are both set/);
  });

  test('an image reference without a registry host needs an explicit server', () => {
    const stack = ibmStack();
    expectConfigError(() => fn(stack, 'Fn', { imageReference: 'library/resize:1.0', registryCredentials: { password: apiKey(stack) } }), 'test/Fn', /names no registry host.*Fix: set registryCredentials\.server/s);
  });

  test('a job gets the same secret; server and username can be given', () => {
    const stack = ibmStack();
    const job = new ibm.ResizeJob(stack, 'Job', { imageReference: 'registry.example.com/team/resize:2', registryCredentials: { password: apiKey(stack), username: 'robot' } });
    new EventedBucket(stack, 'Src').onObjectCreated(job, { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(onlyResource(json, 'ibm_code_engine_secret').data).toEqual({ server: 'registry.example.com', username: 'robot', password: '${var.key}' });
    expect(onlyResource(json, 'ibm_code_engine_job').image_secret).toMatch(/ibm_code_engine_secret\..*\.name\}$/);
  });
});

describe('ibm.ResizeJob (Code Engine job) settings', () => {
  const job = (stack: any, id: string, props: Partial<ibm.ResizeJobProps> = {}) => new ibm.ResizeJob(stack, id, { imageReference: IMAGE, ...props });

  test.each([
    ['an invalid job name', { jobName: '-resize' }, /not a valid Code Engine job name/],
    ['a retry limit of 0 (the provider would send none, and Code Engine apply 3)', { retryLimit: 0 }, /retryLimit 0 is out of range \(.*provider sends no retry limit of 0/],
    ['more than 5 retries', { retryLimit: 6 }, /retryLimit 6 is out of range/],
    ['an execution time over 24 hours', { maxExecutionTime: 86_401 }, /maxExecutionTime 86401 is out of range/],
    ['a variable Code Engine sets in job runs', { environment: { JOB_INDEX: '1' } }, /Environment variable JOB_INDEX is set by the construct/],
    ['memory not allowed with the vCPUs', { cpu: '0.5', memory: '8G' }, /memory "8G" is not allowed with cpu 0.5/],
  ])('%s is rejected', (_what, props, problem) => {
    expectConfigError(() => job(ibmStack(), 'Job', props as any), 'test/Job', problem);
  });

  test('a job name may start with a digit, as the provider allows', () => {
    expect(job(ibmStack(), 'Job', { jobName: '2x-resize' }).jobName).toBe('2x-resize');
  });

  test('variables that would push the job over Code Engine\'s 10 KiB spec limit fail at synth', () => {
    const stack = ibmStack();
    new EventedBucket(stack, 'Src').onObjectCreated(job(stack, 'Job', { environment: { NOTES: 'x'.repeat(ibm.CODE_ENGINE_JOB_ENVIRONMENT_BYTES) } }), { prefix: 'in/' });
    expectConfigError(() => synthChecked(stack), /\[test\/Job\]/, /environment variables total \d+ bytes; Code Engine allows 8192/);
  });

  test('an app and a job can share one project: one authorization, a subscription each', () => {
    const stack = ibmStack();
    const project = new ibm.CodeEngineProject(stack, 'Project');
    const bucket = new EventedBucket(stack, 'Src', { bucketName: 'src' });
    bucket.onObjectCreated(fn(stack, 'App', { project, destinationPrefix: 'small/' }), { prefix: 'in/' });
    bucket.onObjectRemoved(job(stack, 'Job', { project, destinationPrefix: 'small/' }), { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(Object.keys(resourcesOf(json, 'ibm_iam_authorization_policy'))).toHaveLength(1);
    const subs = Object.values(resourcesOf(json, 'terraform_data')).map((s: any) => [s.input.destination_type, s.input.event_type]).sort();
    expect(subs).toEqual([['app', 'write'], ['job', 'delete']]);
  });
});

describe('the COS subscription command', () => {
  const GROUP = '0123456789abcdef0123456789abcdef';
  let clouds: FakeIbmCloud[] = [];
  const cloudOf = (options: FakeIbmCloudOptions = {}) => {
    const cloud = new FakeIbmCloud(options);
    clouds.push(cloud);
    return cloud;
  };
  afterEach(() => {
    for (const c of clouds) c.dispose();
    clouds = [];
  });
  /** The arguments of each call. */
  const argsOf = (r: RunResult) => r.calls.map((c) => c.args);

  /**
   * The provisioners and input of a one-notification stack, with the values Terraform would know at apply: bucket
   * `photos` notifies function `Fn` (with the props `props` gives for the stack) of created objects matching `filter`.
   */
  function provisioners(filter: Omit<ibm.NotificationOptions, 'events'> = { prefix: 'source/' }, props: (stack: TerraformStack) => Partial<ibm.ResizeFunctionProps> = () => ({})) {
    const stack = ibmStack();
    new EventedBucket(stack, 'Photos', { bucketName: 'photos' }).onObjectCreated(fn(stack, 'Fn', props(stack)), filter);
    const sub = onlyResource(synthChecked(stack), 'terraform_data');
    const [create, destroy] = sub.provisioner.map((p: any) => p['local-exec'].command as string);
    return { create, destroy, input: { ...sub.input, project_id: 'p-1', region: 'us-south', resource_group_id: GROUP } as Record<string, string> };
  }

  /** What every run does first: its own CLI home, the plugin check, the login to the project's region and group. */
  const SESSION = [['config', '--check-version=false'], ['plugin', 'show', 'code-engine'], ['login', '-r', 'us-south', '-g', GROUP, '--quiet']];

  test('the input carries the project\'s resource group, and both provisioners read it', () => {
    const stack = ibmStack();
    new EventedBucket(stack, 'Photos', { bucketName: 'photos' }).onObjectCreated(fn(stack, 'Fn'), { prefix: 'in/' });
    const json = synthChecked(stack);
    const sub = onlyResource(json, 'terraform_data');
    expect(sub.input.resource_group_id).toBe(onlyResource(json, 'ibm_code_engine_project').resource_group_id);
    for (const p of sub.provisioner) expect(p['local-exec'].environment.CE_RESOURCE_GROUP).toBe('${self.input.resource_group_id}');
  });

  test('a prefix with spaces, quotes and shell syntax reaches the CLI as one literal argument', () => {
    const evil = `in/a b "c" 'd' $(touch pwned) ; rm -rf x \`id\` $HOME/`;
    const { create, destroy, input } = provisioners({ prefix: evil, suffix: '.j pg' });
    const cloud = cloudOf();
    const created = cloud.run(create, { input });
    expect(created.status).toBe(0);
    expect(argsOf(created)).toEqual([
      ...SESSION,
      ['ce', 'project', 'select', '--id', 'p-1'],
      ['ce', 'subscription', 'cos', 'get', '--name', input.name],
      ['ce', 'subscription', 'cos', 'create', '--name', input.name, '--destination', input.destination, '--destination-type', 'app', '--bucket', 'photos',
        '--event-type', 'write', '--prefix', evil, '--suffix', '.j pg', '--wait', '--wait-timeout', String(ibm.SUBSCRIPTION_READY_TIMEOUT_SECONDS)],
    ]);
    expect(cloud.subscriptions('p-1')).toEqual([input.name]);
    expect(created.pwned).toBe(false);
    const destroyed = cloud.run(destroy, { input });
    expect(argsOf(destroyed).slice(-1)[0]).toEqual(['ce', 'subscription', 'cos', 'delete', '--name', input.name, '--force', '--wait', '--wait-timeout', String(ibm.SUBSCRIPTION_DELETE_TIMEOUT_SECONDS)]);
    expect(cloud.subscriptions('p-1')).toEqual([]);
  });

  test('each run logs in with the key from the environment in a CLI home of its own, removed afterwards; the operator\'s session is left alone', () => {
    const { create, destroy, input } = provisioners();
    const cloud = cloudOf();
    for (const command of [create, destroy]) {
      const result = cloud.run(command, { input });
      expect(result.status).toBe(0);
      const homes = new Set(result.calls.map((c) => c.home));
      expect(homes.size).toBe(1);
      const [home] = [...homes];
      expect(home.startsWith(cloud.tmp)).toBe(true);
      expect(fs.existsSync(home)).toBe(false);
    }
    expect(cloud.leftovers()).toEqual([]);
    expect(fs.readFileSync(cloud.operatorSelection, 'utf8')).toBe('operator-project\n');
    // IC_API_KEY (the provider's name for the key) is taken when IBMCLOUD_API_KEY is unset.
    expect(cloud.run(create, { input, apiKey: null, icApiKey: FAKE_API_KEY }).status).toBe(0);
  });

  test('subscriptions of several projects created in parallel each land in their own project', async () => {
    const { create, input } = provisioners();
    const cloud = cloudOf({ parties: 2 });
    const results = await Promise.all([
      cloud.runAsync(create, { input: { ...input, project_id: 'p-1', name: 'sub-one' } }),
      cloud.runAsync(create, { input: { ...input, project_id: 'p-2', name: 'sub-two' } }),
    ]);
    expect(results.map((r) => r.status)).toEqual([0, 0]);
    expect(cloud.subscriptions('p-1')).toEqual(['sub-one']);
    expect(cloud.subscriptions('p-2')).toEqual(['sub-two']);
    expect(cloud.subscriptions('operator-project')).toEqual([]);
    expect(cloud.leftovers()).toEqual([]);
  });

  test('the same parallel runs in one shared CLI home (the script without its own home) put a subscription in the wrong project', async () => {
    const { create, input } = provisioners();
    // From the new home to the plugin links, inclusive: the runs then share the operator's home.
    const shared = create.replace(/^IBMCLOUD_HOME=\$\(mktemp -d\)\n[^]*?\n  done\ndone\n/m, '');
    expect(shared).not.toBe(create);
    const cloud = cloudOf({ parties: 2 });
    await Promise.all([
      cloud.runAsync(shared, { input: { ...input, project_id: 'p-1', name: 'sub-one' } }),
      cloud.runAsync(shared, { input: { ...input, project_id: 'p-2', name: 'sub-two' } }),
    ]);
    // Both selections happen before either create, so both creates use the project selected last.
    expect([...cloud.subscriptions('p-1'), ...cloud.subscriptions('p-2')].sort()).toEqual(['sub-one', 'sub-two']);
    expect(cloud.subscriptions('p-1').length === 2 || cloud.subscriptions('p-2').length === 2).toBe(true);
  });

  test.each([
    ['the ibmcloud CLI is missing', { cliOnPath: false }, {}, /the ibmcloud CLI is not on the PATH where terraform runs\. Install it/],
    ['the code-engine plugin is missing', {}, { noPlugin: true }, /the code-engine plugin of the ibmcloud CLI is not installed .*ibmcloud plugin install code-engine/],
    ['the API key is unset', { apiKey: null }, {}, /IBMCLOUD_API_KEY is not set\. Export the API key/],
    ['the API key is wrong', { apiKey: 'other' }, {}, /ibmcloud login with IBMCLOUD_API_KEY to region us-south and resource group 0123456789abcdef0123456789abcdef failed/],
  ])('fails with what to fix when %s, before touching any project', (_what, run: Partial<RunOptions>, options: FakeIbmCloudOptions, message) => {
    const { create, destroy, input } = provisioners();
    for (const command of [create, destroy]) {
      const cloud = cloudOf(options);
      const result = cloud.run(command, { input, ...run });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain(`COS subscription ${input.name}: `);
      expect(result.calls.some((c) => c.args[0] === 'ce')).toBe(false);
      expect(cloud.leftovers()).toEqual([]);
    }
  });

  test('a subscription left by a failed earlier create (tainted: no destroy provisioner ran) is replaced', () => {
    const { create, input } = provisioners();
    const cloud = cloudOf({ existing: { 'p-1': ['other-subscription', input.name] } });
    const result = cloud.run(create, { input });
    expect(result.status).toBe(0);
    expect(argsOf(result).slice(SESSION.length).map((c) => c.slice(0, 4).join(' '))).toEqual([
      'ce project select --id', 'ce subscription cos get', 'ce subscription cos delete', 'ce subscription cos create',
    ]);
    expect(argsOf(result)[SESSION.length + 2]).toEqual(['ce', 'subscription', 'cos', 'delete', '--name', input.name, '--force', '--wait', '--wait-timeout', String(ibm.SUBSCRIPTION_DELETE_TIMEOUT_SECONDS)]);
    expect(cloud.subscriptions('p-1')).toEqual(['other-subscription', input.name]);
  });

  test('a subscription that does not become ready fails the apply, shows its status and says what to check', () => {
    const { create, input } = provisioners();
    const cloud = cloudOf({ notReady: true });
    const result = cloud.run(create, { input });
    expect(result.status).toBe(1);
    expect(argsOf(result).slice(-1)[0]).toEqual(['ce', 'subscription', 'cos', 'get', '--name', input.name]);
    expect(result.stderr).toContain(`COS subscription ${input.name} is not ready. Check the Notifications Manager authorization`);
    // The next apply replaces the leftover instead of failing on "already exists".
    const retry = cloudOf({ existing: { 'p-1': cloud.subscriptions('p-1') } }).run(create, { input });
    expect(retry.status).toBe(0);
  });

  test('destroy succeeds when the subscription or the whole project is gone already', () => {
    const { destroy, input } = provisioners();
    const noSubscription = cloudOf().run(destroy, { input });
    expect(noSubscription.status).toBe(0);
    expect(noSubscription.calls.some((c) => c.args[3] === 'delete')).toBe(false);
    const noProject = cloudOf({ goneProjects: ['p-1'] }).run(destroy, { input });
    expect(noProject.status).toBe(0);
    expect(argsOf(noProject).slice(-1)[0].slice(0, 3)).toEqual(['ce', 'project', 'select']);
  });

  test('an empty prefix or suffix is left out', () => {
    const { create, input } = provisioners({}, (stack) => ({ destinationBucket: new EventedBucket(stack, 'Out', { bucketName: 'out' }) }));
    const calls = argsOf(cloudOf().run(create, { input }));
    const createCall = calls.find((c) => c[3] === 'create')!;
    expect(createCall.slice(0, 4)).toEqual(['ce', 'subscription', 'cos', 'create']);
    expect(createCall).not.toContain('--prefix');
    expect(createCall).not.toContain('--suffix');
  });

  test('Terraform template syntax in a prefix is escaped, so it reaches the cloud literally', () => {
    const stack = ibmStack();
    new EventedBucket(stack, 'Photos', { bucketName: 'photos' }).onObjectCreated(fn(stack, 'Fn'), { prefix: 'in/${x}/%{y}/' });
    const json = synthChecked(stack);
    expect(onlyResource(json, 'terraform_data').input.prefix).toBe('in/$${x}/%%{y}/');
    const config = env(onlyResource(json, 'ibm_code_engine_app')).RESIZE_CONFIG;
    expect(config).toContain('"prefix":"in/$${x}/%%{y}/"');
  });
});

describe('ibm.CloudFunctionsResizeFunction', () => {
  test.each([
    ['memory over 2048 MB', { memorySize: 4096 }, /memorySize 4096 MB is out of range/],
    ['a timeout over 600 s', { timeout: 900 }, /timeout 900 s is out of range/],
    ['an invalid action name', { actionName: '/bad' }, /not a valid Cloud Functions entity name/],
  ])('%s is rejected', (_what, props, problem) => {
    expectConfigError(() => new CloudFunctionsResizeFunction(ibmStack(), 'Fn', props as any), 'test/Fn', problem);
  });

  test('buckets of two COS instances are rejected (one set of HMAC keys)', () => {
    const stack = ibmStack();
    const f = new CloudFunctionsResizeFunction(stack, 'Fn', { destinationBucket: new EventedBucket(stack, 'Out', { bucketName: 'out' }) });
    expectConfigError(() => new EventedBucket(stack, 'Other', { bucketName: 'other' }).onObjectCreated(f, { prefix: 'in/' }), /test\/Other/, /already uses COS instance test\/Out\/Instance/);
  });

  test('with the provider\'s default region the trigger checks the namespace location at plan time', () => {
    const stack = ibmStack(null);
    new EventedBucket(stack, 'Photos', { bucketName: 'photos' }).onObjectCreated(new CloudFunctionsResizeFunction(stack, 'Fn'), { prefix: 'in/', suffix: '.png' });
    const trigger = onlyResource(synthChecked(stack), 'ibm_function_trigger');
    expect(trigger.lifecycle.precondition[0].condition).toMatch(/ibm_function_namespace\.Fn_Namespace_[0-9A-F]+\.location == "us-south"/);
    expect(JSON.parse(trigger.feed.parameters)).toContainEqual({ key: 'suffix', value: '.png' });
  });
});
