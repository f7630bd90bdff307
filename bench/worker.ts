/**
 * One benchmark measurement in its own process: one variant, one input, one output size. `run.ts` bundles this file
 * with esbuild and starts it with `node` (pinned to one core), so the process holds only what the variant loads and
 * its peak RSS is the variant's own. Warm-up iterations are run first and not timed. The last output is written to a
 * file, and `run.ts` checks its format and dimensions, so no variant can win by doing less.
 *
 * Usage: node worker.js '<Job as JSON>'   → prints one line `RESULT <WorkerResult as JSON>`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import type { ImageEngine } from '../lib/core/packaging';

export type Variant = 'handler' | 'sharp' | 'imagemagick' | 'jimp';

export interface Job {
  readonly variant: Variant;
  /** handler: the unpacked zip whose index.js exports createAlicloudHandler and InMemoryObjectStore. */
  readonly zipDir?: string;
  /** handler: the sharp build that must be the one loaded. */
  readonly engine?: ImageEngine;
  /** sharp and jimp are loaded from this project's node_modules. */
  readonly projectDir: string;
  /** imagemagick: the `convert` binary, by its package path. */
  readonly convert?: string;
  readonly input: string;
  readonly format: 'jpeg' | 'png' | 'webp';
  readonly box: number;
  /** Untimed iterations first: at least this many… */
  readonly warmup: number;
  /** …and for at least this long (WebAssembly runs slower until V8 has tiered its code up, which takes seconds). */
  readonly warmupMs: number;
  readonly minIterations: number;
  readonly maxIterations: number;
  /** Keep iterating (past minIterations) until this much time was measured… */
  readonly minMs: number;
  /** …but stop once this much was (with at least `floorIterations`). */
  readonly maxMs: number;
  readonly floorIterations: number;
  /** Where the last output is written for checking. */
  readonly output: string;
}

export interface WorkerResult {
  readonly times: number[];
  /** Peak resident set size of the process that did the work, in KiB (ImageMagick: of `convert` itself). */
  readonly maxRssKiB: number | null;
  /** What was really loaded (for the handler: which sharp binary). */
  readonly loaded: string;
}

type Iteration = () => Promise<Buffer | void>;

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2]) as Job;
  const input = fs.readFileSync(job.input);
  const { iteration, lastOutput, loaded, peak } = await prepare(job, input);

  const warming = performance.now();
  for (let i = 0; i < job.warmup || performance.now() - warming < job.warmupMs; i++) await iteration();
  const times: number[] = [];
  const started = performance.now();
  for (;;) {
    const t = performance.now();
    await iteration();
    times.push(performance.now() - t);
    const elapsed = performance.now() - started;
    if (times.length >= job.maxIterations) break;
    if (times.length >= job.minIterations && elapsed >= job.minMs) break;
    if (times.length >= job.floorIterations && elapsed >= job.maxMs) break;
  }
  fs.writeFileSync(job.output, await lastOutput());
  const result: WorkerResult = { times, maxRssKiB: peak(), loaded: loaded() };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

interface Prepared {
  readonly iteration: Iteration;
  readonly lastOutput: () => Promise<Buffer>;
  readonly loaded: () => string;
  readonly peak: () => number | null;
}

/**
 * This process's peak RSS in KiB: VmHWM, the high-water mark of its own memory since exec. getrusage's maxRSS would
 * also count the RSS of the parent at fork time (here the benchmark runner), so it is only the fallback off Linux.
 */
const ownPeak = (): number => {
  try {
    const match = /VmHWM:\s*(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
};

async function prepare(job: Job, input: Buffer): Promise<Prepared> {
  const project = createRequire(path.join(job.projectDir, 'package.json'));
  switch (job.variant) {
    case 'handler':
      return prepareHandler(job, input);
    case 'sharp': {
      // The same tuning the handler applies, so the comparison is about the handler path, not the settings.
      const sharp = project('sharp') as typeof import('sharp').default;
      sharp.concurrency(1);
      sharp.cache(false);
      let last: Buffer | undefined;
      const iteration: Iteration = async () => {
        const pipeline = sharp(input).resize({ width: job.box, height: job.box, fit: 'inside', withoutEnlargement: true });
        last = await (job.format === 'jpeg' ? pipeline.jpeg({ quality: 80 }) : job.format === 'webp' ? pipeline.webp({ quality: 80 }) : pipeline.png()).toBuffer();
      };
      return { iteration, lastOutput: async () => last!, loaded: () => `sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}`, peak: ownPeak };
    }
    case 'imagemagick': {
      // As a function shelling out to ImageMagick does it: the object is a file, convert writes another file.
      const env = { PATH: '/usr/bin:/bin', MAGICK_THREAD_LIMIT: '1', OMP_NUM_THREADS: '1' };
      const args = [job.input, '-resize', `${job.box}x${job.box}>`, '-quality', '80', job.output];
      const iteration: Iteration = async () => {
        const run = spawnSync(job.convert!, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
        if (run.status !== 0) throw new Error(`convert failed (${run.status}): ${run.stderr?.toString()}`);
      };
      return {
        iteration,
        lastOutput: async () => fs.readFileSync(job.output),
        loaded: () => spawnSync(job.convert!, ['-version']).stdout.toString().split('\n')[0],
        // Peak RSS of convert itself, from GNU time (the Node.js process that starts it is not part of it; convert is
        // forked by the small `time` process, so it inherits no parent's RSS).
        peak: () => {
          if (!fs.existsSync('/usr/bin/time')) return null;
          const timed = spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M', job.convert!, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
          const match = /MAXRSS (\d+)/.exec(timed.stderr.toString());
          return match ? Number(match[1]) : null;
        },
      };
    }
    case 'jimp': {
      const { Jimp } = project('jimp') as typeof import('jimp');
      const mime = job.format === 'jpeg' ? 'image/jpeg' : 'image/png';
      let last: Buffer | undefined;
      const iteration: Iteration = async () => {
        const image = await Jimp.read(input);
        // scaleToFit also enlarges; the others never do.
        if (image.width > job.box || image.height > job.box) image.scaleToFit({ w: job.box, h: job.box });
        last = mime === 'image/jpeg' ? await image.getBuffer('image/jpeg', { quality: 80 }) : await image.getBuffer('image/png');
      };
      return { iteration, lastOutput: async () => last!, loaded: () => `jimp ${(project('jimp/package.json') as { version: string }).version}`, peak: ownPeak };
    }
  }
}

interface HandlerModule {
  createAlicloudHandler: typeof import('../functions/resize/src/adapters/alicloud').createAlicloudHandler;
  InMemoryObjectStore: typeof import('../lib/runtime/storage').InMemoryObjectStore;
}

async function prepareHandler(job: Job, input: Buffer): Promise<Prepared> {
  const { createAlicloudHandler, InMemoryObjectStore } = require(path.join(job.zipDir!, 'index.js')) as HandlerModule;
  const bucket = 'bench';
  const key = `source/input${path.extname(job.input)}`;
  const store = new InMemoryObjectStore();
  await store.put(bucket, key, input, { contentType: 'application/octet-stream', metadata: {} });
  const handler = createAlicloudHandler(() => store, {
    config: {
      destination: { bucket, prefix: 'processed/' },
      sources: [{ bucket, prefix: 'source/', suffix: '' }],
      targets: [{ width: job.box, height: job.box }],
    },
    // The log line is built and serialised as in production, then dropped (stdout carries the result).
    log: (entry) => void JSON.stringify(entry),
  });
  const event = Buffer.from(
    JSON.stringify({
      events: [{ eventName: 'ObjectCreated:PutObject', oss: { bucket: { name: bucket }, object: { key, size: input.length } } }],
    }),
  );
  const context = { requestId: 'bench', region: 'cn-hangzhou', credentials: { accessKeyId: 'AK', accessKeySecret: 'SK' } };
  const outputKey = `processed/${key.slice('source/'.length)}`;
  const iteration: Iteration = async () => {
    const { results } = await handler(event, context);
    const [result] = results;
    if (result?.outcome !== 'processed' || result.outputs[0]?.status !== 'written') {
      throw new Error(`handler did not write an output: ${JSON.stringify(result)}`);
    }
  };
  const loaded = (): string => {
    // Which sharp binary this process really loaded: the engine under test, and not the other one.
    const files = Object.keys(require.cache);
    const native = files.some((f) => f.includes('sharp-linux-x64'));
    const wasm = files.some((f) => f.includes('sharp-wasm32'));
    const engine = native && !wasm ? 'linux-x64' : wasm && !native ? 'wasm32' : `unclear (native ${native}, wasm ${wasm})`;
    if (engine !== job.engine) throw new Error(`expected the ${job.engine} sharp, but loaded ${engine}`);
    const sharpMain = require.resolve('sharp', { paths: [job.zipDir!] });
    if (!sharpMain.startsWith(job.zipDir!)) throw new Error(`sharp was resolved outside the zip: ${sharpMain}`);
    return `sharp from the zip, ${engine}`;
  };
  return { iteration, lastOutput: async () => store.object(bucket, outputKey)!.body, loaded, peak: ownPeak };
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
