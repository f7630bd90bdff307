/**
 * Peak memory of the real handler path on a 12-megapixel photo: the production zip, unpacked where no project
 * module is reachable, loaded by a fresh Node.js process with MALLOC_ARENA_MAX=2 (as the construct deploys it),
 * resizing one upload into a thumbnail and a web-sized image. Peak RSS is the kernel's high-water mark of the
 * child's own memory (`VmHWM` in /proc/self/status; Linux only, like the functions' runtimes).
 *
 * Budgets, for a function of 512 MB:
 * - the whole process peaks under 160 MB, leaving room for the runtime, a second event and the input download;
 * - the image work adds less than one full-resolution decode (4000 × 3000 × 3 bytes = 36 MB) to the warmed-up
 *   process: JPEG shrink-on-load means the 12 MP pixels are never all in memory. A control run that does decode
 *   them all shows the measurement catches that.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { photoJpeg } from '../../bench/inputs';
import { buildZip, ImageEngine, unpackZip } from '../../bench/package';
import sharp from 'sharp';
import { RESIZE_ENTRIES } from '../../functions/resize/bundle';
import { WASM_BASE_MB, WASM_BYTES_PER_PIXEL } from '../../functions/resize/src/adapters/wasm-memory';

const run = promisify(execFile);
const MB = 1e6;
const PROCESS_BUDGET_MB = 160;
const FULL_DECODE_MB = (4000 * 3000 * 3) / MB;
/** sharp compiled to WebAssembly keeps its own linear memory (it grows and never shrinks): half the function. */
const WASM_PROCESS_BUDGET_MB = 256;

interface Measured {
  baselineMB: number;
  peakMB: number;
  outputs: [number, number][];
}

/** Loads index.js, warms sharp up on a tiny image, notes the peak so far, then runs one 12 MP upload. */
const SCRIPT = `
  const fs = require('fs');
  const input = fs.readFileSync(process.env.INPUT);
  const { createAlicloudHandler } = require('./index.js');
  const sharp = require('sharp');
  // VmHWM: the high-water mark of this process's own memory since exec. (getrusage's maxRSS also counts the
  // parent's RSS at fork time, which is what a jest worker spawning this process holds.)
  const peak = () => Number(/VmHWM:\\s*(\\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]) * 1024 / 1e6;
  (async () => {
    await sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } }).jpeg().toBuffer();
    const baselineMB = peak();
    let outputs;
    if (process.env.MODE === 'handler') {
      const objects = new Map([['source/photo.jpg', input]]);
      const store = {
        get: async (bucket, key) => Buffer.from(objects.get(key)),
        head: async (bucket, key) => (objects.has(key) ? { metadata: {} } : undefined),
        put: async (bucket, key, body) => { objects.set(key, body); },
      };
      const handler = createAlicloudHandler(() => store, {
        config: {
          destination: { bucket: 'b', prefix: 'processed/' },
          sources: [{ bucket: 'b', prefix: 'source/', suffix: '' }],
          targets: [{ width: 128, height: 128, name: 'thumb' }, { width: 1024, height: 1024, name: 'web' }],
        },
        log: () => undefined,
      });
      const event = { events: [{ eventName: 'ObjectCreated:PutObject', oss: { bucket: { name: 'b' }, object: { key: 'source/photo.jpg', size: input.length } } }] };
      const { results } = await handler(Buffer.from(JSON.stringify(event)), { region: 'cn-hangzhou', credentials: {} });
      outputs = results[0].outputs.map((o) => [o.width, o.height]);
    } else {
      // Control: decode every pixel first, then resize (what a pipeline without shrink-on-load holds).
      const { data, info } = await sharp(input).raw().toBuffer({ resolveWithObject: true });
      const out = await sharp(data, { raw: info }).resize(1024, 1024, { fit: 'inside' }).jpeg().toBuffer({ resolveWithObject: true });
      outputs = [[out.info.width, out.info.height]];
    }
    console.log(JSON.stringify({ baselineMB, peakMB: peak(), outputs }));
  })().catch((e) => { console.error(e); process.exit(1); });`;

describe('memory of the handler path on a 12 MP JPEG (child process, real zip)', () => {
  const dirs = new Map<ImageEngine, string>();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'resize-memory-'));
  const input = path.join(work, 'photo.jpg');

  beforeAll(async () => {
    fs.writeFileSync(input, await photoJpeg(4000, 3000));
    for (const engine of [ImageEngine.LINUX_X64, ImageEngine.WASM32]) {
      dirs.set(engine, unpackZip(buildZip(RESIZE_ENTRIES.alicloud.entryPoint, engine).zipPath, 'resize-memory-zip-'));
    }
  });
  afterAll(() => {
    for (const dir of [work, ...dirs.values()]) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function measure(engine: ImageEngine, mode: 'handler' | 'full-decode', file = input): Promise<Measured> {
    const dir = dirs.get(engine)!;
    const { stdout } = await run(process.execPath, ['-e', SCRIPT], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, MALLOC_ARENA_MAX: '2', INPUT: file, MODE: mode },
    });
    return JSON.parse(stdout.trim().split('\n').pop()!) as Measured;
  }

  test(`native: peak RSS under ${PROCESS_BUDGET_MB} MB, and the image adds less than one full decode (${FULL_DECODE_MB} MB)`, async () => {
    const m = await measure(ImageEngine.LINUX_X64, 'handler');
    expect(m.outputs).toEqual([
      [128, 96],
      [1024, 768],
    ]);
    expect(m.peakMB).toBeLessThan(PROCESS_BUDGET_MB);
    expect(m.peakMB - m.baselineMB).toBeLessThan(FULL_DECODE_MB);
  });

  test('control: decoding all 12 MP first is caught by the same measurement', async () => {
    const m = await measure(ImageEngine.LINUX_X64, 'full-decode');
    expect(m.outputs).toEqual([[1024, 768]]);
    expect(m.peakMB - m.baselineMB).toBeGreaterThan(FULL_DECODE_MB);
  });

  test(`wasm32: peak RSS under ${WASM_PROCESS_BUDGET_MB} MB`, async () => {
    const m = await measure(ImageEngine.WASM32, 'handler');
    expect(m.outputs).toEqual([
      [128, 96],
      [1024, 768],
    ]);
    expect(m.peakMB).toBeLessThan(WASM_PROCESS_BUDGET_MB);
  });

  test('wasm32: a 12 MP PNG (decoded whole) peaks within the model the SCF input limits are derived from', async () => {
    const png = path.join(work, 'photo.png');
    fs.writeFileSync(png, await sharp(await photoJpeg(4000, 3000)).png({ compressionLevel: 1 }).toBuffer());
    const m = await measure(ImageEngine.WASM32, 'handler', png);
    expect(m.outputs).toEqual([
      [128, 96],
      [1024, 768],
    ]);
    const modelMB = WASM_BASE_MB + fs.statSync(png).size / MB + (12e6 * WASM_BYTES_PER_PIXEL) / MB;
    expect(m.peakMB).toBeLessThan(modelMB);
  });
});
