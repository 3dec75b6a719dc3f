/**
 * Atom, JSON Feed 1.1 and sitemap text. Links are absolute when the site's URL is configured;
 * without it they are relative to the feed (readers resolve them against the feed's address).
 */
import { NO_SOURCE } from "../archive/labels.ts";
import { escapeHtml } from "./escape-html.ts";
import type { ArticleStub, ArticleView, SiteData } from "./types.ts";

/** How many articles a feed carries. */
export const FEED_LENGTH = 50;

const href = (site: SiteData, path: string): string =>
  site.config.url ? new URL(path, site.config.url).href : path;

/** An RFC 3339 timestamp for a date of any precision (its first day at 00:00Z). */
function timestamp(a: ArticleStub, site: SiteData): string {
  const d = a.date;
  if (!d) return site.builtAt;
  const full = d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
  return `${full}T00:00:00Z`;
}

/** The articles a feed carries: the newest. */
export const feedItems = (site: SiteData): ArticleStub[] => site.articles.slice(0, FEED_LENGTH);

/** The Atom feed. */
export function atomFeed(site: SiteData): string {
  const id = site.config.url ?? "urn:news-archive:" + encodeURIComponent(site.config.title);
  const entries = feedItems(site).map((a) =>
    [
      "  <entry>",
      `    <title>${escapeHtml(a.headline)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeHtml(href(site, a.path))}"/>`,
      `    <id>${escapeHtml(site.config.url ? href(site, a.path) : `${id}:${a.slug}`)}</id>`,
      `    <updated>${timestamp(a, site)}</updated>`,
      a.author
        ? `    <author><name>${escapeHtml(a.author)}</name></author>`
        : `    <author><name>${escapeHtml(a.source ?? NO_SOURCE)}</name></author>`,
      `    <summary>${escapeHtml(a.summary)}</summary>`,
      ...a.themes.map(
        (t) => `    <category term="${escapeHtml(t.slug)}" label="${escapeHtml(t.name)}"/>`,
      ),
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeHtml(site.config.title)}</title>`,
    `  <subtitle>${escapeHtml(site.config.description)}</subtitle>`,
    `  <link rel="self" href="${escapeHtml(href(site, "feed.xml"))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeHtml(href(site, "index.html"))}"/>`,
    `  <id>${escapeHtml(id)}</id>`,
    `  <updated>${site.builtAt}</updated>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** The JSON Feed 1.1, with the full text of `items` (the full views of `feedItems`). */
export function jsonFeed(site: SiteData, items: readonly ArticleView[]): string {
  return (
    JSON.stringify(
      {
        version: "https://jsonfeed.org/version/1.1",
        title: site.config.title,
        description: site.config.description,
        ...(site.config.url
          ? { home_page_url: site.config.url, feed_url: href(site, "feed.json") }
          : {}),
        language: site.config.language,
        items: items.map((a) => ({
          id: site.config.url ? href(site, a.path) : a.slug,
          url: href(site, a.path),
          ...(a.record.url ? { external_url: a.record.url } : {}),
          title: a.headline,
          content_text: a.record.body,
          summary: a.summary,
          ...(a.date ? { date_published: timestamp(a, site) } : {}),
          ...(a.author ? { authors: a.author.split(", ").map((name) => ({ name })) } : {}),
          tags: a.themes.map((t) => t.name),
          language: a.language,
        })),
      },
      null,
      2,
    ) + "\n"
  );
}

/** Most URLs one sitemap file may list (the sitemaps protocol's limit). */
export const SITEMAP_LIMIT = 50_000;

/** The pages every site has that a sitemap lists. */
const FIXED_PAGES = [
  "index.html",
  "timeline.html",
  "search.html",
  "topics/index.html",
  "people/index.html",
  "places/index.html",
  "organisations/index.html",
  "sources/index.html",
];

/** The lists of a site's pages a sitemap reads. */
type SitemapSource = Pick<SiteData, "articles" | "termPages" | "yearPages" | "eventPages">;

/** Every page a sitemap lists. */
function sitemapPaths(site: SitemapSource): string[] {
  return [
    ...FIXED_PAGES,
    // The tag index exists only when some tag has a page (see term-index.11ty.tsx).
    ...(site.termPages.some((t) => t.kind === "tags") ? ["tags/index.html"] : []),
    ...site.articles.map((a) => a.path),
    ...site.termPages.map((t) => t.pagePath),
    ...site.yearPages.map((y) => y.path),
    ...site.eventPages.map((e) => e.path),
  ];
}

/** The numbers of the sitemap's parts (`sitemap-1.xml`, …); none when one file holds every page. */
export function sitemapParts(site: SitemapSource): number[] {
  const count = Math.ceil(sitemapPaths(site).length / SITEMAP_LIMIT);
  return count > 1 ? Array.from({ length: count }, (_, i) => i + 1) : [];
}

/** Site path of part `n` of the sitemap. */
export const sitemapPartPath = (n: number): string => `sitemap-${n}.xml`;

const urlset = (site: SiteData, paths: readonly string[]): string =>
  [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((p) => `  <url><loc>${escapeHtml(href(site, p))}</loc></url>`),
    "</urlset>",
    "",
  ].join("\n");

/**
 * `sitemap.xml`: every page; or, when there are more than one sitemap may list, an index of the
 * parts (`sitemap-1.xml`, …), each listing at most `SITEMAP_LIMIT`.
 */
export function sitemap(site: SiteData): string {
  if (site.sitemapParts.length === 0) return urlset(site, sitemapPaths(site));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...site.sitemapParts.map(
      (n) => `  <sitemap><loc>${escapeHtml(href(site, sitemapPartPath(n)))}</loc></sitemap>`,
    ),
    "</sitemapindex>",
    "",
  ].join("\n");
}

/** Part `n` (from 1) of a sitemap split into parts. */
export function sitemapPart(site: SiteData, n: number): string {
  return urlset(site, sitemapPaths(site).slice((n - 1) * SITEMAP_LIMIT, n * SITEMAP_LIMIT));
}
