/**
 * The search indexes, shard by shard (src/search/shards.ts). A shard whose articles' search data
 * did not change is linked from the previous site; the others are indexed again, Pagefind and the
 * fallback index alike. Only the first Pagefind shard keeps Pagefind's scripts and WebAssembly:
 * the others are merged into it in the browser, which reuses its WebAssembly. The indexer takes
 * plain data (a `ShardJob`), so a large archive's is run in a worker thread (search-indexer.ts):
 * reading records and building indexes then uses the second core while the pages render.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { writeFallbackIndex, writeShardList } from "../search/fallback-index.ts";
import { writePagefindIndex } from "../search/pagefind-index.ts";
import { searchDocument, type SearchDocument } from "../search/search-fields.ts";
import { fallbackShardDir, pagefindShardDir, shardOf } from "../search/shards.ts";
import type { SiteData } from "../site/types.ts";
import { writtenLanguage } from "../site/written-language.ts";
import { readStoredArticle, type PageEntry } from "./article-cache.ts";
import { pageFingerprint } from "./cache-keys.ts";
import { heapCollector } from "./heap-collector.ts";
import { filesUnder, linkFiles } from "./link-tree.ts";
import { unchangedFile } from "./page-plan.ts";

/** Shards indexed at the same time. */
const SHARDS_AT_ONCE = 2;

/** What the indexer needs to write every shard: plain data, so it can cross to a worker. */
export interface ShardJob {
  /** Each article's cache key and search document (without its paragraphs, read from the cache). */
  articles: { key: string; doc: SearchDocument }[];
  /** Number of shards. */
  count: number;
  /** The build cache (records are read from it). */
  cache: string;
  /** The new site's folder. */
  fresh: string;
  /** The previous site's folder. */
  oldSite: string;
  /** The previous build's entries for the shards' marker files. */
  previous: Record<string, PageEntry>;
  /** Fingerprint of the code and settings. */
  salt: string;
  /** The site's language (Pagefind indexes every article as it). */
  language: string;
}

/** Files of a Pagefind bundle that a merged (not first) shard does not need. */
const PRIMARY_ONLY = /^(?:pagefind[\w-]*\.(?:js|css)|wasm\.[\w-]+\.pagefind)$/;

/** What writing the shards did. */
export interface ShardResult {
  /** Marker file of each shard → its fingerprint, for the next build. */
  fingerprints: Map<string, string>;
  /** Shards indexed in this build. */
  written: number;
  /** Shards linked from the previous site. */
  reused: number;
}

/** The file whose identity stands for a shard's folder (written last by each indexer). */
const markers = (k: number): string[] => [
  `${pagefindShardDir(k)}/pagefind-entry.json`,
  `${fallbackShardDir(k)}/meta.js`,
];

/** The Pagefind shards after the first that have articles: the search page merges these. */
export function mergedShards(site: SiteData, count: number): number[] {
  const used = new Set(site.articles.map((a) => shardOf(a.path, count)));
  return [...used].filter((k) => k > 0).sort((a, b) => a - b);
}

/** The indexer's job for `site` (see `ShardJob`). */
export function shardJob(
  site: SiteData,
  job: Omit<ShardJob, "articles" | "previous" | "language">,
  previous: Readonly<Record<string, PageEntry>>,
): ShardJob {
  const markerEntries: Record<string, PageEntry> = {};
  for (let k = 0; k < job.count; k++)
    for (const m of markers(k)) if (previous[m]) markerEntries[m] = previous[m];
  return {
    ...job,
    articles: site.articles.map((a) => ({ key: a.key, doc: searchDocument(a, []) })),
    previous: markerEntries,
    language: site.config.language,
  };
}

/** Writes (or links) every shard of both indexes into `job.fresh`. */
export async function indexShards(
  job: ShardJob,
  onShard?: (done: number, total: number) => void,
): Promise<ShardResult> {
  const { count, fresh, oldSite, previous, salt } = job;
  const shards: ShardJob["articles"][] = Array.from({ length: count }, () => []);
  for (const a of job.articles) shards[shardOf(a.doc.path, count)]!.push(a);
  const fingerprints = new Map<string, string>();
  let written = 0;
  let done = 0;
  const heap = heapCollector();
  await writeShardList(join(fresh, "search-data"), count);
  const indexShard = async (k: number): Promise<void> => {
    const members = shards[k]!;
    // What search shows of an article: its text (the key), headline, date, source and filters.
    const fp = pageFingerprint(
      salt,
      "search",
      count,
      k,
      members.map((a) => ({ ...a.doc, paragraphs: [a.key] })),
    );
    const [pagefindMarker, fallbackMarker] = markers(k);
    for (const m of markers(k)) fingerprints.set(m, fp);
    // An empty shard has no Pagefind bundle (the search page merges only the others), except the
    // first: the search page imports its script.
    const hasPagefind = k === 0 || members.length > 0;
    const same =
      (!hasPagefind || unchangedFile(previous, oldSite, pagefindMarker!, fp)) &&
      unchangedFile(previous, oldSite, fallbackMarker!, fp);
    if (same) {
      const files = [
        ...(hasPagefind ? await filesUnder(oldSite, pagefindShardDir(k)) : []),
        ...(await filesUnder(oldSite, fallbackShardDir(k))),
      ];
      await linkFiles(oldSite, fresh, files);
    } else {
      const docs = members.map((a) => {
        const { record } = readStoredArticle(job.cache, a.key);
        return {
          doc: { ...a.doc, paragraphs: record.paragraphs.map((p) => p.text) },
          language: writtenLanguage(record),
        };
      });
      if (hasPagefind)
        await writePagefindIndex(docs, join(fresh, pagefindShardDir(k)), job.language);
      if (k > 0)
        for (const f of await filesUnder(fresh, pagefindShardDir(k)))
          if (PRIMARY_ONLY.test(f.slice(pagefindShardDir(k).length + 1))) await rm(join(fresh, f));
      await writeFallbackIndex(
        docs.map((d) => d.doc),
        join(fresh, fallbackShardDir(k)),
        k,
      );
      written++;
    }
    heap.collectIfGrown(); // a shard's records and documents are garbage once it is written
    onShard?.(++done, count);
  };
  // Two at once: Pagefind indexes one at a time in its process, while this thread reads records,
  // writes the scratch files and builds the fallback index of the other.
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(SHARDS_AT_ONCE, count) }, async () => {
      while (next < count) await indexShard(next++);
    }),
  );
  return { fingerprints, written, reused: count - written };
}
