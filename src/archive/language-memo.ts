/**
 * Memoising pure functions of a line and the page's reading (prose-language.ts). Keyed by the
 * line alone, each answer remembering the reading it was made for: a `vocabulary:prose\0line`
 * key was a new string per call, hashed and sliced again each time (a seventh of the parse).
 * A line met again under another reading is recomputed and its answer replaced. Bounds as in
 * memo.ts: entries, characters of keys, and one answer kept for a line too long to cache.
 */
import type { TextLanguage } from "./prose-language.ts";

/** Longest line worth caching (as memo.ts). */
const MAX_KEY = 4000;
/** Most characters of keys one cache holds (as memo.ts). */
const MAX_CHARS = 500_000;

/** Wraps `fn` with a cache keyed by the line, each entry valid for the reading it was made under. */
export function memoizeByLanguage<T>(
  fn: (line: string, lang: TextLanguage) => T,
  limit = 20000,
): (line: string, lang: TextLanguage) => T {
  const cache = new Map<string, { lang: TextLanguage; value: T }>();
  let chars = 0;
  let longKey: string | null = null;
  let longLang: TextLanguage | null = null;
  let longValue: T | undefined;
  return (line: string, lang: TextLanguage): T => {
    if (line.length > MAX_KEY) {
      if (line !== longKey || lang !== longLang) {
        longValue = fn(line, lang);
        longKey = line;
        longLang = lang;
      }
      return longValue as T;
    }
    const hit = cache.get(line);
    if (hit !== undefined) {
      if (hit.lang === lang) return hit.value;
      hit.value = fn(line, lang);
      hit.lang = lang;
      return hit.value;
    }
    if (cache.size >= limit || chars + line.length > MAX_CHARS) {
      cache.clear();
      chars = 0;
    }
    const value = fn(line, lang);
    cache.set(line, { lang, value });
    chars += line.length;
    return value;
  };
}
