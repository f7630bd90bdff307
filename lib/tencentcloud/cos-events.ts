import { NativeEventCatalogue, ObjectEventKind, wildcardIntersects } from '../core/events';

/** Every COS event an SCF COS trigger accepts, by name. Note `ObjectRemove`, not `ObjectRemoved`. */
export const CosEvent = {
  OBJECT_CREATED_ALL: 'cos:ObjectCreated:*',
  PUT: 'cos:ObjectCreated:Put',
  POST: 'cos:ObjectCreated:Post',
  COPY: 'cos:ObjectCreated:Copy',
  COMPLETE_MULTIPART_UPLOAD: 'cos:ObjectCreated:CompleteMultipartUpload',
  ORIGIN: 'cos:ObjectCreated:Origin',
  REPLICATION: 'cos:ObjectCreated:Replication',
  OBJECT_REMOVE_ALL: 'cos:ObjectRemove:*',
  DELETE: 'cos:ObjectRemove:Delete',
  DELETE_MARKER_CREATED: 'cos:ObjectRemove:DeleteMarkerCreated',
  RESTORE_POST: 'cos:ObjectRestore:Post',
  RESTORE_COMPLETED: 'cos:ObjectRestore:Completed',
} as const;

/** A native COS event name. */
export type CosEventName = (typeof CosEvent)[keyof typeof CosEvent];

/**
 * An SCF COS trigger carries exactly one event, and a bucket may hold one trigger per function, so each neutral kind
 * maps to the single wildcard that covers it. COS raises no per-part events, so the wildcard does not double-fire.
 */
export const COS_EVENT_CATALOGUE: NativeEventCatalogue = {
  cloud: 'Tencent Cloud COS',
  all: Object.values(CosEvent),
  nativeEventsFor: (kind) => (kind === ObjectEventKind.CREATED ? [CosEvent.OBJECT_CREATED_ALL] : [CosEvent.OBJECT_REMOVE_ALL]),
  kindOf: (e) => (e.startsWith('cos:ObjectCreated:') ? ObjectEventKind.CREATED : e.startsWith('cos:ObjectRemove:') ? ObjectEventKind.REMOVED : undefined),
  intersects: wildcardIntersects,
};
