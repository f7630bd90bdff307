import * as fs from 'fs';
import * as path from 'path';
import * as ibm from '../../lib/ibm';

const root = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/**
 * The options of `ibmcloud ce buildrun submit`, as Code Engine's CLI reference (cmd_defs.md) gives its synopsis:
 * `(--build BUILD_NAME [--name NAME]) | (--name NAME [--commit] [--context-dir] [--dockerfile] [--git-repo-secret]
 * [--registry-secret] [--size] [--strategy]) [--image] [--no-wait] [--output] [--quiet] [--service-account] [--source]
 * [--timeout] [--wait] [--wait-timeout]`.
 */
const BUILDRUN_WITHOUT_BUILD = ['--name', '--commit', '--context-dir', '--dockerfile', '--git-repo-secret', '--registry-secret', '--size', '--strategy',
  '--image', '--no-wait', '--output', '--quiet', '--service-account', '--source', '--timeout', '--wait', '--wait-timeout'];

/** A documented shell command: the line starting with `start`, with its `\` continuations, split into words. */
function documentedCommand(markdown: string, start: string): string[] {
  const lines = markdown.split('\n');
  const i = lines.findIndex((l) => l.startsWith(start));
  if (i < 0) return [];
  let text = '';
  for (let j = i; j < lines.length; j++) {
    const line = lines[j].replace(/\s+#.*$/, '');
    text += ` ${line.replace(/\\$/, '')}`;
    if (!line.endsWith('\\')) break;
  }
  return text.trim().split(/\s+/);
}

/** Options of a word list and the value after each. */
function options(words: string[]): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  words.forEach((w, i) => {
    if (w.startsWith('--')) out.set(w, words[i + 1]?.startsWith('--') ? undefined : words[i + 1]);
  });
  return out;
}

/** `check` for the documented build run: the problems Code Engine's CLI would refuse it for. */
function buildRunProblems(words: string[]): string[] {
  const opts = options(words);
  const problems = [...opts.keys()].filter((o) => !BUILDRUN_WITHOUT_BUILD.includes(o)).map((o) => `unknown option ${o}`);
  if (!opts.has('--name')) problems.push('--name is required without --build');
  const name = opts.get('--name');
  if (name !== undefined && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name)) problems.push(`invalid name ${name}`);
  if (opts.get('--strategy') !== 'dockerfile') problems.push('not the dockerfile strategy');
  if (opts.has('--wait') && !opts.has('--wait-timeout')) problems.push('--wait without --wait-timeout');
  return problems;
}

/** The Dockerfile's stages: each FROM and the instructions under it. */
function stages(dockerfile: string): { from: string; instructions: string[] }[] {
  const out: { from: string; instructions: string[] }[] = [];
  const joined = dockerfile.replace(/\\\n\s*/g, ' ');
  for (const line of joined.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
    if (line.startsWith('FROM ')) out.push({ from: line.slice(5), instructions: [] });
    else out[out.length - 1].instructions.push(line);
  }
  return out;
}

describe('the image build', () => {
  const docs = read('docs/ibm.md');
  const dockerfile = read('functions/resize/ibm/Dockerfile');

  test('the documented Code Engine build run is a valid buildrun submit of the local checkout with the Dockerfile strategy', () => {
    const words = documentedCommand(docs, 'ibmcloud ce buildrun submit');
    expect(words.slice(0, 4)).toEqual(['ibmcloud', 'ce', 'buildrun', 'submit']);
    expect(buildRunProblems(words)).toEqual([]);
    const opts = options(words);
    expect(opts.get('--source')).toBe('.');
    expect(opts.get('--dockerfile')).toBe('functions/resize/ibm/Dockerfile');
    expect(fs.existsSync(path.join(root, opts.get('--dockerfile')!))).toBe(true);
    expect(opts.get('--image')).toMatch(ibm.IMAGE_REFERENCE.pattern);
    expect(docs).not.toContain('--build-type local --source');
  });

  test('the rule catches the command the docs used to give', () => {
    const old = 'ibmcloud ce buildrun submit --build-type local --source functions/resize/ibm --strategy dockerfile --image us.icr.io/my-namespace/resize:1.0 --registry-secret icr-secret';
    expect(buildRunProblems(old.split(' '))).toEqual(['unknown option --build-type', '--name is required without --build']);
  });

  test('the documented docker build uses the repository root as context, as the Dockerfile expects', () => {
    const words = documentedCommand(docs, 'docker build');
    expect(options(words).get('-f') ?? words[words.indexOf('-f') + 1]).toBe('functions/resize/ibm/Dockerfile');
    expect(words[words.length - 1]).toBe('.');
  });

  test('the Dockerfile has a build stage that prepares app/ from the source, and a final stage with app/ only, as uid 1000', () => {
    const [build, final, ...more] = stages(dockerfile);
    expect(more).toEqual([]);
    expect(build.from).toBe('node:22-bookworm-slim AS build');
    expect(build.instructions).toEqual([
      'WORKDIR /src',
      'COPY package.json package-lock.json ./',
      'RUN npm ci --ignore-scripts --no-audit --no-fund',
      'COPY . .',
      'RUN npx tsx functions/resize/ibm/prepare.ts',
    ]);
    // The base of the final stage is the build stage's, so sharp's linux-x64 build runs where it was selected.
    expect(final.from).toBe('node:22-bookworm-slim');
    expect(final.instructions).toContain('WORKDIR /app');
    expect(final.instructions).toContain('COPY --from=build /src/functions/resize/ibm/app/ ./');
    expect(final.instructions.filter((i) => i.startsWith('RUN ') || (i.startsWith('COPY ') && !i.includes('--from=build')))).toEqual([]);
    expect(final.instructions).toContain(`USER ${ibm.RESIZE_IMAGE_USER}:${ibm.RESIZE_IMAGE_USER}`);
    expect(final.instructions).toContain(`EXPOSE ${ibm.RESIZE_APP_PORT}`);
    expect(final.instructions.find((i) => i.startsWith('ENV '))).toContain(`PORT=${ibm.RESIZE_APP_PORT}`);
    expect(final.instructions.slice(-1)).toEqual(['CMD ["node", "index.js"]']);
  });

  test('prepare.ts writes where the final stage copies from', () => {
    const prepare = read('functions/resize/ibm/prepare.ts');
    expect(prepare).toContain("outDir: string = path.join(__dirname, 'app')");
  });

  test('Docker and Code Engine leave node_modules and the prepared app/ out of the context', () => {
    const docker = read('functions/resize/ibm/Dockerfile.dockerignore').split('\n');
    const ce = read('.ceignore').split('\n');
    expect(docker).toEqual(expect.arrayContaining(['**/node_modules', 'functions/resize/ibm/app', 'cdktf.out', '.git']));
    expect(ce).toEqual(expect.arrayContaining(['node_modules/', 'functions/resize/ibm/app/', 'cdktf.out/', '.git/']));
  });
});
