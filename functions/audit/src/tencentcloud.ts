/**
 * The audit handler on Tencent Cloud SCF, invoked by a COS "removed" trigger: one JSON record per removed object,
 * written under AUDIT_PREFIX of AUDIT_BUCKET with the execution role's keys. Bundled as `index.js`, called as
 * `index.main_handler`.
 */
import { jsonLineLog } from '../../../lib/runtime/log';
import { cosStoreForInvocation, parseCosEvent, type ScfHandler } from '../../../lib/runtime/tencentcloud';
import { auditTargetFromEnv, recordRemovedObjects } from './audit';

export const main_handler: ScfHandler<{ readonly recorded: number; readonly skipped: number }> = async (event, context) => {
  const { events, unreadable } = parseCosEvent(event);
  for (const record of unreadable) jsonLineLog({ requestId: context?.request_id, level: 'warn', outcome: 'invalid-record', ...record });
  // Storage errors propagate: SCF retries the asynchronous invocation, and the record's key makes a retry idempotent.
  return recordRemovedObjects(events, cosStoreForInvocation(context), auditTargetFromEnv());
};
