import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';

/**
 * The synthesized directory of a stack: synthesizes the stack's app (into its outdir: a temp dir for `Testing.app()`)
 * and finds the stack in the app's manifest. A string is taken as an already synthesized stack directory.
 */
export function synthesizedStackDir(stackOrDir: TerraformStack | string): string {
  if (typeof stackOrDir === 'string') return path.resolve(stackOrDir);
  const app = stackOrDir.node.root as App;
  app.synth();
  const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { synthesizedStackPath: string }>;
  };
  const entry = manifest.stacks[stackOrDir.node.id];
  if (!entry) throw new Error(`stack ${stackOrDir.node.id} is not in ${app.outdir}/manifest.json`);
  return path.dirname(path.join(app.outdir, entry.synthesizedStackPath));
}
