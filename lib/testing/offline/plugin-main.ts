/**
 * The offline provider's entry point, started by Terraform through the launcher in the provider mirror:
 * `plugin-main <provider name>` serves `schemas/<name>.json` with the behaviour data of
 * `EVENTED_BUCKETS_BEHAVIOUR_DIR` (a path list; the first file found for the provider wins) or the shipped schemas.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadProviderBehaviour, schemasDir } from '../provider-behaviour';
import { loadServedSchemas } from './schema';
import { serveProvider } from './server';

async function main(): Promise<void> {
  const name = process.argv[2];
  const dir = process.env.EVENTED_BUCKETS_SCHEMAS_DIR || schemasDir();
  const schemaFile = path.join(dir, `${name}.json`);
  if (!name) throw new Error('usage: plugin-main <provider name> (Terraform starts it through the offline mirror\'s launcher)');
  if (!fs.existsSync(schemaFile)) {
    throw new Error(`no provider schema ${schemaFile}: EVENTED_BUCKETS_SCHEMAS_DIR must name a directory with <name>.json for each provider of its providers.json`);
  }
  const schemas = loadServedSchemas(schemaFile);
  const behaviourDirs = (process.env.EVENTED_BUCKETS_BEHAVIOUR_DIR || dir).split(path.delimiter).filter(Boolean);
  const behaviour = behaviourDirs.map((d) => loadProviderBehaviour(d).get(schemas.source)).find((b) => b !== undefined);
  await serveProvider(schemas, behaviour);
}

main().catch((e) => {
  process.stderr.write(`offline provider: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
