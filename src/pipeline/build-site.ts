/**
 * The build: article files → facts (errors collected over all files; unchanged files reused from
 * the cache) → views → the pages whose data changed are rendered by Eleventy into a fresh folder,
 * the others linked from the previous site, the search shards indexed or linked → the folder is
 * checked → it replaces `_site/`. Any failure before the swap leaves the previous `_site/` exactly
 * as it was; a deleted article's pages vanish because every build starts from an empty folder and
 * links only pages that are still planned.
 */
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { listArticleFiles } from "../archive/article-files.ts";
import type { Diagnostic } from "../archive/types.ts";
import { shardCount } from "../search/shards.ts";
import { assembleSite } from "../site/assemble-site.ts";
import { loadSiteInputs, SITE_DATA_DIR, type SiteInputs } from "../site/site-inputs.ts";
import type { SiteData } from "../site/types.ts";
import {
  cacheDirFor,
  damagedRecordKey,
  readCacheFile,
  readStoredArticle,
  writeCacheFile,
  type PageEntry,
} from "./article-cache.ts";
import { mentionsReader } from "./mentions-reader.ts";
import { manifestContext, pageSalt } from "./cache-keys.ts";
import { makeFreshFolder, sealFreshFolder } from "./fresh-folder.ts";
import { boundHeapGrowth, heapCollector } from "./heap-collector.ts";
import { linkFiles } from "./link-tree.ts";
import { checkBuildFolders } from "./output-folder.ts";
import { pageManifest, planPages } from "./page-plan.ts";
import { loadArticles, type Distrust, type LoadContext } from "./load-articles.ts";
import { removeLater } from "./remove-later.ts";
import { renderPages } from "./render-pages.ts";
import { startSearchIndexer } from "./search-indexer.ts";
import { mergedShards, shardJob } from "./search-shards.ts";
import { swapIn } from "./swap-in.ts";
import type { BuildOptions, BuildResult } from "./types.ts";

export type { BuildCounts, BuildOptions, BuildResult } from "./types.ts";

/** Archives of at least this many files build with the heap's growth bounded. */
const BOUNDED_HEAP_FILES = 20_000;

/** Pages that every site has; their absence means the render went wrong. */
const REQUIRED = [
  "index.html",
  "timeline.html",
  "search.html",
  "404.html",
  "feed.xml",
  "feed.json",
  "sitemap.xml",
  "style.css",
  "search.js",
  "search-engine.js",
  "pagefind/pagefind.js",
  "search-data/shards.js",
  "search-data/0/meta.js",
];

/**
 * Builds the site. Folders that are not the build's to replace are refused before anything is
 * touched (see output-folder.ts). A stored record found damaged mid-build (see article-cache.ts)
 * makes the build start again with that article parsed afresh; a second one, with every article.
 */
export async function buildArchiveSite(options: BuildOptions = {}): Promise<BuildResult> {
  const articles = options.articles ?? "articles";
  const output = resolve(options.output ?? "_site");
  const cache = cacheDirFor(output);
  const refused = checkBuildFolders({ output, articles, cache, project: process.cwd() });
  if (refused.length > 0)
    return { ok: false, diagnostics: refused, site: null, pages: 0, counts: null, timings: {} };
  await mkdir(dirname(output), { recursive: true });
  removeLater(dirname(output), []); // what killed or failed builds left beside the output
  let distrust: Distrust = new Set();
  for (;;) {
    try {
      return await buildOnce({ ...options, articles, output }, cache, distrust);
    } catch (e) {
      const key = damagedRecordKey(e);
      if (key === null || distrust === "all") throw e;
      options.onProgress?.(`a cached record was damaged; parsing again`);
      distrust = distrust.size === 0 ? new Set([key]) : "all";
    }
  }
}

/** One attempt at a build, trusting the cache except for the records in `distrust`. */
async function buildOnce(
  options: BuildOptions & { articles: string; output: string },
  cache: string,
  distrust: Distrust,
): Promise<BuildResult> {
  const { articles, output } = options;
  const now = options.now ?? new Date();
  const progress = options.onProgress ?? ((): void => {});
  const timings: Record<string, number> = {};
  let t = performance.now();
  let cpu = process.cpuUsage();
  // Wall time per phase, and the CPU time of this process's threads (`parseCpu`…): on a shared
  // machine the CPU time is what compares between runs. Pagefind's own process is not counted.
  const lap = (name: string): void => {
    const used = process.cpuUsage(cpu);
    timings[name] = Math.round(performance.now() - t);
    timings[`${name}Cpu`] = Math.round((used.user + used.system) / 1000);
    t = performance.now();
    cpu = process.cpuUsage();
  };

  // Warnings only (a data file read from its old folder): reported with the articles' problems.
  const { inputs, diagnostics: dataWarnings } = loadSiteInputs(options.data ?? SITE_DATA_DIR);
  const listing = await listArticleFiles(articles);
  const files = listing.files;
  // A large archive's memory stays near what is live in every phase, not several times it (see
  // heap-collector.ts). Smaller ones leave V8 its default: at 10,000 articles the bound cost 3 s
  // of collections for memory that is well within bounds anyway.
  if (files.length >= BOUNDED_HEAP_FILES) boundHeapGrowth();
  // Started now, so it is ready to index when the views are; stopped if the build fails.
  const indexer = startSearchIndexer(files.length);
  let fresh: string | null = null;
  let search: Promise<unknown> = Promise.resolve();
  try {
    const limitMs = options.parseTimeLimitMs;
    const at = { now, cache, distrust, articles, ...(limitMs ? { limitMs } : {}) };
    const read = await readSite(files, inputs, at, progress, lap);
    const diagnostics = [...dataWarnings, ...listing.diagnostics, ...read.diagnostics];
    const site = listing.diagnostics.some((d) => d.severity === "error") ? null : read.site;
    if (!site) {
      await indexer.stop();
      return { ok: false, diagnostics, site: null, pages: 0, counts: null, timings };
    }
    // The facts are garbage now, scattered among the views: compacted away before the render and
    // before Pagefind's process starts indexing, as compacting briefly holds old and new pages.
    heapCollector().collect();
    // Every page depends on the code and the settings; each also on its own piece of the views.
    const salt = pageSalt(site.config);
    const previous =
      readCacheFile<Record<string, PageEntry>>(cache, "pages.v8", manifestContext(output)) ?? {};
    const shards = options.searchShards ?? shardCount(site.articles.length);
    // Render into a fresh folder beside the output, so the swap is a rename on one file system.
    fresh = await makeFreshFolder(output);
    // The search shards need neither the page plan nor the rendered pages: Pagefind indexes in its
    // own process while the pages are planned and rendered, so on two cores the two overlap.
    const indexing = indexer.index(
      shardJob(site, { count: shards, cache, fresh, oldSite: output, salt }, previous),
      (done, total) => {
        if (done === total || done % 8 === 0) progress(`indexed ${done}/${total} search shards`);
      },
    );
    search = indexing;
    indexing.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
    const pages = planPages(site, previous, output, salt, mergedShards(site, shards));
    lap("views");

    const mentions = mentionsReader(cache);
    const rendered = await renderPages(site, pages.plan, fresh, {
      view: (stub) => Promise.resolve({ ...stub, ...readStoredArticle(cache, stub.key) }),
      // Read from the cache, not kept from the parse: at 100,000 articles the sentences of every
      // article would take hundreds of megabytes for the whole build.
      citations: (key, kind, slug) => Promise.resolve(mentions(key, kind, slug)),
      onBatch: (done, total) => progress(`rendered ${done}/${total} pages`),
      batch: options.renderBatch,
    });
    // Linked after the render, so nothing Eleventy writes can land in a linked file.
    await linkFiles(output, fresh, pages.reuse);
    progress(`rendered ${rendered} pages, linked ${pages.reuse.length} unchanged pages`);
    lap("render");
    const shardResult = await indexing;
    lap("index");
    const missing = [...REQUIRED, ...site.articles.slice(0, 1).map((a) => a.path)].filter(
      (p) => !existsSync(join(fresh!, p)),
    );
    if (missing.length > 0) throw new Error(`the render did not write ${missing.join(", ")}`);
    const manifest = pageManifest(
      fresh,
      previous,
      [...pages.fingerprints, ...shardResult.fingerprints],
      new Set(pages.reuse),
    );
    await sealFreshFolder(fresh);
    await swapIn(fresh, output);
    fresh = null;
    await writeCacheFile(cache, "pages.v8", manifestContext(output), manifest);
    lap("swap");
    return {
      ok: true,
      diagnostics,
      site,
      pages: rendered + pages.reuse.length,
      counts: {
        parsed: read.parsed,
        reusedFiles: read.reused,
        rendered,
        linked: pages.reuse.length,
        shardsWritten: shardResult.written,
        shardsReused: shardResult.reused,
      },
      timings,
    };
  } catch (e) {
    // Nothing may still be writing into the folder when it is removed: the indexer is stopped
    // (a worker) or finished (in this thread) first.
    await indexer.stop();
    await search.catch(() => {});
    if (fresh) await rm(fresh, { recursive: true, force: true, maxRetries: 3 });
    throw e;
  }
}

/**
 * The articles read and checked, then assembled into the views (`site` is null when there are
 * errors). The facts and word counts are let go once the views hold what the pages need: at
 * 100,000 articles they are hundreds of megabytes the render has no use for.
 */
async function readSite(
  files: readonly string[],
  inputs: SiteInputs,
  at: LoadContext & { articles: string },
  progress: (message: string) => void,
  lap: (name: string) => void,
): Promise<{ site: SiteData | null; diagnostics: Diagnostic[]; parsed: number; reused: number }> {
  const { now } = at;
  const read = await loadArticles(files, inputs, at, (done, total) => {
    if (done === total || done % 1000 === 0) progress(`parsed ${done}/${total} files`);
  });
  lap("parse");
  const { diagnostics } = read;
  const site = diagnostics.some((d) => d.severity === "error")
    ? null
    : assembleSite(read.facts, read.terms, inputs, now, at.articles);
  return { site, diagnostics, parsed: read.parsed, reused: read.reused };
}
