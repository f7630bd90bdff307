import * as path from 'path';
import { Testing } from 'cdktf';
import { Construct } from 'constructs';
import { alicloud } from '../../lib';
import { Fcv3Function } from '../../lib/generated/providers/alicloud/fcv3-function';
import { alicloudStack, expectConfigError, onlyResource, resourcesOf, synthChecked } from '../helpers';

const { EventedBucket, NodejsFunction, BucketEncryption, FcNodeRuntime } = alicloud;
const ENTRY = path.join(__dirname, 'fixtures', 'log-event.ts');
const BUCKET = 'uploads-bucket-test';

/** The statements of the function's execution policy, without the log statement every function has. */
function objectStatements(json: string, fnId = 'Fn'): any[] {
  const policy = Object.entries(resourcesOf(json, 'alicloud_ram_policy')).find(([name]) => name.startsWith(`${fnId}_ExecutionRole_`))![1];
  return JSON.parse(policy.policy_document).Statement.filter((s: any) => !s.Action.includes('log:PostLogStoreLogs'));
}

function setup(region: string | null = 'cn-hangzhou') {
  const stack = alicloudStack(region);
  const bucket = new EventedBucket(stack, 'Uploads', { bucketName: BUCKET });
  const fn = new NodejsFunction(stack, 'Fn', { entry: ENTRY });
  return { stack, bucket, fn };
}

describe('alicloud.NodejsFunction', () => {
  test('bundles the entry, runs its handler export on nodejs20, logs to the stack log store, and passes the checks', () => {
    const { stack, bucket, fn } = setup();
    bucket.onObjectRemoved(fn, { prefix: 'uploads/' });
    const json = synthChecked(stack);
    expect(json).toHaveResourceWithProperties(Fcv3Function, {
      handler: 'index.handler', runtime: 'nodejs20', memory_size: 512, cpu: 0.5, timeout: 60, disk_size: 512,
      description: 'Handles OSS object events (log-event.ts).',
    });
    expect(fn.code.package.packages).toEqual([]);
    expect(onlyResource(json, 'alicloud_oss_bucket_object').key).toBe(`function-code/${fn.function.functionNameInput}/${fn.code.package.sha256}.zip`);
    const trigger = onlyResource(json, 'alicloud_fcv3_trigger');
    expect(JSON.parse(trigger.trigger_config)).toEqual({ events: ['oss:ObjectRemoved:DeleteObject', 'oss:ObjectRemoved:DeleteObjects'], filter: { key: { prefix: 'uploads/', suffix: '' } } });
  });

  test('a function bound to events but granted nothing is valid: its policy holds only the log statement', () => {
    const { stack, bucket, fn } = setup();
    bucket.onObjectRemoved(fn, { prefix: 'uploads/' });
    const json = synthChecked(stack);
    expect(objectStatements(json)).toEqual([]);
    const policy = Object.entries(resourcesOf(json, 'alicloud_ram_policy')).find(([name]) => name.startsWith('Fn_ExecutionRole_'))![1];
    expect(JSON.parse(policy.policy_document).Statement).toEqual([
      { Effect: 'Allow', Action: ['log:PostLogStoreLogs'], Resource: [expect.stringMatching(/^acs:log:\*:\*:project\/\$\{alicloud_log_project\..+\/logstore\/\$\{alicloud_log_store\./)] },
    ]);
  });

  test('handler, runtime, sizing, environment, retries and failure destination reach the resources', () => {
    const stack = alicloudStack();
    new NodejsFunction(stack, 'Fn', {
      entry: ENTRY, handler: 'other', runtime: FcNodeRuntime.NODEJS_18, memorySize: 2048, cpu: 1, timeout: 300, diskSize: 10240,
      environment: { STAGE: 'prod' }, retryAttempts: 0, maxEventAgeSeconds: 600, onFailureDestination: 'acs:mns:cn-hangzhou:123:/queues/dead',
    });
    const json = synthChecked(stack);
    expect(json).toHaveResourceWithProperties(Fcv3Function, {
      handler: 'index.other', runtime: 'nodejs18', memory_size: 2048, cpu: 1, timeout: 300, disk_size: 10240, environment_variables: { STAGE: 'prod' },
    });
    expect(onlyResource(json, 'alicloud_fcv3_async_invoke_config')).toMatchObject({
      max_async_retry_attempts: 0, max_async_event_age_in_seconds: 600, destination_config: { on_failure: { destination: 'acs:mns:cn-hangzhou:123:/queues/dead' } },
    });
  });

  test('sourceMap inlines a map and sets NODE_OPTIONS; minify shortens the bundle', () => {
    const stack = alicloudStack();
    const plain = new NodejsFunction(stack, 'Plain', { entry: ENTRY });
    const mapped = new NodejsFunction(stack, 'Mapped', { entry: ENTRY, bundling: { sourceMap: true, minify: true } });
    const json = Testing.synth(stack);
    const fns = resourcesOf(json, 'alicloud_fcv3_function');
    expect(Object.entries(fns).find(([k]) => k.startsWith('Mapped'))![1].environment_variables).toEqual({ NODE_OPTIONS: '--enable-source-maps' });
    expect(Object.entries(fns).find(([k]) => k.startsWith('Plain'))![1].environment_variables).toEqual({});
    expect(mapped.code.package.sha256).not.toBe(plain.code.package.sha256);
    expectConfigError(() => new NodejsFunction(stack, 'Clash', { entry: ENTRY, bundling: { sourceMap: true }, environment: { NODE_OPTIONS: '--x' } }),
      'test/Clash', /NODE_OPTIONS is set by the construct/);
  });

  test('explicit names for the function, both roles and both policies', () => {
    const stack = alicloudStack();
    new NodejsFunction(stack, 'Fn', {
      entry: ENTRY, functionName: 'audit-fn', executionRoleName: 'audit-exec', executionPolicyName: 'audit-exec-policy',
      triggerRoleName: 'audit-invoke', triggerPolicyName: 'audit-invoke-policy',
    });
    const json = Testing.synth(stack);
    expect(onlyResource(json, 'alicloud_fcv3_function').function_name).toBe('audit-fn');
    expect(Object.values(resourcesOf(json, 'alicloud_ram_role')).map((r: any) => r.role_name).sort()).toEqual(['audit-exec', 'audit-invoke']);
    expect(Object.values(resourcesOf(json, 'alicloud_ram_policy')).map((r: any) => r.policy_name).sort()).toEqual(['audit-exec-policy', 'audit-invoke-policy']);
    expectConfigError(() => new NodejsFunction(stack, 'Bad', { entry: ENTRY, executionRoleName: 'Audit_Exec' }), /test\/Bad/, /not a valid RAM role name/);
  });

  test('names changed through escape hatches reach every resource that refers to them', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Uploads', { bucketName: BUCKET });
    const logs = new alicloud.FunctionLogStore(stack, 'Logs', { projectName: 'audit-logs-test', logstoreName: 'audit' });
    const fn = new NodejsFunction(stack, 'Fn', { entry: ENTRY, logConfig: logs.config });
    bucket.onObjectRemoved(fn, { prefix: 'uploads/' });
    fn.function.addOverride('function_name', 'renamed-fn');
    fn.executionRole.role.addOverride('role_name', 'renamed-exec');
    fn.triggerRole.role.addOverride('role_name', 'renamed-invoke');
    logs.project.addOverride('project_name', 'renamed-logs');
    logs.logstore.addOverride('logstore_name', 'renamed-store');
    const json = JSON.parse(Testing.synth(stack));
    const ref = (type: string, prefix: string, attribute: string) =>
      `\${${type}.${Object.keys(json.resource[type]).find((k) => k.startsWith(prefix))}.${attribute}}`;
    const fnName = ref('alicloud_fcv3_function', 'Fn_Function', 'function_name');
    expect(Object.values(json.resource.alicloud_fcv3_function as Record<string, any>)[0].function_name).toBe('renamed-fn');
    expect(Object.values(json.resource.alicloud_fcv3_trigger as Record<string, any>)[0].function_name).toBe(fnName);
    expect(Object.values(json.resource.alicloud_fcv3_async_invoke_config as Record<string, any>)[0].function_name).toBe(fnName);
    const policies = json.resource.alicloud_ram_policy as Record<string, any>;
    const invoke = JSON.parse(Object.entries(policies).find(([k]) => k.startsWith('Fn_TriggerRole'))![1].policy_document);
    expect(invoke.Statement[0].Resource).toEqual([expect.stringContaining(`functions/${fnName}`), expect.stringContaining(`functions/${fnName}/*`)]);
    const attachments = Object.entries(json.resource.alicloud_ram_role_policy_attachment as Record<string, any>);
    expect(attachments.find(([k]) => k.startsWith('Fn_ExecutionRole'))![1].role_name).toBe(ref('alicloud_ram_role', 'Fn_ExecutionRole', 'role_name'));
    expect(attachments.find(([k]) => k.startsWith('Fn_TriggerRole'))![1].role_name).toBe(ref('alicloud_ram_role', 'Fn_TriggerRole', 'role_name'));
    const fnResource = Object.values(json.resource.alicloud_fcv3_function as Record<string, any>)[0];
    expect(fnResource.role).toBe(ref('alicloud_ram_role', 'Fn_ExecutionRole', 'arn'));
    expect(fnResource.log_config).toMatchObject({ project: ref('alicloud_log_project', 'Logs_Project', 'project_name'), logstore: ref('alicloud_log_store', 'Logs_Logstore', 'logstore_name') });
    expect(Object.values(json.resource.alicloud_log_store as Record<string, any>)[0].project_name).toBe(ref('alicloud_log_project', 'Logs_Project', 'project_name'));
    const exec = JSON.parse(Object.entries(policies).find(([k]) => k.startsWith('Fn_ExecutionRole'))![1].policy_document);
    expect(exec.Statement.at(-1).Resource).toEqual([
      `acs:log:*:*:project/${ref('alicloud_log_project', 'Logs_Project', 'project_name')}/logstore/${ref('alicloud_log_store', 'Logs_Logstore', 'logstore_name')}`,
    ]);
  });

  test('addToRolePolicy adds the statement as it is; an empty one is refused', () => {
    const stack = alicloudStack();
    const fn = new NodejsFunction(stack, 'Fn', { entry: ENTRY });
    fn.addToRolePolicy({ Effect: 'Allow', Action: ['mns:SendMessage'], Resource: ['acs:mns:cn-hangzhou:123:/queues/audit/messages'] });
    const json = synthChecked(stack);
    expect(objectStatements(json)).toEqual([{ Effect: 'Allow', Action: ['mns:SendMessage'], Resource: ['acs:mns:cn-hangzhou:123:/queues/audit/messages'] }]);
    expectConfigError(() => fn.addToRolePolicy({ Effect: 'Allow', Action: [], Resource: ['*'] }), 'test/Fn', /names no action or no resource/);
  });

  test('misuse fails at synth naming the construct and the fix', () => {
    const stack = alicloudStack();
    expectConfigError(() => new NodejsFunction(stack, 'Sharp', { entry: ENTRY, runtime: FcNodeRuntime.NODEJS_18, bundling: { nodeModules: ['sharp'] } }),
      'test/Sharp', /sharp .* needs Node\.js 20\.9.* Fix: use runtime: FcNodeRuntime\.NODEJS_20/);
    expectConfigError(() => new NodejsFunction(stack, 'Both', { entry: ENTRY, bundling: { nodeModules: ['x'], externalModules: ['x'] } }), 'test/Both', /both shipped/);
    expectConfigError(() => new NodejsFunction(stack, 'Handler', { entry: ENTRY, handler: 'index.handler' }), 'test/Handler', /is not the name of an export/);
    expectConfigError(() => new NodejsFunction(stack, 'Mem', { entry: ENTRY, memorySize: 100 }), 'test/Mem', /memorySize 100 MB/);
    expectConfigError(() => new NodejsFunction(stack, 'Env', { entry: ENTRY, environment: { BIG: 'x'.repeat(5000) } }), 'test/Env', /4096/);
    expectConfigError(() => new NodejsFunction(stack, 'Missing', { entry: 'src/nothing-here.ts' }), 'test/Missing', /The entry src\/nothing-here\.ts \(.*\) is not a file\. Fix: pass the path/);
    expectConfigError(() => new NodejsFunction(stack, 'Broken', { entry: path.join(__dirname, 'fixtures', 'broken-import.ts') }), 'test/Broken',
      /Bundling .*broken-import\.ts failed: .*no-such-module-for-tests.* Fix: .*bundling\.externalModules/);
    const fn = new NodejsFunction(stack, 'Fn', { entry: ENTRY, environment: { A: '1' } });
    expectConfigError(() => fn.addEnvironment('A', '2'), 'test/Fn', /Environment variable A/);
    fn.addEnvironment('B', '2');
    expect(onlyResource(Testing.synth(stack), 'alicloud_fcv3_function').environment_variables).toEqual({ A: '1', B: '2' });
  });
});

describe('bucket grants render least privilege', () => {
  const resource = (prefix: string) => `acs:oss:*:*:${BUCKET}/${prefix}*`;

  test.each([
    ['grantRead', [{ Effect: 'Allow', Action: ['oss:GetObject'], Resource: [resource('in/')] }]],
    ['grantWrite', [{ Effect: 'Allow', Action: ['oss:PutObject'], Resource: [resource('in/')] }]],
    ['grantReadWrite', [{ Effect: 'Allow', Action: ['oss:GetObject', 'oss:PutObject'], Resource: [resource('in/')] }]],
    ['grantDelete', [{ Effect: 'Allow', Action: ['oss:DeleteObject'], Resource: [resource('in/')] }]],
    ['grantList', [{ Effect: 'Allow', Action: ['oss:ListObjects'], Resource: [`acs:oss:*:*:${BUCKET}`], Condition: { StringLike: { 'oss:Prefix': ['in/*'] } } }]],
  ] as const)('%s(fn, "in/*")', (method, expected) => {
    const { stack, bucket, fn } = setup();
    bucket[method](fn, 'in/*');
    expect(objectStatements(synthChecked(stack))).toEqual(expected);
  });

  test('"*" and no pattern mean the whole bucket; listing it has no condition', () => {
    const { stack, bucket, fn } = setup();
    bucket.grantRead(fn);
    bucket.grantList(fn, '*');
    expect(objectStatements(synthChecked(stack))).toEqual([
      { Effect: 'Allow', Action: ['oss:GetObject'], Resource: [resource('')] },
      { Effect: 'Allow', Action: ['oss:ListObjects'], Resource: [`acs:oss:*:*:${BUCKET}`] },
    ]);
  });

  test('grants on several prefixes and an imported bucket are grouped by actions, in a stable order', () => {
    const { stack, bucket, fn } = setup();
    const other = EventedBucket.fromBucketName(stack, 'Other', 'other-bucket-test');
    bucket.grantWrite(fn, 'b/*');
    other.grantRead(fn, 'x/*');
    bucket.grantRead(fn, 'a/*');
    bucket.grantWrite(fn, 'a/*');
    bucket.grantList(fn, 'b/*');
    bucket.grantList(fn, 'a/*');
    expect(objectStatements(synthChecked(stack))).toEqual([
      { Effect: 'Allow', Action: ['oss:GetObject'], Resource: ['acs:oss:*:*:other-bucket-test/x/*'] },
      { Effect: 'Allow', Action: ['oss:GetObject', 'oss:PutObject'], Resource: [resource('a/')] },
      { Effect: 'Allow', Action: ['oss:PutObject'], Resource: [resource('b/')] },
      { Effect: 'Allow', Action: ['oss:ListObjects'], Resource: [`acs:oss:*:*:${BUCKET}`], Condition: { StringLike: { 'oss:Prefix': ['a/*', 'b/*'] } } },
    ]);
  });

  test('SSE-KMS buckets add kms:Decrypt for reads and kms:GenerateDataKey for writes; deletes and lists need none', () => {
    const stack = alicloudStack();
    const fn = new NodejsFunction(stack, 'Fn', { entry: ENTRY });
    const read = EventedBucket.fromBucketName(stack, 'Read', 'read-bucket-test', { encryption: BucketEncryption.KMS, kmsKeyId: 'read-key' });
    const write = EventedBucket.fromBucketName(stack, 'Write', 'write-bucket-test', { encryption: BucketEncryption.KMS, kmsKeyId: 'write-key' });
    const other = EventedBucket.fromBucketName(stack, 'Other', 'other-bucket-test', { encryption: BucketEncryption.KMS, kmsKeyId: 'other-key' });
    read.grantRead(fn, 'in/*');
    write.grantWrite(fn, 'out/*');
    other.grantDelete(fn, 'old/*');
    other.grantList(fn);
    const kms = objectStatements(synthChecked(stack)).filter((s) => s.Action.some((a: string) => a.startsWith('kms:')));
    expect(kms).toEqual([
      { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: [expect.stringMatching(/:key\/read-key$/)] },
      { Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: [expect.stringMatching(/:key\/write-key$/)] },
    ]);
  });

  test('a pattern that is not a prefix and "*" is refused, naming the bucket and the fix', () => {
    const { bucket, fn } = setup();
    expectConfigError(() => bucket.grantRead(fn, 'in/*.png'), 'test/Uploads', /not a prefix followed by "\*".* Fix: grant on a prefix, e\.g\. "in\/\*"/);
    expectConfigError(() => bucket.grantWrite(fn, '/out/*'), 'test/Uploads', /starts with "\/"/);
  });

  test('a construct that is not one of the library\'s functions is refused, naming it and the fix', () => {
    const { stack, bucket } = setup();
    const foreign = new Construct(stack, 'Foreign');
    expectConfigError(() => bucket.grantRead(foreign as unknown as alicloud.IOssGrantee), 'test/Uploads',
      /test\/Foreign is not a function this library can grant object access to\. Fix: pass a function construct/);
  });
});

describe('recursion is checked from what the function may write or delete', () => {
  test.each([
    ['grant, then bind', true],
    ['bind, then grant', false],
  ])('write on a prefix its "created" notification watches is refused (%s)', (_order, grantFirst) => {
    const { bucket, fn } = setup();
    const grant = () => bucket.grantWrite(fn, 'in/out/*');
    const bind = () => bucket.onObjectCreated(fn, { prefix: 'in/' });
    if (grantFirst) grant();
    else bind();
    expectConfigError(grantFirst ? bind : grant, /test\/Uploads\/Notify-Fn-[0-9a-f]{8}/,
      /writes under "in\/out\/" in bucket uploads-bucket-test.*every output would trigger the function again \(the grant comes from test\/Uploads\).* Fix: give the notification a prefix/);
  });

  test.each([
    ['grant, then bind', true],
    ['bind, then grant', false],
  ])('delete on a prefix its "removed" notification watches is refused (%s)', (_order, grantFirst) => {
    const { bucket, fn } = setup();
    const grant = () => bucket.grantDelete(fn, '*');
    const bind = () => bucket.onObjectRemoved(fn, { prefix: 'uploads/' });
    if (grantFirst) grant();
    else bind();
    expectConfigError(grantFirst ? bind : grant, /test\/Uploads\/Notify-Fn-/, /deletes under "".*every deletion would trigger the function again/);
  });

  test('write next to a "removed" notification, delete next to a "created" one, other prefixes and other buckets are fine', () => {
    const { stack, bucket, fn } = setup();
    bucket.onObjectRemoved(fn, { prefix: 'uploads/' });
    bucket.grantWrite(fn, 'uploads/*');
    const second = new NodejsFunction(stack, 'Second', { entry: ENTRY });
    bucket.onObjectCreated(second, { prefix: 'in/' });
    bucket.grantDelete(second, 'in/*');
    bucket.grantWrite(second, 'out/*');
    EventedBucket.fromBucketName(stack, 'Elsewhere', 'elsewhere-bucket-test').grantWrite(second, 'in/*');
    expect(() => synthChecked(stack)).not.toThrow();
  });

  test('allowRecursion accepts a notification the function writes under', () => {
    const { stack, bucket, fn } = setup();
    bucket.onObjectCreated(fn, { prefix: 'in/', allowRecursion: true });
    bucket.grantReadWrite(fn, 'in/*');
    expect(objectStatements(synthChecked(stack))).toEqual([
      { Effect: 'Allow', Action: ['oss:GetObject', 'oss:PutObject'], Resource: [`acs:oss:*:*:${BUCKET}/in/*`] },
    ]);
  });
});

describe('alicloud.FunctionExecutionRole', () => {
  test('a role with no grants, no logs and no statements still renders a valid policy, one that allows nothing', () => {
    const stack = alicloudStack();
    new alicloud.FunctionExecutionRole(stack, 'Role');
    const json = Testing.synth(stack);
    expect(json).toConformToProviderSchemas();
    expect(JSON.parse(onlyResource(json, 'alicloud_ram_policy').policy_document)).toEqual({
      Version: '1', Statement: [{ Effect: 'Deny', Action: ['*'], Resource: ['*'] }],
    });
  });
});

describe('alicloud.ResizeFunction on NodejsFunction', () => {
  test('takes the same explicit names, and refuses a runtime sharp cannot run on', () => {
    const stack = alicloudStack();
    const bucket = new EventedBucket(stack, 'Photos', { bucketName: 'photos-bucket-test' });
    const resize = new alicloud.ResizeFunction(stack, 'Resize', { functionName: 'thumbs', executionRoleName: 'thumbs-exec', triggerPolicyName: 'thumbs-invoke-policy' });
    bucket.onObjectCreated(resize, { prefix: 'source/' });
    const json = synthChecked(stack);
    expect(onlyResource(json, 'alicloud_fcv3_function')).toMatchObject({ function_name: 'thumbs', handler: 'index.handler', memory_size: 1024, cpu: 1 });
    expect(Object.values(resourcesOf(json, 'alicloud_ram_role')).map((r: any) => r.role_name)).toContain('thumbs-exec');
    expect(Object.values(resourcesOf(json, 'alicloud_ram_policy')).map((r: any) => r.policy_name)).toContain('thumbs-invoke-policy');
    // Reads the trigger prefix; reads (HeadObject before each write) and writes the destination.
    expect(objectStatements(json, 'Resize')).toEqual([
      { Effect: 'Allow', Action: ['oss:GetObject'], Resource: ['acs:oss:*:*:photos-bucket-test/source/*'] },
      { Effect: 'Allow', Action: ['oss:GetObject', 'oss:PutObject'], Resource: ['acs:oss:*:*:photos-bucket-test/processed/*'] },
    ]);
    expectConfigError(() => new alicloud.ResizeFunction(stack, 'Old', { runtime: FcNodeRuntime.NODEJS_18 }), 'test/Old', /sharp/);
  });
});
