import * as fs from 'fs';
import { unzipSync } from 'fflate';

/** The text of each built zip's `index.js`, by the zip's SHA-256: functions sharing a zip read it once. */
const bundles = new Map<string, string>();

/**
 * Whether the bundle in a function zip can export `name`. esbuild writes every export as a property name of the
 * bundle's exports object (kept under minification), so a name that appears nowhere in `index.js` is certainly not
 * exported: SCF would fail every invocation with "handler not found". A name that does appear is not proof, which
 * only a run can give.
 */
export function bundleMayExport(zipPath: string, sha256: string, name: string): boolean {
  let text = bundles.get(sha256);
  if (text === undefined) {
    const index = unzipSync(fs.readFileSync(zipPath), { filter: (file) => file.name === 'index.js' })['index.js'];
    text = index === undefined ? '' : Buffer.from(index).toString('utf8');
    bundles.set(sha256, text);
  }
  return new RegExp(`(^|[^A-Za-z0-9_$])${name}([^A-Za-z0-9_$]|$)`).test(text);
}
