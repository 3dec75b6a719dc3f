/**
 * The render's reader of stored mentions (see mention-parts.ts for how they are stored).
 */
import type { CitedSentence } from "../site/types.ts";
import { MENTIONS_PART, recordPath } from "./article-cache.ts";
import { DamagedCacheError, readCheckedBytes } from "./checked-file.ts";
import { citationsIn, type MentionKind } from "./mention-parts.ts";

/** Most bytes of stored mentions a `mentionsReader` keeps between reads. */
export const MENTIONS_MEMORY = 64 * 1024 * 1024;

/**
 * Reads the sentences of a stored record that mention one person, place or organisation; throws
 * `DamagedCacheError` for a record that is missing or damaged. For a render, which asks for an
 * article once per name its pages quote: the checked bytes of each article are kept, up to
 * `maxBytes` in all, the oldest dropped first, so a repeat costs neither a file read nor a
 * checksum, and only the sentences asked for are decoded (see mention-parts.ts).
 */
export function mentionsReader(
  cache: string,
  maxBytes: number = MENTIONS_MEMORY,
): (key: string, kind: MentionKind, slug: string) => CitedSentence[] {
  const kept = new Map<string, Buffer>();
  let bytes = 0;
  return (key, kind, slug) => {
    let value = kept.get(key);
    if (!value) {
      // A copy: the part is a view into the whole file, which is several times its size.
      value = Buffer.from(readCheckedBytes(recordPath(cache, key), key, MENTIONS_PART));
      kept.set(key, value);
      bytes += value.length;
      for (const [old, b] of kept) {
        if (bytes <= maxBytes) break;
        kept.delete(old);
        bytes -= b.length;
      }
    }
    try {
      return citationsIn(value, kind, slug);
    } catch {
      throw new DamagedCacheError(key, recordPath(cache, key));
    }
  };
}
