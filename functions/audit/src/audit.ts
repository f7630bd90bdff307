/**
 * The audit handler's cloud-neutral part: one JSON record per removed object, written under an audit prefix.
 * Each cloud's entry (`alicloud.ts`, `tencentcloud.ts`, `ibm.ts` beside this file) parses its own event with the
 * runtime module and passes the neutral events here.
 */
import { createHash } from 'crypto';
import type { ObjectEvent } from '../../../lib/runtime/events';
import { jsonLineLog, type LogSink } from '../../../lib/runtime/log';
import type { ObjectStore } from '../../../lib/runtime/storage';

/** Environment variables the audit stacks set: where the records go. */
export const AUDIT_BUCKET_ENV = 'AUDIT_BUCKET';
export const AUDIT_PREFIX_ENV = 'AUDIT_PREFIX';

/** Where records are written. */
export interface AuditTarget {
  readonly bucket: string;
  /** Every record key starts with it; ends with "/". */
  readonly prefix: string;
}

/** What is recorded of one removed object. */
export interface AuditRecord {
  readonly bucket: string;
  readonly key: string;
  readonly eventName?: string;
  readonly time?: string;
  readonly etag?: string;
  readonly size?: number;
}

/** The target from the function's environment; a missing variable is a deployment mistake, reported as such. */
export function auditTargetFromEnv(env: NodeJS.ProcessEnv = process.env): AuditTarget {
  const bucket = env[AUDIT_BUCKET_ENV];
  const prefix = env[AUDIT_PREFIX_ENV];
  if (!bucket || prefix === undefined || !prefix.endsWith('/')) {
    throw new Error(`${AUDIT_BUCKET_ENV} and ${AUDIT_PREFIX_ENV} (ending in "/") must be set; got ${JSON.stringify({ bucket, prefix })}`);
  }
  return { bucket, prefix };
}

/**
 * The record's key: dated by the event (so records list by day) and named by a digest of what identifies the event,
 * so a redelivered event rewrites the same record with the same bytes instead of adding a second one.
 */
export function auditRecordKey(target: AuditTarget, record: AuditRecord): string {
  const day = record.time && /^\d{4}-\d{2}-\d{2}/.test(record.time) ? record.time.slice(0, 10) : 'undated';
  const id = createHash('sha256').update(JSON.stringify([record.bucket, record.key, record.eventName ?? '', record.time ?? '', record.etag ?? ''])).digest('hex');
  return `${target.prefix}${day}/${id.slice(0, 32)}.json`;
}

/** Writes one record per removal among `events`; other events are logged as skipped. Storage errors propagate, so the platform retries. */
export async function recordRemovedObjects(
  events: readonly ObjectEvent[],
  store: ObjectStore,
  target: AuditTarget,
  log: LogSink = jsonLineLog,
): Promise<{ readonly recorded: number; readonly skipped: number }> {
  let recorded = 0;
  let skipped = 0;
  for (const event of events) {
    if (event.eventKind !== 'removed') {
      skipped++;
      log({ outcome: 'skipped', reason: 'not-a-removal', bucket: event.bucket, key: event.key, eventName: event.eventName });
      continue;
    }
    const record: AuditRecord = { bucket: event.bucket, key: event.key, eventName: event.eventName, time: event.time, etag: event.etag, size: event.size };
    const key = auditRecordKey(target, record);
    await store.put(target.bucket, key, Buffer.from(`${JSON.stringify(record)}\n`), { contentType: 'application/json', metadata: {} });
    recorded++;
    log({ outcome: 'recorded', bucket: event.bucket, key: event.key, record: key });
  }
  return { recorded, skipped };
}
