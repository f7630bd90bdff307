import * as fs from 'fs';
import * as path from 'path';
import { CliCommand, COMMANDS, main } from '../../lib/cli/main';
import { ibmImageContextCommand } from '../../lib/cli/ibm-image-context';
import { IBM_IMAGE_DOCKERFILE, RESIZE_ENTRIES } from '../../functions/resize/bundle';
import { libraryRoot } from '../../lib/core/package-root';

function captured(): { out: string[]; err: string[]; restore: () => void } {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  const error = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
  return { out, err, restore: () => { log.mockRestore(); error.mockRestore(); } };
}

describe('evented-buckets command line', () => {
  const seen: (readonly string[])[] = [];
  const fake: CliCommand = { name: 'fake', summary: 'records its arguments', run: async (argv) => { seen.push(argv); return 7; } };

  test('dispatches to the named command with the arguments after its name, and returns its exit code', async () => {
    expect(await main(['fake', '--x', 'y'], [fake])).toBe(7);
    expect(seen).toEqual([['--x', 'y']]);
  });

  test('--help lists every command with its summary; no command is a usage error', async () => {
    const io = captured();
    try {
      expect(await main(['--help'], [fake, ibmImageContextCommand])).toBe(0);
      expect(io.out.join('\n')).toMatch(/fake +records its arguments/);
      expect(io.out.join('\n')).toMatch(/ibm-image-context +write the Docker build context/);
      expect(await main([], [fake])).toBe(2);
    } finally {
      io.restore();
    }
  });

  test('an unknown command is exit code 2 and names itself', async () => {
    const io = captured();
    try {
      expect(await main(['nope'], [fake])).toBe(2);
      expect(io.err.join('\n')).toContain('Unknown command "nope"');
    } finally {
      io.restore();
    }
  });

  test('the shipped command list holds ibm-image-context, names unique', () => {
    expect(COMMANDS.map((c) => c.name)).toContain('ibm-image-context');
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
  });

  test('ibm-image-context: --help is exit 0, an unknown option exit 2 with the usage', async () => {
    const io = captured();
    try {
      expect(await ibmImageContextCommand.run(['--help'])).toBe(0);
      expect(io.out.join('\n')).toContain('Usage: evented-buckets ibm-image-context');
      expect(await ibmImageContextCommand.run(['--bogus'])).toBe(2);
      expect(io.err.join('\n')).toContain('Usage: evented-buckets ibm-image-context');
    } finally {
      io.restore();
    }
  });
});

describe('files the library ships beside its code', () => {
  test('are located from the package root (so they resolve the same from dist/)', () => {
    expect(fs.existsSync(path.join(libraryRoot(), 'package.json'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(libraryRoot(), 'package.json'), 'utf8')).name).toBe('evented-buckets');
    for (const entry of Object.values(RESIZE_ENTRIES)) expect(fs.existsSync(entry.entryPoint)).toBe(true);
    expect(fs.existsSync(IBM_IMAGE_DOCKERFILE)).toBe(true);
  });

  test('package.json ships each of them; the functions go prebuilt (dist/bundles), not as sources', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(libraryRoot(), 'package.json'), 'utf8'));
    const rel = (p: string) => path.relative(libraryRoot(), p);
    expect(pkg.files).toContain('dist');
    for (const entry of Object.values(RESIZE_ENTRIES)) {
      expect(pkg.files.some((f: string) => rel(entry.entryPoint).startsWith(f.replace(/\/?$/, '/')))).toBe(false);
    }
    expect(pkg.files).toContain(rel(IBM_IMAGE_DOCKERFILE));
    expect(pkg.files).toContain('schemas/*.json');
  });
});
