/**
 * The render: Eleventy writes the planned pages into the new site's folder, in batches of at most
 * `RENDER_BATCH` pages, one Eleventy run each. Eleventy keeps every page it wrote in memory until
 * its run ends, so one run over a hundred thousand pages would need gigabytes; in batches the
 * render's memory stays bounded whatever the archive's size. The first batch also writes the pages
 * built from the whole archive (home, indexes, feeds…), copies the static files and writes the
 * bundled browser scripts.
 */
import Eleventy from "@11ty/eleventy";
import { configureRender } from "../../.eleventy.ts";
import { feedItems } from "../site/feeds.ts";
import { readSourceFile } from "../site/source-file.ts";
import { citePage } from "../site/term-pages.ts";
import { writeBrowserScripts } from "./browser-scripts.ts";
import { heapCollector } from "./heap-collector.ts";
import type {
  CitationsOf,
  ArticleStub,
  ArticleView,
  RenderBatch,
  RenderPlan,
  SiteData,
  TermPage,
} from "../site/types.ts";

/** Most pages one Eleventy run writes. */
export const RENDER_BATCH = 2000;

/** The lists of pages a plan holds, in the order they are rendered. */
const PAGE_LISTS = ["articles", "sources", "termPages", "yearPages", "eventPages"] as const;

/** Pages a plan renders. */
const pageCount = (plan: RenderPlan): number =>
  PAGE_LISTS.reduce((n, list) => n + plan[list].length, 0);

/**
 * Most articles the term pages of one batch list. People and place pages quote every sentence of
 * their articles that mentions them, read for the batch: 2,000 full term pages would hold hundreds
 * of megabytes of sentences at once. At 100,000 articles, the batches of term pages were the
 * render's peak with 10,000.
 */
export const RENDER_BATCH_LISTED = 5_000;

/** Splits a plan into plans of at most `size` pages each (always at least one), and at most `RENDER_BATCH_LISTED` articles listed on their term pages. */
export function renderBatches(plan: RenderPlan, size: number = RENDER_BATCH): RenderPlan[] {
  const empty = (): RenderPlan => ({
    articles: [],
    sources: [],
    termPages: [],
    yearPages: [],
    eventPages: [],
    searchShards: plan.searchShards,
  });
  const batches = [empty()];
  let filled = 0;
  let listed = 0;
  for (const list of PAGE_LISTS)
    for (const page of plan[list]) {
      const lists = list === "termPages" ? (page as TermPage).articles.length : 0;
      if (filled === size || (filled > 0 && listed + lists > RENDER_BATCH_LISTED)) {
        batches.push(empty());
        filled = 0;
        listed = 0;
      }
      (batches.at(-1)![list] as unknown[]).push(page);
      filled++;
      listed += lists;
    }
  return batches;
}

/** What rendering needs besides the views and the plan. */
export interface RenderSources {
  /** An article's full view. */
  view(stub: ArticleStub): Promise<ArticleView>;
  /** The sentences of an article, by key, that mention a person, place or organisation. */
  citations: CitationsOf;
  /** Called after each batch with the pages written so far and the total. */
  onBatch?(done: number, total: number): void;
  /** Most pages per Eleventy run (default `RENDER_BATCH`). */
  batch?: number | undefined;
}

/**
 * Everything one batch's pages show, read before its Eleventy run: each article's full view (read
 * once for its page and its original-file page), the original files' lines, the sentences term
 * pages quote, and, for the batch that writes the whole-site pages, the feed's full views.
 */
async function readBatch(
  site: SiteData,
  batch: RenderPlan,
  wholeSite: boolean,
  view: (stub: ArticleStub) => Promise<ArticleView>,
  citationsOf: CitationsOf,
): Promise<RenderBatch> {
  const views = new Map<string, Promise<ArticleView>>();
  const viewOf = (stub: ArticleStub): Promise<ArticleView> => {
    if (!views.has(stub.key)) views.set(stub.key, view(stub));
    return views.get(stub.key)!;
  };
  const sourcePage = async (stub: ArticleStub): Promise<RenderBatch["sources"][number]> => {
    const article = await viewOf(stub);
    return { article, lines: readSourceFile(article.record) };
  };
  return {
    articles: await Promise.all(batch.articles.map(viewOf)),
    sources: await Promise.all(batch.sources.map(sourcePage)),
    termPages: await Promise.all(batch.termPages.map((p) => citePage(p, citationsOf))),
    yearPages: batch.yearPages,
    eventPages: batch.eventPages,
    searchShards: batch.searchShards,
    feed: wholeSite ? await Promise.all(feedItems(site).map(viewOf)) : [],
    wholeSite,
  };
}

/** Renders the plan into `output`; returns the number of files Eleventy wrote. */
export async function renderPages(
  site: SiteData,
  plan: RenderPlan,
  output: string,
  sources: RenderSources,
): Promise<number> {
  const total = pageCount(plan);
  let pages = 0;
  let files = 0;
  const batches = renderBatches(plan, sources.batch);
  // The build compacted the heap before the render (build-site.ts); batches collect as they go.
  const heap = heapCollector();
  for (const [i, batch] of batches.entries()) {
    // People and place pages quote sentences, read for this batch's pages only into a copy of the
    // batch that is dropped once it is written.
    const batchData = await readBatch(site, batch, i === 0, sources.view, sources.citations);
    // No configuration file: the render's configuration is the function `.eleventy.ts` makes for
    // this batch, so nothing reaches a template but the values handed to it.
    const eleventy = new Eleventy("templates", output, {
      configPath: false,
      config: configureRender(site, batchData),
      quietMode: true,
    });
    eleventy.disableLogger(); // errors still throw from write(); the build reports them
    const [, results] = await eleventy.write();
    files += results.length;
    // Beside the static files public/ gave, as its search scripts were before they were TypeScript.
    if (i === 0) await writeBrowserScripts(output);
    pages += pageCount(batch);
    // Never after the last batch: nothing is left to make room for.
    if (i < batches.length - 1) heap.collectIfGrown();
    sources.onBatch?.(pages, total);
  }
  return files;
}
