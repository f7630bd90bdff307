/**
 * IBM Cloud Functions entry (ended October 2024; kept for the seed's path): `main(params)` of a `nodejs:20` action
 * fired by a trigger on the `/whisk.system/cos/changes` feed. Bundled as `index.js`, exec `main: "main"`.
 *
 * The action's default parameters (set by the construct) carry `RESIZE_CONFIG` and the HMAC keys of a Writer resource
 * key; the feed adds `{bucket, endpoint, key, notification: {event_type: 'Object:Write'|'Object:Delete', ...}}`.
 */
import type { ResizeConfig } from '../config';
import { parseResizeConfig } from '../config-loader';
import { RESIZE_CONFIG_ENV } from '../config';
import { jsonLineLog, type LogSink } from '../../../../lib/runtime/log';
import { processObject, type ProcessResult } from '../process-object';
import type { ObjectStore } from '../../../../lib/runtime/storage';
import { ACCESS_KEY_PARAM, COS_ENDPOINT_ENV, IBM_COS_MAX_KEY_BYTES, SECRET_KEY_PARAM } from '../../../../lib/runtime/ibm-contract';
import { CosNotificationError, IBM_COS_MAX_METADATA_BYTES, IbmCosObjectStore, parseCosNotification } from '../../../../lib/runtime/ibm';
import { storageTimeouts } from '../../../../lib/runtime/storage-timeouts';

export { ACCESS_KEY_PARAM, SECRET_KEY_PARAM } from '../../../../lib/runtime/ibm-contract';

export type CloudFunctionsParams = Record<string, unknown>;

export interface CloudFunctionsResult {
  readonly results: readonly ProcessResult[];
}

export interface CloudFunctionsOptions {
  /** @default one JSON line on stdout */
  readonly log?: LogSink;
}

/** The store from the action's parameters: HMAC keys, and the endpoint the feed passes (or `COS_ENDPOINT`). */
export function storeFromParams(params: CloudFunctionsParams, env: NodeJS.ProcessEnv = process.env): ObjectStore {
  const accessKeyId = params[ACCESS_KEY_PARAM];
  const secretAccessKey = params[SECRET_KEY_PARAM];
  const endpoint = env[COS_ENDPOINT_ENV] || (typeof params.endpoint === 'string' && params.endpoint ? params.endpoint : undefined);
  if (typeof accessKeyId !== 'string' || typeof secretAccessKey !== 'string' || endpoint === undefined) {
    throw new Error(`the action has no ${ACCESS_KEY_PARAM}/${SECRET_KEY_PARAM} parameters or no endpoint: deploy it with ibm.CloudFunctionsResizeFunction`);
  }
  // OpenWhisk gives the activation's deadline (epoch ms) in __OW_DEADLINE.
  const deadline = Number(env.__OW_DEADLINE);
  const timeouts = storageTimeouts(Number.isFinite(deadline) && deadline > 0 ? deadline - Date.now() : 60_000);
  return new IbmCosObjectStore({ endpoint, auth: { kind: 'hmac', accessKeyId, secretAccessKey }, timeouts });
}

export function createCloudFunctionsMain(
  storeFactory: (params: CloudFunctionsParams) => ObjectStore = (p) => storeFromParams(p),
  options: CloudFunctionsOptions = {},
): (params: CloudFunctionsParams) => Promise<CloudFunctionsResult> {
  const log = options.log ?? jsonLineLog;
  let cached: { text: string; config: ResizeConfig } | undefined;
  return async (params) => {
    const text = params[RESIZE_CONFIG_ENV];
    if (typeof text !== 'string') throw new Error(`the action has no ${RESIZE_CONFIG_ENV} parameter`);
    if (cached?.text !== text) cached = { text, config: parseResizeConfig(text) };
    const logContext = typeof process.env.__OW_ACTIVATION_ID === 'string' ? { requestId: process.env.__OW_ACTIVATION_ID } : {};
    let event;
    try {
      event = parseCosNotification(params);
    } catch (err) {
      if (!(err instanceof CosNotificationError)) throw err;
      log({ ...logContext, level: 'warn', outcome: 'invalid-event', error: err.message, retry: false });
      return { results: [] };
    }
    const result = await processObject(event, { config: cached.config, store: storeFactory(params), log, logContext, maxKeyBytes: IBM_COS_MAX_KEY_BYTES, maxMetadataBytes: IBM_COS_MAX_METADATA_BYTES });
    return { results: [result] };
  };
}

/** The action entry, `main` in the bundle. */
export const main = createCloudFunctionsMain();
