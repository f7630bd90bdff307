import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { findTerraform, pinnedProviders, ResourceChangeJson, TerraformPlanJson, TERRAFORM_INSTALL_HINT } from '../../lib/testing/offline';
import { schemasDir } from '../../lib/testing/provider-behaviour';
import { crc64Decimal } from '../../lib/alicloud/crc64';

export const FIXTURES = path.join(__dirname, 'fixtures');

/**
 * Behaviour data for the tests: the shipped `schemas/*.behaviour.json` where they exist, else the fixture files
 * (which record only the bucket names' ForceNew, read from the pinned provider source).
 */
export const BEHAVIOUR_DIRS: readonly string[] = [schemasDir(), path.join(FIXTURES, 'behaviour')];

/**
 * `describe` when Terraform is on the PATH; otherwise the block is skipped with an install hint, unless
 * EVENTED_BUCKETS_REQUIRE_TERRAFORM=1 (set by CI), which turns the missing binary into a failure.
 */
export function describeWithTerraform(name: string, fn: () => void): void {
  if (findTerraform()) {
    describe(name, fn);
  } else if (process.env.EVENTED_BUCKETS_REQUIRE_TERRAFORM === '1') {
    describe(name, () => {
      test('needs terraform (EVENTED_BUCKETS_REQUIRE_TERRAFORM=1)', () => {
        throw new Error(TERRAFORM_INSTALL_HINT);
      });
    });
  } else {
    // eslint-disable-next-line no-console
    console.warn(`Skipping "${name}": ${TERRAFORM_INSTALL_HINT}`);
    describe.skip(name, fn);
  }
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `evented-buckets-${prefix}-`));
}

/**
 * Synthesizes the stack `build` adds to a fresh app as `id`, into a new temporary outdir (named after `id`);
 * returns the stack's directory.
 */
export function synthStack(id: string, build: (app: App, id: string) => void): string {
  const outdir = tempDir(id);
  const app = new App({ outdir });
  build(app, id);
  app.synth();
  return path.join(outdir, 'stacks', id);
}

/**
 * A fake `ibmcloud` CLI for the IBM stacks' provisioners: the file it logs its calls to, and the environment to run
 * Terraform with.
 */
export interface IbmCliFixture {
  readonly calls: string;
  readonly env: Readonly<Record<string, string>>;
}

/**
 * The fixture CLI (`fixtures/bin`, first on the PATH) logging to a new `calls.log`, with the API key and the
 * registry key variable the IBM stacks read.
 */
export function ibmCliFixture(): IbmCliFixture {
  const calls = path.join(tempDir('ibmcloud'), 'calls.log');
  const env = { PATH: `${path.join(FIXTURES, 'bin')}${path.delimiter}${process.env.PATH}`, IBMCLOUD_CALLS: calls, IBMCLOUD_API_KEY: 'offline', TF_VAR_registry_api_key: 'offline-registry-key' };
  return { calls, env };
}

/** Writes a hand-made Terraform JSON stack into a new directory (extra files relative to it). */
export function jsonStack(config: object, files: Record<string, Buffer | string> = {}): string {
  const dir = tempDir('stack');
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(config, null, 2));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** The region the provider of a hand-made stack is configured with. */
const PROVIDER_REGIONS = { alicloud: 'ap-southeast-1', tencentcloud: 'ap-guangzhou', ibm: 'us-south' } as const;

/**
 * A hand-made stack (`jsonStack`) of one provider, at the version pinned in schemas/providers.json and configured with
 * a region, and these resources.
 */
export function providerJsonStack(provider: keyof typeof PROVIDER_REGIONS, resource: object, files: Record<string, Buffer | string> = {}): string {
  const pin = pinnedProviders().find((p) => p.name === provider);
  if (!pin) throw new Error(`${provider} is not pinned in schemas/providers.json`);
  return jsonStack({
    terraform: { required_providers: { [provider]: { source: pin.source, version: pin.version } } },
    provider: { [provider]: [{ region: PROVIDER_REGIONS[provider] }] },
    resource,
  }, files);
}

/**
 * The same synthesized stack as built from changed function code: every content-hashed asset gets new bytes and
 * therefore a new hash directory, and the configuration names the new path (what a synth of new code produces).
 */
export function withChangedCode(stackDir: string): string {
  const out = tempDir('changed-code');
  fs.cpSync(stackDir, out, { recursive: true });
  let config = fs.readFileSync(path.join(out, 'cdk.tf.json'), 'utf8');
  // Every digest the library derives from a zip (asset folder, object key, MD5, CRC-64) moves with it, as a re-synth would.
  const replaceDigests = (before: Buffer, after: Buffer) => {
    const from = zipDigests(before);
    const to = zipDigests(after);
    from.forEach((old, i) => {
      config = config.split(`"${old}`).join(`"${to[i]}`).split(`/${old}`).join(`/${to[i]}`);
    });
  };
  const assets = path.join(out, 'assets');
  for (const asset of fs.existsSync(assets) ? fs.readdirSync(assets) : []) {
    for (const hash of fs.readdirSync(path.join(assets, asset))) {
      const dir = path.join(assets, asset, hash);
      const digest = createHash('sha256');
      for (const file of fs.readdirSync(dir)) {
        const before = fs.readFileSync(path.join(dir, file));
        const bytes = Buffer.concat([before, Buffer.from('// changed\n')]);
        fs.writeFileSync(path.join(dir, file), bytes);
        digest.update(bytes);
        replaceDigests(before, bytes);
      }
      const next = digest.digest('hex').slice(0, 32).toUpperCase();
      fs.renameSync(dir, path.join(assets, asset, next));
      config = config.split(hash).join(next);
    }
  }
  fs.writeFileSync(path.join(out, 'cdk.tf.json'), config);
  return out;
}

/** The digests of a zip that a synthesized stack may carry: SHA-256 (hex), MD5 (base64), CRC-64 (decimal). */
function zipDigests(bytes: Buffer): string[] {
  return [createHash('sha256').update(bytes).digest('hex'), createHash('md5').update(bytes).digest('base64'), crc64Decimal(bytes)];
}

/** Resource changes that do something, by address. */
export function changesOf(plan: TerraformPlanJson): Map<string, ResourceChangeJson> {
  return new Map(
    (plan.resource_changes ?? [])
      .filter((c) => c.mode === 'managed' && !(c.change.actions.length === 1 && c.change.actions[0] === 'no-op'))
      .map((c) => [c.address, c]),
  );
}

/** Addresses of the managed resources whose configuration refers (directly or through others) to `address`. */
export function dependentsOf(plan: TerraformPlanJson, address: string): Set<string> {
  const resources = ((plan as any).configuration?.root_module?.resources ?? []) as { address: string; mode: string; expressions?: unknown; depends_on?: string[] }[];
  const refs = new Map<string, Set<string>>();
  for (const r of resources) {
    const found = new Set<string>(r.depends_on ?? []);
    collectReferences(r.expressions, found);
    collectReferences((r as any).provisioners, found);
    refs.set(r.address, found);
  }
  const out = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [r, found] of refs) {
      if (out.has(r) || r === address) continue;
      if ([...found].some((ref) => ref === address || ref.startsWith(address + '.') || out.has(ref) || [...out].some((o) => ref.startsWith(o + '.')))) {
        out.add(r);
        grew = true;
      }
    }
  }
  return out;
}

function collectReferences(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) node.forEach((n) => collectReferences(n, into));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'references' && Array.isArray(v)) v.forEach((r) => typeof r === 'string' && into.add(r));
      else collectReferences(v, into);
    }
  }
}
