import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { installOfflineMirror } from '../../lib/testing/offline';
import { pluginCommand } from '../../lib/testing/offline/mirror';
import { bundledPluginEntry } from '../../lib/testing/offline/plugin-bundle';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../../lib/testing/offline/server';
import { schemasDir } from '../../lib/testing/provider-behaviour';
import { tempDir } from './helpers';

const ENTRY = path.join(__dirname, '..', '..', 'lib', 'testing', 'offline', 'plugin-main.ts');

/** Starts a plugin command as Terraform does and resolves with its first stdout line (go-plugin's handshake). */
function handshake(command: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), {
      env: { ...process.env, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, EVENTED_BUCKETS_SCHEMAS_DIR: schemasDir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) {
        child.kill('SIGTERM');
        resolve(out.split('\n')[0]);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`plugin exited (${code}) before its handshake: ${err}`)));
  });
}

describe('the plugin bundle the mirror starts from the TypeScript sources', () => {
  const parent = tempDir('bundle');
  afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

  test('is one file with the .proto files next to it, in a directory named by its content', () => {
    const file = bundledPluginEntry(ENTRY, parent);
    expect(path.dirname(path.dirname(file))).toBe(parent);
    expect(path.basename(path.dirname(file))).toMatch(/^evented-buckets-plugin-[0-9a-f]{16}$/);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['go-plugin.proto', 'plugin-main.js', 'tfplugin5.proto', 'tfplugin6.proto']);
    // Another process (here: a fresh write after the directory is gone from this one's memory) lands in the same place.
    fs.rmSync(path.dirname(file), { recursive: true });
    expect(bundledPluginEntry(ENTRY, parent)).toBe(file);
    expect(fs.existsSync(file)).toBe(true);
  });

  test('the launchers exec Node.js on the bundle, not on the sources through a TypeScript loader', () => {
    const root = tempDir('mirror');
    try {
      const mirror = installOfflineMirror({ root });
      const [first] = mirror.providers;
      const [namespace, type] = first.source.split('/');
      const dir = path.join(root, 'mirror', 'registry.terraform.io', namespace, type, first.version);
      const [platform] = fs.readdirSync(dir);
      const script = fs.readFileSync(path.join(dir, platform, `terraform-provider-${type}_v${first.version}`), 'utf8');
      expect(script).toMatch(/exec '[^']*node[^']*' '[^']*\/evented-buckets-plugin-[0-9a-f]{16}\/plugin-main\.js' /);
      expect(script).not.toMatch(/tsx|\.ts'/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test.each([['alicloud', 5], ['tencentcloud', 5], ['ibm', 6]] as const)('serves %s: go-plugin handshake with protocol %i', async (name, protocol) => {
    const line = await handshake([...pluginCommand(parent), name]);
    expect(line).toMatch(new RegExp(`^1\\|${protocol}\\|unix\\|/.+/plugin\\.sock\\|grpc$`));
  });
});
