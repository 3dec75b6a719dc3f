/**
 * The search indexes are split into shards by a hash of each article's path, so adding, editing
 * or deleting one article re-indexes one shard, not the archive: Pagefind cannot update an index
 * in place. The browser merges the shards (Pagefind's `mergeIndex`; the fallback engine merges its
 * own). The number of shards doubles as the archive does, so a shard stays a few hundred articles.
 */

/** Articles per shard the count aims at. */
export const ARTICLES_PER_SHARD = 400;
/** Most shards an index is split into (each is fetched on a first search). */
export const MAX_SHARDS = 64;

/** How many shards an archive of `articles` articles is split into: a power of two. */
export function shardCount(articles: number): number {
  let count = 1;
  while (count < MAX_SHARDS && articles / count > ARTICLES_PER_SHARD * 1.5) count *= 2;
  return count;
}

/** The shard an article's page belongs in (FNV-1a of its path). */
export function shardOf(path: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

/** Folder of shard `k`'s Pagefind bundle: `pagefind/` for the first (the one the page imports), `pagefind-<k>/` for the others. */
export const pagefindShardDir = (k: number): string => (k === 0 ? "pagefind" : `pagefind-${k}`);

/** Folder of shard `k`'s fallback index inside `search-data/`. */
export const fallbackShardDir = (k: number): string => `search-data/${k}`;
