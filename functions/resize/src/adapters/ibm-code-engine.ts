/**
 * IBM Cloud Code Engine entry: an HTTP server for a Code Engine app that a COS subscription sends CloudEvents to
 * (POST `/`, headers `ce-type: com.ibm.cloud.cos.document.write|delete`, `ce-subject: <key>`, JSON body
 * `{bucket, endpoint, key, notification, operation}`). Also runs as a Code Engine job (the event in `CE_DATA`).
 *
 * Responses: 200 when the event was processed, skipped or refused as bad input (retrying cannot help); 400 for a
 * payload that is not a COS event; 500 for storage errors and a broken configuration, so Code Engine redelivers.
 */
import * as http from 'http';
import type { ResizeConfig } from '../config';
import { jsonLineLog } from '../../../../lib/runtime/log';
import { processObject, type ProcessResult } from '../process-object';
import type { ObjectStore } from '../../../../lib/runtime/storage';
import { IBM_COS_MAX_KEY_BYTES } from '../../../../lib/runtime/ibm-contract';
import {
  cosStoreFromEnvironment, CosNotificationError, createJsonPostServer, firstHeaderValues, IBM_COS_MAX_METADATA_BYTES, isCodeEngineJobRun,
  MAX_DELIVERY_BYTES, objectEventsFromDelivery,
} from '../../../../lib/runtime/ibm';
import { lazyConfig, type HandlerOptions } from './process-events';

export type CodeEngineHandlerOptions = HandlerOptions;

export interface CodeEngineResponse {
  readonly status: number;
  readonly body: { readonly outcome: string; readonly result?: ProcessResult; readonly error?: string };
}

/** Handles one delivered event (headers lower-case, as node:http gives them). */
export type CodeEngineHandler = (headers: Readonly<Record<string, string | string[] | undefined>>, body: string) => Promise<CodeEngineResponse>;

export function createCodeEngineHandler(storeFactory: () => ObjectStore = () => cosStoreFromEnvironment(), options: CodeEngineHandlerOptions = {}): CodeEngineHandler {
  const log = options.log ?? jsonLineLog;
  const loadConfig = lazyConfig(options);
  let store: ObjectStore | undefined;
  return async (headers, body) => {
    const delivery = { headers: firstHeaderValues(headers), body };
    const requestId = delivery.headers['ce-id'];
    const logContext = requestId === undefined ? {} : { requestId };
    let event;
    try {
      // The body's fields first: `ce-subject` is percent-encoded by CloudEvents' binary mode (runtime/ibm.ts).
      [event] = objectEventsFromDelivery(delivery);
    } catch (err) {
      if (!(err instanceof CosNotificationError)) throw err;
      log({ ...logContext, level: 'warn', outcome: 'invalid-event', error: err.message, retry: false });
      return { status: 400, body: { outcome: 'invalid-event', error: err.message } };
    }
    let config: ResizeConfig;
    try {
      config = loadConfig();
      store ??= storeFactory();
    } catch (err) {
      // A broken configuration or a store that cannot be created: nothing has logged it yet.
      const error = err instanceof Error ? err.message : String(err);
      log({ ...logContext, level: 'error', outcome: 'error', error, retry: true });
      return { status: 500, body: { outcome: 'error', error } };
    }
    try {
      const result = await processObject(event, { config, store, log, logContext, maxKeyBytes: IBM_COS_MAX_KEY_BYTES, maxMetadataBytes: IBM_COS_MAX_METADATA_BYTES });
      return { status: 200, body: { outcome: result.outcome, result } };
    } catch (err) {
      // processObject has logged the error already.
      return { status: 500, body: { outcome: 'error', error: err instanceof Error ? err.message : String(err) } };
    }
  };
}

/** The HTTP server: POST (any path) delivers an event; GET answers 200 for probes. */
export function createCodeEngineServer(handler: CodeEngineHandler = createCodeEngineHandler()): http.Server {
  return createJsonPostServer(MAX_DELIVERY_BYTES, (headers, body) => handler(headers, body));
}

/** Job mode: the event is in `CE_DATA` (and its type in `CE_TYPE`); resolves with the exit code. */
export async function runCodeEngineJob(env: NodeJS.ProcessEnv = process.env, handler: CodeEngineHandler = createCodeEngineHandler()): Promise<number> {
  const response = await handler({ 'ce-type': env.CE_TYPE, 'ce-subject': env.CE_SUBJECT, 'ce-id': env.CE_ID }, env.CE_DATA ?? '');
  return response.status === 500 ? 1 : 0;
}

/**
 * Starts the app (or runs the job), as the image's `node index.js` does. A job run without `CE_DATA` (submitted by
 * hand) is logged as an invalid event and exits 0 instead of serving HTTP until its execution time runs out.
 */
export function main(env: NodeJS.ProcessEnv = process.env): http.Server | undefined {
  if (isCodeEngineJobRun(env)) {
    runCodeEngineJob(env).then((code) => process.exit(code), (err) => {
      console.error(err);
      process.exit(1);
    });
    return undefined;
  }
  const port = Number(env.PORT ?? 8080);
  const server = createCodeEngineServer();
  server.listen(port, () => jsonLineLog({ level: 'info', outcome: 'listening', port }));
  // Code Engine stops instances with SIGTERM: finish the requests in flight first.
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
  return server;
}

if (require.main === module) main();
