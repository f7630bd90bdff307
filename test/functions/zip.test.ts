import * as fs from 'fs';
import * as path from 'path';
import { RESIZE_ENTRIES, RESIZE_OMITTED_MODULES, RESIZE_SHIPPED_MODULES } from '../../functions/resize/bundle';
import { OSS_ENDPOINT_ENV } from '../../lib/runtime/alicloud';
import { RESIZE_CONFIG_ENV } from '../../functions/resize/src/config';
import { buildFunctionPackage, ImageEngine } from '../../lib/core/packaging';
import { COS_ENDPOINT_ENV } from '../../lib/runtime/tencentcloud';
import { tutorialConfig } from './configs';
import { FakeOss } from './fake-oss';
import { cosEvent } from './cos-event';
import { ossEventJson } from './oss-event';
import { jpeg, metadata, pngWithAlpha } from './images';
import { withServer } from './with-server';
import { NODE_18, runInDir, SCF_ROLE_ENV, unpackForSuite } from './zip-run';

/** Builds a zip as the construct ships it and unpacks it into an empty directory, removed after the block's tests. */
function unpackedZip(cloud: keyof typeof RESIZE_ENTRIES, nodeTarget: string, engine: ImageEngine) {
  const pkg = buildFunctionPackage({
    entry: RESIZE_ENTRIES[cloud].entryPoint,
    nodeTarget,
    engine,
    nodeModules: RESIZE_SHIPPED_MODULES,
    omitModules: RESIZE_OMITTED_MODULES,
  });
  return { pkg, dir: unpackForSuite(pkg.zipPath, `${cloud}-code-`) };
}

/**
 * The zip exactly as the construct ships it, unpacked in an empty directory (no project node_modules reachable),
 * loaded by a fresh Node.js process as Function Compute would, and invoked with the tutorial's event.
 */
describe('the Function Compute code zip', () => {
  const { pkg, dir } = unpackedZip('alicloud', 'node20', ImageEngine.LINUX_X64);

  /** Runs `index.handler` in a child process whose only modules are the zip's. */
  async function invoke(event: object, env: Record<string, string>): Promise<{ stdout: string; resolvedSharp: string }> {
    const script = `
      const resolvedSharp = require.resolve('sharp');
      require('./index.js').handler(Buffer.from(process.argv[1]), {
        requestId: 'req-1', region: 'ap-southeast-1',
        credentials: { accessKeyId: 'AK', accessKeySecret: 'SK', securityToken: 'STS' },
      }).then(() => console.log('RESOLVED ' + resolvedSharp), (e) => { console.error(e); process.exit(1); });`;
    const stdout = await runInDir(dir, script, [JSON.stringify(event)], env);
    return { stdout, resolvedSharp: /RESOLVED (.*)/.exec(stdout)?.[1] ?? '' };
  }

  test('is under 9 MB', () => {
    expect(pkg.bytes).toBeLessThan(9 * 1024 * 1024);
  });

  test('resizes the tutorial upload (source/ → processed/) with its own sharp, from a clean directory', async () => {
    await withServer(new FakeOss({ securityToken: 'STS' }), async (oss) => ({ oss, endpoint: await oss.start() }), async ({ oss, endpoint }) => {
      oss.objects.set('source/serverless.png', { body: await pngWithAlpha(400, 300), headers: {} });
      oss.objects.set('source/photo 1.jpg', { body: await jpeg(3000, 2000), headers: {} });
      const config = tutorialConfig('fc-with-oss-trigger');
      const { resolvedSharp } = await invoke(ossEventJson(['ObjectCreated:PutObject', 'source/serverless.png'], ['ObjectCreated:PutObject', 'source/photo+1.jpg']),
        { [OSS_ENDPOINT_ENV]: endpoint, [RESIZE_CONFIG_ENV]: JSON.stringify(config) });

      expect(resolvedSharp.startsWith(fs.realpathSync(dir))).toBe(true);
      const png = await metadata(oss.objects.get('processed/serverless.png')!.body);
      expect([png.format, png.width, png.height, png.hasAlpha]).toEqual(['png', 128, 96, true]);
      const jpg = await metadata(oss.objects.get('processed/photo 1.jpg')!.body);
      expect([jpg.format, jpg.width, jpg.height]).toEqual(['jpeg', 128, 85]);
      expect(oss.objects.get('processed/serverless.png')!.headers['x-oss-meta-resized-from']).toBe('source/serverless.png');
      expect(oss.requests.every((r) => r.headers['x-oss-security-token'] === 'STS')).toBe(true);
    });
  });
});

/**
 * The SCF zip: sharp's wasm32 build and no native sharp at all, run by Node.js 18.15 as on SCF (CentOS 7's glibc is
 * too old for the native build), with the documented COS event and the role's keys in the environment.
 */
describe('the SCF code zip', () => {
  const { pkg, dir } = unpackedZip('tencentcloud', 'node18', ImageEngine.WASM32);

  test('carries the wasm32 engine only', () => {
    expect(fs.existsSync(path.join(dir, 'node_modules/@img/sharp-wasm32'))).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'node_modules/@img')).filter((p) => /linux|darwin|win32/.test(p))).toEqual([]);
    expect(pkg.bytes).toBeLessThan(9 * 1024 * 1024);
  });

  test('resizes an upload on Node.js 18.15 through the COS SDK', async () => {
    expect(fs.existsSync(NODE_18)).toBe(true);
    await withServer(new FakeOss({ flavour: 'cos', securityToken: 'TOKEN' }), async (cos) => ({ cos, endpoint: await cos.start() }), async ({ cos, endpoint }) => {
      cos.objects.set('source/photo 1.jpg', { body: await jpeg(2000, 1500), headers: {} });
      const config = tutorialConfig('testpic-1253970026');
      const script = `
        require('./index.js').main_handler(JSON.parse(process.argv[1]), { request_id: 'r' })
          .then(() => console.log('NODE ' + process.version + ' SHARP ' + require.resolve('sharp')), (e) => { console.error(e); process.exit(1); });`;
      const stdout = await runInDir(dir, script, [JSON.stringify(cosEvent('source/photo%201.jpg'))], {
        ...SCF_ROLE_ENV, [COS_ENDPOINT_ENV]: endpoint.replace(/^http:\/\//, ''), [RESIZE_CONFIG_ENV]: JSON.stringify(config),
      }, NODE_18);
      expect(stdout).toContain('NODE v18.15.0');
      const out = cos.objects.get('processed/photo 1.jpg');
      expect(out).toBeDefined();
      const meta = await metadata(out!.body);
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 128, 96]);
      expect(out!.headers['x-cos-meta-resized-from']).toBe('source/photo%201.jpg'.replace('%20', ' '));
      expect(cos.requests.every((r) => r.headers['x-cos-security-token'] === 'TOKEN')).toBe(true);
    });
  });
});
