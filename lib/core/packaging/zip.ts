import * as fs from 'fs';
import * as path from 'path';
import { unzipSync, zipSync, Zippable } from 'fflate';

/**
 * Every entry gets this timestamp. It is built from local-time fields because the zip format stores local time:
 * the same fields give the same bytes in every time zone.
 */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);
/** Regular file, rw-r--r--, in the Unix attribute slot, so runtimes that extract with permissions can read it. */
const FILE_ATTRS = (0o100644 << 16) >>> 0;

/** Deterministic zip: same files and contents give the same bytes, whatever the machine, order or time. */
export function deterministicZip(files: ReadonlyMap<string, Uint8Array>, level: 0 | 6 | 9 = 9): Uint8Array {
  const tree: Zippable = {};
  for (const name of [...files.keys()].sort()) {
    tree[name] = [files.get(name)!, { mtime: FIXED_MTIME, os: 3, attrs: FILE_ATTRS, level }];
  }
  return zipSync(tree);
}

/**
 * Unpacks the zip file `zipPath` into `dir` (created if missing), as a platform does before loading `index.js`.
 * Directory entries are skipped (their files create them); an entry that would land outside `dir` is refused.
 */
export function unzipTo(zipPath: string, dir: string): void {
  const root = path.resolve(dir);
  fs.mkdirSync(root, { recursive: true });
  for (const [name, data] of Object.entries(unzipSync(fs.readFileSync(zipPath)))) {
    if (name.endsWith('/')) continue;
    const file = path.resolve(root, name);
    const relative = path.relative(root, file);
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
      throw new Error(`Zip entry ${name} of ${zipPath} would be written outside ${root}`);
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
  }
}
