import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { prepareImageContext } from '../../functions/resize/ibm/prepare';
import { codeEngineDockerfile } from '../ibm/nodejs-image';
import { CliCommand } from './command';

const USAGE = `Usage: evented-buckets ibm-image-context [--out <dir>]

Writes the Docker build context of the IBM Code Engine resize image into <dir> (default: resize-image):
<dir>/app (the Code Engine entry bundled for Node.js 22, and sharp with its linux-x64 build) and <dir>/Dockerfile.
<dir>/app is emptied first. Then build and push the image:
  docker build --platform linux/amd64 -t <registry>/<namespace>/resize:<tag> <dir>`;

/** `evented-buckets ibm-image-context`: the image that `ibm.ResizeFunction` / `ibm.ResizeJob` run (see docs/ibm.md). */
export const ibmImageContextCommand: CliCommand = {
  name: 'ibm-image-context',
  summary: 'write the Docker build context of the IBM Code Engine resize image',
  async run(argv) {
    let out: string;
    try {
      const { values } = parseArgs({ args: [...argv], options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
      if (values.help) {
        console.log(USAGE);
        return 0;
      }
      out = path.resolve(values.out ?? 'resize-image');
    } catch (err) {
      console.error(`${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    const pkg = prepareImageContext(path.join(out, 'app'));
    // The repository's Dockerfile builds from the sources (npm ci, then prepare.ts); this context is prepared already.
    fs.writeFileSync(path.join(out, 'Dockerfile'), codeEngineDockerfile({
      comment: 'The Code Engine resize image from a prepared context: app/ holds index.js and sharp for linux-x64.',
      nodeVersion: '22',
      source: 'app/',
      command: ['node', 'index.js'],
      environment: { MALLOC_ARENA_MAX: '2' },
    }));
    const packages = pkg.packages.map((p) => `${p.name}@${p.version}`).join(', ');
    console.log(`${out}: Dockerfile and app/ (${pkg.bytes} bytes zipped, sha256 ${pkg.sha256}; ${packages})`);
    console.log(`Next: docker build --platform linux/amd64 -t <registry>/<namespace>/resize:<tag> ${path.relative(process.cwd(), out) || '.'}`);
    return 0;
  },
};
