/**
 * How the resize function is packaged, read by the constructs at synth (plain data: no bundler is loaded here).
 */
import * as path from 'path';
import { libraryRoot } from '../../lib/core/package-root';

/**
 * The function's sources, bundled by esbuild at synth. Located from the library's root, not from this module, which
 * also runs compiled from `dist/functions/resize/` in an installed package; the sources ship beside `dist/`.
 */
const ADAPTERS_DIR = path.join(libraryRoot(), 'functions', 'resize', 'src', 'adapters');

/** The Code Engine image's Dockerfile, shipped with the library for the image context. */
export const IBM_IMAGE_DOCKERFILE = path.join(libraryRoot(), 'functions', 'resize', 'ibm', 'Dockerfile');

/** One cloud's entry: the source module, and the handler name the platform calls once it is bundled as `index.js`. */
export interface ResizeEntry {
  readonly entryPoint: string;
  readonly handler: string;
}

export const RESIZE_ENTRIES = {
  alicloud: { entryPoint: path.join(ADAPTERS_DIR, 'alicloud.ts'), handler: 'index.handler' },
  tencentcloud: { entryPoint: path.join(ADAPTERS_DIR, 'tencentcloud.ts'), handler: 'index.main_handler' },
  // An HTTP server (CloudEvents POSTs), started by the container image's `node index.js`.
  ibmCodeEngine: { entryPoint: path.join(ADAPTERS_DIR, 'ibm-code-engine.ts'), handler: 'index.js' },
  ibmCloudFunctions: { entryPoint: path.join(ADAPTERS_DIR, 'ibm-cloud-functions.ts'), handler: 'main' },
} as const satisfies Record<string, ResizeEntry>;

/** Shipped as real `node_modules` next to `index.js`: sharp loads a native (or wasm) build at runtime. */
export const RESIZE_SHIPPED_MODULES: readonly string[] = ['sharp'];

/**
 * Left out entirely: `proxy-agent` is an optional, lazy require of urllib (under ali-oss), reached only when a proxy
 * is enabled through `URLLIB_ENABLE_PROXY`; it is not installed, and esbuild cannot resolve it.
 */
export const RESIZE_OMITTED_MODULES: readonly string[] = ['proxy-agent'];
