import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync, zipSync } from 'fflate';
import { buildFunctionPackage, deterministicZip, ImageEngine, unzipTo } from '../../lib/core/packaging';
import { ALICLOUD_RESIZE_ENTRY } from '../../lib/alicloud';
import { packageFixture } from './package-fixture';

const options = { entry: ALICLOUD_RESIZE_ENTRY, nodeTarget: 'node20', engine: ImageEngine.LINUX_X64, omitModules: ['proxy-agent'] };

function withCacheDir<T>(fn: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-cache-'));
  const before = process.env.EVENTED_BUCKETS_CACHE_DIR;
  process.env.EVENTED_BUCKETS_CACHE_DIR = dir;
  try {
    return fn(dir);
  } finally {
    if (before === undefined) delete process.env.EVENTED_BUCKETS_CACHE_DIR;
    else process.env.EVENTED_BUCKETS_CACHE_DIR = before;
  }
}

describe('function packaging', () => {
  const pkg = buildFunctionPackage(options);
  const files = unzipSync(fs.readFileSync(pkg.zipPath));
  const entries = Object.keys(files);

  test('the zip holds the bundle and sharp for linux-x64 (glibc), and nothing of other platforms', () => {
    expect(entries).toContain('index.js');
    expect(entries).toContain('node_modules/sharp/package.json');
    expect(entries.some((e) => /^node_modules\/@img\/sharp-linux-x64\/lib\/sharp-linux-x64-[\d.]+\.node$/.test(e))).toBe(true);
    expect(entries.some((e) => /^node_modules\/@img\/sharp-libvips-linux-x64\/lib\/libvips-cpp\.so/.test(e))).toBe(true);
    expect(entries.filter((e) => /@img\/sharp-(?!linux-x64|libvips-linux-x64)[a-z]/.test(e))).toEqual([]);
    expect(entries.filter((e) => /\.d\.[cm]?ts$|\.md$|\/include\//.test(e))).toEqual([]);
    // ali-oss is bundled into index.js, not shipped as a package.
    expect(entries.some((e) => e.startsWith('node_modules/ali-oss/'))).toBe(false);
    expect(pkg.packages.map((p) => p.name)).toEqual(['@img/colour', '@img/sharp-libvips-linux-x64', '@img/sharp-linux-x64', 'detect-libc', 'semver', 'sharp']);
  });

  test('the same input gives the same bytes, whatever the cache, run or time zone', () => {
    // A small project: the determinism under test is the bundler's and the zip writer's, not the size of libvips.
    const fixture = packageFixture();
    const first = withCacheDir(() => buildFunctionPackage(fixture.options));
    const again = withCacheDir(() => buildFunctionPackage(fixture.options));
    expect(again.sha256).toBe(first.sha256);
    expect(again.zipPath).not.toBe(first.zipPath);
    const script = `require('tsx/cjs'); const { buildFunctionPackage } = require(${JSON.stringify(path.resolve(__dirname, '../../lib/core/packaging'))});
      process.stdout.write(buildFunctionPackage(${JSON.stringify(fixture.options)}).sha256);`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-tz-'));
    const hash = execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: 'Pacific/Kiritimati', EVENTED_BUCKETS_CACHE_DIR: dir }, cwd: path.resolve(__dirname, '../..') }).toString();
    expect(hash).toBe(first.sha256);
    expect(Object.keys(unzipSync(fs.readFileSync(first.zipPath)))).toContain('node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.42');
  });

  test('the bundle holds no path of this checkout, so another checkout builds the same bytes', () => {
    const bundle = Buffer.from(files['index.js']).toString('utf8');
    const root = path.resolve(__dirname, '../..');
    expect(bundle).toContain('node_modules/ali-oss/');
    expect(bundle).not.toContain(root.slice(1));
    expect(bundle).not.toContain(os.tmpdir());
  });

  test('a different engine or code gives different bytes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-src-'));
    const entry = path.join(dir, 'entry.ts');
    fs.writeFileSync(entry, 'export const handler = async () => 1;\n');
    const one = buildFunctionPackage({ ...options, entry, nodeModules: [], omitModules: [] });
    fs.writeFileSync(entry, 'export const handler = async () => 2;\n');
    const two = buildFunctionPackage({ ...options, entry, nodeModules: [], omitModules: [] });
    expect(one.sha256).not.toBe(two.sha256);
  });

  test('a missing engine package fails with the command that installs it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-noengine-'));
    fs.mkdirSync(path.join(dir, 'node_modules', 'sharp'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', 'sharp', 'package.json'), JSON.stringify({ name: 'sharp', version: '0.35.5', optionalDependencies: { '@img/sharp-linux-x64': '0.35.5' } }));
    fs.writeFileSync(path.join(dir, 'entry.ts'), 'export const handler = async () => 1;\n');
    expect(() => buildFunctionPackage({ ...options, entry: path.join(dir, 'entry.ts'), resolveFrom: dir, omitModules: [] }))
      .toThrow(/needs @img\/sharp-linux-x64@0\.35\.5 next to sharp@0\.35\.5, but it is not installed\. Install it with: npm install --os=linux --cpu=x64 --libc=glibc sharp@0\.35\.5/);
  });

  test('deterministicZip ignores insertion order', () => {
    const a = deterministicZip(new Map([['b.txt', Buffer.from('b')], ['a.txt', Buffer.from('a')]]));
    const b = deterministicZip(new Map([['a.txt', Buffer.from('a')], ['b.txt', Buffer.from('b')]]));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Object.keys(unzipSync(a))).toEqual(['a.txt', 'b.txt']);
  });

  test('unzipTo writes every file, creating folders and skipping folder entries, and refuses an entry outside the directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-unzip-'));
    try {
      const zip = path.join(dir, 'a.zip');
      fs.writeFileSync(zip, zipSync({ lib: {}, 'lib/b.txt': Buffer.from('b'), 'a.txt': Buffer.from('a') }));
      unzipTo(zip, path.join(dir, 'out'));
      expect(fs.readFileSync(path.join(dir, 'out/a.txt'), 'utf8')).toBe('a');
      expect(fs.readFileSync(path.join(dir, 'out/lib/b.txt'), 'utf8')).toBe('b');
      fs.writeFileSync(zip, zipSync({ '../evil.txt': Buffer.from('x') }));
      expect(() => unzipTo(zip, path.join(dir, 'out2'))).toThrow(/Zip entry \.\.\/evil\.txt .* would be written outside/);
      expect(fs.existsSync(path.join(dir, 'evil.txt'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
