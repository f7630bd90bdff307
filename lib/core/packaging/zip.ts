import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { CompressedEntry, compressEntry, EntryCache } from './entry-cache';

/**
 * Every entry gets this timestamp. It is built from local-time fields because the zip format stores local time:
 * the same fields give the same bytes in every time zone.
 */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);
/** Regular file, rw-r--r--, in the Unix attribute slot, so runtimes that extract with permissions can read it. */
const FILE_ATTRS = (0o100644 << 16) >>> 0;
/** "Made by" Unix, so the attributes above are read as Unix permissions. */
const MADE_BY_UNIX = 3;

/** Compression levels a zip may use: 0 stores, 6 and 9 deflate. */
export type ZipLevel = 0 | 6 | 9;

/**
 * Deterministic zip: same files and contents give the same bytes, whatever the machine, order or time.
 * With an `entryCache`, entries whose bytes were compressed before (the unchanging packages) are taken from it;
 * the zip is byte for byte the same as without it, because an entry's compressed form depends on its bytes alone.
 */
export function deterministicZip(files: ReadonlyMap<string, Uint8Array>, level: ZipLevel = 9, entryCache?: EntryCache): Uint8Array {
  const names = [...files.keys()].sort();
  return writeZip(names.map((name) => {
    const data = files.get(name)!;
    return { name, entry: entryCache ? entryCache.compress(data, level) : compressEntry(data, level) };
  }));
}

/**
 * Lays compressed entries out as a zip, in the given order: local headers and data, then the central directory.
 * The layout is exactly the one fflate's `zipSync` writes for the same entries (version 2.0, no data descriptors,
 * no extra fields), so archives built before the entry cache existed keep their bytes.
 */
function writeZip(entries: readonly { name: string; entry: CompressedEntry }[]): Uint8Array {
  const dosTime = dosDateTime(FIXED_MTIME);
  const named = entries.map(({ name, entry }) => ({ name: Buffer.from(name, 'utf8'), utf8: Buffer.byteLength(name, 'utf8') !== name.length, entry }));
  const localBytes = named.reduce((sum, e) => sum + 30 + e.name.length + e.entry.data.length, 0);
  const centralBytes = named.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const out = Buffer.alloc(localBytes + centralBytes + 22);
  let local = 0;
  let central = localBytes;
  for (const { name, utf8, entry } of named) {
    const offset = local;
    // Local file header.
    out.writeUInt32LE(0x04034b50, local);
    out.writeUInt16LE(20, local + 4);
    out.writeUInt16LE(utf8 ? 0x0800 : 0, local + 6);
    out.writeUInt16LE(entry.method, local + 8);
    out.writeUInt32LE(dosTime, local + 10);
    out.writeUInt32LE(entry.crc, local + 14);
    out.writeUInt32LE(entry.data.length, local + 18);
    out.writeUInt32LE(entry.size, local + 22);
    out.writeUInt16LE(name.length, local + 26);
    out.writeUInt16LE(0, local + 28);
    name.copy(out, local + 30);
    out.set(entry.data, local + 30 + name.length);
    local += 30 + name.length + entry.data.length;
    // Central directory header.
    out.writeUInt32LE(0x02014b50, central);
    out.writeUInt8(20, central + 4);
    out.writeUInt8(MADE_BY_UNIX, central + 5);
    out.writeUInt16LE(20, central + 6);
    out.writeUInt16LE(utf8 ? 0x0800 : 0, central + 8);
    out.writeUInt16LE(entry.method, central + 10);
    out.writeUInt32LE(dosTime, central + 12);
    out.writeUInt32LE(entry.crc, central + 16);
    out.writeUInt32LE(entry.data.length, central + 20);
    out.writeUInt32LE(entry.size, central + 24);
    out.writeUInt16LE(name.length, central + 28);
    // Extra and comment lengths, disk number and internal attributes stay 0.
    out.writeUInt32LE(FILE_ATTRS, central + 38);
    out.writeUInt32LE(offset, central + 42);
    name.copy(out, central + 46);
    central += 46 + name.length;
  }
  // End of central directory.
  out.writeUInt32LE(0x06054b50, central);
  out.writeUInt16LE(named.length, central + 8);
  out.writeUInt16LE(named.length, central + 10);
  out.writeUInt32LE(centralBytes, central + 12);
  out.writeUInt32LE(localBytes, central + 16);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

function dosDateTime(date: Date): number {
  return (((date.getFullYear() - 1980) << 25) | ((date.getMonth() + 1) << 21) | (date.getDate() << 16) |
    (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1)) >>> 0;
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
