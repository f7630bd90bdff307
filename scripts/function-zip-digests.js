/**
 * Prints, as JSON, the SHA-256 of the zip each packaged function builds with its default options and the shipped
 * packages in it (name@version), through the library's public API. scripts/test-consumer.sh runs it once against this repository's sources and once against
 * the installed package: the same inputs must give the same bytes.
 *
 * Plain CommonJS, so it runs in a consumer project without TypeScript:
 *   node --require tsx/cjs scripts/function-zip-digests.js ./lib      (this repository's sources)
 *   node <repository>/scripts/function-zip-digests.js evented-buckets  (the package installed in the working directory)
 * cdktf is loaded from beside the library, so the constructs come from the framework the library itself uses.
 */
'use strict';
const { createRequire } = require('module');
const path = require('path');

const spec = process.argv[2];
if (spec === undefined) throw new Error('Usage: function-zip-digests.js <./lib | evented-buckets>');
// Resolved as the working directory's project would: a plain require.resolve from here would find this repository
// itself (its package.json is named evented-buckets, and Node resolves a package's own name to itself).
const libraryPath = spec.startsWith('.') ? path.resolve(__dirname, '..', spec) : createRequire(path.join(process.cwd(), 'package.json')).resolve(spec);
const { alicloud, ibm, tencentcloud } = require(libraryPath);
const { App, TerraformStack } = require(createRequire(libraryPath).resolve('cdktf'));

const stack = new TerraformStack(new App({ outdir: path.join(process.cwd(), '.zip-digests.out') }), 'zip-digests');
new alicloud.AlicloudProvider(stack, 'alicloud', { region: 'ap-southeast-1' });
new tencentcloud.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
new ibm.IbmProvider(stack, 'ibm', { region: 'us-south' });
const triggerRole = new tencentcloud.TriggerRole(stack, 'TriggerRole', { create: false });
const zip = (fn) => ({ sha256: fn.code.package.sha256, packages: fn.code.package.packages.map((p) => `${p.name}@${p.version}`) });
// Packages are built when the functions are constructed: nothing is synthesized or written.
console.log(JSON.stringify({
  alicloud: zip(new alicloud.ResizeFunction(stack, 'Alicloud', { destinationPrefix: 'processed/' })),
  tencentcloud: zip(new tencentcloud.ResizeFunction(stack, 'Tencent', { appId: '1250000000', destinationPrefix: 'processed/', triggerRole })),
  ibmCloudFunctions: zip(new ibm.CloudFunctionsResizeFunction(stack, 'Ibm', { destinationPrefix: 'processed/' })),
}));
