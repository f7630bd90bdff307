import { execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { RESIZE_OMITTED_MODULES, RESIZE_SHIPPED_MODULES } from '../../functions/resize/bundle';
import { prepareImageContext } from '../../functions/resize/ibm/prepare';
import { buildFunctionPackage, ImageEngine, unzipTo } from '../../lib/core/packaging';
import { IBM_CLOUD_FUNCTIONS_ENTRY } from '../../lib/ibm/cloud-functions';
import { ceCosBody, ceHeaders, owCosParams, postJson } from '../ibm/fake-cos';
import { tutorialConfig } from './configs';
import { IAM_GRANT, IBM_COS_HMAC, IbmCosServer, trustedProfileEnv } from './ibm-cos-server';
import { jpeg, metadata } from './images';

const run = promisify(execFile);
const config = tutorialConfig('photos');

/**
 * The Docker build context exactly as prepare.ts writes it (what the Dockerfile copies to /app), started with
 * `node index.js` from an empty directory, receiving the documented CloudEvent over HTTP, with a trusted-profile token.
 */
describe('the Code Engine image context', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-image-'));
  const pkg = prepareImageContext(path.join(dir, 'app'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('carries index.js and sharp for linux-x64 only', () => {
    expect(fs.existsSync(path.join(dir, 'app/index.js'))).toBe(true);
    expect(pkg.packages.map((p) => p.name)).toEqual(expect.arrayContaining(['sharp', '@img/sharp-linux-x64', '@img/sharp-libvips-linux-x64']));
    expect(fs.readFileSync(path.join(__dirname, '../../functions/resize/ibm/Dockerfile'), 'utf8')).toMatch(/COPY --from=build \/src\/functions\/resize\/ibm\/app\/ \.\/\n[\s\S]*CMD \["node", "index\.js"\]/);
  });

  test('serves POST / on PORT and resizes through COS with the trusted profile', async () => {
    const cos = new IbmCosServer(['photos']);
    const endpoint = await cos.start();
    fs.writeFileSync(path.join(dir, 'token'), IAM_GRANT.crToken);
    await cos.seed('photos', 'source/big photo.jpg', await jpeg(2400, 1600));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, ['index.js'], {
      cwd: path.join(dir, 'app'),
      env: {
        PATH: process.env.PATH ?? '', HOME: dir, PORT: String(port), RESIZE_CONFIG: JSON.stringify(config), ...trustedProfileEnv(endpoint, path.join(dir, 'token')),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => { if (c.toString().includes('"listening"')) resolve(); });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const response = await postJson(port, JSON.stringify(ceCosBody('photos', 'source/big photo.jpg')), ceHeaders('photos', 'source/big photo.jpg'));
      expect(response).toMatchObject({ status: 200, body: { outcome: 'processed' } });
      const out = (await cos.object('photos', 'processed/big photo.jpg'))!;
      expect([(await metadata(out.body)).width, (await metadata(out.body)).height]).toEqual([128, 85]);
      expect(out.headers['resized-from']).toBe('source/big photo.jpg');
      expect(cos.tokenRequests).toHaveLength(1);
    } finally {
      child.kill('SIGTERM');
      await cos.stop();
    }
  });

  /** `node index.js` as a job run: the environment Code Engine documents for a COS event delivered to a job. */
  async function jobRun(extra: Record<string, string>, cosEndpoint: string): Promise<{ code: number; stdout: string }> {
    const env = {
      PATH: process.env.PATH ?? '', HOME: dir, RESIZE_CONFIG: JSON.stringify(config), ...trustedProfileEnv(cosEndpoint, path.join(dir, 'token')),
      CE_JOB: 'resize', CE_JOBRUN: 'resize-jobrun-x7k2p', JOB_INDEX: '0', ...extra,
    };
    try {
      const { stdout } = await run(process.execPath, ['index.js'], { cwd: path.join(dir, 'app'), env, timeout: 30_000 });
      return { code: 0, stdout };
    } catch (err: any) {
      if (typeof err.code !== 'number') throw err;
      return { code: err.code, stdout: err.stdout };
    }
  }

  test('as a job run it handles the event in CE_DATA and exits 0, or 1 when COS fails so Code Engine reruns it', async () => {
    const cos = new IbmCosServer(['photos']);
    const endpoint = await cos.start();
    fs.writeFileSync(path.join(dir, 'token'), IAM_GRANT.crToken);
    const event = { CE_DATA: JSON.stringify(ceCosBody('photos', 'source/job.jpg')), CE_TYPE: 'com.ibm.cloud.cos.document.write', CE_ID: 'b59727ee' };
    try {
      await cos.seed('photos', 'source/job.jpg', await jpeg(640, 480));
      const ok = await jobRun(event, endpoint);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('"outcome":"processed"');
      expect((await metadata((await cos.object('photos', 'processed/job.jpg'))!.body)).width).toBe(128);
    } finally {
      await cos.stop();
    }
    // The same event with COS unreachable: a storage error, so the run fails and is retried.
    const failed = await jobRun(event, endpoint);
    expect(failed.code).toBe(1);
  });

  test('a job run submitted without an event logs it and exits 0 instead of serving HTTP', async () => {
    const started = Date.now();
    const result = await jobRun({}, 'http://127.0.0.1:9');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"outcome":"invalid-event"');
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

/** The Cloud Functions zip (nodejs:20, main) unpacked in an empty directory and called with the feed's parameters. */
describe('the Cloud Functions code zip', () => {
  test('main(params) resizes through COS with HMAC keys', async () => {
    const pkg = buildFunctionPackage({ entry: IBM_CLOUD_FUNCTIONS_ENTRY, nodeTarget: 'node20', engine: ImageEngine.LINUX_X64, nodeModules: RESIZE_SHIPPED_MODULES, omitModules: RESIZE_OMITTED_MODULES });
    expect(pkg.bytes).toBeLessThan(48 * 1024 * 1024);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-code-'));
    unzipTo(pkg.zipPath, dir);
    const cos = new IbmCosServer(['photos']);
    const endpoint = await cos.start();
    try {
      await cos.seed('photos', 'source/a.jpg', await jpeg(900, 600));
      const params = { ...owCosParams('photos', 'source/a.jpg'), endpoint, RESIZE_CONFIG: JSON.stringify(config), cos_hmac_access_key_id: IBM_COS_HMAC.accessKeyId, cos_hmac_secret_access_key: IBM_COS_HMAC.secretAccessKey };
      const script = `require('./index.js').main(JSON.parse(process.argv[1])).then((r) => console.log(JSON.stringify(r)), (e) => { console.error(e); process.exit(1); });`;
      const { stdout } = await run(process.execPath, ['-e', script, JSON.stringify(params)], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir } });
      expect(stdout).toContain('"outcome":"processed"');
      expect((await metadata((await cos.object('photos', 'processed/a.jpg'))!.body)).width).toBe(128);
      expect(cos.requests.every((r) => String(r.headers.authorization).startsWith('AWS4-HMAC-SHA256 Credential=S3RVER/'))).toBe(true);
    } finally {
      await cos.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
