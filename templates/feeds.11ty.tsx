/**
 * Machine-readable outputs: `feed.xml` (Atom), `feed.json` (JSON Feed 1.1) and `sitemap.xml`,
 * paginated over one small list so each is its own file. Built by pure functions in src/site/feeds.ts.
 */
import { articleView } from "../src/site/current-site.ts";
import { atomFeed, feedItems, jsonFeed, sitemap } from "../src/site/feeds.ts";
import type { SiteData } from "../src/site/types.ts";

const OUTPUTS = [
  { path: "feed.xml", make: (site: SiteData): string | Promise<string> => atomFeed(site) },
  {
    path: "feed.json",
    make: async (site: SiteData): Promise<string> =>
      jsonFeed(site, await Promise.all(feedItems(site).map(articleView))),
  },
  { path: "sitemap.xml", make: (site: SiteData): string | Promise<string> => sitemap(site) },
];

export const data = {
  pagination: { data: "outputs", size: 1, alias: "output", addAllPagesToCollections: false },
  outputs: OUTPUTS,
  permalink: (d: { output: (typeof OUTPUTS)[number] }): string => d.output.path,
  eleventyExcludeFromCollections: true,
};

export async function render(data: {
  site: SiteData;
  output: (typeof OUTPUTS)[number];
}): Promise<string> {
  return await data.output.make(data.site);
}
