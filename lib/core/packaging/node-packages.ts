import * as fs from 'fs';
import * as path from 'path';

/** A package found on disk, to be shipped as `node_modules/<name>` in a function zip. */
export interface LocatedPackage {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
}

/**
 * Finds a package's directory the way Node would (node_modules folders from `fromDir` upwards), without
 * `require.resolve(name + '/package.json')`, which fails for packages whose `exports` hide package.json (sharp's do).
 */
export function locatePackage(name: string, fromDir: string): LocatedPackage | undefined {
  let dir = path.resolve(fromDir);
  for (;;) {
    const manifest = path.join(dir, 'node_modules', name, 'package.json');
    if (fs.existsSync(manifest)) {
      return { name, version: JSON.parse(fs.readFileSync(manifest, 'utf8')).version, dir: path.dirname(manifest) };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads a located package's manifest. */
export function readManifest(pkg: LocatedPackage): { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> } {
  return JSON.parse(fs.readFileSync(path.join(pkg.dir, 'package.json'), 'utf8'));
}

/**
 * The package closure to ship: the roots, their (non-optional) dependencies recursively, and the extra packages
 * named explicitly (platform binaries, which are optional dependencies and so never followed implicitly:
 * the build machine's own platform packages must not end up in the zip by accident).
 */
export function packageClosure(roots: readonly string[], extras: readonly string[], fromDir: string): LocatedPackage[] {
  const found = new Map<string, LocatedPackage>();
  const visit = (name: string, from: string, requiredBy: string) => {
    if (found.has(name)) return;
    const pkg = locatePackage(name, from);
    if (!pkg) {
      throw new Error(`Cannot find package "${name}" (needed by ${requiredBy}) from ${fromDir}. Run "npm ci" in the project that synthesizes the stack.`);
    }
    found.set(name, pkg);
    for (const dep of Object.keys(readManifest(pkg).dependencies ?? {})) visit(dep, pkg.dir, name);
  };
  roots.forEach((r) => visit(r, fromDir, 'the function'));
  extras.forEach((e) => visit(e, fromDir, 'the image engine'));
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Files that a running function never reads: docs, type declarations, C++ sources, headers. */
const SKIP = [/\.md$/i, /\.d\.[cm]?ts$/, /\.map$/, /^src\//, /^install\//, /(^|\/)include\//, /(^|\/)\.[^/]+$/];

/** Relative file paths of a package to ship, sorted so the zip is the same on every machine. */
export function packageFiles(pkg: LocatedPackage): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(pkg.dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(child);
      } else if (entry.isFile() && !SKIP.some((re) => re.test(child))) {
        out.push(child);
      }
    }
  };
  walk('');
  return out.sort();
}
