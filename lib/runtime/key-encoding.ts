/**
 * How object keys arrive in events: percent-encoded, sometimes with `+` for spaces. Decoding never throws, so a
 * key with a stray `%` is still found.
 */

/**
 * Decodes a key as object-storage events carry it: URL-encoded, with `+` for spaces.
 * Never throws: a `%` that does not start a valid UTF-8 escape (`100%.png`) is kept literally.
 */
export function decodeEventKey(raw: string): string {
  return decodePercentSafely(raw.replace(/\+/g, ' '));
}

/** `decodeURIComponent` that keeps undecodable escapes as they are instead of throwing. `+` is left alone. */
export function decodePercentSafely(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    // Decode each run of escapes on its own, so one stray `%` does not prevent decoding the rest.
    return raw.replace(/(?:%[0-9A-Fa-f]{2})+/g, decodeEscapeRun);
  }
}

/** Decodes a run of `%XX` escapes, taking the longest valid UTF-8 sequence at each point and keeping invalid bytes raw. */
function decodeEscapeRun(run: string): string {
  const escapes = run.match(/%[0-9A-Fa-f]{2}/g) ?? [];
  let decoded = '';
  let i = 0;
  while (i < escapes.length) {
    let step = 0;
    // A UTF-8 sequence is at most 4 bytes; try the longest first.
    for (let n = Math.min(4, escapes.length - i); n > 0 && step === 0; n--) {
      try {
        decoded += decodeURIComponent(escapes.slice(i, i + n).join(''));
        step = n;
      } catch {
        // not a complete sequence of n bytes; try a shorter one
      }
    }
    if (step === 0) {
      decoded += escapes[i];
      step = 1;
    }
    i += step;
  }
  return decoded;
}
