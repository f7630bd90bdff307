/**
 * The build context of a Node.js Code Engine image, written at synth from the user's entry without Docker: the
 * handler bundled as `index.js` with its shipped `node_modules`, the delivery server (`server.js`), and a Dockerfile
 * that copies both onto the Node.js base image. Code Engine builds it (Dockerfile strategy) from the uploaded directory.
 */
import * as fs from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { ConfigurationError } from '../core/errors';
import { buildFunctionPackage, FunctionPackage, ImageEngine, packageCacheDir, unzipTo } from '../core/packaging';
import { bundleEntry } from '../core/packaging/bundle';
import { CODE_ENGINE_APP_PORT, CODE_ENGINE_IMAGE_USER } from './code-engine-workloads';

/** Node.js versions a Code Engine image can be built on: the maintained lines of the official `node` images. */
export const CodeEngineNodejsRuntime = {
  NODEJS_20: '20',
  NODEJS_22: '22',
  NODEJS_24: '24',
} as const;
export type CodeEngineNodejsRuntimeVersion = (typeof CodeEngineNodejsRuntime)[keyof typeof CodeEngineNodejsRuntime];

/** How the user's code is bundled (sharp in `nodeModules` ships its linux-x64 build: Code Engine runs linux/amd64). */
export type { NodejsBundlingOptions } from '../core/packaging/nodejs-bundling';
import type { NodejsBundlingOptions } from '../core/packaging/nodejs-bundling';
import { entryAvailable } from '../core/packaging/prebuilt-bundles';

export interface NodejsImageOptions {
  /** The handler's entry file (TypeScript or JavaScript). */
  readonly entry: string;
  /** The export of `entry` that handles a delivery. */
  readonly handler: string;
  readonly runtime: CodeEngineNodejsRuntimeVersion;
  readonly bundling?: NodejsBundlingOptions;
}

/** A written build context. */
export interface NodejsImageContext {
  /** The directory holding `Dockerfile`, `server.js`, `index.js` and `node_modules/`. */
  readonly dir: string;
  /** SHA-256 of the context (the zip it was unpacked from): the image tag is derived from it. */
  readonly sha256: string;
  readonly package: FunctionPackage;
}

/** The delivery server's entry: the TypeScript source in a checkout, the compiled file in an installed package. */
const SERVER_ENTRY = ['.ts', '.js'].map((ext) => path.join(__dirname, `code-engine-server-entry${ext}`)).find((f) => fs.existsSync(f));

/** What a single-stage Code Engine image holds: prepared files on the official Node.js image. */
export interface CodeEngineDockerfileOptions {
  /** The first comment line: what the image is. */
  readonly comment: string;
  readonly nodeVersion: string;
  /** The folder of the context copied to /app (`.` for the whole context). */
  readonly source: string;
  readonly command: readonly string[];
  /** Extra `ENV` settings. @default none */
  readonly environment?: Readonly<Record<string, string>>;
}

/**
 * A Dockerfile for a prepared context: the files on `node:<version>-bookworm-slim` (glibc 2.36, which sharp's
 * linux-x64 build needs), as uid 1000, listening on 8080. Neither npm nor sources are needed in the build.
 */
export function codeEngineDockerfile(options: CodeEngineDockerfileOptions): string {
  const env = { NODE_ENV: 'production', PORT: String(CODE_ENGINE_APP_PORT), ...options.environment };
  return [
    `# ${options.comment}`,
    `FROM node:${options.nodeVersion}-bookworm-slim`,
    `ENV ${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')}`,
    'WORKDIR /app',
    `COPY ${options.source} ./`,
    // Numeric, so Kubernetes can tell it is not root; Code Engine runs it as run_as_user (the same uid).
    `USER ${CODE_ENGINE_IMAGE_USER}:${CODE_ENGINE_IMAGE_USER}`,
    `EXPOSE ${CODE_ENGINE_APP_PORT}`,
    `CMD ${JSON.stringify(options.command)}`,
    '',
  ].join('\n');
}

/** The Dockerfile of a Node.js handler's context: the whole context, started as `node server.js <handler>`. */
export function nodejsDockerfile(runtime: CodeEngineNodejsRuntimeVersion, handler: string, sourceMap: boolean): string {
  return codeEngineDockerfile({
    comment: 'Written by evented-buckets at synth: the bundled handler (index.js), its node_modules and the delivery server.',
    nodeVersion: runtime,
    source: '.',
    command: ['node', ...(sourceMap ? ['--enable-source-maps'] : []), 'server.js', handler],
  });
}

/**
 * Bundles the entry and the server, and writes the context into the package cache under its hash (a directory that
 * exists is reused: its name is its content). Deterministic: the same sources give the same bytes and tag.
 */
export function prepareNodejsImage(scope: IConstruct, options: NodejsImageOptions): NodejsImageContext {
  const entry = path.resolve(options.entry);
  if (!entryAvailable(entry)) {
    throw new ConfigurationError(scope, `The entry ${JSON.stringify(options.entry)} does not exist (resolved to ${entry}).`, 'pass the path of the handler\'s source file, e.g. path.join(__dirname, "src/handler.ts").');
  }
  if (!/^[A-Za-z_$][\w$]*$/.test(options.handler)) {
    throw new ConfigurationError(scope, `handler ${JSON.stringify(options.handler)} is not the name of an export.`, 'pass the name the entry exports its handler as, e.g. "handler".');
  }
  if (!Object.values(CodeEngineNodejsRuntime).includes(options.runtime)) {
    throw new ConfigurationError(scope, `runtime ${JSON.stringify(options.runtime)} is not a Node.js version the image can be built on.`, `use one of ${Object.values(CodeEngineNodejsRuntime).join(', ')} (ibm.CodeEngineNodejsRuntime).`);
  }
  if (!SERVER_ENTRY) throw new Error(`The delivery server's entry is missing beside ${__filename}.`);
  const bundling = options.bundling ?? {};
  const nodeTarget = `node${options.runtime}`;
  const cacheDir = packageCacheDir();
  // The server's store code is never used by it: the SDK is left out of server.js (the handler's bundle has its own).
  const server = Buffer.from(bundleEntry({ entry: SERVER_ENTRY, nodeTarget, external: ['ibm-cos-sdk'] }, cacheDir)).toString('utf8');
  const pkg = buildFunctionPackage({
    entry,
    nodeTarget,
    engine: ImageEngine.LINUX_X64,
    nodeModules: bundling.nodeModules ?? [],
    omitModules: bundling.externalModules ?? [],
    minify: bundling.minify,
    sourceMap: bundling.sourceMap,
    extraFiles: { 'server.js': server, Dockerfile: nodejsDockerfile(options.runtime, options.handler, bundling.sourceMap ?? false) },
  });
  const dir = path.join(cacheDir, 'ibm-image-contexts', pkg.sha256.slice(0, 32));
  if (!fs.existsSync(dir)) {
    // Unpacked beside, then renamed: parallel synths never see half a context.
    const tmp = `${dir}.${process.pid}.tmp`;
    fs.rmSync(tmp, { recursive: true, force: true });
    unzipTo(pkg.zipPath, tmp);
    try {
      fs.renameSync(tmp, dir);
    } catch (err) {
      fs.rmSync(tmp, { recursive: true, force: true });
      if (!fs.existsSync(dir)) throw err;
    }
  }
  return { dir, sha256: pkg.sha256, package: pkg };
}
