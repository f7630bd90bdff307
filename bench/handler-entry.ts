/**
 * What the benchmark packages as its "handler path": the Function Compute entry (OSS event in, one JSON log line per
 * event) and the project's in-memory store. Bundled exactly like the production `index.js` (same esbuild settings,
 * sharp shipped as node_modules for the chosen engine), so the only difference from the deployed zip is the store.
 */
export { createAlicloudHandler } from '../functions/resize/src/adapters/alicloud';
export { InMemoryObjectStore } from '../lib/runtime/storage';
