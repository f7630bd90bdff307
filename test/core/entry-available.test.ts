import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { libraryRoot } from '../../lib/core/package-root';
import { entryAvailable, writePrebuiltBundle } from '../../lib/core/packaging/prebuilt-bundles';

/** The installed package ships the library's own entries prebuilt, not as sources: constructs must accept them. */
describe('entryAvailable', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prebuilt-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const shipped = path.join(libraryRoot(), 'functions/gone/src/handler.ts');
  writePrebuiltBundle({ entry: shipped, nodeTarget: 'node20', external: [] }, new TextEncoder().encode('module.exports={};'), dir);

  test('an existing source file is available', () => {
    expect(entryAvailable(__filename, dir)).toBe(true);
  });

  test('a library entry without sources is available when a bundle of it ships, and not otherwise', () => {
    expect(fs.existsSync(shipped)).toBe(false);
    expect(entryAvailable(shipped, dir)).toBe(true);
    expect(entryAvailable(path.join(libraryRoot(), 'functions/gone/src/other.ts'), dir)).toBe(false);
  });

  test('a missing file outside the library, or a directory, is not', () => {
    expect(entryAvailable(path.join(os.tmpdir(), 'no-such-handler.ts'), dir)).toBe(false);
    expect(entryAvailable(__dirname, dir)).toBe(false);
  });
});
