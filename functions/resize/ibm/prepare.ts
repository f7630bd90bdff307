/**
 * Writes the Docker build context of the Code Engine image: `app/index.js` (the Code Engine entry, bundled for
 * Node.js 22) and `app/node_modules` (sharp with its linux-x64 build), exactly as the library packages function
 * zips. Run from the repository root: `npx tsx functions/resize/ibm/prepare.ts`, then build with the Dockerfile here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildFunctionPackage, FunctionPackage, ImageEngine, unzipTo } from '../../../lib/core/packaging';
import { RESIZE_ENTRIES, RESIZE_OMITTED_MODULES, RESIZE_SHIPPED_MODULES } from '../bundle';

/** The Code Engine entry of the resize code. */
export const CODE_ENGINE_ENTRY = RESIZE_ENTRIES.ibmCodeEngine.entryPoint;

/** Builds the package and unpacks it into `outDir` (emptied first). */
export function prepareImageContext(outDir: string = path.join(__dirname, 'app')): FunctionPackage {
  const pkg = buildFunctionPackage({
    entry: CODE_ENGINE_ENTRY,
    nodeTarget: 'node22',
    engine: ImageEngine.LINUX_X64,
    nodeModules: RESIZE_SHIPPED_MODULES,
    omitModules: RESIZE_OMITTED_MODULES,
  });
  fs.rmSync(outDir, { recursive: true, force: true });
  unzipTo(pkg.zipPath, outDir);
  return pkg;
}

if (require.main === module) {
  const pkg = prepareImageContext();
  console.log(`functions/resize/ibm/app: ${pkg.bytes} bytes zipped, sha256 ${pkg.sha256}; packages ${pkg.packages.map((p) => `${p.name}@${p.version}`).join(', ')}`);
}
