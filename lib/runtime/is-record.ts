/** A plain JSON-like object (not null, not an array): the check every payload and config reader starts with. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
