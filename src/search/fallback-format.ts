/**
 * The format of the from-disk search index: what its files hold and what they are called. The
 * writer (fallback-index.ts, Node) and the engine that reads them (src/search/search-engine.ts,
 * in the page and in the terminal) both import it, so they cannot drift apart. No Node imports:
 * this file is bundled into the browser script.
 */
import type { FilterKey } from "./search-fields.ts";

/** Documents per text chunk. */
export const DOCS_PER_CHUNK = 100;

/** One document in `meta.js`: path, headline, date, source, weighted length, then one index list per filter (in `FILTER_KEYS` order). */
export type FallbackDoc = [string, string, string, string, number, ...number[][]];

/** What `meta.js` holds. */
export interface FallbackMeta {
  /** Format version. */
  version: 1;
  /** Number of documents. */
  count: number;
  /** Mean weighted length of a document, for BM25. */
  averageLength: number;
  /** Each filter's values; documents refer to them by index. */
  filterValues: Record<FilterKey, string[]>;
  /** Per document: path, headline, date, source, weighted length, then one index list per filter. */
  docs: FallbackDoc[];
  /** Keys of the term files that exist. */
  termKeys: string[];
}

/** What `shards.js` holds. */
export interface ShardList {
  /** Number of shards, numbered from 0. */
  count: number;
}

/** A term file: each term → flat postings `[doc, weighted count, first paragraph (0 = headline), …]`. */
export type TermBucket = Record<string, number[]>;

/** A text chunk: the paragraphs of up to `DOCS_PER_CHUNK` documents. */
export type TextChunk = string[][];

/** Name (without `.js`) of the file naming the number of shards. */
export const SHARD_LIST = "shards";

/** Name of a shard's metadata file. */
export const metaFile = (shard: number): string => `${shard}/meta`;

/** Name of a shard's file of the terms with the two-letter key `key`. */
export const termFile = (shard: number, key: string): string => `${shard}/terms/${key}`;

/** Name of a shard's text chunk `chunk`. */
export const textFile = (shard: number, chunk: number): string => `${shard}/docs/${chunk}`;

/** The global the index files call (`ArchiveSearchData.add(name, data)`) as they load. */
export const DATA_GLOBAL = "ArchiveSearchData";
