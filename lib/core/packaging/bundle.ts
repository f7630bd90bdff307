import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { buildSync, version as esbuildVersion } from 'esbuild';
import { listPrebuiltBundles, prebuiltBundleKey, readPrebuiltBundle, writePrebuiltBundle } from './prebuilt-bundles';

/** What esbuild is asked to bundle. */
export interface BundleOptions {
  /** The entry file. */
  readonly entry: string;
  /** esbuild target, e.g. `node20`. */
  readonly nodeTarget: string;
  /** Modules left as `require` calls. */
  readonly external: readonly string[];
  /** Also shorten identifiers (names of functions and classes are kept either way). @default false */
  readonly minify?: boolean;
  /**
   * Append an inline source map, so stack traces point into the sources when Node.js runs with
   * `--enable-source-maps`. @default false
   */
  readonly sourceMap?: boolean;
}

/** A bundle and the files it was built from, with the SHA-256 of each file's bytes at build time. */
interface BundleRecord {
  readonly inputs: readonly (readonly [file: string, sha256: string])[];
  readonly output: Uint8Array;
}

const memo = new Map<string, BundleRecord>();

/** Where the bundles of the library's own entries are also written while the package is built, if it is. */
let prebuildDir: string | undefined;

/**
 * At pack time: from now on, also write every bundle of one of the library's own entries into `dir`, for the
 * installed package, which ships no function sources (see prebuilt-bundles.ts). `undefined` stops.
 */
export function prebuildBundlesInto(dir: string | undefined): void {
  prebuildDir = dir;
}

/**
 * Bundles `entry` into one CommonJS file, or returns the bundle built before from the same bytes.
 *
 * The memo is keyed by the options and checked against the bytes of every file the last build read (its metafile's
 * inputs, plus the package.json and tsconfig.json files esbuild consults next to them): an edited source, or a
 * reinstalled dependency, rebuilds; a path-only memo would serve a stale bundle. With `cacheDir`, records also
 * persist across processes in `<cacheDir>/bundles`, so a warm synth runs no esbuild at all. An entry of the library
 * itself whose sources are absent (the installed package) is served from the bundles built when it was packed.
 */
export function bundleEntry(options: BundleOptions, cacheDir?: string): Uint8Array {
  const entry = path.resolve(options.entry);
  if (!fs.existsSync(entry)) return prebuiltBundle(options, entry);
  const output = bundleSources(options, entry, cacheDir);
  if (prebuildDir !== undefined) writePrebuiltBundle(options, output, prebuildDir);
  return output;
}

/**
 * An installed package ships its functions bundled, not their sources: the bundle built for these options when the
 * package was packed.
 */
function prebuiltBundle(options: BundleOptions, entry: string): Uint8Array {
  const prebuilt = readPrebuiltBundle(options);
  if (prebuilt) return prebuilt;
  if (prebuiltBundleKey(options) === undefined) throw new Error(`Function entry ${entry} does not exist.`);
  const shipped = listPrebuiltBundles().map((b) => `${b.entry} (${b.nodeTarget}${b.minify ? ', minified' : ''}${b.sourceMap ? ', source map' : ''})`);
  throw new Error(
    `${entry} ships prebuilt, and no bundle was built for ${options.nodeTarget}${options.minify ? ', minified' : ''}${options.sourceMap ? ', with a source map' : ''} ` +
    `with externals ${JSON.stringify(options.external)} when this package was packed. Prebuilt: ${shipped.join('; ') || 'none (the installation is incomplete: reinstall evented-buckets)'}. ` +
    'Use the default options of the construct, or build the package from its repository with the options added to scripts/prebuild-bundles.ts.',
  );
}

function bundleSources(options: BundleOptions, entry: string, cacheDir: string | undefined): Uint8Array {
  const root = packageRoot(entry);
  const key = createHash('sha256')
    .update(JSON.stringify({ esbuildVersion, entry, root, target: options.nodeTarget, external: options.external, minify: options.minify ?? false, sourceMap: options.sourceMap ?? false }))
    .digest('hex').slice(0, 32);
  const known = memo.get(key) ?? readRecord(cacheDir, key);
  if (known && unchanged(known)) {
    memo.set(key, known);
    return known.output;
  }
  const record = build(entry, root, options);
  memo.set(key, record);
  writeRecord(cacheDir, key, record);
  return record.output;
}

function build(entry: string, root: string, options: BundleOptions): BundleRecord {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: options.nodeTarget,
    external: [...options.external],
    write: false,
    metafile: true,
    // Readable stack traces in the cloud's logs matter more than the last kilobytes.
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: options.minify ?? false,
    keepNames: true,
    sourcemap: options.sourceMap ? 'inline' : false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    // esbuild names bundled modules by their path relative to the working directory: the package root makes
    // those names, and so the bytes, the same wherever the project is checked out.
    absWorkingDir: root,
  });
  const files = new Set<string>();
  // Inputs in a namespace ("file:" is the default and is left out of the key) are not files on disk.
  for (const input of Object.keys(result.metafile.inputs)) {
    if (!/^[a-z-]+:/i.test(input)) files.add(path.resolve(root, input));
  }
  for (const manifest of resolutionFiles([...files], root)) files.add(manifest);
  const inputs = [...files].sort().map((file) => [file, sha256File(file)] as const);
  return { inputs, output: result.outputFiles[0].contents };
}

/**
 * The package.json and tsconfig.json files above each input, up to the package root: they steer how esbuild
 * resolves and transforms the inputs (`main`, `exports`, `browser`, `sideEffects`, compiler options).
 */
function resolutionFiles(inputs: readonly string[], root: string): string[] {
  const dirs = new Set<string>();
  for (const input of inputs) {
    let dir = path.dirname(input);
    while (!dirs.has(dir)) {
      dirs.add(dir);
      if (dir === root || !dir.startsWith(root)) break;
      dir = path.dirname(dir);
    }
  }
  const found: string[] = [];
  for (const dir of dirs) {
    for (const name of ['package.json', 'tsconfig.json']) {
      const file = path.join(dir, name);
      if (fs.existsSync(file)) found.push(file);
    }
  }
  return found;
}

function unchanged(record: BundleRecord): boolean {
  for (const [file, hash] of record.inputs) {
    let now: string;
    try {
      now = sha256File(file);
    } catch {
      return false;
    }
    if (now !== hash) return false;
  }
  return true;
}

function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function recordPaths(cacheDir: string, key: string): { json: string; output: string } {
  const dir = path.join(cacheDir, 'bundles');
  return { json: path.join(dir, `${key}.json`), output: path.join(dir, `${key}.js`) };
}

function readRecord(cacheDir: string | undefined, key: string): BundleRecord | undefined {
  if (cacheDir === undefined) return undefined;
  const files = recordPaths(cacheDir, key);
  try {
    const { inputs, outputSha256 } = JSON.parse(fs.readFileSync(files.json, 'utf8')) as { inputs: [string, string][]; outputSha256: string };
    const output = fs.readFileSync(files.output);
    if (createHash('sha256').update(output).digest('hex') !== outputSha256) return undefined;
    return { inputs, output: new Uint8Array(output.buffer, output.byteOffset, output.length) };
  } catch {
    return undefined;
  }
}

function writeRecord(cacheDir: string | undefined, key: string, record: BundleRecord): void {
  if (cacheDir === undefined) return;
  const files = recordPaths(cacheDir, key);
  const outputSha256 = createHash('sha256').update(record.output).digest('hex');
  try {
    fs.mkdirSync(path.dirname(files.json), { recursive: true });
    // The output first, then the record naming its hash: a reader never pairs a record with a half-written bundle.
    writeAtomic(files.output, record.output);
    writeAtomic(files.json, JSON.stringify({ inputs: record.inputs, outputSha256 }));
  } catch {
    // A read-only or full cache directory costs speed, never correctness.
  }
}

function writeAtomic(file: string, data: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** The directory of the nearest package.json above a file. */
function packageRoot(file: string): string {
  let dir = path.dirname(path.resolve(file));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return path.dirname(path.resolve(file));
    dir = parent;
  }
  return dir;
}
