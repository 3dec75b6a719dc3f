/**
 * The fallback index is written in shards (src/search/shards.ts); the engine merges their
 * metadata into one list of documents, so its scores use the totals over all shards and
 * sharding does not change the ranking.
 */
import type { FallbackDoc, FallbackMeta } from "./fallback-format.ts";
import { FILTER_KEYS, type FilterKey } from "./search-fields.ts";

/** Where one shard's documents sit in the merged list. */
export interface MergedShard {
  /** Merged number of the shard's first document. */
  offset: number;
  /** Keys of the shard's term files. */
  termKeys: string[];
}

/** The metadata of every shard as one index. */
export interface MergedMeta {
  /** Number of documents. */
  count: number;
  /** Mean weighted length of a document, for BM25. */
  averageLength: number;
  /** Each filter's values over all shards; documents refer to them by index. */
  filterValues: Record<FilterKey, string[]>;
  /** Documents in shard order, their filter indexes renumbered into `filterValues`. */
  docs: FallbackDoc[];
  /** The shards, in order. */
  shards: MergedShard[];
}

/** One meta over all shards: documents in shard order, filter values renumbered. */
export function mergeShards(metas: readonly FallbackMeta[]): MergedMeta {
  const filterValues = {} as Record<FilterKey, string[]>;
  const seen = {} as Record<FilterKey, Map<string, number>>;
  for (const key of FILTER_KEYS) {
    filterValues[key] = [];
    seen[key] = new Map();
  }
  const merged: MergedMeta = { count: 0, averageLength: 0, filterValues, docs: [], shards: [] };
  let totalLength = 0;
  for (const m of metas) {
    const renumber = {} as Record<FilterKey, number[]>;
    for (const key of FILTER_KEYS)
      renumber[key] = m.filterValues[key].map((v) => {
        if (!seen[key].has(v)) seen[key].set(v, filterValues[key].push(v) - 1);
        return seen[key].get(v)!;
      });
    merged.shards.push({ offset: merged.docs.length, termKeys: m.termKeys });
    for (const d of m.docs) {
      const doc = d.slice(0, 5) as FallbackDoc;
      FILTER_KEYS.forEach((key, i) => doc.push(filterIndexes(d, i).map((v) => renumber[key][v]!)));
      merged.docs.push(doc);
    }
    totalLength += m.averageLength * m.count;
    merged.count += m.count;
  }
  merged.averageLength = merged.count ? totalLength / merged.count : 0;
  return merged;
}

/** A document's value indexes for the `i`th filter of `FILTER_KEYS`. */
export function filterIndexes(doc: FallbackDoc, i: number): number[] {
  return doc[5 + i] as number[];
}

/** The shard of a merged document number, and its number inside the shard. */
export function locate(m: MergedMeta, doc: number): { shard: number; local: number } {
  let k = m.shards.length - 1;
  while (k > 0 && m.shards[k]!.offset > doc) k--;
  return { shard: k, local: doc - m.shards[k]!.offset };
}
