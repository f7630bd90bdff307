/**
 * Object events in cloud-neutral terms: what every cloud's event parser produces and every handler reads.
 */

/** What happened to the object, in cloud-neutral terms; adapters map their native event names onto it. */
export type ObjectEventKind = 'created' | 'removed' | 'other';

export interface ObjectEvent {
  readonly bucket: string;
  /** The decoded key. */
  readonly key: string;
  /**
   * Other readings of the key, tried in order when no object is found under `key`: for events whose documentation
   * leaves open whether the key is percent-encoded, so that neither reading loses an object.
   */
  readonly alternativeKeys?: readonly string[];
  readonly eventKind: ObjectEventKind;
  /** Object size as the event reports it, if it does: lets oversized objects be refused without downloading. */
  readonly size?: number;
  /** The object's ETag as the event reports it (quotes removed), if it does. */
  readonly etag?: string;
  /** When the operation happened, as the event reports it (ISO 8601), if it does. */
  readonly time?: string;
  /** The cloud's own name for the event (`ObjectCreated:PutObject`, `cos:ObjectCreated:Put`, `Object:Write`, ...). */
  readonly eventName?: string;
}

/** One record of a payload that could not be read as an object event (to be logged and skipped). */
export interface UnreadableRecord {
  /** The record's index in the payload's list of records. */
  readonly index: number;
  /** What was missing or malformed. */
  readonly problem: string;
}

/** What a cloud's event parser reads from one payload: the object events, and the records it could not read. */
export interface ParsedObjectEvents {
  readonly events: ObjectEvent[];
  readonly unreadable: UnreadableRecord[];
}
