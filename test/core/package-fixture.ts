import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ImageEngine, type FunctionPackageOptions } from '../../lib/core/packaging';

/**
 * A small project laid out like the real one: an entry importing a local module and a bundled dependency, and a
 * stand-in sharp with its linux-x64 platform packages (one "native library" of 256 KiB, big enough for the entry
 * cache). It builds in milliseconds where the real zip takes seconds at level 9, and goes through the same code.
 */
export function packageFixture(): { dir: string; options: FunctionPackageOptions; write: (rel: string, text: string) => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-fixture-'));
  const write = (rel: string, text: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  write('package.json', JSON.stringify({ name: 'fixture', version: '1.0.0' }));
  write('src/entry.ts', "import { greeting } from './greeting';\nimport { shout } from 'shout';\nexport const handler = async () => shout(greeting);\n");
  write('src/greeting.ts', "export const greeting = 'hello';\n");
  write('node_modules/shout/package.json', JSON.stringify({ name: 'shout', version: '1.0.0', main: 'loud.js' }));
  write('node_modules/shout/loud.js', 'exports.shout = (s) => s.toUpperCase();\n');
  write('node_modules/shout/quiet.js', 'exports.shout = (s) => s.toLowerCase();\n');
  write('node_modules/sharp/package.json', JSON.stringify({
    name: 'sharp', version: '0.35.5', main: 'lib/index.js', dependencies: { 'detect-libc': '2.0.0' },
    optionalDependencies: { '@img/sharp-linux-x64': '0.35.5', '@img/sharp-libvips-linux-x64': '1.2.0' },
  }));
  write('node_modules/sharp/lib/index.js', "module.exports = require('detect-libc');\n");
  write('node_modules/detect-libc/package.json', JSON.stringify({ name: 'detect-libc', version: '2.0.0' }));
  write('node_modules/detect-libc/index.js', 'module.exports = {};\n');
  write('node_modules/@img/sharp-linux-x64/package.json', JSON.stringify({ name: '@img/sharp-linux-x64', version: '0.35.5' }));
  write('node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node', pseudoBinary(64 * 1024, 1));
  write('node_modules/@img/sharp-libvips-linux-x64/package.json', JSON.stringify({ name: '@img/sharp-libvips-linux-x64', version: '1.2.0' }));
  write('node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.42', pseudoBinary(256 * 1024, 2));
  const options: FunctionPackageOptions = { entry: path.join(dir, 'src/entry.ts'), nodeTarget: 'node20', engine: ImageEngine.LINUX_X64, resolveFrom: dir };
  return { dir, options, write };
}

/** Compressible but not trivial bytes, the same on every run. */
function pseudoBinary(bytes: number, seed: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = i % 7 === 0 ? (x >>> 24) : i & 0x3f;
  }
  return out;
}
