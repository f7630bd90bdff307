/**
 * How the resize function is bundled, for the packaging step and the bundle test to share. Plain data (no esbuild
 * import), so synth-time code can read it without loading a bundler.
 */
import * as path from 'path';

/** One cloud's entry: the source module, and the handler name the platform calls once it is bundled as `index.js`. */
export interface ResizeEntry {
  readonly entryPoint: string;
  readonly handler: string;
}

export const RESIZE_ENTRIES = {
  alicloud: { entryPoint: path.join(__dirname, 'src', 'adapters', 'alicloud.ts'), handler: 'index.handler' },
} as const satisfies Record<string, ResizeEntry>;

/**
 * Modules left out of the bundle:
 * - `sharp` loads a native addon; it ships as `node_modules/sharp` (+ `@img/*`) next to `index.js`.
 * - `proxy-agent` is an optional, lazy require of urllib (under ali-oss), reached only when a proxy is enabled
 *   through `URLLIB_ENABLE_PROXY`; it is not installed, and esbuild cannot resolve it.
 */
export const RESIZE_BUNDLE_EXTERNALS: readonly string[] = ['sharp', 'proxy-agent'];

/** esbuild settings shared by every entry: one CommonJS file for the Node.js 20 runtimes. */
export const RESIZE_BUNDLE_SETTINGS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
} as const;
