/**
 * Input limits that keep a wasm32 sharp instance (SCF's Node.js runtimes run on CentOS 7, too old for the native
 * build) within its function's memory. WebAssembly linear memory grows to the largest decode and never shrinks, and
 * PNG, WebP, TIFF and GIF are decoded whole (only JPEG shrinks on load), so the pixel limit is what bounds memory.
 *
 * Measured (`test/functions/memory.test.ts` and the method in `functions/resize/README.md`): the SCF zip on Node.js
 * 18.15, PNG uploads resized to 128 and 1024 px, peak RSS (`VmHWM`) of a cold instance is 207 MB + the input's
 * bytes + 6.5 bytes per pixel (12 MP: 322 MB, 25 MP: 449, 40 MP: 591, 60 MP: 783, 100 MP: 1148); a warm instance
 * that keeps resizing 40 MP images kept growing to 1.56 times its cold peak (908 MB after seven).
 */

/** Fixed cost of the runtime, the bundle and the instantiated wasm module, in MB. */
export const WASM_BASE_MB = 210;
/** Linear memory and pixel buffers per input pixel, in bytes (cold). */
export const WASM_BYTES_PER_PIXEL = 6.5;
/** Share of the function's memory the cold peak may reach: room for the measured warm growth (×1.56) and GC lag. */
export const WASM_COLD_SHARE = 0.55;
/** Share of the function's memory one input's bytes may take (the body is held while it is decoded). */
export const WASM_INPUT_SHARE = 0.1;

export interface InputLimits {
  readonly maxInputPixels: number;
  readonly maxInputBytes: number;
}

/**
 * The limits a wasm32 instance of `memoryMB` can afford, never above the configured ones: the input's bytes within
 * a tenth of the memory, and the pixels whose cold peak stays within 55 % of it. At SCF's default of 1024 MB that is
 * 100 MB (unchanged) and 39 MP; 2048 MB affords the default 100 MP. Below 1024 MB large PNGs are refused.
 */
export function wasmInputLimits(memoryMB: number, configured: InputLimits): InputLimits {
  const maxInputBytes = Math.min(configured.maxInputBytes, Math.floor(memoryMB * WASM_INPUT_SHARE * 1e6));
  const pixelBudgetMB = memoryMB * WASM_COLD_SHARE - WASM_BASE_MB - maxInputBytes / 1e6;
  const affordable = Math.max(1_000_000, Math.floor((pixelBudgetMB * 1e6) / WASM_BYTES_PER_PIXEL));
  return { maxInputBytes, maxInputPixels: Math.min(configured.maxInputPixels, affordable) };
}
