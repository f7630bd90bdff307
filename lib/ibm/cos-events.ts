import { NativeEventCatalogue, ObjectEventKind } from '../core/events';

/**
 * The event types of a COS notification (Code Engine `--event-type`, the Cloud Functions feed's `event_types`).
 * `all` covers both writes and deletes.
 */
export const IbmCosEvent = {
  WRITE: 'write',
  DELETE: 'delete',
  ALL: 'all',
} as const;

/** A native COS notification event type. */
export type IbmCosEventName = (typeof IbmCosEvent)[keyof typeof IbmCosEvent];

export const IBM_COS_EVENT_CATALOGUE: NativeEventCatalogue = {
  cloud: 'IBM Cloud Object Storage',
  all: Object.values(IbmCosEvent),
  nativeEventsFor: (kind) => (kind === ObjectEventKind.CREATED ? [IbmCosEvent.WRITE] : [IbmCosEvent.DELETE]),
  kindOf: (e) => (e === IbmCosEvent.WRITE ? ObjectEventKind.CREATED : e === IbmCosEvent.DELETE ? ObjectEventKind.REMOVED : undefined),
  intersects: (a, b) => a === b || a === IbmCosEvent.ALL || b === IbmCosEvent.ALL,
};

/**
 * One notification carries exactly one event type: writes and deletes together are `all`.
 * Unknown names are returned as they are, for the notification set to reject with the catalogue's list.
 */
export function singleEventType(resolved: readonly string[]): string[] {
  const set = new Set(resolved);
  if (set.has(IbmCosEvent.ALL) || (set.has(IbmCosEvent.WRITE) && set.has(IbmCosEvent.DELETE))) {
    const unknown = [...set].filter((e) => !IBM_COS_EVENT_CATALOGUE.all.includes(e));
    return [IbmCosEvent.ALL, ...unknown];
  }
  return [...set];
}
