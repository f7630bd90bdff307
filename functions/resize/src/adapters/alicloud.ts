/**
 * Alibaba Cloud entry point: Function Compute 3.0 invoked by an OSS trigger. Bundled as `index.js`, handler
 * `index.handler`. The runtime module (`lib/runtime/alicloud.ts`) reads the OSS event into cloud-neutral object
 * events and gives the core an OSS-backed store; everything else is left to `process-object.ts`.
 */
import { jsonLineLog } from '../../../../lib/runtime/log';
import { OSS_MAX_KEY_BYTES, OSS_MAX_METADATA_BYTES, OssEventError, ossStoreFromContext, parseOssEvent, type FcContext } from '../../../../lib/runtime/alicloud';
import type { ObjectStore } from '../../../../lib/runtime/storage';
import type { ProcessResult } from '../process-object';
import { lazyConfig, processEvents, type HandlerOptions } from './process-events';

/** Makes the store for one invocation (credentials are per invocation). */
export type StoreFactory = (context: FcContext) => ObjectStore;

export type AlicloudHandlerOptions = HandlerOptions;

export interface AlicloudHandlerResult {
  readonly results: readonly ProcessResult[];
}

export type AlicloudHandler = (event: Buffer | string | object, context: FcContext) => Promise<AlicloudHandlerResult>;

/**
 * Builds the FC handler. Events are handled one after the other; if any fails with a storage error, the others
 * are still handled and the invocation then fails, so FC retries it (outputs already written are rewritten
 * identically). A payload that is not an OSS event is logged and not retried.
 */
export function createAlicloudHandler(
  storeFactory: StoreFactory = ossStoreFromContext,
  options: AlicloudHandlerOptions = {},
): AlicloudHandler {
  const log = options.log ?? jsonLineLog;
  const loadConfig = lazyConfig(options);
  return async (event, context) => {
    const config = loadConfig();
    const logContext = context.requestId === undefined ? {} : { requestId: context.requestId };

    let parsed: ReturnType<typeof parseOssEvent>;
    try {
      parsed = parseOssEvent(event);
    } catch (err) {
      if (!(err instanceof OssEventError)) throw err;
      log({ ...logContext, level: 'warn', outcome: 'invalid-event', error: err.message, retry: false });
      return { results: [] };
    }
    for (const record of parsed.unreadable) {
      log({ ...logContext, level: 'warn', outcome: 'invalid-record', index: record.index, error: record.problem });
    }

    const store = storeFactory(context);
    const results = await processEvents(parsed.events, { config, store, log, logContext, maxKeyBytes: OSS_MAX_KEY_BYTES, maxMetadataBytes: OSS_MAX_METADATA_BYTES });
    return { results };
  };
}

/** The FC entry, `index.handler` in the bundle. */
export const handler: AlicloudHandler = createAlicloudHandler();
