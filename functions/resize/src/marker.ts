/**
 * The `resized-from` marker: user metadata naming the source of an output, kept within the store's limit on user
 * metadata (COS and IBM COS: 2 KB, OSS: 8 KB). A long non-ASCII key percent-encodes to about three times its
 * length, so a key that does not fit is shortened and followed by a digest of the whole key: the marker still
 * identifies the source, and the write no longer fails with the same 400 on every retry.
 */
import { createHash } from 'crypto';
import { encodeMetadataValue } from '../../../lib/runtime/metadata-headers';

/** User-metadata key marking an object as written by this function; its value is the source key. */
export const RESIZED_FROM_METADATA = 'resized-from';

/**
 * Bytes of user metadata the header form of `name: value` takes: the header name with the store's `x-…-meta-` prefix
 * (counted with the longest one, `x-oss-meta-`), and the percent-encoded value. Stores count names and values.
 */
export function metadataBytes(name: string, value: string): number {
  return 'x-oss-meta-'.length + Buffer.byteLength(name) + Buffer.byteLength(encodeMetadataValue(value));
}

/**
 * The marker value for `sourceKey` within `maxBytes` of user metadata: the key itself when it fits, otherwise its
 * longest prefix that fits followed by ` [sha256:<hex>]` of the whole key. Undefined when not even the digest fits.
 */
export function markerValue(sourceKey: string, maxBytes: number): string | undefined {
  if (metadataBytes(RESIZED_FROM_METADATA, sourceKey) <= maxBytes) return sourceKey;
  const suffix = ` [sha256:${createHash('sha256').update(sourceKey).digest('hex')}]`;
  if (metadataBytes(RESIZED_FROM_METADATA, suffix) > maxBytes) return undefined;
  const points = [...sourceKey];
  // Binary search over code points for the longest prefix that fits: encoded size grows with the prefix.
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (metadataBytes(RESIZED_FROM_METADATA, points.slice(0, mid).join('') + suffix) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  return points.slice(0, low).join('') + suffix;
}
