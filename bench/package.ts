/** Builds function zips with the project's packager and unpacks them, as the platform does before loading index.js. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RESIZE_OMITTED_MODULES, RESIZE_SHIPPED_MODULES } from '../functions/resize/bundle';
import { buildFunctionPackage, ImageEngine, unzipTo, type FunctionPackage } from '../lib/core/packaging';

export { ImageEngine };

/** The zip for `entry` on `engine`, built like the constructs build it (node20, sharp shipped, proxy-agent omitted). */
export function buildZip(entry: string, engine: ImageEngine): FunctionPackage {
  return buildFunctionPackage({
    entry,
    nodeTarget: 'node20',
    engine,
    nodeModules: RESIZE_SHIPPED_MODULES,
    omitModules: RESIZE_OMITTED_MODULES,
  });
}

/**
 * Unpacks a zip into a fresh directory under the system temp directory, where no project `node_modules` is
 * reachable: everything `index.js` loads comes from the zip. Returns the directory.
 */
export function unpackZip(zipPath: string, prefix = 'resize-zip-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  unzipTo(zipPath, dir);
  return fs.realpathSync(dir);
}
