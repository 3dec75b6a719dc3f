/**
 * Which pages a build must render. Every page that lists or shows articles is a function of a
 * small piece of the site's views (an article's stub, one page of a theme, one year); its
 * fingerprint is a hash of that piece, of the site settings and of the code. A page whose
 * fingerprint matches the previous build's, and whose file in the previous site is untouched
 * (same inode, size and time), is linked instead of rendered. The few pages built from the whole
 * archive (home, timeline overview, indexes, feeds, sitemap, search, 404) are always rendered.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { RenderPlan, SiteData } from "../site/types.ts";
import type { PageEntry } from "./article-cache.ts";
import { fingerprint } from "./code-version.ts";

/** The plan, the pages to link from the previous site, and every planned page's fingerprint. */
export interface PagePlan {
  /** What Eleventy renders. */
  plan: RenderPlan;
  /** Paths of pages linked from the previous site. */
  reuse: string[];
  /** Every planned page: path → fingerprint. */
  fingerprints: Map<string, string>;
}

/** True when the previous site's file is the one the previous build wrote with this fingerprint. */
export async function unchangedFile(
  previous: Readonly<Record<string, PageEntry>>,
  oldSite: string,
  path: string,
  fp: string,
): Promise<boolean> {
  const entry = previous[path];
  if (!entry || entry.fingerprint !== fp) return false;
  const info = await stat(join(oldSite, path)).catch(() => null);
  return (
    info !== null &&
    info.ino === entry.ino &&
    info.size === entry.size &&
    info.mtimeMs === entry.mtimeMs
  );
}

/** Plans the pages of `site`; `salt` fingerprints the code and settings every page depends on. */
export async function planPages(
  site: SiteData,
  previous: Readonly<Record<string, PageEntry>>,
  oldSite: string,
  salt: string,
  searchShards: number[],
): Promise<PagePlan> {
  const fingerprints = new Map<string, string>();
  const reuse: string[] = [];
  const keep = async <T>(
    items: readonly T[],
    kind: string,
    path: (t: T) => string,
    data: (t: T) => unknown,
  ): Promise<T[]> => {
    const render: T[] = [];
    await Promise.all(
      items.map(async (item) => {
        const p = path(item);
        const fp = fingerprint(salt, kind, data(item));
        fingerprints.set(p, fp);
        if (await unchangedFile(previous, oldSite, p, fp)) reuse.push(p);
        else render.push(item);
      }),
    );
    // Back in the site's order, so a render writes pages in the same order as a cold one.
    const order = new Map(items.map((t, i) => [t, i]));
    return render.sort((a, b) => order.get(a)! - order.get(b)!);
  };
  const plan: RenderPlan = {
    articles: await keep(
      site.articles,
      "article",
      (a) => a.path,
      (a) => a,
    ),
    // The original-file page shows the file and the article's headline and path.
    sources: await keep(
      site.articles,
      "source",
      (a) => a.sourceFilePath,
      (a) => [a.key, a.path, a.headline],
    ),
    termPages: await keep(
      site.termPages,
      "term",
      (t) => t.pagePath,
      (t) => t,
    ),
    yearPages: await keep(
      site.yearPages,
      "year",
      (y) => y.path,
      (y) => y,
    ),
    eventPages: await keep(
      site.eventPages,
      "events",
      (e) => e.path,
      (e) => e,
    ),
    searchShards,
  };
  return { plan, reuse, fingerprints };
}
