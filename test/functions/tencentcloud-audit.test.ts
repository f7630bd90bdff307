import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { Testing } from 'cdktf';
import { tencentcloud } from '../../lib';
import { unzipTo } from '../../lib/core/packaging';
import { COS_ENDPOINT_ENV } from '../../lib/runtime/tencentcloud';
import { TencentcloudAuditStack } from '../../stacks/tencentcloud-audit-stack';
import { cosEvent } from './cos-event';
import { FakeOss } from './fake-oss';

const run = promisify(execFile);

/** SCF's Node.js 18.15 (the npm registry's build, unpacked by `npm run runtimes`, which `npm test` runs first). */
const NODE_18 = path.resolve(__dirname, '../../.runtimes/node-v18.15.0/bin/node');
const BUCKET = 'testpic-1253970026';

/**
 * The audit stack's zip, exactly as the construct ships it, unpacked in an empty directory (no project node_modules
 * reachable) and run by Node.js 18.15 as SCF runs it, with the documented COS event and the role's keys in the
 * environment, against a fake COS that checks the signature and the session token.
 */
describe('the audit function zip on SCF', () => {
  const stack = new TencentcloudAuditStack(Testing.app(), 'tencentcloud-audit');
  const audit = stack.node.findAll().find((c): c is tencentcloud.NodejsFunction => c instanceof tencentcloud.NodejsFunction)!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scf-audit-'));
  unzipTo(audit.code.package.zipPath, dir);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function invoke(event: object, endpoint: string): Promise<string> {
    const script = `
      require('./index.js').main_handler(JSON.parse(process.argv[1]), { request_id: 'r-1', time_limit_in_ms: 30000, memory_limit_in_mb: 256 })
        .then((r) => console.log('NODE ' + process.version + ' RESULT ' + JSON.stringify(r)), (e) => { console.error(e); process.exit(1); });`;
    const { stdout } = await run(NODE_18, ['-e', script, JSON.stringify(event)], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '', HOME: dir,
        TENCENTCLOUD_SECRETID: 'AKID', TENCENTCLOUD_SECRETKEY: 'KEY', TENCENTCLOUD_SESSIONTOKEN: 'TOKEN', TENCENTCLOUD_REGION: 'ap-chengdu',
        AUDIT_BUCKET: BUCKET, AUDIT_PREFIX: 'audit/',
        [COS_ENDPOINT_ENV]: endpoint.replace(/^http:\/\//, ''),
      },
    });
    return stdout;
  }

  test('holds index.js only: the runtime module and the COS SDK are bundled, and nothing of cdktf', () => {
    expect(fs.readdirSync(dir)).toEqual(['index.js']);
    expect(fs.readFileSync(path.join(dir, 'index.js'), 'utf8')).not.toMatch(/TerraformStack|TerraformResource/);
  });

  test('records a removal under audit/ on Node.js 18.15 through the COS SDK, and skips a creation', async () => {
    expect(fs.existsSync(NODE_18)).toBe(true);
    const cos = new FakeOss({ flavour: 'cos', securityToken: 'TOKEN' });
    const endpoint = await cos.start();
    try {
      const removal = cosEvent('uploads/report%201.pdf', { eventName: 'cos:ObjectRemove:Delete' }) as { Records: object[] };
      removal.Records.push(...(cosEvent('uploads/new.pdf') as { Records: object[] }).Records);
      const stdout = await invoke(removal, endpoint);
      expect(stdout).toContain('NODE v18.15.0');
      expect(stdout).toContain('RESULT {"recorded":1,"skipped":1}');
      const keys = [...cos.objects.keys()];
      expect(keys).toEqual([expect.stringMatching(/^audit\/2018-12-19\/[0-9a-f]{32}\.json$/)]);
      expect(JSON.parse(cos.objects.get(keys[0])!.body.toString())).toEqual({
        bucket: BUCKET, key: 'uploads/report 1.pdf', eventName: 'cos:ObjectRemove:Delete', time: '2018-12-19T07:49:30.000Z', size: 1029,
      });
      expect(cos.requests.every((r) => r.headers['x-cos-security-token'] === 'TOKEN')).toBe(true);
    } finally {
      await cos.stop();
    }
  });
});
