/**
 * Running a function's zip as its cloud does: unpacked alone in an empty temporary directory (no project
 * node_modules reachable) and loaded by a separate Node.js process that sees only the environment given.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { unzipTo } from '../../lib/core/packaging';

const run = promisify(execFile);

/** SCF's Node.js 18.15 (the npm registry's build, unpacked by `npm run runtimes`, which `npm test` runs first). */
export const NODE_18 = path.resolve(__dirname, '../../.runtimes/node-v18.15.0/bin/node');

/** What SCF puts in the environment of a function whose execution role has temporary keys. */
export const SCF_ROLE_ENV: Readonly<Record<string, string>> = {
  TENCENTCLOUD_SECRETID: 'AKID', TENCENTCLOUD_SECRETKEY: 'KEY', TENCENTCLOUD_SESSIONTOKEN: 'TOKEN', TENCENTCLOUD_REGION: 'ap-chengdu',
};

/** Unpacks `zipPath` into a new temporary directory named `prefix…`, removed after the enclosing block's tests. */
export function unpackForSuite(zipPath: string, prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  unzipTo(zipPath, dir);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Runs `script` (`node -e`, with `args` as `process.argv[1…]`) by `node` in `dir`, with only PATH, HOME (`dir`) and
 * `env` in its environment; resolves with its standard output.
 */
export async function runInDir(dir: string, script: string, args: readonly string[], env: Readonly<Record<string, string>>, node = process.execPath): Promise<string> {
  const { stdout } = await run(node, ['-e', script, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, ...env } });
  return stdout;
}
