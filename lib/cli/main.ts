#!/usr/bin/env node
/**
 * The `evented-buckets` command (the package's `bin`): `evented-buckets <command> [options]`;
 * `evented-buckets --help` lists the commands, `evented-buckets <command> --help` explains one.
 */
import { CliCommand } from './command';
import { ibmImageContextCommand } from './ibm-image-context';
import { planOfflineCommand } from './plan-offline';

export type { CliCommand } from './command';

/** The commands, in the order the help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  ibmImageContextCommand,
  planOfflineCommand,
];

function usage(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: evented-buckets <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "evented-buckets <command> --help" for a command\'s options.',
  ].join('\n');
}

/** Runs the command line `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[], commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage(commands));
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage(commands)}`);
    return 2;
  }
  return command.run(rest);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}
