import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { buildFunctionPackage, ImageEngine } from '../../lib/core/packaging';

/**
 * A handler that imports the root runtime entry (all three clouds' SDKs) must bundle on any cloud: urllib's lazy
 * `require('proxy-agent')` (under ali-oss) is not installed, and would otherwise fail the bundle.
 */
describe('optional requires of the SDKs', () => {
  const dir = fs.mkdtempSync(path.join(__dirname, '.tmp-optional-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a handler importing evented-buckets/runtime bundles with no omitModules; proxy-agent stays a require', () => {
    const entry = path.join(dir, 'handler.ts');
    fs.writeFileSync(entry, [
      "import { alicloud, tencentcloud } from '../../../lib/runtime';",
      'export const handler = async (event: Buffer) => [alicloud.parseOssEvent(event), typeof tencentcloud.parseCosEvent];',
      '',
    ].join('\n'));
    const pkg = buildFunctionPackage({ entry, nodeTarget: 'node20', engine: ImageEngine.LINUX_X64, nodeModules: [] });
    const index = Buffer.from(unzipSync(fs.readFileSync(pkg.zipPath))['index.js']!).toString();
    expect(index).toMatch(/require\("proxy-agent"\)/);
    expect(pkg.packages).toEqual([]);
  });
});
