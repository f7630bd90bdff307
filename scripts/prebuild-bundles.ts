/**
 * Part of `npm run build`: bundles the library's own functions into `dist/bundles/` (listed in its index.json), which
 * the installed package uses instead of their sources (lib/core/packaging/prebuilt-bundles.ts says why).
 *
 * Which bundles: every one the example app asks for (each construct with its default options, so an example stack
 * added to stacks/main.ts is covered by registering it there), the options the examples leave out (listed below),
 * and the Code Engine image's entry. The bundles are the ones a synth of this repository builds, byte for byte.
 *
 * Usage: `node --require tsx/cjs scripts/prebuild-bundles.ts` after `tsc` has written dist/.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { prebuildBundlesInto } from '../lib/core/packaging/bundle';
import { listPrebuiltBundles, PREBUILT_BUNDLES_DIR } from '../lib/core/packaging/prebuilt-bundles';
import { prepareImageContext } from '../functions/resize/ibm/prepare';
import { tencentcloud } from '../lib';

/** Options a construct offers that no example stack uses: each one needs its own bundle. */
function constructOptionsTheExamplesLeaveOut(outdir: string): void {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'prebuild-variants');
  new tencentcloud.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const triggerRole = new tencentcloud.TriggerRole(stack, 'TriggerRole', { create: false });
  // The package is built when the function is constructed: no synth is needed.
  new tencentcloud.ResizeFunction(stack, 'Nodejs20', {
    appId: '1250000000', destinationPrefix: 'processed/', runtime: tencentcloud.ScfNodeRuntime.NODEJS_20_15, triggerRole,
  });
}

function main(): void {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'evented-buckets-prebuild-'));
  fs.rmSync(PREBUILT_BUNDLES_DIR, { recursive: true, force: true });
  prebuildBundlesInto(PREBUILT_BUNDLES_DIR);
  try {
    process.env.CDKTF_OUTDIR = path.join(scratch, 'examples');
    require('../stacks/main');
    constructOptionsTheExamplesLeaveOut(path.join(scratch, 'variants'));
    prepareImageContext(path.join(scratch, 'ibm-image'));
  } finally {
    prebuildBundlesInto(undefined);
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const bundles = listPrebuiltBundles();
  if (bundles.length === 0) throw new Error('No function was bundled: the example app builds no function.');
  for (const b of bundles) console.log(`prebuilt ${b.entry} for ${b.nodeTarget}${b.minify ? ', minified' : ''}${b.sourceMap ? ', with a source map' : ''}`);
}

main();
