/**
 * What Eleventy renders: the site's views, the plan of pages to write, and a way to get an
 * article's full view (record and paragraphs) when its page is rendered — full views are read one
 * at a time, so a render never holds every article's text at once. The build sets it; run on its
 * own (`npx @11ty/eleventy`), Eleventy loads `articles/` itself and renders every page.
 */
import { formatDiagnostic } from "../archive/diagnostic.ts";
import { loadArchive } from "../archive/load.ts";
import { loadSiteInputs } from "./site-inputs.ts";
import { citePage } from "./term-pages.ts";
import { siteFromRecords } from "./site-from-records.ts";
import type { ArticleStub, ArticleView, RenderPlan, SiteData } from "./types.ts";

/** The site, its plan, and the reader of full article views. */
export interface SiteRender {
  /** Every view. */
  site: SiteData;
  /** The pages to write. */
  plan: RenderPlan;
  /** The full view of an article. */
  view(stub: ArticleStub): Promise<ArticleView>;
  /** True when this render also writes the pages built from the whole archive and the static files (a render in batches does so once). */
  wholeSite: boolean;
}

let current: SiteRender | null = null;

/** Sets what the next render writes. */
export function setCurrentSite(render: SiteRender): void {
  current = render;
}

/** A plan that renders every page. */
export function planEverything(site: SiteData, searchShards: number[] = []): RenderPlan {
  return {
    articles: site.articles,
    sources: site.articles,
    termPages: site.termPages,
    yearPages: site.yearPages,
    eventPages: site.eventPages,
    searchShards,
  };
}

/** True unless the render under way is a batch after the first (see src/build/render-pages.ts). */
export function writesWholeSite(): boolean {
  return current?.wholeSite ?? true;
}

/** What to render. */
export async function currentSite(): Promise<SiteRender> {
  if (current) return current;
  const archive = await loadArchive("articles");
  const { inputs, diagnostics } = loadSiteInputs();
  for (const d of diagnostics) console.warn(formatDiagnostic(d));
  const { site, views, mentionsOf } = siteFromRecords(archive.records, inputs);
  const bySlug = new Map(views.map((v) => [v.slug, v]));
  const plan = planEverything(site);
  plan.termPages = await Promise.all(plan.termPages.map((p) => citePage(p, mentionsOf)));
  current = {
    site,
    plan,
    view: (stub) => Promise.resolve(bySlug.get(stub.slug)!),
    wholeSite: true,
  };
  return current;
}

/** The full view of an article, for the templates. */
export async function articleView(stub: ArticleStub): Promise<ArticleView> {
  return (await currentSite()).view(stub);
}
