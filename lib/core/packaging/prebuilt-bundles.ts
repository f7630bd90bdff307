import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { libraryRoot } from '../package-root';
import type { BundleOptions } from './bundle';

/**
 * The library's own functions, bundled when the package is packed (`npm run build`) and shipped in
 * `dist/bundles/`, instead of their TypeScript sources.
 *
 * Why: a bundle built inside this repository and one built inside a user's `node_modules` differ, although the
 * inputs are the same. esbuild names every bundled module by its path relative to the package root
 * (`node_modules/ms/index.js` here, `../ms/index.js` once npm has hoisted the dependencies beside the package), and
 * the user's npm resolves the bundled dependencies' own dependencies afresh. Bundling once, at pack time, makes the
 * zip a synth from the installed package writes byte for byte the one a synth of this repository writes (given
 * the same shipped packages, e.g. sharp), and spares the user's synth the esbuild runs.
 */
export const PREBUILT_BUNDLES_DIR = path.join(libraryRoot(), 'dist', 'bundles');

/** The list of prebuilt bundles, beside them: which entry and options each one was built for. */
const INDEX_FILE = 'index.json';

/** One prebuilt bundle as listed in the index. */
export interface PrebuiltBundle {
  /** The entry, relative to the library's root, with `/` separators. */
  readonly entry: string;
  readonly nodeTarget: string;
  readonly external: readonly string[];
  readonly minify: boolean;
  readonly sourceMap: boolean;
  /** SHA-256 of the bundle file, checked on every read. */
  readonly sha256: string;
}

/**
 * The key of a bundle of one of the library's own entries: the same wherever the library is installed. Undefined
 * for an entry outside the library (a user's function), which is always bundled from its sources.
 */
export function prebuiltBundleKey(options: BundleOptions): string | undefined {
  const entry = libraryRelativeEntry(options.entry);
  if (entry === undefined) return undefined;
  return createHash('sha256').update(JSON.stringify(describe(options, entry))).digest('hex').slice(0, 32);
}

/** The bundle prebuilt for these options, or undefined when none was (or its bytes do not match the index). */
export function readPrebuiltBundle(options: BundleOptions, dir: string = PREBUILT_BUNDLES_DIR): Uint8Array | undefined {
  const key = prebuiltBundleKey(options);
  if (key === undefined) return undefined;
  const listed = readIndex(dir)[key];
  if (!listed) return undefined;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(dir, `${key}.js`));
  } catch {
    return undefined;
  }
  if (createHash('sha256').update(bytes).digest('hex') !== listed.sha256) return undefined;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** The options the package has bundles for, to name them when a synth asks for others. */
export function listPrebuiltBundles(dir: string = PREBUILT_BUNDLES_DIR): PrebuiltBundle[] {
  return Object.values(readIndex(dir));
}

/** Writes a bundle of one of the library's entries into `dir` and lists it in the index (at pack time). */
export function writePrebuiltBundle(options: BundleOptions, output: Uint8Array, dir: string): void {
  const key = prebuiltBundleKey(options);
  const entry = libraryRelativeEntry(options.entry);
  if (key === undefined || entry === undefined) return;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${key}.js`), output);
  const index = readIndex(dir);
  index[key] = { ...describe(options, entry), sha256: createHash('sha256').update(output).digest('hex') };
  const sorted = Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(path.join(dir, INDEX_FILE), `${JSON.stringify(sorted, null, 2)}\n`);
}

function describe(options: BundleOptions, entry: string): Omit<PrebuiltBundle, 'sha256'> {
  return {
    entry,
    nodeTarget: options.nodeTarget,
    external: [...options.external],
    minify: options.minify ?? false,
    sourceMap: options.sourceMap ?? false,
  };
}

function libraryRelativeEntry(entry: string): string | undefined {
  const relative = path.relative(libraryRoot(), path.resolve(entry));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

function readIndex(dir: string): Record<string, PrebuiltBundle> {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, INDEX_FILE), 'utf8')) as Record<string, PrebuiltBundle>;
  } catch {
    return {};
  }
}

/**
 * True when a function entry can be bundled: its source file exists, or it is one of the library's own entries,
 * which the installed package ships prebuilt instead of as sources.
 */
export function entryAvailable(entry: string, dir: string = PREBUILT_BUNDLES_DIR): boolean {
  const resolved = path.resolve(entry);
  if (fs.existsSync(resolved) && fs.statSync(resolved).isFile()) return true;
  const relative = libraryRelativeEntry(resolved);
  return relative !== undefined && listPrebuiltBundles(dir).some((b) => b.entry === relative);
}
