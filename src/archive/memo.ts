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

/** A map of at most about twice `limit` entries that keeps what is still asked for (see `recentMap`). */
export interface RecentMap<V> {
  /** The value of `key`, if remembered. */
  get(key: string): V | undefined;
  /** Remembers `key`'s value. */
  set(key: string, value: V): void;
}

/**
 * A bounded map for answers about words: when `limit` entries are reached, they become the old
 * generation and a new one starts; an old entry asked for again moves to the new one. Unlike
 * emptying the map when full, the words a large archive keeps using (Zipf) survive, so an archive
 * whose vocabulary outgrows the bound does not recompute every word after each emptying.
 */
export function recentMap<V>(limit: number): RecentMap<V> {
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  const set = (key: string, value: V): void => {
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(key, value);
  };
  return {
    get(key: string): V | undefined {
      const hit = young.get(key);
      if (hit !== undefined) return hit;
      const aged = old.get(key);
      if (aged !== undefined) set(key, aged);
      return aged;
    },
    set,
  };
}
