/**
 * The search indexes, shard by shard (src/search/shards.ts). A shard whose articles' search data
 * did not change is linked from the previous site; the others are indexed again, Pagefind and the
 * fallback index alike. Only the first Pagefind shard keeps Pagefind's scripts and WebAssembly:
 * the others are merged into it in the browser, which reuses its WebAssembly.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { writeFallbackIndex, writeShardList } from "../search/fallback-index.ts";
import { writePagefindIndex } from "../search/pagefind-index.ts";
import { searchDocument } from "../search/search-fields.ts";
import { fallbackShardDir, pagefindShardDir, shardOf } from "../search/shards.ts";
import type { ArticleStub, SiteData } from "../site/types.ts";
import type { PageEntry, StoredArticle } from "./article-cache.ts";
import { fingerprint } from "./code-version.ts";
import { filesUnder, linkFiles } from "./link-tree.ts";
import { unchangedFile } from "./page-plan.ts";

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

/** Writes (or links) every shard of both indexes into `fresh`. */
export async function writeSearchShards(
  site: SiteData,
  count: number,
  read: (stub: ArticleStub) => Promise<StoredArticle>,
  fresh: string,
  oldSite: string,
  previous: Readonly<Record<string, PageEntry>>,
  salt: string,
  onShard?: (done: number, total: number) => void,
): Promise<ShardResult> {
  const shards: ArticleStub[][] = Array.from({ length: count }, () => []);
  for (const a of site.articles) shards[shardOf(a.path, count)]!.push(a);
  const fingerprints = new Map<string, string>();
  let written = 0;
  await writeShardList(join(fresh, "search-data"), count);
  for (const [k, members] of shards.entries()) {
    // What search shows of an article: its text (the key), headline, date, source and filters.
    const fp = fingerprint(
      salt,
      "search",
      count,
      k,
      members.map((a) => searchDocument(a, [a.key])),
    );
    const [pagefindMarker, fallbackMarker] = markers(k);
    for (const m of markers(k)) fingerprints.set(m, fp);
    const same =
      (members.length === 0 && k > 0
        ? true
        : await unchangedFile(previous, oldSite, pagefindMarker!, fp)) &&
      (await unchangedFile(previous, oldSite, fallbackMarker!, fp));
    if (same) {
      const files = [
        ...(members.length === 0 && k > 0 ? [] : await filesUnder(oldSite, pagefindShardDir(k))),
        ...(await filesUnder(oldSite, fallbackShardDir(k))),
      ];
      await linkFiles(oldSite, fresh, files);
    } else {
      const docs = await Promise.all(
        members.map(async (a) => {
          const { record } = await read(a);
          return {
            doc: searchDocument(
              a,
              record.paragraphs.map((p) => p.text),
            ),
            language: record.language as string,
          };
        }),
      );
      // An empty shard has no Pagefind bundle (the search page merges only the others), except the
      // first: the search page imports its script.
      if (k === 0 || docs.length > 0)
        await writePagefindIndex(docs, join(fresh, pagefindShardDir(k)), site.config.language);
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
    onShard?.(k + 1, count);
  }
  return { fingerprints, written, reused: count - written };
}
