import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { schemasDir } from '../provider-behaviour';
import { bundledPluginEntry } from './plugin-bundle';

/** A provider pinned in schemas/providers.json, as the mirror serves it. */
export interface PinnedProvider {
  /** Key in providers.json and schema file name: `alicloud`. */
  readonly name: string;
  /** Source address in lower case: `aliyun/alicloud`. */
  readonly source: string;
  readonly version: string;
}

/** An installed offline mirror: the CLI configuration to give Terraform (`TF_CLI_CONFIG_FILE`) and where it lives. */
export interface OfflineMirror {
  readonly root: string;
  readonly cliConfigFile: string;
  readonly pluginCacheDir: string;
  readonly providers: readonly PinnedProvider[];
}

export interface MirrorOptions {
  /**
   * Where to install. The same launcher content always lands in the same directory, so stacks and test runs share it.
   * @default a directory under the OS temp dir named by the launchers' digest
   */
  readonly root?: string;
  /** @default the schemas shipped with this library */
  readonly schemasDir?: string;
}

export function pinnedProviders(dir: string = schemasDir()): PinnedProvider[] {
  const pins = JSON.parse(fs.readFileSync(path.join(dir, 'providers.json'), 'utf8')) as Record<string, { source: string; version: string }>;
  return Object.entries(pins).map(([name, p]) => ({ name, source: p.source.toLowerCase(), version: p.version }));
}

/** Terraform's name for this machine's platform (`linux_amd64`). */
export function terraformPlatform(): string {
  const arch: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };
  return `${process.platform === 'win32' ? 'windows' : process.platform}_${arch[process.arch] ?? process.arch}`;
}

/**
 * The command that starts the plugin: the compiled entry point when this module is compiled, else a bundle of the
 * TypeScript sources (`bundledPluginEntry`, written under `bundleParent`). Paths are absolute, resolved from this
 * module, because Terraform runs the plugin from the stack's directory.
 */
export function pluginCommand(bundleParent: string = os.tmpdir()): string[] {
  const compiled = __filename.endsWith('.js');
  const entry = compiled ? path.join(__dirname, 'plugin-main.js') : bundledPluginEntry(path.join(__dirname, 'plugin-main.ts'), bundleParent);
  return [process.execPath, entry];
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function launcher(name: string, schemas: string, command: readonly string[]): string {
  const line = [...command, name].map(shellQuote).join(' ');
  return `#!/bin/sh\n# Offline provider plugin for Terraform (evented-buckets): serves ${name}'s schema file, no network.\n` +
    `EVENTED_BUCKETS_SCHEMAS_DIR=\${EVENTED_BUCKETS_SCHEMAS_DIR:-${shellQuote(schemas)}} exec ${line}\n`;
}

/**
 * Installs the offline providers the way Terraform expects a filesystem mirror (unpacked layout:
 * `registry.terraform.io/<namespace>/<type>/<version>/<os>_<arch>/terraform-provider-<type>_v<version>`) and writes
 * a CLI configuration that takes these providers from it only, with a shared plugin cache.
 */
export function installOfflineMirror(options: MirrorOptions = {}): OfflineMirror {
  const schemas = options.schemasDir ?? schemasDir();
  const providers = pinnedProviders(schemas);
  const command = pluginCommand(options.root ?? os.tmpdir());
  const launchers = providers.map((p) => ({ p, script: launcher(p.name, schemas, command) }));
  const digest = createHash('sha256').update(JSON.stringify(launchers)).update(terraformPlatform()).digest('hex').slice(0, 16);
  const root = options.root ?? path.join(os.tmpdir(), `evented-buckets-offline-${digest}`);
  const mirrorDir = path.join(root, 'mirror');
  const pluginCacheDir = path.join(root, 'plugin-cache');
  fs.mkdirSync(pluginCacheDir, { recursive: true });
  for (const { p, script } of launchers) {
    const [namespace, type] = p.source.split('/');
    // The same package in the mirror and, pre-filled, in the plugin cache: Terraform then links every stack's
    // .terraform to the cache and never writes to it, so parallel `terraform init`s cannot race on it (Terraform's
    // own cache filling is not safe for concurrent use).
    for (const base of [mirrorDir, pluginCacheDir]) {
      const dir = path.join(base, 'registry.terraform.io', namespace, type, p.version, terraformPlatform());
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `terraform-provider-${type}_v${p.version}`);
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== script) {
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script, { mode: 0o755 });
        fs.renameSync(tmp, file); // atomic: parallel installs never see half a launcher
      }
    }
  }
  const sources = providers.map((p) => JSON.stringify(`registry.terraform.io/${p.source}`)).join(', ');
  const config =
    `plugin_cache_dir = ${JSON.stringify(pluginCacheDir)}\n` +
    `plugin_cache_may_break_dependency_lock_file = true\n` +
    `disable_checkpoint = true\n` +
    `provider_installation {\n` +
    `  filesystem_mirror {\n    path    = ${JSON.stringify(mirrorDir)}\n    include = [${sources}]\n  }\n` +
    `  direct {\n    exclude = [${sources}]\n  }\n}\n`;
  const cliConfigFile = path.join(root, 'terraformrc');
  if (!fs.existsSync(cliConfigFile) || fs.readFileSync(cliConfigFile, 'utf8') !== config) {
    fs.writeFileSync(`${cliConfigFile}.${process.pid}.tmp`, config);
    fs.renameSync(`${cliConfigFile}.${process.pid}.tmp`, cliConfigFile);
  }
  return { root, cliConfigFile, pluginCacheDir, providers };
}
