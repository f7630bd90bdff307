/**
 * `npm run bench:synth`: how synth scales with the number of functions, per cloud, beside a trivial cdktf stack.
 *
 * Every synth runs in a fresh Node.js process (bench/synth-app.ts) with a warm package cache (one unmeasured synth of
 * each cloud first), so the numbers are what a developer sees on the second `cdktf synth`. Reported: wall time and
 * CPU time (user + system: the fairer figure on a shared machine), peak RSS, the size of the synthesized output and
 * of the distinct zips in it, with the ratios the targets are stated in (time against 1 function, output against the
 * distinct zips). Then, unless --skip-cold: a cold `npm run synth` of the examples with an empty cache, against
 * its goal of 8 s.
 *
 * The points are measured in rounds (each round: the floor, then every cloud at every count), so a change in the
 * machine's load shifts all points of a round alike; a point's figures are medians over the rounds, and its ratio to
 * 1 function is the median of the ratios within each round, with their range.
 *
 * Beside the counts, one point per cloud has the other shape: one function on as many buckets as it may have triggers
 * (Alibaba 50, Tencent 10, IBM 50 on one COS instance), against the same 1-function point.
 *
 * `--compiled` measures what a user of the installed package runs: `npm run build`, then the app under plain node
 * against `dist/lib` (no tsx, no source-mapped stack traces, the functions prebuilt); the cold synth is left out (the
 * examples are TypeScript).
 *
 * Options: --runs <n> (rounds, default 5), --quick (1 round), --clouds <a,b> (alicloud, tencentcloud, ibm),
 * --counts <1,10,…>, --skip-fan-in, --skip-cold, --compiled, --json <file>.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const PROJECT_DIR = path.resolve(__dirname, '..');
const APP = path.join(__dirname, 'synth-app.ts');
/** `--compiled`: the app transpiled next to the compiled library, run by plain node, as an installed package runs. */
const COMPILED_APP = path.join(PROJECT_DIR, 'dist', 'bench', 'synth-app.js');
const COMPILED_LIBRARY = path.join(PROJECT_DIR, 'dist', 'lib');
const TIME = '/usr/bin/time';
/** Cold synth of the examples: at most 8 s. */
const COLD_GOAL_MS = 8000;
/** 100 functions: at most 3× the time of 1 function. */
const SCALE_GOAL = 3;
/** Output: under 1.2× the size of the distinct zips in it. */
const OUTPUT_GOAL = 1.2;
/** The other shape, one function on many buckets: as many as the cloud lets one function have triggers, up to 50. */
const FAN_IN_BUCKETS: Readonly<Record<string, number>> = { alicloud: 50, tencentcloud: 10, ibm: 50 };
const FAN_IN = '-fan-in';

interface Point {
  readonly cloud: string;
  readonly functions: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMB: number;
  readonly outBytes: number;
  readonly distinctZipBytes: number;
}

/** A point's medians over the rounds, and its CPU time against 1 function of the same cloud, round by round. */
interface Summary extends Point {
  readonly rounds: readonly Point[];
  /** Median, lowest and highest of cpu(this) / cpu(1 function) within each round; undefined for the floor. */
  readonly cpuRatio?: { readonly median: number; readonly min: number; readonly max: number };
}

function main(): void {
  const args = process.argv.slice(2);
  const runs = args.includes('--quick') ? 1 : Number(valueOf(args, '--runs') ?? 5);
  const clouds = valueOf(args, '--clouds')?.split(',') ?? ['alicloud', 'tencentcloud', 'ibm'];
  const counts = (valueOf(args, '--counts')?.split(',') ?? ['1', '10', '100']).map(Number);
  if (!counts.includes(1)) counts.unshift(1); // the ratios are against 1 function
  const cacheDir = process.env.EVENTED_BUCKETS_CACHE_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-synth-cache-'));
  const compiled = args.includes('--compiled');
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1', EVENTED_BUCKETS_CACHE_DIR: cacheDir };
  if (compiled) {
    buildCompiledApp();
    env.BENCH_LIBRARY_ROOT = COMPILED_LIBRARY;
    env.BENCH_COMPILED = '1';
  }
  console.log(`Synth benchmark${compiled ? ' of the compiled package (plain node, dist/lib)' : ' (tsx, lib/)'} on ${os.cpus().length} cores (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}), ${runs} round(s), medians; cache ${cacheDir}`);

  for (const cloud of clouds) synthOnce(cloud, 1, env); // warm the package cache: not measured
  const plan: [string, number][] = [['floor', 1], ...clouds.flatMap((cloud) => [
    ...counts.map((n): [string, number] => [cloud, n]),
    ...(args.includes('--skip-fan-in') ? [] : [[`${cloud}${FAN_IN}`, FAN_IN_BUCKETS[cloud]] as [string, number]]),
  ])];
  const rounds: Point[][] = [];
  for (let r = 0; r < runs; r++) rounds.push(plan.map(([cloud, n]) => synthOnce(cloud, n, env)));
  const points = plan.map((_, i) => summarize(rounds.map((round) => round[i]), rounds.map((round) => round.find((p) => p.cloud === baseCloud(plan[i][0]) && p.functions === 1)!)));
  printTable(points);
  printTargets(points);

  let cold: { wallMs: number; cpuMs: number; peakRssMB: number } | undefined;
  if (!args.includes('--skip-cold') && !compiled) {
    cold = coldExamples();
    console.log(`\nCold synth of the examples (npm run synth, empty package cache and temporary directory): ` +
      `${(cold.wallMs / 1000).toFixed(1)} s wall (${(cold.wallMs / COLD_GOAL_MS).toFixed(2)}× the goal of ${COLD_GOAL_MS / 1000} s), ` +
      `${(cold.cpuMs / 1000).toFixed(1)} s CPU (${(cold.cpuMs / COLD_GOAL_MS).toFixed(2)}×), peak RSS ${cold.peakRssMB.toFixed(0)} MB; ` +
      `by CPU time ${cold.cpuMs <= COLD_GOAL_MS ? 'met' : 'NOT met'} (wall time counts the machine's other work)`);
  }
  const jsonOut = valueOf(args, '--json');
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ points, cold }, null, 2));
}

function synthOnce(cloud: string, functions: number, env: NodeJS.ProcessEnv): Point {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-synth-${cloud}-`));
  try {
    const started = performance.now();
    const command = env.BENCH_COMPILED ? [COMPILED_APP] : ['-r', 'tsx/cjs', APP];
    const child = spawnSync(process.execPath, [...command, cloud, String(functions), outdir], { cwd: PROJECT_DIR, env, encoding: 'utf8' });
    const wallMs = performance.now() - started;
    if (child.status !== 0) throw new Error(`synth of ${cloud} × ${functions} failed:\n${child.stderr}`);
    const usage = JSON.parse(child.stdout.trim().split('\n').pop()!) as { peakRssKiB: number; cpuMs: number };
    const files = listFiles(outdir);
    const zips = new Map<string, number>();
    for (const file of files.filter((f) => f.endsWith('.zip'))) {
      zips.set(createHash('sha256').update(fs.readFileSync(file)).digest('hex'), fs.statSync(file).size);
    }
    return {
      cloud, functions, wallMs, cpuMs: usage.cpuMs, peakRssMB: usage.peakRssKiB / 1024,
      outBytes: files.reduce((sum, f) => sum + fs.statSync(f).size, 0),
      distinctZipBytes: [...zips.values()].reduce((a, b) => a + b, 0),
    };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** `npm run build` (the package as `npm pack` ships it), then the app transpiled to CommonJS beside it. */
function buildCompiledApp(): void {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_DIR, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  fs.mkdirSync(path.dirname(COMPILED_APP), { recursive: true });
  esbuild.buildSync({ entryPoints: [APP], outfile: COMPILED_APP, format: 'cjs', platform: 'node', target: 'node20', bundle: false, logLevel: 'error' });
}

/**
 * `npm run synth` as a user runs it on a fresh clone, timed with GNU time (it counts child processes): an empty
 * package cache, and an empty temporary directory, so tsx's compile cache is cold too.
 */
function coldExamples(): { wallMs: number; cpuMs: number; peakRssMB: number } {
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-synth-cold-'));
  const cacheDir = path.join(tmpDir, 'packages');
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-synth-examples-'));
  try {
    const env = { ...process.env, CHECKPOINT_DISABLE: '1', EVENTED_BUCKETS_CACHE_DIR: cacheDir, TMPDIR: tmpDir };
    const npm = ['npm', 'run', '--silent', 'synth', '--', '--output', outdir];
    const timed = fs.existsSync(TIME);
    const started = performance.now();
    const child = spawnSync(timed ? TIME : npm[0], timed ? ['-f', 'TIME %e %U %S %M', ...npm] : npm.slice(1), { cwd: PROJECT_DIR, env, encoding: 'utf8' });
    const wallMs = performance.now() - started;
    if (child.status !== 0) throw new Error(`npm run synth failed:\n${child.stdout}\n${child.stderr}`);
    const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(child.stderr);
    return { wallMs, cpuMs: m ? (Number(m[2]) + Number(m[3])) * 1000 : NaN, peakRssMB: m ? Number(m[4]) / 1024 : NaN };
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function printTable(points: readonly Summary[]): void {
  const floor = points[0];
  const header = ['stack', 'functions', 'wall s', 'CPU s', 'CPU ÷ 1 fn', 'range', 'CPU ÷ floor', 'peak RSS MB', 'cdktf.out MB', 'distinct zips MB', 'out ÷ zips'];
  const rows = points.map((p) => {
    const ratio = p.cpuRatio;
    return [
      p.cloud === 'floor' ? 'trivial cdktf stack' : baseCloud(p.cloud),
      p.cloud === 'floor' ? '0' : p.cloud.endsWith(FAN_IN) ? `1 on ${p.functions} buckets` : String(p.functions),
      (p.wallMs / 1000).toFixed(2), (p.cpuMs / 1000).toFixed(2),
      ratio ? `${ratio.median.toFixed(2)}×` : '', ratio && p.rounds.length > 1 ? `${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}` : '',
      `${(p.cpuMs / floor.cpuMs).toFixed(2)}×`,
      p.peakRssMB.toFixed(0), (p.outBytes / 1e6).toFixed(1), (p.distinctZipBytes / 1e6).toFixed(1),
      p.distinctZipBytes ? `${(p.outBytes / p.distinctZipBytes).toFixed(3)}×` : '',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log(['', line(header), `|${widths.map((w) => '-'.repeat(w + 1) + ':').join('|')}|`, ...rows.map(line)].join('\n'));
}

/** `alicloud` for `alicloud-fan-in`: the cloud whose 1-function point a fan-in point is compared with. */
function baseCloud(cloud: string): string {
  return cloud.endsWith(FAN_IN) ? cloud.slice(0, -FAN_IN.length) : cloud;
}

function summarize(rounds: readonly Point[], ones: readonly Point[]): Summary {
  const med = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ratios = rounds.map((p, i) => p.cpuMs / ones[i].cpuMs);
  return {
    ...rounds[0],
    wallMs: med(rounds.map((p) => p.wallMs)),
    cpuMs: med(rounds.map((p) => p.cpuMs)),
    peakRssMB: med(rounds.map((p) => p.peakRssMB)),
    rounds,
    cpuRatio: rounds[0].cloud === 'floor' ? undefined : { median: med(ratios), min: Math.min(...ratios), max: Math.max(...ratios) },
  };
}

/** The targets the issue states, met or not, from the medians. */
function printTargets(points: readonly Summary[]): void {
  console.log('');
  for (const p of points.filter((q) => q.cloud !== 'floor' && !q.cloud.endsWith(FAN_IN) && q.functions === 100)) {
    const ratio = p.cpuRatio!;
    console.log(`${p.cloud}: 100 functions take ${ratio.median.toFixed(2)}× the CPU time of 1 (goal ≤ ${SCALE_GOAL}×): ${ratio.median <= SCALE_GOAL ? 'met' : 'NOT met'}` +
      (ratio.max > SCALE_GOAL && ratio.median <= SCALE_GOAL ? ` (one round reached ${ratio.max.toFixed(2)}×)` : ''));
  }
  for (const p of points.filter((q) => q.distinctZipBytes > 0 && !q.cloud.endsWith(FAN_IN) && q.functions === 100)) {
    const ratio = p.outBytes / p.distinctZipBytes;
    console.log(`${p.cloud}: 100 functions write ${ratio.toFixed(3)}× the distinct zips (goal < ${OUTPUT_GOAL}×): ${ratio < OUTPUT_GOAL ? 'met' : 'NOT met'}`);
  }
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

function valueOf(args: readonly string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

main();
