/**
 * User metadata as object-store headers, shared by the stores: HTTP header values must be printable ASCII, so
 * everything else (and `%`, so decoding is exact) is percent-encoded, which keeps ordinary values readable in the
 * consoles; reading decodes what it can and keeps undecodable escapes as they are.
 */
import { decodePercentSafely } from './key-encoding';

/**
 * The headers for `metadata`: `prefix` + the lower-cased name (`x-oss-meta-`, `x-cos-meta-`; `''` for an SDK that
 * takes a metadata map and adds the prefix itself), each value percent-encoded where it is not printable ASCII or `%`.
 */
export function metadataToHeaders(metadata: Record<string, string>, prefix: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(metadata)) headers[prefix + name.toLowerCase()] = encodeMetadataValue(value);
  return headers;
}

/** A metadata value as a header carries it: printable ASCII except `%` as is, everything else percent-encoded. */
export function encodeMetadataValue(value: string): string {
  return value.replace(/[^\x20-\x7e]|%/gu, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate: U+FFFD, the replacement character
    }
  });
}

/**
 * The metadata in `headers`: every string header whose lower-cased name starts with `prefix` (`''`: every string
 * entry of an SDK's metadata map), named without the prefix, its value percent-decoded.
 */
export function metadataFromHeaders(headers: Record<string, unknown>, prefix: string): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower.startsWith(prefix) && typeof value === 'string') {
      metadata[lower.slice(prefix.length)] = decodePercentSafely(value);
    }
  }
  return metadata;
}
