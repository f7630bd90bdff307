import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { deflateSync } from 'fflate';
import { locatePackage } from './node-packages';

/** One zip entry's data as stored in the archive. */
export interface CompressedEntry {
  /** 0 = stored, 8 = deflated. */
  readonly method: 0 | 8;
  /** CRC-32 of the uncompressed bytes. */
  readonly crc: number;
  /** Uncompressed size in bytes. */
  readonly size: number;
  /** The bytes as stored in the archive. */
  readonly data: Uint8Array;
}

/**
 * Compresses one entry. fflate's pure-JavaScript deflate, not Node's zlib: zlib's output may differ between Node
 * builds and CPUs (SIMD code paths), and the zip's bytes must be the same on every machine.
 */
export function compressEntry(data: Uint8Array, level: 0 | 6 | 9): CompressedEntry {
  const crc = crc32(data);
  if (level === 0) return { method: 0, crc, size: data.length, data };
  return { method: 8, crc, size: data.length, data: deflateSync(data, { level }) };
}

/**
 * Compressed zip entries kept by the hash of their uncompressed bytes, in memory and in a directory, so that the
 * unchanging files of a function zip (sharp, libvips, node_modules) are deflated once per machine instead of once per
 * build: an edited function recompresses only its bundle.
 *
 * Keyed by content, so nothing can go stale: a new sharp version or an edited file has new bytes and a new key.
 * The key also names the deflate implementation and version and the level, which are all that decide the
 * compressed bytes. Files are written to a temporary name and renamed, so parallel builds never read a partial one.
 * Entries are never deleted: delete the directory to reclaim the space.
 */
export class EntryCache {
  private readonly memory = new Map<string, CompressedEntry>();

  /**
   * @param dir directory of the cached entries; `undefined` keeps them in memory only.
   * @param minBytes entries smaller than this are compressed every time: cheap, and they would fill the directory
   *   with tiny files.
   */
  constructor(public readonly dir: string | undefined, private readonly minBytes = 16 * 1024) {}

  /** The entry for these bytes, compressed now or taken from the cache. */
  public compress(data: Uint8Array, level: 0 | 6 | 9): CompressedEntry {
    if (level === 0 || data.length < this.minBytes) return compressEntry(data, level);
    const key = `${DEFLATE_ID}-${level}-${createHash('sha256').update(data).digest('hex')}`;
    const remembered = this.memory.get(key);
    if (remembered) return remembered;
    const entry = this.read(key, data) ?? this.write(key, compressEntry(data, level));
    this.memory.set(key, entry);
    return entry;
  }

  private file(key: string): string {
    return path.join(this.dir!, key.slice(-2), `${key}.deflate`);
  }

  private read(key: string, data: Uint8Array): CompressedEntry | undefined {
    if (this.dir === undefined) return undefined;
    let stored: Buffer;
    try {
      stored = fs.readFileSync(this.file(key));
    } catch {
      return undefined;
    }
    // Header: CRC-32, then the uncompressed size, both uint32 LE. A file that does not match is ignored and rewritten.
    if (stored.length < 8 || stored.readUInt32LE(4) !== data.length) return undefined;
    const crc = stored.readUInt32LE(0);
    if (crc !== crc32(data)) return undefined;
    const compressed = stored.subarray(8);
    // A damaged payload must never reach a zip: inflate it (native zlib: inflating has one right answer) and compare.
    // About 30 ms for libvips, against seconds to deflate it again.
    try {
      const inflated = zlib.inflateRawSync(compressed);
      if (!inflated.equals(Buffer.from(data.buffer, data.byteOffset, data.length))) return undefined;
    } catch {
      return undefined;
    }
    return { method: 8, crc, size: data.length, data: compressed };
  }

  private write(key: string, entry: CompressedEntry): CompressedEntry {
    if (this.dir === undefined) return entry;
    const file = this.file(key);
    const header = Buffer.alloc(8);
    header.writeUInt32LE(entry.crc, 0);
    header.writeUInt32LE(entry.size, 4);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([header, entry.data]));
      fs.renameSync(tmp, file);
    } catch {
      // A read-only or full cache directory costs speed, never correctness.
    }
    return entry;
  }
}

/** What decides the compressed bytes besides the input and level: the deflate library's installed version. */
const DEFLATE_ID = `fflate${locatePackage('fflate', __dirname)?.version ?? 'unknown'}`;

/** CRC-32 (IEEE), as zip stores it. Node's zlib.crc32 where present (Node 20.15+, 22.2+), else a table. */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
