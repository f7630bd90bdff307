/**
 * `npm run bench`: the resize function's handler path against raw sharp, ImageMagick and jimp, side by side.
 *
 * Every (variant, input, size) runs in its own Node.js process pinned to one core (`taskset -c 0`), with
 * MALLOC_ARENA_MAX=2 as deployed; warm-up iterations are not timed; every variant's last output is decoded and must
 * have the expected format and dimensions. Then: the zip size per engine, and the cold start of the real zip.
 *
 * Options: --quick (fewer iterations, for a smoke run), --json <file> (write every measurement),
 * --only <variant,…> (handler-native, handler-wasm32, sharp, imagemagick, jimp), --inputs <id,…> (jpeg-12mp,
 * png-1080-alpha, webp-1000, png-64), --skip-cold-start.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSync } from 'esbuild';
import sharp from 'sharp';
import { RESIZE_ENTRIES } from '../functions/resize/bundle';
import { BENCH_INPUTS, BENCH_SIZES, expectedSize, type BenchInput } from './inputs';
import { buildZip, ImageEngine, unpackZip } from './package';
import type { Job, Variant, WorkerResult } from './worker';

const PROJECT_DIR = path.resolve(__dirname, '..');
/** ImageMagick 6 from Debian's `imagemagick` package, by path: a different `convert` may come first on PATH. */
const CONVERT_CANDIDATES = ['/usr/bin/convert-im6.q16', '/usr/bin/convert-im7.q16', '/usr/bin/convert'];
const MB = 1e6;

interface VariantSpec {
  readonly id: string;
  readonly label: string;
  readonly variant: Variant;
  readonly engine?: ImageEngine;
  readonly warmup: number;
  /** Minimum warm-up time, ms. */
  readonly warmupMs: number;
  /** Processes (rounds) its iterations are spread over, interleaved with the other variants'. */
  readonly rounds: number;
  /** Why it cannot run on this input, if it cannot. */
  readonly unavailable?: (input: BenchInput) => string | undefined;
}

interface Measurement {
  readonly variant: string;
  readonly input: string;
  readonly box: number;
  readonly status: 'ok' | 'unavailable' | 'failed';
  readonly note?: string;
  readonly n?: number;
  readonly processes?: number;
  readonly medianMs?: number;
  readonly p90Ms?: number;
  readonly imagesPerSecond?: number;
  readonly peakRssMB?: number | null;
  readonly output?: { format: string; width: number; height: number };
  readonly loaded?: string;
}

interface ColdStart {
  readonly engine: string;
  readonly zipBytes: number;
  readonly runs: number;
  readonly nodeBootMs: number;
  readonly requireMs: number;
  readonly firstCallMs: number;
  readonly spawnToOutputMs: number;
  readonly output: string;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const jsonOut = valueOf(args, '--json');
  const only = valueOf(args, '--only')?.split(',');
  const inputIds = valueOf(args, '--inputs')?.split(',');
  const inputs = BENCH_INPUTS.filter((i) => inputIds === undefined || inputIds.includes(i.id));
  const skipColdStart = args.includes('--skip-cold-start');
  const started = performance.now();

  const taskset = fs.existsSync('/usr/bin/taskset') ? '/usr/bin/taskset' : undefined;
  const convert = findImageMagick();
  printMachine(taskset, convert);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'resize-bench-'));
  const unpacked: string[] = [];
  try {
    // ---- inputs ----
    const inputFiles = new Map<string, string>();
    console.log('\n## Inputs (generated)\n');
    console.log('| input | bytes |');
    console.log('| --- | ---: |');
    for (const input of inputs) {
      const body = await input.make();
      const file = path.join(tmp, `${input.id}${input.extension}`);
      fs.writeFileSync(file, body);
      inputFiles.set(input.id, file);
      console.log(`| ${input.label} | ${body.length.toLocaleString('en')} |`);
    }

    // ---- packages ----
    const worker = path.join(tmp, 'worker.js');
    buildSync({ entryPoints: [path.join(__dirname, 'worker.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: worker, logLevel: 'silent' });
    const engines = [ImageEngine.LINUX_X64, ImageEngine.WASM32] as const;
    const production = new Map(engines.map((engine) => [engine, buildZip(RESIZE_ENTRIES.alicloud.entryPoint, engine)]));
    const benchDirs = new Map(engines.map((engine) => [engine, unpackZip(buildZip(path.join(__dirname, 'handler-entry.ts'), engine).zipPath, `resize-bench-${engine}-`)]));
    unpacked.push(...benchDirs.values());

    // ---- throughput ----
    const allVariants: VariantSpec[] = [
      { id: 'handler-native', label: 'handler, native sharp', variant: 'handler', engine: ImageEngine.LINUX_X64, warmup: 3, warmupMs: 200, rounds: 8 },
      // WebAssembly needs a longer warm-up: on one core V8 takes seconds to tier the 9 MB module up to optimised code.
      { id: 'handler-wasm32', label: 'handler, wasm32 sharp', variant: 'handler', engine: ImageEngine.WASM32, warmup: 3, warmupMs: 2_500, rounds: 2 },
      { id: 'sharp', label: 'raw sharp (native)', variant: 'sharp', warmup: 3, warmupMs: 200, rounds: 8 },
      {
        id: 'imagemagick',
        label: 'ImageMagick convert',
        variant: 'imagemagick',
        warmup: 2,
        warmupMs: 0,
        rounds: 1,
        unavailable: () => (convert ? undefined : `ImageMagick is not installed (looked for ${CONVERT_CANDIDATES.join(', ')})`),
      },
      {
        id: 'jimp',
        label: 'jimp',
        variant: 'jimp',
        warmup: 2,
        warmupMs: 0,
        rounds: 1,
        unavailable: (input) => (input.format === 'webp' ? 'jimp 1.6 has no WebP decoder' : undefined),
      },
    ];
    const variants = allVariants.filter((v) => only === undefined || only.includes(v.id));

    const measurements: Measurement[] = [];
    for (const input of inputs) {
      for (const box of BENCH_SIZES) {
        const ctx: MeasureContext = { tmp, worker, taskset, convert, inputFile: inputFiles.get(input.id)!, quick };
        const zipDir = (spec: VariantSpec): string | undefined => (spec.engine ? benchDirs.get(spec.engine) : undefined);
        for (const m of await measureScenario(variants, input, box, ctx, zipDir)) {
          measurements.push(m);
          process.stderr.write(`  ${input.id} → ${box}: ${m.variant} ${m.status === 'ok' ? `${m.medianMs!.toFixed(1)} ms (n=${m.n})` : `${m.status}: ${m.note}`}\n`);
        }
      }
    }

    // ---- packaging and cold start ----
    const coldStarts: ColdStart[] = [];
    if (!skipColdStart) {
      const coldInput = inputFiles.get('jpeg-12mp') ?? path.join(tmp, 'cold.jpg');
      if (!fs.existsSync(coldInput)) fs.writeFileSync(coldInput, await BENCH_INPUTS[0].make());
      for (const engine of engines) {
        const pkg = production.get(engine)!;
        const dir = unpackZip(pkg.zipPath, `resize-cold-${engine}-`);
        try {
          coldStarts.push(await coldStart(engine, pkg.bytes, dir, coldInput, taskset, quick ? 3 : 7));
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }
    }

    report(inputs, measurements, variants, coldStarts, production.get(ImageEngine.LINUX_X64)!.bytes, production.get(ImageEngine.WASM32)!.bytes);
    console.log(`\nTotal benchmark time: ${((performance.now() - started) / 1000).toFixed(0)} s`);

    if (jsonOut) {
      fs.writeFileSync(jsonOut, `${JSON.stringify({ machine: machine(taskset, convert), measurements, coldStarts }, null, 2)}\n`);
      console.log(`Measurements written to ${jsonOut}`);
    }
    if (measurements.some((m) => m.status === 'failed')) process.exitCode = 1;
  } finally {
    for (const dir of [tmp, ...unpacked]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface MeasureContext {
  readonly tmp: string;
  readonly worker: string;
  readonly taskset?: string;
  readonly convert?: string;
  readonly inputFile: string;
  readonly quick: boolean;
}

/**
 * Measures every variant on one scenario. Variants compared with each other at a few percent run in several rounds
 * (one process each), interleaved in a rotating order, so a slow spell of the machine is shared out instead of
 * landing on one variant; their samples are pooled.
 */
async function measureScenario(
  variants: readonly VariantSpec[],
  input: BenchInput,
  box: number,
  ctx: MeasureContext,
  zipDir: (spec: VariantSpec) => string | undefined,
): Promise<Measurement[]> {
  const state = variants.map((spec) => {
    const unavailable = spec.unavailable?.(input);
    return {
      spec,
      rounds: ctx.quick ? Math.min(spec.rounds, 2) : spec.rounds,
      times: [] as number[],
      rssKiB: [] as (number | null)[],
      loaded: '',
      output: undefined as Measurement['output'],
      problem: (unavailable === undefined ? undefined : { status: 'unavailable', note: unavailable }) as
        | { status: 'unavailable' | 'failed'; note: string }
        | undefined,
    };
  });
  const maxRounds = Math.max(...state.map((s) => s.rounds));
  for (let round = 0; round < maxRounds; round++) {
    for (let k = 0; k < state.length; k++) {
      const s = state[(k + round) % state.length];
      if (round >= s.rounds || s.problem) continue;
      const run = await runWorker(s.spec, input, box, ctx, zipDir(s.spec), s.rounds);
      if ('failure' in run) {
        s.problem = { status: 'failed', note: run.failure };
        continue;
      }
      s.times.push(...run.result.times);
      s.rssKiB.push(run.result.maxRssKiB);
      s.loaded = run.result.loaded;
      s.output = run.output;
    }
  }
  return state.map((s): Measurement => {
    const base = { variant: s.spec.id, input: input.id, box };
    if (s.problem) return { ...base, ...s.problem };
    const sorted = [...s.times].sort((a, b) => a - b);
    const median = percentile(sorted, 0.5);
    const rss = s.rssKiB.every((r) => r !== null) ? Math.max(...(s.rssKiB as number[])) : null;
    return {
      ...base,
      status: 'ok',
      n: sorted.length,
      processes: s.rounds,
      medianMs: median,
      p90Ms: percentile(sorted, 0.9),
      imagesPerSecond: 1000 / median,
      peakRssMB: rss === null ? null : (rss * 1024) / MB,
      output: s.output,
      loaded: s.loaded,
    };
  });
}

/** One worker process: `1/share` of the iteration budget; its last output is decoded and checked. */
async function runWorker(
  spec: VariantSpec,
  input: BenchInput,
  box: number,
  ctx: MeasureContext,
  zipDir: string | undefined,
  share: number,
): Promise<{ result: WorkerResult; output: NonNullable<Measurement['output']> } | { failure: string }> {
  const output = path.join(ctx.tmp, `out-${spec.id}-${input.id}-${box}${input.extension}`);
  fs.rmSync(output, { force: true });
  const job: Job = {
    variant: spec.variant,
    zipDir,
    engine: spec.engine,
    projectDir: PROJECT_DIR,
    convert: ctx.convert,
    input: ctx.inputFile,
    format: input.format,
    box,
    warmup: ctx.quick ? 1 : spec.warmup,
    warmupMs: ctx.quick ? Math.min(spec.warmupMs, 500) : spec.warmupMs,
    minIterations: Math.ceil((ctx.quick ? 5 : 24) / share),
    maxIterations: Math.ceil((ctx.quick ? 20 : 300) / share),
    minMs: (ctx.quick ? 300 : 2_400) / share,
    maxMs: (ctx.quick ? 2_000 : 10_000) / share,
    floorIterations: Math.ceil((ctx.quick ? 3 : 6) / share),
    output,
  };
  const command = [...(ctx.taskset ? [ctx.taskset, '-c', '0'] : []), process.execPath, ctx.worker, JSON.stringify(job)];
  const run = spawnSync(command[0], command.slice(1), {
    // No NODE_PATH and an empty HOME: the worker finds only what the job names (important for the wasm32 variant).
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: ctx.tmp, MALLOC_ARENA_MAX: '2' },
    cwd: ctx.tmp,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = run.stdout?.split('\n').find((l) => l.startsWith('RESULT '));
  if (run.status !== 0 || !line) {
    return { failure: (run.stderr || run.error?.message || `exit ${run.status}`).trim().split('\n').slice(0, 3).join(' ') };
  }
  const result = JSON.parse(line.slice('RESULT '.length)) as WorkerResult;

  // No variant wins by doing less: the output must be the input's format at the expected size.
  const meta = await sharp(fs.readFileSync(output)).metadata();
  const want = expectedSize(input, box);
  const got = { format: meta.format, width: meta.width, height: meta.height };
  if (got.format !== input.format || Math.abs(got.width - want.width) > 1 || Math.abs(got.height - want.height) > 1) {
    return { failure: `wrong output ${JSON.stringify(got)}, expected ${input.format} ${want.width}×${want.height}` };
  }
  return { result, output: got };
}

/** Nearest-rank percentile of sorted values (the median of an even count is the mean of the middle two). */
function percentile(sorted: readonly number[], p: number): number {
  if (p === 0.5 && sorted.length % 2 === 0) return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/**
 * Cold start of the real zip: a new `node` process in the unpacked directory requires `index.js`, builds the FC
 * handler (with an in-memory store instead of OSS) and resizes the 12 MP JPEG to 128 px. The first run is discarded
 * (it warms the disk cache), the median of the others is reported.
 */
async function coldStart(engine: string, zipBytes: number, dir: string, inputFile: string, taskset: string | undefined, runs: number): Promise<ColdStart> {
  const script = `
    const t0 = performance.now();
    const input = require('fs').readFileSync(process.env.BENCH_INPUT);
    const t1 = performance.now();
    const { createAlicloudHandler } = require('./index.js');
    const t2 = performance.now();
    const objects = new Map([['source/photo.jpg', input]]);
    const store = {
      get: async (bucket, key) => objects.get(key),
      head: async (bucket, key) => (objects.has(key) ? { metadata: {} } : undefined),
      put: async (bucket, key, body) => { objects.set(key, body); },
    };
    const handler = createAlicloudHandler(() => store, {
      config: { destination: { bucket: 'b', prefix: 'processed/' }, sources: [{ bucket: 'b', prefix: 'source/', suffix: '' }], targets: [{ width: 128, height: 128 }] },
      log: () => undefined,
    });
    const event = Buffer.from(JSON.stringify({ events: [{ eventName: 'ObjectCreated:PutObject', oss: { bucket: { name: 'b' }, object: { key: 'source/photo.jpg' } } }] }));
    handler(event, { region: 'cn-hangzhou', credentials: { accessKeyId: 'AK', accessKeySecret: 'SK' } }).then(async (r) => {
      const t3 = performance.now();
      process.stdout.write('OUTPUT ' + JSON.stringify({ boot: t0, require: t2 - t1, first: t3 - t2 }) + '\\n');
      const out = objects.get('processed/photo.jpg');
      const meta = await require('sharp')(out).metadata();
      const files = Object.keys(require.cache);
      const loaded = files.some((f) => f.includes('sharp-wasm32')) ? 'wasm32' : files.some((f) => f.includes('sharp-linux-x64')) ? 'linux-x64' : '?';
      process.stdout.write('CHECK ' + JSON.stringify({ format: meta.format, width: meta.width, height: meta.height, loaded, outcome: r.results[0].outcome }) + '\\n');
    }, (e) => { console.error(e); process.exit(1); });`;
  const samples: { boot: number; require: number; first: number; wall: number; check: string }[] = [];
  for (let i = 0; i <= runs; i++) {
    const command = [...(taskset ? [taskset, '-c', '0'] : []), process.execPath, '-e', script];
    const t = performance.now();
    const child = spawn(command[0], command.slice(1), {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, MALLOC_ARENA_MAX: '2', BENCH_INPUT: inputFile },
    });
    let stdout = '';
    let wall: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (wall === undefined && stdout.includes('OUTPUT ')) wall = performance.now() - t;
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const output = /OUTPUT (.*)/.exec(stdout)?.[1];
    const check = /CHECK (.*)/.exec(stdout)?.[1];
    if (code !== 0 || !output || !check || wall === undefined) throw new Error(`cold start (${engine}) failed: ${stderr}`);
    const parsed = JSON.parse(check) as { format: string; width: number; height: number; loaded: string; outcome: string };
    if (parsed.format !== 'jpeg' || parsed.width !== 128 || parsed.height !== 96 || parsed.loaded !== engine || parsed.outcome !== 'processed') {
      throw new Error(`cold start (${engine}) produced ${check}`);
    }
    if (i > 0) samples.push({ ...(JSON.parse(output) as { boot: number; require: number; first: number }), wall, check });
  }
  const med = (f: (s: (typeof samples)[number]) => number): number => percentile(samples.map(f).sort((a, b) => a - b), 0.5);
  return {
    engine,
    zipBytes,
    runs: samples.length,
    nodeBootMs: med((s) => s.boot),
    requireMs: med((s) => s.require),
    firstCallMs: med((s) => s.first),
    spawnToOutputMs: med((s) => s.wall),
    output: 'jpeg 128×96',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const fmt = (v: number | undefined | null, digits = 1): string => (v === undefined || v === null ? 'n/a' : v.toFixed(digits));

function report(inputs: readonly BenchInput[], measurements: readonly Measurement[], variants: readonly VariantSpec[], coldStarts: readonly ColdStart[], nativeZip: number, wasmZip: number): void {
  const find = (variant: string, input: string, box: number): Measurement | undefined =>
    measurements.find((m) => m.variant === variant && m.input === input && m.box === box);

  console.log('\n## Throughput (one core; each row its own process; MB = 10^6 bytes)\n');
  console.log('| input → box | variant | median ms | p90 ms | images/s | peak RSS MB | n (processes) |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const input of inputs) {
    for (const box of BENCH_SIZES) {
      for (const spec of variants) {
        const m = find(spec.id, input.id, box)!;
        const scenario = `${input.label} → ${box}`;
        if (m.status !== 'ok') {
          console.log(`| ${scenario} | ${spec.label} | ${m.status}: ${m.note} | | | | |`);
          continue;
        }
        console.log(`| ${scenario} | ${spec.label} | ${fmt(m.medianMs)} | ${fmt(m.p90Ms)} | ${fmt(m.imagesPerSecond, 1)} | ${fmt(m.peakRssMB, 0)} | ${m.n} (${m.processes}) |`);
      }
    }
  }

  console.log('\n## Ratios of the handler (native) to each alternative, by median\n');
  console.log('| input → box | handler ÷ raw sharp | ImageMagick ÷ handler | jimp ÷ handler | handler wasm32 ÷ handler native |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const ratio = (a: Measurement | undefined, b: Measurement | undefined): string =>
    a?.status === 'ok' && b?.status === 'ok' ? `${(a.medianMs! / b.medianMs!).toFixed(2)}×` : 'n/a';
  for (const input of inputs) {
    for (const box of BENCH_SIZES) {
      const h = find('handler-native', input.id, box);
      console.log(
        `| ${input.label} → ${box} | ${ratio(h, find('sharp', input.id, box))} | ${ratio(find('imagemagick', input.id, box), h)} | ${ratio(find('jimp', input.id, box), h)} | ${ratio(find('handler-wasm32', input.id, box), h)} |`,
      );
    }
  }

  console.log('\n## Packaging and cold start (the real FC zip, unpacked; 12 MP JPEG → 128)\n');
  console.log('| engine | zip MB | node boot ms | require index.js ms | first call ms | spawn → first output ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [engine, bytes] of [['linux-x64', nativeZip], ['wasm32', wasmZip]] as const) {
    const c = coldStarts.find((s) => s.engine === engine);
    console.log(`| ${engine} | ${(bytes / MB).toFixed(2)} (${bytes.toLocaleString('en')} bytes) | ${fmt(c?.nodeBootMs, 0)} | ${fmt(c?.requireMs, 0)} | ${fmt(c?.firstCallMs, 0)} | ${fmt(c?.spawnToOutputMs, 0)} |`);
  }
  if (coldStarts.length > 0) console.log(`\n(median of ${coldStarts[0].runs} fresh processes each, after one discarded run)`);

  // ---- targets ----
  const h128 = find('handler-native', 'jpeg-12mp', 128);
  const value = (a: Measurement | undefined, b: Measurement | undefined): number | undefined =>
    a?.status === 'ok' && b?.status === 'ok' ? a.medianMs! / b.medianMs! : undefined;
  const wasmRatios = inputs.flatMap((i) => BENCH_SIZES.map((box) => ({ s: `${i.id}→${box}`, r: value(find('handler-wasm32', i.id, box), find('handler-native', i.id, box)) })));
  const worstWasm = wasmRatios.filter((w) => w.r !== undefined).sort((a, b) => b.r! - a.r!)[0];
  const rss1024 = find('handler-native', 'jpeg-12mp', 1024)?.peakRssMB ?? undefined;
  const targets: [string, number | undefined, (v: number) => boolean, string][] = [
    ['handler ÷ raw sharp, 12 MP → 128', value(h128, find('sharp', 'jpeg-12mp', 128)), (v) => v <= 1.1, '≤ 1.10×'],
    ['ImageMagick ÷ handler, 12 MP → 128', value(find('imagemagick', 'jpeg-12mp', 128), h128), (v) => v >= 9, '≥ 9×'],
    ['jimp ÷ handler, 12 MP → 128', value(find('jimp', 'jpeg-12mp', 128), h128), (v) => v >= 25, '≥ 25×'],
    ['wasm32 ÷ native handler, 12 MP → 128', value(find('handler-wasm32', 'jpeg-12mp', 128), h128), (v) => v <= 1.8, '≤ 1.8×'],
    [`wasm32 ÷ native handler, worst case (${worstWasm?.s ?? 'n/a'})`, worstWasm?.r, (v) => v <= 1.8, '≤ 1.8×'],
    ['peak RSS MB, handler, 12 MP → 1024', rss1024 ?? undefined, (v) => v <= 160, '≤ 160'],
    ['native zip MB', nativeZip / MB, (v) => v <= 9, '≤ 9'],
  ];
  console.log('\n## Targets\n');
  console.log('| target | measured | goal | |');
  console.log('| --- | ---: | ---: | --- |');
  for (const [name, v, ok, goal] of targets) {
    console.log(`| ${name} | ${v === undefined ? 'n/a' : v.toFixed(2)} | ${goal} | ${v === undefined ? 'not measured' : ok(v) ? 'met' : 'MISSED'} |`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Machine

function findImageMagick(): string | undefined {
  for (const candidate of CONVERT_CANDIDATES) {
    if (!fs.existsSync(candidate)) continue;
    const version = spawnSync(candidate, ['-version'], { encoding: 'utf8' });
    if (version.status === 0 && /ImageMagick/.test(version.stdout)) return candidate;
  }
  return undefined;
}

function machine(taskset: string | undefined, convert: string | undefined): Record<string, string> {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'} (${cpus.length} logical CPUs visible)`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    sharp: `${sharp.versions.sharp} (libvips ${sharp.versions.vips})`,
    imagemagick: convert ? `${spawnSync(convert, ['-version'], { encoding: 'utf8' }).stdout.split('\n')[0]} (${convert})` : 'not installed',
    jimp: (require('jimp/package.json') as { version: string }).version,
    pinning: taskset ? 'taskset -c 0 (one core)' : 'none (taskset not found): results may use more than one core',
  };
}

function printMachine(taskset: string | undefined, convert: string | undefined): void {
  console.log('# Resize benchmark\n');
  for (const [k, v] of Object.entries(machine(taskset, convert))) console.log(`- ${k}: ${v}`);
}

function valueOf(args: readonly string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
