/**
 * Tencent Cloud entry point: SCF invoked by a COS trigger. Bundled as `index.js`, handler `index.main_handler`.
 * The COS event's Records become cloud-neutral object events and the store is built from the execution role's
 * temporary keys, both by the runtime module (`evented-buckets/runtime`, `tencentcloud`); everything else is left to
 * `process-object.ts`.
 */
import { jsonLineLog } from '../../../../lib/runtime/log';
import type { ObjectStore } from '../../../../lib/runtime/storage';
import { COS_MAX_KEY_BYTES, COS_MAX_METADATA_BYTES, CosEventError, cosStoreFromEnvironment, parseCosEvent, type ScfContext } from '../../../../lib/runtime/tencentcloud';
import type { ResizeConfig } from '../config';
import { DEFAULT_MAX_INPUT_BYTES, type ProcessResult } from '../process-object';
import { DEFAULT_MAX_INPUT_PIXELS } from '../resize';
import { wasmInputLimits } from './wasm-memory';
import { storageTimeouts, type StorageTimeouts } from '../../../../lib/runtime/storage-timeouts';
import { lazyConfig, processEvents, type HandlerOptions } from './process-events';

export type TencentcloudHandlerOptions = HandlerOptions;

export type TencentcloudHandler = (event: unknown, context?: ScfContext) => Promise<{ results: readonly ProcessResult[] }>;

/** Builds the SCF handler; COS may deliver several Records in one event. */
export function createTencentcloudHandler(
  storeFactory: (timeouts: StorageTimeouts) => ObjectStore = (timeouts) => cosStoreFromEnvironment(process.env, timeouts),
  options: TencentcloudHandlerOptions = {},
): TencentcloudHandler {
  const log = options.log ?? jsonLineLog;
  const loadConfig = lazyConfig(options);
  let warned = false;
  return async (event, context) => {
    const config = loadConfig();
    const logContext = context?.request_id === undefined ? {} : { requestId: context.request_id };
    let parsed: ReturnType<typeof parseCosEvent>;
    try {
      parsed = parseCosEvent(event);
    } catch (err) {
      if (!(err instanceof CosEventError)) throw err;
      log({ ...logContext, level: 'warn', outcome: 'invalid-event', error: err.message, retry: false });
      return { results: [] };
    }
    for (const record of parsed.unreadable) {
      log({ ...logContext, level: 'warn', outcome: 'invalid-record', index: record.index, error: record.problem });
    }
    const store = storeFactory(storageTimeouts(context?.time_limit_in_ms));
    const bounded = boundForMemory(config, context?.memory_limit_in_mb);
    if (bounded !== config && !warned) {
      warned = true;
      log({ ...logContext, level: 'warn', outcome: 'limits-lowered', memoryMB: context?.memory_limit_in_mb, maxInputPixels: bounded.maxInputPixels, maxInputBytes: bounded.maxInputBytes });
    }
    return { results: await processEvents(parsed.events, { config: bounded, store, log, logContext, maxKeyBytes: COS_MAX_KEY_BYTES, maxMetadataBytes: COS_MAX_METADATA_BYTES }) };
  };
}

/** The SCF entry, `index.main_handler` in the bundle. */
export const main_handler: TencentcloudHandler = createTencentcloudHandler();

/**
 * The configuration with input limits the instance's memory can afford (wasm32: see wasm-memory.ts), the same object
 * when they are the configured ones or the memory is not known.
 */
function boundForMemory(config: ResizeConfig, memoryMB: number | undefined): ResizeConfig {
  if (typeof memoryMB !== 'number' || !(memoryMB > 0)) return config;
  const configured = { maxInputPixels: config.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS, maxInputBytes: config.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES };
  const limits = wasmInputLimits(memoryMB, configured);
  if (limits.maxInputPixels === configured.maxInputPixels && limits.maxInputBytes === configured.maxInputBytes) return config;
  return { ...config, ...limits };
}
