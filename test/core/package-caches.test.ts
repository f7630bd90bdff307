import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { App, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { zipSync } from 'fflate';
import { buildFunctionPackage, deterministicZip, EntryCache, FunctionCodeAsset } from '../../lib/core/packaging';
import { bundleEntry, prebuildBundlesInto } from '../../lib/core/packaging/bundle';
import { listPrebuiltBundles, readPrebuiltBundle } from '../../lib/core/packaging/prebuilt-bundles';
import { packageFixture } from './package-fixture';

function withCacheDir<T>(fn: (dir: string) => T, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-cache-'))): T {
  const before = process.env.EVENTED_BUCKETS_CACHE_DIR;
  process.env.EVENTED_BUCKETS_CACHE_DIR = dir;
  try {
    return fn(dir);
  } finally {
    if (before === undefined) delete process.env.EVENTED_BUCKETS_CACHE_DIR;
    else process.env.EVENTED_BUCKETS_CACHE_DIR = before;
  }
}

const bundleOf = (zipPath: string) => zlib.inflateRawSync(entryData(fs.readFileSync(zipPath), 'index.js')).toString('utf8');

/** The raw (compressed) data of one entry, read from its local header. */
function entryData(zip: Buffer, name: string): Buffer {
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 30, at + 30 + nameLength) === name) return zip.subarray(start, start + size);
    at = start + size;
  }
  throw new Error(`no entry ${name}`);
}

describe('the bundle memo', () => {
  test('an edited source is rebuilt, never served from the memo, even at the same length', () => {
    const { options, write } = packageFixture();
    withCacheDir(() => {
      expect(bundleOf(buildFunctionPackage(options).zipPath)).toContain('"hello"');
      write('src/greeting.ts', "export const greeting = 'howdy';\n");
      expect(bundleOf(buildFunctionPackage(options).zipPath)).toContain('"howdy"');
    });
  });

  test('a dependency whose package.json now points elsewhere is rebuilt', () => {
    const { options, write } = packageFixture();
    withCacheDir(() => {
      expect(bundleOf(buildFunctionPackage(options).zipPath)).toContain('toUpperCase');
      write('node_modules/shout/package.json', JSON.stringify({ name: 'shout', version: '1.0.0', main: 'quiet.js' }));
      const bundle = bundleOf(buildFunctionPackage(options).zipPath);
      expect(bundle).toContain('toLowerCase');
      expect(bundle).not.toContain('toUpperCase');
    });
  });

  test('persists across processes, and an edit made between them is still seen', () => {
    const { options, write } = packageFixture();
    withCacheDir((dir) => {
      buildFunctionPackage(options);
      const records = fs.readdirSync(path.join(dir, 'bundles')).filter((f) => f.endsWith('.json'));
      expect(records).toHaveLength(1);
      const { inputs } = JSON.parse(fs.readFileSync(path.join(dir, 'bundles', records[0]), 'utf8')) as { inputs: [string, string][] };
      // Every file esbuild read, with the manifests that steered resolution.
      expect(inputs.map(([file]) => path.relative(path.dirname(path.dirname(options.entry)), file)).sort())
        .toEqual(['node_modules/shout/loud.js', 'node_modules/shout/package.json', 'package.json', 'src/entry.ts', 'src/greeting.ts']);
      // Another process sees the record, not this process's memo: simulate it by editing the record's input.
      write('src/greeting.ts', "export const greeting = 'bonjour';\n");
      const script = `require('tsx/cjs'); const { buildFunctionPackage } = require(${JSON.stringify(path.resolve(__dirname, '../../lib/core/packaging'))});
        process.stdout.write(buildFunctionPackage(${JSON.stringify(options)}).zipPath);`;
      const zipPath = require('child_process').execFileSync(process.execPath, ['-e', script], { env: { ...process.env, EVENTED_BUCKETS_CACHE_DIR: dir }, cwd: path.resolve(__dirname, '../..') }).toString();
      expect(bundleOf(zipPath)).toContain('"bonjour"');
    });
  });
});

describe('the compressed entry cache', () => {
  const files = () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 7) % 251);
    return new Map<string, Uint8Array>([['index.js', Buffer.from('exports.a = 1;')], ['node_modules/x/big.bin', big], ['é.txt', Buffer.from('utf-8 name')]]);
  };

  test('gives the same bytes as a full build and as fflate\'s zipSync, cold and warm', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entries-'));
    const full = Buffer.from(deterministicZip(files(), 9));
    const cold = Buffer.from(deterministicZip(files(), 9, new EntryCache(dir)));
    const warm = Buffer.from(deterministicZip(files(), 9, new EntryCache(dir)));
    const reference = Buffer.from(zipSync(Object.fromEntries([...files()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, data]) => [name, [data, {
      mtime: new Date(2000, 0, 1), os: 3, attrs: (0o100644 << 16) >>> 0, level: 9 as const,
    }]]))));
    expect(cold.equals(full)).toBe(true);
    expect(warm.equals(full)).toBe(true);
    expect(full.equals(reference)).toBe(true);
  });

  test('is read: a cached entry is used instead of compressing again, and a damaged one is ignored and rewritten', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entries-'));
    const full = Buffer.from(deterministicZip(files(), 9, new EntryCache(dir)));
    const cached = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
    // Only the big entry is worth a file; small ones are compressed each time.
    expect(cached).toHaveLength(1);
    const stored = fs.readFileSync(cached[0]);
    // A valid but different deflate stream of the same bytes: if the zip changes, the cache was read.
    const other = zlib.deflateRawSync(files().get('node_modules/x/big.bin')!, { level: 1 });
    fs.writeFileSync(cached[0], Buffer.concat([stored.subarray(0, 8), other]));
    expect(Buffer.from(deterministicZip(files(), 9, new EntryCache(dir))).equals(full)).toBe(false);
    // A damaged payload (truncated) fails the inflate check, is recompressed and stored again.
    fs.writeFileSync(cached[0], stored.subarray(0, stored.length - 10));
    expect(Buffer.from(deterministicZip(files(), 9, new EntryCache(dir))).equals(full)).toBe(true);
    expect(fs.readFileSync(cached[0]).equals(stored)).toBe(true);
  });

  test('a function build with a warm entry cache gives the same zip as one with none', () => {
    const { options, write } = packageFixture();
    const entries = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-cache-'));
    const warm = withCacheDir(() => buildFunctionPackage(options), entries);
    write('src/greeting.ts', "export const greeting = 'hi';\n");
    const edited = withCacheDir(() => buildFunctionPackage(options), entries);
    const edited2 = withCacheDir(() => buildFunctionPackage(options));
    expect(fs.readdirSync(path.join(entries, 'entries')).length).toBeGreaterThan(0);
    expect(edited.sha256).not.toBe(warm.sha256);
    expect(edited.sha256).toBe(edited2.sha256);
  });
});

describe('the zip cache', () => {
  test('a shipped package file changed in place, same version and size, gives a new zip', () => {
    const { dir, options } = packageFixture();
    withCacheDir(() => {
      const before = buildFunctionPackage(options);
      const lib = path.join(dir, 'node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.42');
      const bytes = fs.readFileSync(lib);
      bytes[0] ^= 0xff;
      fs.writeFileSync(lib, bytes);
      const after = buildFunctionPackage(options);
      expect(after.sha256).not.toBe(before.sha256);
      expect(after.zipPath).not.toBe(before.zipPath);
    });
  });
});

describe('function code assets', () => {
  test('one asset per distinct zip in each stack, however many functions use it', () => {
    const { options, write } = packageFixture();
    withCacheDir(() => {
      const app = Testing.app();
      const stacks = ['one', 'two'].map((id) => new TerraformStack(app, id));
      const assets = stacks.flatMap((stack) => [1, 2, 3].map((n) => new FunctionCodeAsset(stack, `Fn${n}`, options)));
      write('src/greeting.ts', "export const greeting = 'other';\n");
      // Sources are read once per app: an edit while the tree is built does not split it.
      const sameApp = new FunctionCodeAsset(stacks[0], 'Fn4', options);
      const otherApp = new FunctionCodeAsset(new TerraformStack(Testing.app(), 'three'), 'Fn1', options);
      expect(sameApp.path).toBe(assets[0].path);
      expect(otherApp.assetHash).not.toBe(assets[0].assetHash);
      new TerraformOutput(stacks[0], 'code', { value: assets[0].path });
      expect(new Set(assets.map((a) => a.path)).size).toBe(1);
      expect(assets[0].path).toBe(`assets/FunctionZip${assets[0].assetHash.slice(0, 12)}/${assets[0].assetHash}/code.zip`);
      app.synth();
      for (const id of ['one', 'two']) {
        const zips = fs.readdirSync(path.join(app.outdir, 'stacks', id), { recursive: true }).filter((f) => String(f).endsWith('.zip'));
        expect(zips).toEqual([assets[0].path]);
      }
    });
  });

  test('functions with different zips get different assets', () => {
    const { options } = packageFixture();
    withCacheDir(() => {
      const stack = new TerraformStack(new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'out-')) }), 's');
      const a = new FunctionCodeAsset(stack, 'A', options);
      const b = new FunctionCodeAsset(stack, 'B', { ...options, extraFiles: { 'config.json': '{}' } });
      expect(a.path).not.toBe(b.path);
      expect(a.asset).not.toBe(b.asset);
    });
  });
});

describe('the prebuilt bundles of the installed package', () => {
  /** An entry of the library itself (inside its root), in an ignored build folder. */
  const libraryEntry = () => {
    const dir = fs.mkdtempSync(path.join(path.resolve(__dirname, '../..'), '.build', 'prebuilt-'));
    fs.writeFileSync(path.join(dir, 'entry.ts'), "export const handler = async () => 'prebuilt';\n");
    return { dir, options: { entry: path.join(dir, 'entry.ts'), nodeTarget: 'node20', external: ['sharp'] } };
  };
  beforeAll(() => fs.mkdirSync(path.resolve(__dirname, '../../.build'), { recursive: true }));

  test('a build records the library\'s bundles, and they are served once the sources are gone', () => {
    const { dir, options } = libraryEntry();
    const prebuilt = fs.mkdtempSync(path.join(os.tmpdir(), 'prebuilt-'));
    prebuildBundlesInto(prebuilt);
    let built: Uint8Array;
    try {
      built = bundleEntry(options);
      // A function outside the library (a user's) is never recorded.
      bundleEntry({ entry: packageFixture().options.entry, nodeTarget: 'node20', external: ['sharp'] });
    } finally {
      prebuildBundlesInto(undefined);
    }
    expect(listPrebuiltBundles(prebuilt)).toEqual([expect.objectContaining({
      entry: path.relative(path.resolve(__dirname, '../..'), options.entry).split(path.sep).join('/'), nodeTarget: 'node20', minify: false, sourceMap: false,
    })]);
    fs.rmSync(dir, { recursive: true });
    expect(Buffer.from(readPrebuiltBundle(options, prebuilt)!)).toEqual(Buffer.from(built));
    // Other options are another bundle.
    expect(readPrebuiltBundle({ ...options, nodeTarget: 'node18' }, prebuilt)).toBeUndefined();
    expect(readPrebuiltBundle({ ...options, minify: true }, prebuilt)).toBeUndefined();
  });

  test('a prebuilt bundle whose bytes do not match its index is not used', () => {
    const { dir, options } = libraryEntry();
    const prebuilt = fs.mkdtempSync(path.join(os.tmpdir(), 'prebuilt-'));
    prebuildBundlesInto(prebuilt);
    try {
      bundleEntry(options);
    } finally {
      prebuildBundlesInto(undefined);
    }
    fs.rmSync(dir, { recursive: true });
    const [file] = fs.readdirSync(prebuilt).filter((f) => f.endsWith('.js'));
    fs.appendFileSync(path.join(prebuilt, file), 'tampered();');
    expect(readPrebuiltBundle(options, prebuilt)).toBeUndefined();
  });

  test('a library entry without its sources and without a bundle for the options names them', () => {
    const { dir, options } = libraryEntry();
    fs.rmSync(dir, { recursive: true });
    expect(() => bundleEntry({ ...options, nodeTarget: 'node16', minify: true })).toThrow(/no bundle was built for node16, minified with externals \["sharp"\]/);
    expect(() => bundleEntry({ ...options, entry: path.join(os.tmpdir(), 'no-such-dir', 'entry.ts') })).toThrow(/does not exist/);
  });
});
