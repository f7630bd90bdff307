import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { tencentcloud } from '../../lib';
import { COS_ENDPOINT_ENV } from '../../lib/runtime/tencentcloud';
import { TencentcloudAuditStack } from '../../stacks/tencentcloud-audit-stack';
import { onlyConstruct } from '../helpers';
import { cosEvent } from './cos-event';
import { FakeOss } from './fake-oss';
import { withServer } from './with-server';
import { NODE_18, runInDir, SCF_ROLE_ENV, unpackForSuite } from './zip-run';
const BUCKET = 'testpic-1253970026';

/**
 * The audit stack's zip, exactly as the construct ships it, unpacked in an empty directory (no project node_modules
 * reachable) and run by Node.js 18.15 as SCF runs it, with the documented COS event and the role's keys in the
 * environment, against a fake COS that checks the signature and the session token.
 */
describe('the audit function zip on SCF', () => {
  const stack = new TencentcloudAuditStack(Testing.app(), 'tencentcloud-audit');
  const audit = onlyConstruct(stack, tencentcloud.NodejsFunction);
  const dir = unpackForSuite(audit.code.package.zipPath, 'scf-audit-');

  async function invoke(event: object, endpoint: string): Promise<string> {
    const script = `
      require('./index.js').main_handler(JSON.parse(process.argv[1]), { request_id: 'r-1', time_limit_in_ms: 30000, memory_limit_in_mb: 256 })
        .then((r) => console.log('NODE ' + process.version + ' RESULT ' + JSON.stringify(r)), (e) => { console.error(e); process.exit(1); });`;
    return runInDir(dir, script, [JSON.stringify(event)], {
      ...SCF_ROLE_ENV, AUDIT_BUCKET: BUCKET, AUDIT_PREFIX: 'audit/', [COS_ENDPOINT_ENV]: endpoint.replace(/^http:\/\//, ''),
    }, NODE_18);
  }

  test('holds index.js only: the runtime module and the COS SDK are bundled, and nothing of cdktf', () => {
    expect(fs.readdirSync(dir)).toEqual(['index.js']);
    expect(fs.readFileSync(path.join(dir, 'index.js'), 'utf8')).not.toMatch(/TerraformStack|TerraformResource/);
  });

  test('records a removal under audit/ on Node.js 18.15 through the COS SDK, and skips a creation', async () => {
    expect(fs.existsSync(NODE_18)).toBe(true);
    await withServer(new FakeOss({ flavour: 'cos', securityToken: 'TOKEN' }), async (cos) => ({ cos, endpoint: await cos.start() }), async ({ cos, endpoint }) => {
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
    });
  });
});
