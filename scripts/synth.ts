/**
 * `npm run synth`: synthesizes the example app in this process, as `cdktf synth` does, without the CLI.
 *
 * For this project the CLI adds nothing but its own start-up (about 2 s of CPU before the app starts, and a second
 * Node.js process): there are no providers or modules to fetch. This runner does what its synth does for an app
 * like ours: it reads cdktf.json, hands the app the output directory and context through the same environment
 * variables, runs the app, and removes the stack directories the app no longer writes. `cdktf synth` keeps working
 * through cdktf.json's `app` command and writes the same files.
 *
 * Usage: `node --require tsx/cjs scripts/synth.ts [--output <dir>]` (`npm run synth -- --output <dir>`).
 */
import * as fs from 'fs';
import * as path from 'path';

/** The parts of cdktf.json this runner reads. */
interface CdktfConfig {
  readonly app: string;
  readonly output?: string;
  readonly context?: Record<string, unknown>;
}

const PROJECT_DIR = path.resolve(__dirname, '..');
/** The module cdktf.json's `app` command runs; checked against it below so the two cannot drift apart. */
const APP_MODULE = 'stacks/main.ts';

function main(args: readonly string[]): void {
  const config = JSON.parse(fs.readFileSync(path.join(PROJECT_DIR, 'cdktf.json'), 'utf8')) as CdktfConfig;
  if (!config.app.split(/\s+/).includes(APP_MODULE)) {
    throw new Error(`cdktf.json's app command "${config.app}" no longer runs ${APP_MODULE}: update scripts/synth.ts to match.`);
  }
  const outdir = path.resolve(PROJECT_DIR, optionValue(args, '--output') ?? config.output ?? 'cdktf.out');
  const stacksDir = path.join(outdir, 'stacks');
  const before = listDirectories(stacksDir);

  // What the CLI passes to the app (cdktf's App reads both); no Terraform modules are declared, so none are listed.
  process.env.CDKTF_OUTDIR = outdir;
  process.env.CDKTF_CONTEXT_JSON = JSON.stringify({ ...(config.context ?? {}), cdktfRelativeModules: [] });
  require(path.join(PROJECT_DIR, APP_MODULE));

  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as { stacks: Record<string, unknown> };
  const stacks = Object.keys(manifest.stacks).sort();
  // As the CLI does: a stack that was renamed or removed must not leave its old Terraform behind.
  for (const orphan of before.filter((name) => !stacks.includes(name))) {
    fs.rmSync(path.join(stacksDir, orphan), { recursive: true, force: true });
  }
  const shown = path.relative(process.cwd(), outdir);
  console.log(`Generated Terraform code for the stacks: ${stacks.join(', ')} (in ${shown.startsWith('..') ? outdir : shown || '.'})`);
}

function listDirectories(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

function optionValue(args: readonly string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a directory.`);
  return value;
}

main(process.argv.slice(2));
