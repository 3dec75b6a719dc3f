/**
 * Memoising pure functions of one string. The parser asks the same questions of the same line
 * many times (is it prose? a byline? a date?); answers are kept in a bounded map, emptied when
 * full so memory stays flat over archives of any size.
 */

/** Longest text worth caching: paragraphs repeat rarely, and long keys cost memory. */
const MAX_KEY = 4000;

/** Wraps `fn` with a cache of at most `limit` entries. */
export function memoize<T>(fn: (text: string) => T, limit = 20000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    if (text.length > MAX_KEY) return fn(text);
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
