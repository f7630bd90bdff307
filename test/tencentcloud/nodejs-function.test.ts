import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdktf';
import { tencentcloud } from '../../lib';
import { unzipTo } from '../../lib/core/packaging';
import { expectConfigError, onlyResource, resourcesOf, synthChecked, tencentStack } from '../helpers';

const APPID = '1250000000';
const ENTRY = path.join(__dirname, 'fixtures/echo-handler.ts');
const objects = (bucket: string, prefix: string) => `qcs::cos:ap-guangzhou:uid/${APPID}:${bucket}-${APPID}/${prefix}*`;

function setup(props: Partial<tencentcloud.NodejsFunctionProps> = {}) {
  const stack = tencentStack();
  const bucket = new tencentcloud.EventedBucket(stack, 'Data', { bucketName: 'data', appId: APPID });
  const fn = new tencentcloud.NodejsFunction(stack, 'Fn', { appId: APPID, entry: ENTRY, ...props });
  return { stack, bucket, fn };
}

function policyStatements(json: string): unknown[] {
  return JSON.parse(onlyResource(json, 'tencentcloud_cam_policy').document).statement;
}

describe('tencentcloud.NodejsFunction', () => {
  test('bundles the entry and calls index.main_handler by default, on Nodejs18.15, with SCF-compatible defaults', () => {
    const { stack, bucket, fn } = setup();
    bucket.onObjectCreated(fn, { prefix: 'in/' });
    const json = synthChecked(stack);
    expect(onlyResource(json, 'tencentcloud_scf_function')).toMatchObject({
      handler: 'index.main_handler', runtime: 'Nodejs18.15', mem_size: 256, timeout: 30, namespace: 'default', enable_public_net: true,
      zip_file: fn.code.path,
    });
    expect(fn.code.package.packages).toEqual([]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scf-fn-'));
    try {
      unzipTo(fn.code.package.zipPath, dir);
      expect(fs.readdirSync(dir)).toEqual(['index.js']);
      expect(Object.keys(require(path.join(dir, 'index.js'))).sort()).toEqual(['main_handler', 'other']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a function bound to events and granted nothing is valid: its role has no policy at all', () => {
    const { stack, bucket, fn } = setup();
    bucket.onObjectRemoved(fn, { prefix: 'gone/' });
    const json = synthChecked(stack);
    expect(resourcesOf(json, 'tencentcloud_cam_policy')).toEqual({});
    expect(resourcesOf(json, 'tencentcloud_cam_role_policy_attachment')).toEqual({});
    expect(Object.keys(resourcesOf(json, 'tencentcloud_cam_role'))).toHaveLength(1);
    expect(onlyResource(json, 'tencentcloud_scf_function').depends_on).toBeUndefined();
    expect(onlyResource(json, 'tencentcloud_scf_trigger').trigger_desc).toBe('{"event":"cos:ObjectRemove:*","filter":{"Prefix":"gone/"}}');
  });

  test.each([
    ['grantRead', [{ effect: 'allow', action: ['name/cos:GetObject', 'name/cos:HeadObject'], resource: [objects('data', 'in/')] }]],
    ['grantWrite', [{ effect: 'allow', action: tencentcloud.COS_ACTIONS.write, resource: [objects('data', 'in/')] }]],
    ['grantReadWrite', [
      { effect: 'allow', action: tencentcloud.COS_ACTIONS.read, resource: [objects('data', 'in/')] },
      { effect: 'allow', action: tencentcloud.COS_ACTIONS.write, resource: [objects('data', 'in/')] },
    ]],
    ['grantDelete', [{ effect: 'allow', action: ['name/cos:DeleteObject'], resource: [objects('data', 'in/')] }]],
    ['grantList', [{ effect: 'allow', action: ['name/cos:GetBucket'], resource: [objects('data', '')], condition: { string_like: { 'cos:prefix': ['in/*'] } } }]],
  ] as const)('%s renders exactly its actions on the prefix', (method, statements) => {
    const { stack, bucket, fn } = setup();
    bucket[method](fn, 'in/*');
    const json = synthChecked(stack);
    expect(policyStatements(json)).toEqual(statements);
    // The function waits for its rights.
    expect(onlyResource(json, 'tencentcloud_scf_function').depends_on).toEqual([expect.stringMatching(/^tencentcloud_cam_role_policy_attachment\.Fn_ExecutionRole_Attachment_/)]);
  });

  test('write grants cover every simple and multipart upload action, and nothing that reads or deletes', () => {
    expect([...tencentcloud.COS_ACTIONS.write].sort()).toEqual([
      'name/cos:AbortMultipartUpload', 'name/cos:CompleteMultipartUpload', 'name/cos:InitiateMultipartUpload',
      'name/cos:ListParts', 'name/cos:PutObject', 'name/cos:UploadPart',
    ]);
  });

  test('a whole-bucket grant and an imported bucket; grants are de-duplicated and ordered, whatever the call order', () => {
    const { stack, bucket, fn } = setup();
    const imported = tencentcloud.EventedBucket.fromBucketName(stack, 'Other', `other-${APPID}`, { region: 'ap-guangzhou' });
    imported.grantRead(fn, 'b/*');
    bucket.grantRead(fn);
    imported.grantRead(fn, 'b/*');
    imported.grantList(fn, '*');
    const json = synthChecked(stack);
    expect(policyStatements(json)).toEqual([
      { effect: 'allow', action: tencentcloud.COS_ACTIONS.read, resource: [objects('data', ''), objects('other', 'b/')] },
      { effect: 'allow', action: ['name/cos:GetBucket'], resource: [objects('other', '')] },
    ]);
  });

  test('addToRolePolicy adds a statement of its own, after the grants', () => {
    const { stack, bucket, fn } = setup();
    bucket.grantWrite(fn, 'out/*');
    fn.addToRolePolicy({ effect: 'allow', action: ['name/cls:PutLogs'], resource: ['*'] });
    expect(policyStatements(synthChecked(stack))).toEqual([
      { effect: 'allow', action: tencentcloud.COS_ACTIONS.write, resource: [objects('data', 'out/')] },
      { effect: 'allow', action: ['name/cls:PutLogs'], resource: ['*'] },
    ]);
    expectConfigError(() => fn.addToRolePolicy({ effect: 'allow', action: [], resource: ['*'] }), 'test/Fn', /at least one action/);
  });

  describe('recursion, from what the function is granted', () => {
    test('write on a prefix its own "created" notification watches is rejected, grant first or notification first', () => {
      const a = setup();
      a.bucket.grantWrite(a.fn, 'in/out/*');
      expectConfigError(() => a.bucket.onObjectCreated(a.fn, { prefix: 'in/' }), /^\[test\/Data\/[^\]]+\]/, /writes under "in\/out\/".*would trigger the function again/);
      const b = setup();
      b.bucket.onObjectCreated(b.fn, { prefix: 'in/' });
      expectConfigError(() => b.bucket.grantWrite(b.fn, '*'), /^\[test\/Data\/[^\]]+\]/, /writes under ""/);
    });

    test('delete is checked against "removed" notifications, write is not', () => {
      const a = setup();
      a.bucket.onObjectRemoved(a.fn, { prefix: 'uploads/' });
      a.bucket.grantWrite(a.fn, 'uploads/*');
      expectConfigError(() => a.bucket.grantDelete(a.fn, 'uploads/old/*'), /^\[test\/Data\/[^\]]+\]/, /deletes under "uploads\/old\/".*every deletion would trigger/);
      const b = setup();
      b.bucket.grantDelete(b.fn, 'uploads/*');
      b.bucket.onObjectCreated(b.fn, { prefix: 'uploads/' });
      expect(() => synthChecked(b.stack)).not.toThrow();
    });

    test('allowRecursion accepts a function that guards against its own outputs', () => {
      const { stack, bucket, fn } = setup();
      bucket.grantWrite(fn, 'in/*');
      bucket.onObjectCreated(fn, { prefix: 'in/', allowRecursion: true });
      expect(policyStatements(synthChecked(stack))).toHaveLength(1);
    });

    test('grants on another bucket or a disjoint prefix are not recursion', () => {
      const { stack, bucket, fn } = setup();
      const other = new tencentcloud.EventedBucket(stack, 'Other', { bucketName: 'other', appId: APPID });
      bucket.onObjectCreated(fn, { prefix: 'in/' });
      other.grantWrite(fn, 'in/*');
      bucket.grantWrite(fn, 'out/*');
      expect(policyStatements(synthChecked(stack))).toHaveLength(1);
    });
  });

  describe('names, kept consistent through escape hatches', () => {
    test('explicit function, role and policy names', () => {
      const { stack, bucket, fn } = setup({ functionName: 'audit-fn', executionRoleName: 'audit-exec', policyName: 'audit-exec-rights' });
      bucket.grantRead(fn, 'in/*');
      const json = synthChecked(stack);
      expect(onlyResource(json, 'tencentcloud_scf_function').name).toBe('audit-fn');
      expect(onlyResource(json, 'tencentcloud_cam_role').name).toBe('audit-exec');
      expect(onlyResource(json, 'tencentcloud_cam_policy').name).toBe('audit-exec-rights');
    });

    test('renaming the role, the policy and the function through addOverride reaches every reference', () => {
      const { stack, bucket, fn } = setup({ reservedConcurrency: 1 });
      bucket.onObjectRemoved(fn, { prefix: 'gone/' });
      bucket.grantWrite(fn, 'log/*');
      fn.executionRole.role.addOverride('name', 'renamed-exec');
      fn.executionRole.policy!.addOverride('name', 'renamed-policy');
      fn.function.addOverride('name', 'renamed-fn');
      const json = synthChecked(stack);
      const tf = JSON.parse(json);
      const [roleId] = Object.keys(tf.resource.tencentcloud_cam_role);
      const [policyId] = Object.keys(tf.resource.tencentcloud_cam_policy);
      const [fnId] = Object.keys(tf.resource.tencentcloud_scf_function);
      expect(tf.resource.tencentcloud_cam_role[roleId].name).toBe('renamed-exec');
      expect(tf.resource.tencentcloud_cam_policy[policyId].name).toBe('renamed-policy');
      expect(tf.resource.tencentcloud_scf_function[fnId]).toMatchObject({ name: 'renamed-fn', role: `\${tencentcloud_cam_role.${roleId}.name}` });
      expect(onlyResource(json, 'tencentcloud_cam_role_policy_attachment')).toMatchObject({
        role_id: `\${tencentcloud_cam_role.${roleId}.id}`, policy_id: `\${tencentcloud_cam_policy.${policyId}.id}`,
      });
      const fnName = `\${tencentcloud_scf_function.${fnId}.name}`;
      for (const type of ['tencentcloud_scf_trigger', 'tencentcloud_scf_function_event_invoke_config', 'tencentcloud_scf_reserved_concurrency_config']) {
        expect([type, onlyResource(json, type).function_name]).toEqual([type, fnName]);
        expect([type, onlyResource(json, type).namespace]).toEqual([type, `\${tencentcloud_scf_function.${fnId}.namespace}`]);
      }
    });
  });

  describe('bundling', () => {
    test('a source map comes with NODE_OPTIONS=--enable-source-maps; minify and a named export are passed on', () => {
      const { stack, fn } = setup({ handler: 'other', bundling: { sourceMap: true, minify: true }, environment: { MODE: 'audit' } });
      const json = Testing.synth(stack, true);
      expect(onlyResource(json, 'tencentcloud_scf_function')).toMatchObject({ handler: 'index.other', environment: { MODE: 'audit', NODE_OPTIONS: '--enable-source-maps' } });
      const plain = setup();
      expect(fn.code.package.sha256).not.toBe(plain.fn.code.package.sha256);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scf-map-'));
      try {
        unzipTo(fn.code.package.zipPath, dir);
        expect(fs.readFileSync(path.join(dir, 'index.js'), 'utf8')).toContain('sourceMappingURL=data:application/json;base64,');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    test('external modules stay require calls and are not shipped', () => {
      const entry = path.join(os.tmpdir(), `scf-external-${process.pid}.ts`);
      fs.writeFileSync(entry, "import { thing } from 'provided-by-a-layer';\nexport const main_handler = async () => thing();\n");
      try {
        const { fn } = setup({ entry, bundling: { externalModules: ['provided-by-a-layer'] } });
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scf-ext-'));
        unzipTo(fn.code.package.zipPath, dir);
        expect(fs.readFileSync(path.join(dir, 'index.js'), 'utf8')).toContain('require("provided-by-a-layer")');
        expect(fs.readdirSync(dir)).toEqual(['index.js']);
        fs.rmSync(dir, { recursive: true, force: true });
      } finally {
        fs.rmSync(entry, { force: true });
      }
    });
  });

  describe('misuse', () => {
    test.each([
      [{ handler: 'index.main_handler' }, /handler "index.main_handler" is not the name of an export/],
      // The provider refuses "$" and a trailing "_" in the handler.
      [{ handler: '$handler' }, /handler "\$handler" is not the name of an export/],
      [{ handler: 'main_' }, /handler "main_" is not the name of an export/],
      [{ handler: 'handler' }, /does not export "handler", which SCF would call as index.handler/],
      [{ entry: 'no/such/file.ts' }, /entry "no\/such\/file.ts" does not exist/],
      [{ runtime: 'Nodejs12.16' as tencentcloud.ScfNodeRuntime }, /runtime "Nodejs12.16" is not supported/],
      [{ memorySize: 100 }, /memorySize 100 MB/],
      [{ timeout: 0 }, /timeout 0 s/],
      [{ environment: { SCF_X: '1' } }, /starts with SCF_/],
      [{ environment: { NODE_OPTIONS: '--x' }, bundling: { sourceMap: true } }, /NODE_OPTIONS is set by the construct/],
      [{ environment: { BIG: 'x'.repeat(5000) } }, /4096/],
      [{ functionName: '1bad' }, /SCF function name/],
      [{ executionRoleName: 'no spaces' }, /CAM role or policy name/],
      [{ publicNetwork: false }, /publicNetwork is false/],
    ])('%p is rejected naming the function', (props, problem) => {
      expectConfigError(() => setup(props as Partial<tencentcloud.NodejsFunctionProps>), /^\[test\/Fn(\/ExecutionRole)?\]/, problem);
    });

    test('a key pattern that is not a prefix, or starts with "/", is rejected naming the bucket', () => {
      const { bucket, fn } = setup();
      expectConfigError(() => bucket.grantRead(fn, 'in/*.jpg'), 'test/Data', /not a prefix followed by "\*"/);
      expectConfigError(() => bucket.grantWrite(fn, '/in/*'), 'test/Data', /starts with "\/"/);
    });

    test('a grant to something that is not a function is rejected', () => {
      const { stack, bucket } = setup();
      expectConfigError(() => bucket.grantRead(stack as unknown as tencentcloud.ICosGrantee), 'test/Data', /is not a function this library can grant object access to\. Fix: pass a tencentcloud\.NodejsFunction/);
    });

    test('an eleventh trigger is rejected: SCF allows 10 per function', () => {
      const { stack, fn } = setup();
      for (let i = 0; i < 10; i++) new tencentcloud.EventedBucket(stack, `B${i}`, { bucketName: `b${i}`, appId: APPID }).onObjectCreated(fn);
      const eleventh = new tencentcloud.EventedBucket(stack, 'B10', { bucketName: 'b10', appId: APPID });
      expectConfigError(() => eleventh.onObjectCreated(fn), /^\[test\/B10\/[^\]]+\]/, /already has 10 triggers; SCF allows 10/);
    });
  });
});

describe('tencentcloud.ResizeFunction, a NodejsFunction', () => {
  test('accepts only the runtimes the packaged function is built for', () => {
    const stack = tencentStack();
    expectConfigError(() => new tencentcloud.ResizeFunction(stack, 'Resize', { appId: APPID, runtime: tencentcloud.ScfNodeRuntime.NODEJS_16_13 }), 'test/Resize',
      /runtime "Nodejs16.13" is not supported by this function.*Nodejs18.15, Nodejs20.15/);
  });

  test('with a destination bucket: write and head on the destination from the start, read on each trigger prefix', () => {
    const stack = tencentStack();
    const source = new tencentcloud.EventedBucket(stack, 'Source', { bucketName: 'source', appId: APPID });
    const out = new tencentcloud.EventedBucket(stack, 'Out', { bucketName: 'out', appId: APPID });
    const fn = new tencentcloud.ResizeFunction(stack, 'Resize', { appId: APPID, destinationBucket: out, destinationPrefix: 'thumbs/' });
    expect(fn).toBeInstanceOf(tencentcloud.NodejsFunction);
    source.onObjectCreated(fn, { prefix: 'in/' });
    expect(policyStatements(synthChecked(stack))).toEqual([
      { effect: 'allow', action: tencentcloud.COS_ACTIONS.read, resource: [objects('out', 'thumbs/'), objects('source', 'in/')] },
      { effect: 'allow', action: tencentcloud.COS_ACTIONS.write, resource: [objects('out', 'thumbs/')] },
    ]);
  });
});
