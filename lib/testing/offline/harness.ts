import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { installOfflineMirror, MirrorOptions, OfflineMirror } from './mirror';

/** `terraform show -json` of a plan, the parts the harness and its users read. */
export interface TerraformPlanJson {
  readonly format_version: string;
  readonly resource_changes?: readonly ResourceChangeJson[];
  readonly [key: string]: unknown;
}

export interface ResourceChangeJson {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly mode: 'managed' | 'data';
  readonly change: {
    readonly actions: readonly ('no-op' | 'create' | 'read' | 'update' | 'delete')[];
    readonly before: unknown;
    readonly after: unknown;
    readonly after_unknown?: unknown;
    readonly replace_paths?: unknown;
  };
  readonly action_reason?: string;
}

/** One diagnostic from Terraform's `-json` output. */
export interface TerraformDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail?: string;
  readonly address?: string;
}

/** A Terraform command that failed: its own diagnostics, in its own words. */
export class OfflineTerraformError extends Error {
  constructor(readonly command: string, readonly diagnostics: readonly TerraformDiagnostic[], readonly output: string) {
    super(
      `terraform ${command} failed:\n` +
        (diagnostics.length > 0
          ? diagnostics.map((d) => `Error: ${d.summary}${d.address ? ` (${d.address})` : ''}${d.detail ? `\n  ${d.detail}` : ''}`).join('\n')
          : output.trim()),
    );
    this.name = 'OfflineTerraformError';
  }
}

export interface OfflineOptions extends MirrorOptions {
  /** @default `terraform` on the PATH (or `$TERRAFORM_BINARY`) */
  readonly terraformBinary?: string;
  /**
   * Directories of `*.behaviour.json` files, first match per provider wins.
   * @default the schemas directory shipped with the library
   */
  readonly behaviourDirs?: readonly string[];
  /** Extra environment for Terraform and its provisioners. */
  readonly env?: Readonly<Record<string, string>>;
  /** Keep the working directory after `dispose()`. @default false */
  readonly keep?: boolean;
}

/** The `terraform` binary the harness runs, or undefined when there is none. */
export function findTerraform(binary = process.env.TERRAFORM_BINARY ?? 'terraform'): string | undefined {
  if (binary.includes('/')) return fs.existsSync(binary) ? binary : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, binary);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** What to do when no Terraform binary is found (the error of `OfflineWorkspace` and the tests' skip message). */
export const TERRAFORM_INSTALL_HINT =
  'Terraform (>= 1.3) is not on the PATH: install it from your distribution or from releases.hashicorp.com ' +
  '(for example unzip terraform_1.11.4_linux_amd64.zip into /usr/local/bin), or set TERRAFORM_BINARY.';

interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A synthesized stack copied into a private working directory and run by the real Terraform binary against the
 * offline providers, with local state in that directory. The synthesized stack itself is never written to: the copy
 * gets the lock file, `.terraform/` and a `_override.tf.json` that points the backend at the local state file.
 */
export class OfflineWorkspace {
  readonly dir: string;
  readonly mirror: OfflineMirror;
  private readonly terraform: string;
  private readonly env: NodeJS.ProcessEnv;
  private planCount = 0;

  constructor(stackDir: string, private readonly options: OfflineOptions = {}) {
    const terraform = findTerraform(options.terraformBinary);
    if (!terraform) throw new Error(TERRAFORM_INSTALL_HINT);
    this.terraform = terraform;
    this.mirror = installOfflineMirror(options);
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evented-buckets-plan-'));
    this.useConfiguration(stackDir);
    this.env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: this.mirror.cliConfigFile,
      // The plugin serves gRPC without go-plugin's AutoMTLS, on a Unix socket only this user can reach.
      TF_DISABLE_PLUGIN_TLS: '1',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      ...(options.behaviourDirs ? { EVENTED_BUCKETS_BEHAVIOUR_DIR: options.behaviourDirs.join(path.delimiter) } : {}),
      ...(options.schemasDir ? { EVENTED_BUCKETS_SCHEMAS_DIR: options.schemasDir } : {}),
      ...options.env,
    };
  }

  /** Replaces the configuration with another synthesis of the same stack (keeping state, lock file and `.terraform`). */
  useConfiguration(stackDir: string): void {
    if (!fs.existsSync(path.join(stackDir, 'cdk.tf.json')) && !fs.readdirSync(stackDir).some((f) => f.endsWith('.tf.json') || f.endsWith('.tf'))) {
      throw new Error(`${stackDir} holds no Terraform configuration (cdk.tf.json): pass a synthesized stack directory, e.g. cdktf.out/stacks/<stack>`);
    }
    const keep = new Set(['.terraform', '.terraform.lock.hcl', 'terraform.tfstate', 'terraform.tfstate.backup', 'plans']);
    for (const entry of fs.readdirSync(this.dir)) if (!keep.has(entry)) fs.rmSync(path.join(this.dir, entry), { recursive: true, force: true });
    for (const entry of fs.readdirSync(stackDir)) {
      if (entry === '.terraform' || entry.endsWith('.tfstate') || entry === '.terraform.lock.hcl') continue;
      fs.cpSync(path.join(stackDir, entry), path.join(this.dir, entry), { recursive: true });
    }
    fs.writeFileSync(
      path.join(this.dir, 'zz_offline_backend_override.tf.json'),
      JSON.stringify({ terraform: { backend: { local: { path: path.join(this.dir, 'terraform.tfstate') } } } }, null, 2),
    );
  }

  /** `terraform init`: takes the providers from the offline mirror and writes the lock file in the working directory. */
  async init(): Promise<void> {
    await this.checked('init', ['init', '-input=false', '-no-color', '-json']);
  }

  /** `terraform validate`; throws {@link OfflineTerraformError} with its error diagnostics. */
  async validate(): Promise<void> {
    const result = await this.run(['validate', '-no-color', '-json']);
    const parsed = safeJson(result.stdout) as { valid?: boolean; diagnostics?: TerraformDiagnostic[] } | undefined;
    if (result.code !== 0 || !parsed?.valid) {
      throw new OfflineTerraformError('validate', (parsed?.diagnostics ?? []).filter((d) => d.severity === 'error'), result.stderr + result.stdout);
    }
  }

  /** `terraform plan` into a plan file; returns `terraform show -json` of it and whether it changes anything. */
  async plan(args: readonly string[] = []): Promise<{ plan: TerraformPlanJson; changes: boolean; file: string }> {
    fs.mkdirSync(path.join(this.dir, 'plans'), { recursive: true });
    const file = path.join(this.dir, 'plans', `plan-${++this.planCount}.tfplan`);
    const result = await this.run(['plan', '-input=false', '-no-color', '-json', '-detailed-exitcode', `-out=${file}`, ...args]);
    if (result.code !== 0 && result.code !== 2) throw this.failure('plan', result);
    const shown = await this.checked('show', ['show', '-no-color', '-json', file]);
    return { plan: JSON.parse(shown.stdout) as TerraformPlanJson, changes: result.code === 2, file };
  }

  /** `terraform apply` of a plan file that {@link plan} returned. */
  async apply(planFile: string): Promise<void> {
    await this.checked('apply', ['apply', '-input=false', '-no-color', '-json', '-auto-approve', planFile]);
  }

  /** `terraform destroy` of everything in the workspace's state. */
  async destroy(): Promise<void> {
    await this.checked('destroy', ['destroy', '-input=false', '-no-color', '-json', '-auto-approve']);
  }

  /** `terraform show -json` of the state. */
  async state(): Promise<any> {
    return JSON.parse((await this.checked('show', ['show', '-no-color', '-json'])).stdout);
  }

  /** Deletes the working directory, unless the workspace was created with `keep`. */
  dispose(): void {
    if (!this.options.keep) fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private async checked(command: string, args: string[]): Promise<RunResult> {
    const result = await this.run(args);
    if (result.code !== 0) throw this.failure(command, result);
    return result;
  }

  private failure(command: string, result: RunResult): OfflineTerraformError {
    return new OfflineTerraformError(command, diagnosticsOf(result.stdout), result.stderr + result.stdout);
  }

  private run(args: readonly string[]): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.terraform, args, { cwd: this.dir, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    });
  }
}

/** The error diagnostics in Terraform's `-json` (machine-readable UI) output lines. */
export function diagnosticsOf(stdout: string): TerraformDiagnostic[] {
  const out: TerraformDiagnostic[] = [];
  for (const line of stdout.split('\n')) {
    const msg = safeJson(line) as { type?: string; diagnostic?: TerraformDiagnostic & { address?: string } } | undefined;
    if (msg?.type === 'diagnostic' && msg.diagnostic?.severity === 'error') out.push(msg.diagnostic);
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What the cycle found: the first plan, the plan after apply (which must change nothing), and the state. */
export interface OfflineCycleResult {
  readonly firstPlan: TerraformPlanJson;
  readonly secondPlan: TerraformPlanJson;
  /** Whether the plan after apply reports no changes. */
  readonly converged: boolean;
  /** The resource changes of the second plan that are not no-ops (empty when converged). */
  readonly drift: readonly ResourceChangeJson[];
}

/** Changes of a plan that do something (create, update, delete, replace, read). */
export function effectiveChanges(plan: TerraformPlanJson): ResourceChangeJson[] {
  return (plan.resource_changes ?? []).filter((c) => !(c.change.actions.length === 1 && c.change.actions[0] === 'no-op'));
}

/**
 * init, validate, plan, apply, plan again (with `-detailed-exitcode`) and destroy, on one synthesized stack directory.
 * Throws {@link OfflineTerraformError} with Terraform's own diagnostics when a command fails; destroy runs even when
 * the second plan shows changes.
 */
export async function runOfflineCycle(stackDir: string, options: OfflineOptions = {}): Promise<OfflineCycleResult> {
  const ws = new OfflineWorkspace(stackDir, options);
  try {
    await ws.init();
    await ws.validate();
    const first = await ws.plan();
    await ws.apply(first.file);
    const second = await ws.plan();
    await ws.destroy();
    return { firstPlan: first.plan, secondPlan: second.plan, converged: !second.changes, drift: effectiveChanges(second.plan) };
  } finally {
    ws.dispose();
  }
}
