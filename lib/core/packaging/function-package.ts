import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSync } from 'esbuild';
import { enginePackages, engineInstallHint, ImageEngine } from './image-engine';
import { LocatedPackage, packageClosure, packageFiles, readManifest } from './node-packages';
import { deterministicZip } from './zip';

/** What goes into a function's code zip. */
export interface FunctionPackageOptions {
  /** The TypeScript (or JavaScript) entry file; its exports become the handlers of `index.js`. */
  readonly entry: string;
  /** esbuild target for the runtime's Node.js version, e.g. `node20`. */
  readonly nodeTarget: string;
  /** Which sharp build to ship. */
  readonly engine: ImageEngine;
  /**
   * Packages shipped as real `node_modules` instead of being bundled (native code, dynamic requires).
   * @default ['sharp']
   */
  readonly nodeModules?: readonly string[];
  /**
   * Modules left out entirely: optional requires the function never reaches (e.g. urllib's `proxy-agent`,
   * loaded only when an HTTP proxy is configured). Requiring one at runtime throws "Cannot find module".
   * @default []
   */
  readonly omitModules?: readonly string[];
  /** Directory packages are resolved from. @default the directory of `entry` */
  readonly resolveFrom?: string;
  /** Extra environment-independent files to add at the zip root (name → contents). */
  readonly extraFiles?: Readonly<Record<string, string>>;
}

/** A built function zip. */
export interface FunctionPackage {
  /** Absolute path of the zip in the build cache. */
  readonly zipPath: string;
  /** SHA-256 of the zip bytes. */
  readonly sha256: string;
  readonly bytes: number;
  /** Packages shipped in node_modules, with versions. */
  readonly packages: readonly { readonly name: string; readonly version: string }[];
}

/** Where built zips are kept, keyed by the hash of everything that goes into them. */
export function packageCacheDir(): string {
  return process.env.EVENTED_BUCKETS_CACHE_DIR ?? path.join(os.tmpdir(), 'evented-buckets-packages');
}

const memo = new Map<string, FunctionPackage>();

/** Bump when what goes into a zip changes for the same inputs (file selection, zip format): old cache entries then miss. */
const PACKAGE_FORMAT = '1';

/**
 * Bundles the entry with esbuild, adds the shipped packages for the chosen engine, and zips deterministically.
 * Synchronous because constructs are built synchronously; needs neither network nor Docker.
 */
export function buildFunctionPackage(options: FunctionPackageOptions): FunctionPackage {
  const nodeModules = options.nodeModules ?? ['sharp'];
  const resolveFrom = options.resolveFrom ?? path.dirname(options.entry);
  const bundle = bundleEntry(options.entry, options.nodeTarget, [...nodeModules, ...(options.omitModules ?? [])]);
  const packages = packageClosure(nodeModules, enginePackagesChecked(options.engine, resolveFrom, nodeModules), resolveFrom);

  const key = createHash('sha256');
  key.update(PACKAGE_FORMAT).update(bundle).update(options.engine).update(JSON.stringify(options.extraFiles ?? {}));
  packages.forEach((p) => key.update(`${p.name}@${p.version}\0`));
  const cacheKey = key.digest('hex');
  const dir = packageCacheDir();
  const cached = memo.get(`${dir}\0${cacheKey}`);
  if (cached && fs.existsSync(cached.zipPath)) return cached;

  const zipPath = path.join(dir, cacheKey.slice(0, 32), 'code.zip');
  const listed = packages.map((p) => ({ name: p.name, version: p.version }));
  if (!fs.existsSync(zipPath)) {
    const files = new Map<string, Uint8Array>();
    files.set('index.js', bundle);
    for (const [name, text] of Object.entries(options.extraFiles ?? {})) files.set(name, Buffer.from(text, 'utf8'));
    for (const pkg of packages) {
      for (const rel of packageFiles(pkg)) files.set(`node_modules/${pkg.name}/${rel}`, fs.readFileSync(path.join(pkg.dir, rel)));
    }
    fs.mkdirSync(path.dirname(zipPath), { recursive: true });
    // Write then rename, so parallel synths (jest workers) never read a half-written zip.
    const tmp = `${zipPath}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, deterministicZip(files));
    fs.renameSync(tmp, zipPath);
  }
  const zip = fs.readFileSync(zipPath);
  const result: FunctionPackage = {
    zipPath,
    sha256: createHash('sha256').update(zip).digest('hex'),
    bytes: zip.length,
    packages: listed,
  };
  memo.set(`${dir}\0${cacheKey}`, result);
  return result;
}

function bundleEntry(entry: string, nodeTarget: string, external: readonly string[]): Uint8Array {
  if (!fs.existsSync(entry)) throw new Error(`Function entry ${entry} does not exist.`);
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: nodeTarget,
    external: [...external],
    write: false,
    // Readable stack traces in the cloud's logs matter more than the last kilobytes.
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    // esbuild names bundled modules by their path relative to the working directory: the package root makes
    // those names, and so the bytes, the same wherever the project is checked out.
    absWorkingDir: packageRoot(entry),
  });
  return result.outputFiles[0].contents;
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

/** The engine's packages must be installed and match the shipped sharp exactly, or the zip would fail at runtime. */
function enginePackagesChecked(engine: ImageEngine, resolveFrom: string, nodeModules: readonly string[]): string[] {
  if (!nodeModules.includes('sharp')) return [];
  const [sharp] = packageClosure(['sharp'], [], resolveFrom).filter((p) => p.name === 'sharp');
  const wanted = { ...(readManifest(sharp).optionalDependencies ?? {}) };
  const names = enginePackages(engine);
  for (const name of names) {
    let pkg: LocatedPackage | undefined;
    try {
      [pkg] = packageClosure([name], [], path.dirname(sharp.dir)).filter((p) => p.name === name);
    } catch {
      pkg = undefined;
    }
    const expected = wanted[name] ?? sharp.version;
    if (!pkg || pkg.version !== expected) {
      throw new Error(
        `The ${engine} image engine needs ${name}@${expected} next to sharp@${sharp.version}, but ${pkg ? `found ${pkg.version}` : 'it is not installed'}. ` +
        `Install it with: ${engineInstallHint(engine, sharp.version)}`,
      );
    }
  }
  return names;
}
