/**
 * Memoising pure functions of one string. The parser asks the same questions of the same line
 * many times (is it prose? a byline? a date?); answers are kept in a bounded map, emptied when
 * full so memory stays flat over archives of any size. The bound is on entries and on the
 * characters of their keys: a cache of 20,000 paragraphs (and their word lists) held hundreds of
 * megabytes per parser thread. A longer text keeps only its last answer: the parser asks about
 * one long line many times in a row, and recomputing each time multiplied the cost of a long line.
 */

/** Longest text worth caching: paragraphs repeat rarely, and long keys cost memory. */
const MAX_KEY = 4000;
/** Most characters of keys one cache holds. */
const MAX_CHARS = 500_000;

/** Wraps `fn` with a cache of at most `limit` entries and `MAX_CHARS` characters of keys. */
export function memoize<T>(fn: (text: string) => T, limit = 20000): (text: string) => T {
  const cache = new Map<string, T>();
  let chars = 0;
  let longKey: string | null = null;
  let longValue: T | undefined;
  return (text: string): T => {
    if (text.length > MAX_KEY) {
      if (text !== longKey) {
        longValue = fn(text);
        longKey = text;
      }
      return longValue as T;
    }
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= limit || chars + text.length > MAX_CHARS) {
      cache.clear();
      chars = 0;
    }
    const value = fn(text);
    cache.set(text, value);
    chars += text.length;
    return value;
  };
}
