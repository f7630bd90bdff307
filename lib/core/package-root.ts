import * as fs from 'fs';
import * as path from 'path';

/**
 * The library's own root directory (the one holding its package.json), found upwards from this module. The same
 * code runs from the sources (`lib/core/`, under tsx or ts-jest) and compiled (`dist/lib/core/` in an installed
 * package), so files the library ships beside its code (`schemas/`, the function's sources) are located from here,
 * never from a fixed number of `..` that holds in only one of the two layouts.
 */
export function libraryRoot(): string {
  if (cachedRoot === undefined) cachedRoot = findPackageRoot(__dirname);
  return cachedRoot;
}

let cachedRoot: string | undefined;

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}: the evented-buckets installation is incomplete.`);
  }
}
