import * as path from 'path';
import { effectiveChanges, OfflineTerraformError, OfflineWorkspace, TERRAFORM_INSTALL_HINT, findTerraform } from '../testing/offline';

const USAGE =
  'Usage: evented-buckets plan-offline <synthesized stack directory> [--keep]\n' +
  '  Runs terraform init, validate, plan, apply, plan and destroy on the stack against offline providers that serve\n' +
  "  this library's provider schemas (no network, no credentials). Exit 0 only when the stack plans, applies and\n" +
  '  then plans with no changes. Input variables come from TF_VAR_<name> in the environment.\n' +
  '  --keep  keep the working directory (state, plans, lock file) and print its path';

interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const processIo: Io = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };

/** `evented-buckets plan-offline <dir>`: the offline cycle on a synthesized stack, for CI without credentials. */
export const planOfflineCommand = {
  name: 'plan-offline',
  summary: 'plan, apply and re-plan a synthesized stack with Terraform against offline providers (no credentials)',
  run: async (argv: readonly string[], io: Io = processIo): Promise<number> => {
    const keep = argv.includes('--keep');
    const positional = argv.filter((a) => !a.startsWith('--'));
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    const unknown = argv.filter((a) => a.startsWith('--') && a !== '--keep');
    if (positional.length !== 1 || unknown.length > 0) {
      io.err(USAGE);
      return 2;
    }
    if (!findTerraform()) {
      io.err(TERRAFORM_INSTALL_HINT);
      return 1;
    }
    const stackDir = path.resolve(positional[0]);
    let ws: OfflineWorkspace | undefined;
    try {
      ws = new OfflineWorkspace(stackDir, { keep });
      await ws.init();
      await ws.validate();
      const first = await ws.plan();
      io.out(`plan: ${effectiveChanges(first.plan).length} changes`);
      await ws.apply(first.file);
      io.out('apply: done');
      const second = await ws.plan();
      const drift = effectiveChanges(second.plan);
      await ws.destroy();
      io.out('destroy: done');
      if (drift.length > 0) {
        io.err(`The plan after apply is not empty: the stack changes on its second apply.`);
        for (const c of drift) io.err(`  ${c.address}: ${c.change.actions.join(', ')}${c.action_reason ? ` (${c.action_reason})` : ''}`);
        return 1;
      }
      io.out(`${path.basename(stackDir)}: plans, applies and then plans with no changes.`);
      return 0;
    } catch (e) {
      io.err(e instanceof OfflineTerraformError || e instanceof Error ? e.message : String(e));
      return 1;
    } finally {
      if (ws) {
        if (keep) io.out(`working directory: ${ws.dir}`);
        ws.dispose();
      }
    }
  },
};
