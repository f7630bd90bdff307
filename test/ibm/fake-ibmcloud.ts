/**
 * A stateful stand-in for the `ibmcloud` CLI with the code-engine plugin, for running the COS subscription
 * provisioners as Terraform would. It keeps what the real CLI keeps where the real CLI keeps it: the session (login,
 * region, resource group) in the CLI home (`IBMCLOUD_HOME`, else `HOME`), plugins under `<home>/.bluemix/plugins`,
 * and the selected Code Engine project in the plugin's own directory; the cloud (projects and their subscriptions)
 * in a directory shared by every run. It answers config, plugin show, login, project select and subscription cos
 * get/create/delete as the CLI documents them, refuses `ce` commands without a login in the current home, and logs
 * every call with the home it ran in.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ibm from '../../lib/ibm';

/** The only API key the fake accepts. */
export const FAKE_API_KEY = 'test-api-key';

export interface FakeIbmCloudOptions {
  /** Subscriptions that exist before, by project ID. */
  readonly existing?: Readonly<Record<string, readonly string[]>>;
  /** `subscription cos create` creates the subscription but it never becomes ready (exit 1), as the CLI does after --wait-timeout. */
  readonly notReady?: boolean;
  /** Projects that `project select` does not find. */
  readonly goneProjects?: readonly string[];
  /** The operator's CLI home has no code-engine plugin. */
  readonly noPlugin?: boolean;
  /**
   * `project select` waits until this many runs have selected a project before it returns, so parallel runs
   * interleave deterministically (every selection happens before any subscription command).
   */
  readonly parties?: number;
}

/** One call of the CLI: the home it ran in and its arguments. */
export interface FakeCall {
  readonly home: string;
  readonly args: string[];
}

export interface RunOptions {
  /** The provisioner's environment: `input` fields as Terraform passes them (`self.input.<field>`). */
  readonly input: Record<string, string>;
  /** `IBMCLOUD_API_KEY`; null leaves it unset. @default FAKE_API_KEY */
  readonly apiKey?: string | null;
  /** `IC_API_KEY`. @default unset */
  readonly icApiKey?: string;
  /** Put the CLI on the PATH. @default true */
  readonly cliOnPath?: boolean;
}

export interface RunResult {
  readonly status: number | null;
  readonly stderr: string;
  readonly calls: FakeCall[];
  /** Whether the script created a file named `pwned` in its working directory (as an injected `touch pwned` would). */
  readonly pwned: boolean;
}

/** The variables the provisioners read, by `input` field (as `ENVIRONMENT` in lib/ibm/cos-subscription.ts maps them). */
const INPUT_ENV: Record<string, string> = {
  CE_REGION: 'region', CE_RESOURCE_GROUP: 'resource_group_id', CE_PROJECT_ID: 'project_id', CE_SUBSCRIPTION: 'name',
  CE_DESTINATION: 'destination', CE_DESTINATION_TYPE: 'destination_type', CE_BUCKET: 'bucket', CE_EVENT_TYPE: 'event_type',
  CE_PREFIX: 'prefix', CE_SUFFIX: 'suffix',
};

export class FakeIbmCloud {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-ibmcloud-'));
  /** The directory holding the `ibmcloud` executable. */
  readonly bin = path.join(this.root, 'bin');
  /** The operator's home (`HOME` of every run), with the code-engine plugin installed unless `noPlugin`. */
  readonly operatorHome = path.join(this.root, 'operator');
  /** Where the CLI keeps the project selected in the operator's own session. */
  readonly operatorSelection: string;
  /** Temporary directories the runs use (`TMPDIR`): isolated homes must be gone after each run. */
  readonly tmp = path.join(this.root, 'tmp');
  private readonly cloud = path.join(this.root, 'cloud');
  private runs = 0;

  constructor(options: FakeIbmCloudOptions = {}) {
    for (const d of [this.bin, this.tmp, path.join(this.cloud, 'gone'), path.join(this.cloud, 'barrier')]) fs.mkdirSync(d, { recursive: true });
    const pluginDir = path.join(this.operatorHome, '.bluemix', 'plugins', 'code-engine');
    this.operatorSelection = path.join(pluginDir, 'config.json');
    fs.mkdirSync(pluginDir, { recursive: true });
    if (!options.noPlugin) fs.writeFileSync(path.join(pluginDir, 'code-engine'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    // The operator's own session selected another project: no run may use or change it.
    fs.writeFileSync(this.operatorSelection, 'operator-project\n');
    for (const [project, names] of Object.entries(options.existing ?? {})) this.writeSubscriptions(project, names);
    for (const project of options.goneProjects ?? []) fs.writeFileSync(path.join(this.cloud, 'gone', project), '');
    if (options.notReady) fs.writeFileSync(path.join(this.cloud, 'not-ready'), '');
    const cloud = this.cloud;
    fs.writeFileSync(path.join(this.bin, 'ibmcloud'), [
      '#!/bin/sh',
      'home=$(printenv IBMCLOUD_HOME || printenv HOME)',
      `{ printf 'home=%s\\n' "$home"; for a in "$@"; do printf '%s\\n' "$a"; done; printf -- '---\\n'; } >> "$FAKE_IBMCLOUD_LOG"`,
      'session="$home/.bluemix/fake-session"',
      'selection="$home/.bluemix/plugins/code-engine/config.json"',
      'case "$1" in',
      '  config) exit 0 ;;',
      '  plugin) [ "$2 $3" = "show code-engine" ] && [ -x "$home/.bluemix/plugins/code-engine/code-engine" ]; exit $? ;;',
      `  login) if [ "$(printenv IBMCLOUD_API_KEY)" != "${FAKE_API_KEY}" ]; then echo "FAILED: the API key is not valid" >&2; exit 1; fi`,
      '         printf \'%s %s\\n\' "$3" "$5" > "$session"; exit 0 ;;',
      '  ce) [ -f "$session" ] || { echo "FAILED: Not logged in. Use \'ibmcloud login\' to log in." >&2; exit 1; } ;;',
      '  *) echo "unknown command $1" >&2; exit 2 ;;',
      'esac',
      'if [ "$2 $3" = "project select" ]; then',
      `  if [ -e "${cloud}/gone/$5" ]; then echo "FAILED: project $5 not found" >&2; exit 1; fi`,
      '  printf \'%s\\n\' "$5" > "$selection"',
      `  touch "${cloud}/barrier/$$"`,
      `  n=0; while [ "$(ls "${cloud}/barrier" | wc -l)" -lt "${options.parties ?? 1}" ] && [ $n -lt 200 ]; do sleep 0.05; n=$((n + 1)); done`,
      '  exit 0',
      'fi',
      'project=$(cat "$selection")',
      `subs="${cloud}/projects/$project"; mkdir -p "$subs"; subs="$subs/subscriptions"; touch "$subs"`,
      'case "$2 $3 $4" in',
      '  "subscription cos get") grep -qx -- "$6" "$subs"; exit $? ;;',
      '  "subscription cos create") if grep -qx -- "$6" "$subs"; then echo "subscription $6 already exists" >&2; exit 1; fi',
      `     printf '%s\\n' "$6" >> "$subs"; if [ -e "${cloud}/not-ready" ]; then exit 1; fi; exit 0 ;;`,
      '  "subscription cos delete") grep -vx -- "$6" "$subs" > "$subs.new" || true; mv "$subs.new" "$subs"; exit 0 ;;',
      'esac',
      'echo "unknown command" >&2; exit 2',
    ].join('\n') + '\n', { mode: 0o755 });
  }

  /** The subscriptions of a project in the cloud. */
  subscriptions(projectId: string): string[] {
    const file = path.join(this.cloud, 'projects', projectId, 'subscriptions');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((n) => n.length > 0) : [];
  }

  /** Runs a provisioner's command as Terraform would (the interpreter, the environment from `input`), and waits. */
  run(command: string, options: RunOptions): RunResult {
    const { cwd, env, log } = this.prepare(options);
    const result = spawnSync(ibm.SUBSCRIPTION_INTERPRETER[0], [ibm.SUBSCRIPTION_INTERPRETER[1], command], { cwd, env, encoding: 'utf8' });
    return this.finish(result.status, result.stderr, cwd, log);
  }

  /** Like {@link run}, without blocking: for runs in parallel, as Terraform runs independent resources. */
  runAsync(command: string, options: RunOptions): Promise<RunResult> {
    const { cwd, env, log } = this.prepare(options);
    return new Promise((resolve, reject) => {
      const child = spawn(ibm.SUBSCRIPTION_INTERPRETER[0], [ibm.SUBSCRIPTION_INTERPRETER[1], command], { cwd, env });
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      child.on('error', reject);
      child.on('close', (status) => resolve(this.finish(status, stderr, cwd, log)));
    });
  }

  /** Whatever is left in the runs' temporary directory (isolated CLI homes must have been removed). */
  leftovers(): string[] {
    return fs.readdirSync(this.tmp);
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }

  private prepare(options: RunOptions) {
    const cwd = path.join(this.root, `run-${this.runs++}`);
    fs.mkdirSync(cwd);
    const log = path.join(cwd, '.calls');
    fs.writeFileSync(log, '');
    const env: NodeJS.ProcessEnv = {
      PATH: `${options.cliOnPath === false ? '' : `${this.bin}:`}/usr/bin:/bin`,
      HOME: this.operatorHome,
      TMPDIR: this.tmp,
      FAKE_IBMCLOUD_LOG: log,
      ...Object.fromEntries(Object.entries(INPUT_ENV).map(([k, field]) => [k, options.input[field]])),
    };
    const apiKey = options.apiKey === undefined ? FAKE_API_KEY : options.apiKey;
    if (apiKey !== null) env.IBMCLOUD_API_KEY = apiKey;
    if (options.icApiKey !== undefined) env.IC_API_KEY = options.icApiKey;
    return { cwd, env, log };
  }

  private finish(status: number | null, stderr: string, cwd: string, log: string): RunResult {
    const calls = fs.readFileSync(log, 'utf8').split('---\n').filter((c) => c.length > 0).map((c) => {
      const [home, ...args] = c.replace(/\n$/, '').split('\n');
      return { home: home.replace(/^home=/, ''), args };
    });
    return { status, stderr, calls, pwned: fs.existsSync(path.join(cwd, 'pwned')) };
  }

  private writeSubscriptions(project: string, names: readonly string[]): void {
    const dir = path.join(this.cloud, 'projects', project);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'subscriptions'), names.map((n) => `${n}\n`).join(''));
  }
}
