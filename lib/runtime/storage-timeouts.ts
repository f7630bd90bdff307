/**
 * Storage timeouts derived from the function's own timeout, for every SDK: a hung or slow store must end in a logged
 * error (which the platform retries) well before the platform kills the invocation, which logs nothing of ours.
 * An SDK's defaults (ali-oss 60 s, the COS SDK none, ibm-cos-sdk 120 s with 2 retries) can outlast the function.
 */

/** Connect and per-request (idle read) timeouts, and how many times the SDK itself retries a request. */
export interface StorageTimeouts {
  readonly connectMs: number;
  readonly requestMs: number;
  readonly retries: number;
}

/** Used when the platform does not say: Code Engine's default request timeout (300 s). */
export const DEFAULT_FUNCTION_TIMEOUT_MS = 300_000;

/**
 * An invocation makes a few store calls in sequence (get, then head and put per output); a call hangs at most
 * `requestMs` per attempt, and `(retries + 1) * requestMs` stays within a sixth of the function's timeout, so even a
 * store that hangs on every call ends the invocation with an error before the platform's timeout.
 */
export function storageTimeouts(functionTimeoutMs: number | undefined): StorageTimeouts {
  const timeout = functionTimeoutMs !== undefined && Number.isFinite(functionTimeoutMs) && functionTimeoutMs > 0 ? functionTimeoutMs : DEFAULT_FUNCTION_TIMEOUT_MS;
  const retries = timeout >= 30_000 ? 1 : 0;
  const requestMs = Math.max(1_000, Math.min(60_000, Math.floor(timeout / 6 / (retries + 1))));
  return { connectMs: Math.min(requestMs, 5_000), requestMs, retries };
}
