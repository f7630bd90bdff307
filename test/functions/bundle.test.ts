import { build } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RESIZE_BUNDLE_EXTERNALS, RESIZE_BUNDLE_SETTINGS, RESIZE_ENTRIES } from '../../functions/resize/bundle';
import { OSS_ENDPOINT_ENV } from '../../functions/resize/src/adapters/alicloud';
import { RESIZE_CONFIG_ENV } from '../../functions/resize/src/config';
import { FakeOss } from './fake-oss';
import { metadata, pngWithAlpha } from './images';

/** The Alibaba Cloud entry bundled as the zip will hold it: index.js next to node_modules (sharp). */
describe('alicloud bundle', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resize-bundle-'));
    // sharp is external: it is resolved from node_modules beside index.js, as in the deployed zip.
    fs.symlinkSync(path.resolve(__dirname, '../../node_modules'), path.join(dir, 'node_modules'), 'dir');
    await build({
      ...RESIZE_BUNDLE_SETTINGS,
      entryPoints: [RESIZE_ENTRIES.alicloud.entryPoint],
      outfile: path.join(dir, 'index.js'),
      external: [...RESIZE_BUNDLE_EXTERNALS],
      logLevel: 'silent',
    });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('one file; ali-oss inside, sharp outside', () => {
    expect(fs.readdirSync(dir).sort()).toEqual(['index.js', 'node_modules']);
    const code = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
    expect(code).toMatch(/require\("sharp"\)/);
    expect(code).not.toMatch(/require\("ali-oss"\)/);
    expect(RESIZE_ENTRIES.alicloud.handler).toBe('index.handler');
  });

  test('index.handler runs the seed scenario against a local OSS look-alike', async () => {
    const oss = new FakeOss();
    const endpoint = await oss.start();
    const saved = { endpoint: process.env[OSS_ENDPOINT_ENV], config: process.env[RESIZE_CONFIG_ENV] };
    const write = process.stdout.write;
    try {
      process.env[OSS_ENDPOINT_ENV] = endpoint;
      process.env[RESIZE_CONFIG_ENV] = JSON.stringify({
        destination: { bucket: 'fc-with-oss-trigger', prefix: 'processed/' },
        sources: [{ bucket: 'fc-with-oss-trigger', prefix: 'source/', suffix: '' }],
        targets: [{ width: 128, height: 128 }],
      });
      oss.objects.set('source/serverless.png', { body: await pngWithAlpha(400, 300), headers: {} });
      process.stdout.write = (() => true) as typeof process.stdout.write;

      const bundled = require(path.join(dir, 'index.js')) as { handler: (event: Buffer, context: object) => Promise<unknown> };
      const event = {
        events: [
          {
            eventName: 'ObjectCreated:PutObject',
            oss: { bucket: { name: 'fc-with-oss-trigger' }, object: { key: 'source/serverless.png', size: 1 } },
          },
        ],
      };
      await bundled.handler(Buffer.from(JSON.stringify(event)), {
        requestId: 'r',
        region: 'ap-southeast-1',
        credentials: { accessKeyId: 'AK', accessKeySecret: 'SK', securityToken: 'T' },
      });
    } finally {
      process.stdout.write = write;
      for (const [name, value] of [
        [OSS_ENDPOINT_ENV, saved.endpoint],
        [RESIZE_CONFIG_ENV, saved.config],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      await oss.stop();
    }
    const meta = await metadata(oss.objects.get('processed/serverless.png')!.body);
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 128, 96]);
  });
});
