import { execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { Construct } from 'constructs';
import { auditRecordKey } from '../../functions/audit/src/audit';
import { nodejsDockerfile, prepareNodejsImage } from '../../lib/ibm/nodejs-image';
import { IbmCosServer, type IbmCosRequest } from '../functions/ibm-cos-server';
import { ceCosBody, ceHeaders, postJson } from './fake-cos';

const run = promisify(execFile);
const ENTRY = path.join(__dirname, '../../functions/audit/src/ibm.ts');
const BUCKET = 'uploads-bucket';
const KEY = 'uploads/report 2024%.pdf';
/** The image's Node.js is the host's when it is one of the image runtimes, so the context runs on the Node.js it targets. */
const RUNTIME = (['20', '22', '24'] as const).find((v) => process.versions.node.startsWith(`${v}.`)) ?? '22';

/**
 * The audit app's build context exactly as the construct writes it (what the Dockerfile copies to /app), copied to an
 * empty directory and started as its Dockerfile says (`node server.js handler`), answering the documented COS
 * CloudEvents delivery and writing the record to an IBM COS test server (s3rver behind IBM's rules) with the trusted profile's token.
 */
describe('the audit image context (ibm.NodejsApp)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-audit-'));
  const context = prepareNodejsImage(new Construct(undefined as never, 'Fn'), { entry: ENTRY, handler: 'handler', runtime: RUNTIME });
  const app = path.join(dir, 'app');
  fs.cpSync(context.dir, app, { recursive: true });
  fs.writeFileSync(path.join(dir, 'token'), 'CR-TOKEN');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const baseEnv = (endpoint: string) => ({
    PATH: process.env.PATH ?? '', HOME: dir, COS_ENDPOINT: endpoint, IBM_TRUSTED_PROFILE_ID: 'Profile-1',
    IBM_CR_TOKEN_FILE: path.join(dir, 'token'), IBM_IAM_ENDPOINT: `${endpoint}/identity/token`, IBM_FUNCTION_TIMEOUT_SECONDS: '60',
    AUDIT_BUCKET: BUCKET, AUDIT_PREFIX: 'audit/',
  });
  const expectedRecordKey = auditRecordKey({ bucket: BUCKET, prefix: 'audit/' }, { bucket: BUCKET, key: KEY, eventName: 'Object:Delete', time: '2024-03-11T10:20:30.000Z', etag: '8a1bd2ee4d4a5e1a7d5a0e2a1e8d1c0f' });

  test('holds the bundle, the server and the Dockerfile only, and is the same for the same sources', () => {
    expect(fs.readdirSync(app).sort()).toEqual(['Dockerfile', 'index.js', 'server.js']);
    expect(fs.readFileSync(path.join(app, 'Dockerfile'), 'utf8')).toBe(nodejsDockerfile(RUNTIME, 'handler', false));
    expect(nodejsDockerfile('22', 'handler', false)).toMatch(/^FROM node:22-bookworm-slim$[\s\S]*^USER 1000:1000$[\s\S]*^CMD \["node","server\.js","handler"\]$/m);
    expect(nodejsDockerfile('20', 'main', true)).toContain('CMD ["node","--enable-source-maps","server.js","main"]');
    expect(prepareNodejsImage(new Construct(undefined as never, 'Again'), { entry: ENTRY, handler: 'handler', runtime: RUNTIME }).sha256).toBe(context.sha256);
  });

  test('as an app: a COS delete delivery writes one record through COS with the trusted profile; a non-COS body is a 400', async () => {
    const cos = new IbmCosServer([BUCKET]);
    const endpoint = await cos.start();
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, ['server.js', 'handler'], { cwd: app, env: { ...baseEnv(endpoint), PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => { if (c.toString().includes('"listening"')) resolve(); });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      // The subject is percent-encoded by CloudEvents; the body's key is the key as it is, and wins.
      const headers = { ...ceHeaders(BUCKET, encodeURIComponent(KEY), 'delete') };
      const response = await postJson(port, JSON.stringify(ceCosBody(BUCKET, KEY, 'Object:Delete')), headers);
      expect(response).toEqual({ status: 200, body: { recorded: 1, skipped: 0 } });
      const record = await cos.object(BUCKET, expectedRecordKey);
      expect(record).toBeDefined();
      expect(JSON.parse(record!.body.toString())).toEqual({ bucket: BUCKET, key: KEY, eventName: 'Object:Delete', time: '2024-03-11T10:20:30.000Z', etag: '8a1bd2ee4d4a5e1a7d5a0e2a1e8d1c0f', size: 1029 });
      expect(cos.tokenRequests).toHaveLength(1);
      expect(cos.requests.filter((r: IbmCosRequest) => r.method === 'PUT').every((r) => String(r.headers.authorization) === 'Bearer IAM-ACCESS')).toBe(true);
      const invalid = await postJson(port, JSON.stringify({ hello: 'world' }), { 'content-type': 'application/json' });
      expect(invalid).toMatchObject({ status: 400, body: { outcome: 'invalid-event' } });
    } finally {
      child.kill('SIGTERM');
      await cos.stop();
    }
  });

  /** `node server.js handler` as a job run, with the environment Code Engine documents for a COS event delivered to a job. */
  async function jobRun(extra: Record<string, string>, endpoint: string): Promise<number> {
    try {
      await run(process.execPath, ['server.js', 'handler'], { cwd: app, env: { ...baseEnv(endpoint), CE_JOB: 'audit', CE_JOBRUN: 'audit-jobrun-1', ...extra }, timeout: 30_000 });
      return 0;
    } catch (err: any) {
      if (typeof err.code !== 'number') throw err;
      return err.code;
    }
  }

  test('as a job run: the delivery in CE_DATA is recorded and the run exits 0; with COS down it exits 1 (rerun)', async () => {
    const cos = new IbmCosServer([BUCKET]);
    const endpoint = await cos.start();
    const delivery = { CE_DATA: JSON.stringify(ceCosBody(BUCKET, KEY, 'Object:Delete')), CE_TYPE: 'com.ibm.cloud.cos.document.delete', CE_ID: 'j-1' };
    try {
      expect(await jobRun(delivery, endpoint)).toBe(0);
      expect(await cos.object(BUCKET, expectedRecordKey)).toBeDefined();
    } finally {
      await cos.stop();
    }
    expect(await jobRun(delivery, endpoint)).toBe(1);
  });
});

describe('bundling options of the Node.js images', () => {
  test('externals stay requires, nodeModules are shipped, minify and an inline source map (run with --enable-source-maps)', () => {
    const plain = prepareNodejsImage(new Construct(undefined as never, 'Plain'), { entry: ENTRY, handler: 'handler', runtime: '24' });
    const tuned = prepareNodejsImage(new Construct(undefined as never, 'Tuned'), {
      entry: ENTRY, handler: 'handler', runtime: '20',
      bundling: { externalModules: ['ibm-cos-sdk'], nodeModules: ['fflate'], minify: true, sourceMap: true },
    });
    const index = fs.readFileSync(path.join(tuned.dir, 'index.js'), 'utf8');
    expect(index).toMatch(/require\("ibm-cos-sdk"\)/);
    expect(index).toContain('//# sourceMappingURL=data:application/json;base64,');
    expect(fs.existsSync(path.join(tuned.dir, 'node_modules', 'ibm-cos-sdk'))).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(tuned.dir, 'node_modules', 'fflate', 'package.json'), 'utf8')).name).toBe('fflate');
    expect(tuned.package.packages.map((p) => p.name)).toEqual(['fflate']);
    expect(fs.readFileSync(path.join(tuned.dir, 'Dockerfile'), 'utf8')).toBe(nodejsDockerfile('20', 'handler', true));
    expect(tuned.sha256).not.toBe(plain.sha256);
    // The plain bundle carries the SDK itself and ships nothing.
    expect(fs.readFileSync(path.join(plain.dir, 'index.js'), 'utf8')).not.toMatch(/require\("ibm-cos-sdk"\)/);
    expect(fs.existsSync(path.join(plain.dir, 'node_modules'))).toBe(false);
  });
});

