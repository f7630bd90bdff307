/**
 * The audit handler on Function Compute 3.0, invoked by an OSS trigger on removals: one JSON record per removed
 * object, written under `AUDIT_PREFIX` in `AUDIT_BUCKET` with the function's own credentials. Bundled as
 * `index.js`, handler `index.handler`.
 */
import { OssEventError, ossStoreFromContext, parseOssEvent, type FcContext } from '../../../lib/runtime/alicloud';
import { jsonLineLog } from '../../../lib/runtime/log';
import { auditTargetFromEnv, recordRemovedObjects } from './audit';

export const handler = async (event: Buffer | string | object, context: FcContext): Promise<{ readonly recorded: number; readonly skipped: number }> => {
  const log = (entry: Readonly<Record<string, unknown>>) => jsonLineLog({ requestId: context.requestId, ...entry });
  let parsed: ReturnType<typeof parseOssEvent>;
  try {
    parsed = parseOssEvent(event);
  } catch (err) {
    // Not an OSS event: a retry would fail the same way.
    if (!(err instanceof OssEventError)) throw err;
    log({ level: 'warn', outcome: 'invalid-event', error: err.message });
    return { recorded: 0, skipped: 0 };
  }
  for (const record of parsed.unreadable) log({ level: 'warn', outcome: 'invalid-record', index: record.index, error: record.problem });
  return recordRemovedObjects(parsed.events, ossStoreFromContext(context), auditTargetFromEnv(), log);
};
