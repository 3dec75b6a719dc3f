/**
 * The parts of a sitemap too large for one file (`sitemap-1.xml`, …; `sitemap.xml` is then their
 * index): a site lists more pages than one sitemap may (50,000) from about 20,000 articles on.
 */
import { sitemapPart, sitemapPartPath } from "../src/site/feeds.ts";
import type { SiteData } from "../src/site/types.ts";

export const data = {
  pagination: {
    data: "site.sitemapParts",
    size: 1,
    alias: "part",
    addAllPagesToCollections: false,
  },
  permalink: (d: { part: number }): string => sitemapPartPath(d.part),
  eleventyExcludeFromCollections: true,
};

export function render(data: { site: SiteData; part: number }): string {
  return sitemapPart(data.site, data.part);
}
