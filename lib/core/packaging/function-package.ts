import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundleEntry } from './bundle';
import { EntryCache } from './entry-cache';
import { enginePackages, engineInstallHint, ImageEngine } from './image-engine';
import { locatePackage, LocatedPackage, packageClosure, packageFiles, readManifest } from './node-packages';
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
  /** Also shorten identifiers in the bundle. @default false */
  readonly minify?: boolean;
  /** Append an inline source map to the bundle (used when Node.js runs with `--enable-source-maps`). @default false */
  readonly sourceMap?: boolean;
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

/**
 * Where built zips, bundles and compressed entries are kept: `EVENTED_BUCKETS_CACHE_DIR`, else
 * `<os.tmpdir()>/evented-buckets-packages`. Everything in it is keyed by content (see docs/packaging.md).
 */
export function packageCacheDir(): string {
  return process.env.EVENTED_BUCKETS_CACHE_DIR ?? path.join(os.tmpdir(), 'evented-buckets-packages');
}

const memo = new Map<string, FunctionPackage>();
const entryCaches = new Map<string, EntryCache>();

/** Bump when what goes into a zip changes for the same inputs (file selection, zip format): old cache entries then miss. */
const PACKAGE_FORMAT = '1';

/**
 * Bundles the entry with esbuild, adds the shipped packages for the chosen engine, and zips deterministically.
 * Synchronous because constructs are built synchronously; needs neither network nor Docker.
 *
 * Three caches make repeated builds cheap, none of which changes a byte of the zip: the bundle (checked against the
 * bytes of every file it was built from), the zip itself (keyed by the bundle, the engine and the packages' files),
 * and the compressed entries of the shipped packages (keyed by their bytes).
 */
export function buildFunctionPackage(options: FunctionPackageOptions): FunctionPackage {
  const nodeModules = options.nodeModules ?? ['sharp'];
  const resolveFrom = options.resolveFrom ?? path.dirname(options.entry);
  const omitted = [...(options.omitModules ?? []), ...missingOptionalRequires(resolveFrom, options.omitModules ?? [])];
  const dir = packageCacheDir();
  const bundle = bundleEntry({
    entry: options.entry,
    nodeTarget: options.nodeTarget,
    external: [...nodeModules, ...omitted],
    minify: options.minify,
    sourceMap: options.sourceMap,
  }, dir);
  const packages = packageClosure(nodeModules, enginePackagesChecked(options.engine, resolveFrom, nodeModules), resolveFrom);
  const packageFileLists = packages.map((pkg) => ({ pkg, files: packageFiles(pkg) }));

  const key = createHash('sha256');
  key.update(PACKAGE_FORMAT).update(bundle).update(options.engine).update(JSON.stringify(options.extraFiles ?? {}));
  // The shipped files' bytes, not only the versions: a package patched or rebuilt in place must not hit an old zip.
  // About 50 ms for libvips, once per package options and construct tree.
  for (const { pkg, files } of packageFileLists) {
    key.update(`${pkg.name}@${pkg.version}\0`);
    for (const rel of files) key.update(`${rel}\0`).update(createHash('sha256').update(fs.readFileSync(path.join(pkg.dir, rel))).digest('hex'));
  }
  const cacheKey = key.digest('hex');
  const cached = memo.get(`${dir}\0${cacheKey}`);
  if (cached && fs.existsSync(cached.zipPath)) return cached;

  const zipPath = path.join(dir, cacheKey.slice(0, 32), 'code.zip');
  const listed = packages.map((p) => ({ name: p.name, version: p.version }));
  if (!fs.existsSync(zipPath)) {
    const files = new Map<string, Uint8Array>();
    files.set('index.js', bundle);
    for (const [name, text] of Object.entries(options.extraFiles ?? {})) files.set(name, Buffer.from(text, 'utf8'));
    for (const { pkg, files: rels } of packageFileLists) {
      for (const rel of rels) files.set(`node_modules/${pkg.name}/${rel}`, fs.readFileSync(path.join(pkg.dir, rel)));
    }
    fs.mkdirSync(path.dirname(zipPath), { recursive: true });
    // Write then rename, so parallel synths (jest workers) never read a half-written zip.
    const tmp = `${zipPath}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, deterministicZip(files, 9, entryCache(dir)));
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

/** The compressed-entry cache of a cache directory (one per directory, so its memory part is shared). */
function entryCache(dir: string): EntryCache {
  let cache = entryCaches.get(dir);
  if (!cache) entryCaches.set(dir, cache = new EntryCache(path.join(dir, 'entries')));
  return cache;
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

/**
 * Optional, lazy requires inside the SDKs a handler may bundle, which the SDK reaches only in a setup functions do not
 * use: urllib (under ali-oss) requires `proxy-agent` only when an HTTP proxy is configured. Left out when they are
 * not installed, so a handler that imports any cloud's runtime module bundles; when installed, they are bundled.
 */
const OPTIONAL_SDK_REQUIRES: readonly string[] = ['proxy-agent'];

function missingOptionalRequires(resolveFrom: string, alreadyOmitted: readonly string[]): string[] {
  return OPTIONAL_SDK_REQUIRES.filter((name) => !alreadyOmitted.includes(name) && locatePackage(name, resolveFrom) === undefined);
}
