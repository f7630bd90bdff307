import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { AUDIT_BUCKET_ENV, AUDIT_PREFIX_ENV, auditRecordKey } from '../../functions/audit/src/audit';
import { alicloud } from '../../lib';
import { OSS_ENDPOINT_ENV } from '../../lib/runtime/alicloud';
import { AlicloudAuditStack } from '../../stacks/alicloud-audit-stack';
import { onlyConstruct } from '../helpers';
import { FakeOss } from './fake-oss';
import { ossEventJson, ossEventKey } from './oss-event';
import { withServer } from './with-server';
import { runInDir, unpackForSuite } from './zip-run';
const BUCKET = 'fc-with-oss-trigger';

/**
 * The audit function's zip exactly as the example stack ships it, unpacked in an empty directory (no project
 * node_modules reachable), loaded by a fresh Node.js 20 process as Function Compute's nodejs20 runtime would, and
 * invoked with OSS removal events of the documented shape against a local OSS look-alike.
 */
describe('the audit function zip on Function Compute', () => {
  const stack = new AlicloudAuditStack(Testing.app(), 'alicloud-audit');
  const fn = onlyConstruct(stack, alicloud.NodejsFunction);
  const dir = unpackForSuite(fn.code.package.zipPath, 'alicloud-audit-code-');

  async function invoke(event: object, env: Record<string, string>): Promise<string> {
    const script = `
      require('./index.js').handler(Buffer.from(process.argv[1]), {
        requestId: 'req-1', region: 'ap-southeast-1', function: { name: 'audit', timeout: 30 },
        credentials: { accessKeyId: 'STS.AK', accessKeySecret: 'SK', securityToken: 'STS' },
      }).then((r) => console.log('RESULT ' + JSON.stringify(r)), (e) => { console.error(e); process.exit(1); });`;
    return runInDir(dir, script, [JSON.stringify(event)], env);
  }

  test('runs on the Node.js of nodejs20 and ships nothing but index.js, which holds no construct code', () => {
    expect(process.version).toMatch(/^v20\./);
    expect(fs.readdirSync(dir)).toEqual(['index.js']);
    const bundle = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
    // The runtime module is free of cdktf and constructs: the bundle is ali-oss and the handler, well under 2 MB.
    expect(bundle).not.toMatch(/TerraformStack|class Construct\b/);
    expect(fn.code.package.bytes).toBeLessThan(2 * 1024 * 1024);
  });

  test('writes one record per removed object under audit/, with the STS token, and skips other events', async () => {
    await withServer(new FakeOss({ securityToken: 'STS' }), async (oss) => ({ oss, endpoint: await oss.start() }), async ({ oss, endpoint }) => {
      const event = ossEventJson(['ObjectRemoved:DeleteObject', ossEventKey('uploads/report 1.pdf')], ['ObjectCreated:PutObject', 'uploads/new.png']);
      const stdout = await invoke(event, { [OSS_ENDPOINT_ENV]: endpoint, [AUDIT_BUCKET_ENV]: BUCKET, [AUDIT_PREFIX_ENV]: 'audit/' });
      expect(stdout).toContain('RESULT {"recorded":1,"skipped":1}');

      const expectedRecord = {
        bucket: BUCKET, key: 'uploads/report 1.pdf', eventName: 'ObjectRemoved:DeleteObject', time: '2019-01-16T12:46:37.000Z',
        etag: '688A7BF4F233DC9C88A80BF985AB7329', size: 122539,
      };
      const key = auditRecordKey({ bucket: BUCKET, prefix: 'audit/' }, expectedRecord);
      expect(key).toMatch(/^audit\/2019-01-16\/[0-9a-f]{32}\.json$/);
      expect([...oss.objects.keys()]).toEqual([key]);
      const stored = oss.objects.get(key)!;
      expect(JSON.parse(stored.body.toString())).toEqual(expectedRecord);
      expect(stored.headers['content-type']).toBe('application/json');
      const puts = oss.requests.filter((r) => r.method === 'PUT');
      expect(puts).toHaveLength(1);
      expect(puts[0].headers['x-oss-security-token']).toBe('STS');
      expect(puts[0].headers.authorization).toMatch(/^OSS4-HMAC-SHA256 /);
    });
  });

  test('the stack gives the function the variables the handler reads', () => {
    const env = JSON.parse(Testing.synth(stack)).resource.alicloud_fcv3_function;
    expect(Object.values(env as Record<string, any>)[0].environment_variables).toEqual({
      [AUDIT_BUCKET_ENV]: expect.stringMatching(/^\$\{alicloud_oss_bucket\.Uploads_Bucket_[0-9A-F]+\.bucket\}$/),
      [AUDIT_PREFIX_ENV]: 'audit/',
    });
  });
});
