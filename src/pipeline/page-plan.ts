/**
 * Which pages a build must render. Every page that lists or shows articles is a function of a
 * small piece of the site's views (an article's stub, one page of a theme, one year); its
 * fingerprint is a hash of that piece, of the site settings and of the code. A page whose
 * fingerprint matches the previous build's, and whose file in the previous site is untouched
 * (same inode, size and time), is linked instead of rendered. The few pages built from the whole
 * archive (home, timeline overview, indexes, feeds, sitemap, search, 404) are always rendered.
 * Once the site is written, `pageManifest` records each page's identity for the next build's check.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import type { ArticleLink, RenderPlan, SiteData } from "../site/types.ts";
import type { PageEntry } from "./article-cache.ts";
import { pageFingerprint } from "./cache-keys.ts";

/** The plan, the pages to link from the previous site, and every planned page's fingerprint. */
export interface PagePlan {
  /** What Eleventy renders. */
  plan: RenderPlan;
  /** Paths of pages linked from the previous site. */
  reuse: string[];
  /** Every planned page: path → fingerprint. */
  fingerprints: Map<string, string>;
}

/**
 * True when the previous site's file is the one the previous build wrote with this fingerprint.
 * Synchronous: tens of thousands of small stats cost less in one loop than through the thread pool.
 */
export function unchangedFile(
  previous: Readonly<Record<string, PageEntry>>,
  oldSite: string,
  path: string,
  fp: string,
): boolean {
  const entry = previous[path];
  if (!entry || entry.fingerprint !== fp) return false;
  const info = statSync(join(oldSite, path), { throwIfNoEntry: false });
  return (
    info !== undefined &&
    info.ino === entry.ino &&
    info.size === entry.size &&
    info.mtimeMs === entry.mtimeMs
  );
}

/** Plans the pages of `site`; `salt` fingerprints the code and settings every page depends on. */
export function planPages(
  site: SiteData,
  previous: Readonly<Record<string, PageEntry>>,
  oldSite: string,
  salt: string,
  searchShards: number[],
): PagePlan {
  const fingerprints = new Map<string, string>();
  const reuse: string[] = [];
  // Every page's navigation links the tag index only when some tag has a page (templates/_components/page.tsx).
  const pageSalt = site.tags.length > 0 ? `${salt}+tags` : salt;
  // Pages to render stay in the site's order, so a render writes them in the same order as a cold one.
  const keep = <T>(
    items: readonly T[],
    kind: string,
    path: (t: T) => string,
    data: (t: T) => unknown,
  ): T[] =>
    items.filter((item) => {
      const p = path(item);
      const fp = pageFingerprint(pageSalt, kind, data(item));
      fingerprints.set(p, fp);
      const same = unchangedFile(previous, oldSite, p, fp);
      if (same) reuse.push(p);
      return !same;
    });
  // An article's key stands for everything the build derives from its file alone (the key hashes
  // the file, the code, the data files and the days its facts hold; `salt` the settings), so a
  // page is fingerprinted by the keys of the articles it shows rather than by their whole data:
  // the same, at a fraction of the cost (see cache-keys.ts).
  const keyOf = new Map(site.articles.map((a) => [a.path, a.key]));
  const key = (link: ArticleLink | null): string | null => (link ? keyOf.get(link.path)! : null);
  const plan: RenderPlan = {
    articles: keep(
      site.articles,
      "article",
      (a) => a.path,
      // Its topics and tags too: whether a subtopic has a page, which key phrases are its tags and
      // how many articles share each depend on the whole archive (topic-pages.ts, tags/).
      (a) => [
        a.key,
        a.themes.map((t) => t.slug),
        a.tags,
        a.related.map(key),
        key(a.previous),
        key(a.next),
      ],
    ),
    // The original-file page shows the file and the article's headline and path.
    sources: keep(
      site.articles,
      "source",
      (a) => a.sourceFilePath,
      (a) => [a.key, a.path, a.headline],
    ),
    termPages: keep(
      site.termPages,
      "term",
      (t) => t.pagePath,
      (t) => ({ ...t, articles: null }),
    ),
    yearPages: keep(
      site.yearPages,
      "year",
      (y) => y.path,
      (y) => y,
    ),
    eventPages: keep(
      site.eventPages,
      "events",
      (e) => e.path,
      (e) => e,
    ),
    searchShards,
  };
  return { plan, reuse, fingerprints };
}

/**
 * The identity of every planned file in the new site, for the next build to check before linking.
 * A linked page is the previous build's file (checked when it was planned), so it keeps its entry.
 * Synchronous: a promise per file for 200,000 files held a gigabyte at once, and was slower.
 */
export function pageManifest(
  fresh: string,
  previous: Readonly<Record<string, PageEntry>>,
  planned: readonly [string, string][],
  linked: ReadonlySet<string>,
): Record<string, PageEntry> {
  const manifest: Record<string, PageEntry> = {};
  for (const [path, fp] of planned) {
    if (linked.has(path)) {
      manifest[path] = previous[path]!;
      continue;
    }
    const info = statSync(join(fresh, path), { throwIfNoEntry: false });
    if (!info) continue; // e.g. an empty search shard
    const old = previous[path];
    manifest[path] =
      old && old.fingerprint === fp && old.ino === info.ino
        ? old
        : { fingerprint: fp, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs };
  }
  return manifest;
}
