/**
 * Cloud-neutral object event kinds and the contract each cloud's native event catalogue fulfils.
 */

/** What happened to an object, in words every cloud shares. */
export enum ObjectEventKind {
  /** An object was written: upload, form post, completed multipart upload, copy. */
  CREATED = 'created',
  /** An object was deleted. */
  REMOVED = 'removed',
}

/**
 * A cloud's native event names and how the neutral kinds map onto them.
 * Native names are strings the provider accepts verbatim (e.g. `oss:ObjectCreated:PutObject`).
 */
export interface NativeEventCatalogue {
  /** Cloud name used in error messages. */
  readonly cloud: string;
  /** Every native event name the cloud accepts. */
  readonly all: readonly string[];
  /** The native events a neutral kind stands for. */
  nativeEventsFor(kind: ObjectEventKind): readonly string[];
  /** The neutral kind a native event belongs to, if any. */
  kindOf(nativeEvent: string): ObjectEventKind | undefined;
  /** True when some object operation would raise both events (equal, or one is a wildcard covering the other). */
  intersects(a: string, b: string): boolean;
}

/**
 * Intersection for catalogues whose names are colon-separated with a trailing `*` wildcard
 * (`oss:ObjectCreated:*` covers `oss:ObjectCreated:PutObject`).
 */
export function wildcardIntersects(a: string, b: string): boolean {
  if (a === b) return true;
  const covers = (wild: string, other: string) => wild.endsWith(':*') && other.startsWith(wild.slice(0, -1));
  return covers(a, b) || covers(b, a);
}

/** Events may be given as neutral kinds or native names; this resolves them to native names, de-duplicated and sorted. */
export function resolveEvents(
  catalogue: NativeEventCatalogue,
  events: readonly (ObjectEventKind | string)[],
): string[] {
  const kinds = new Set<string>(Object.values(ObjectEventKind));
  const out = new Set<string>();
  for (const e of events) {
    if (kinds.has(e)) catalogue.nativeEventsFor(e as ObjectEventKind).forEach((n) => out.add(n));
    else out.add(e);
  }
  return [...out].sort();
}
