/**
 * Machine-readable outputs: `feed.xml` (Atom), `feed.json` (JSON Feed 1.1) and `sitemap.xml`,
 * paginated over one small list so each is its own file. Built by pure functions in src/site/feeds.ts.
 */
import { atomFeed, jsonFeed, sitemap } from "../src/site/feeds.ts";
import type { SiteData } from "../src/site/types.ts";

const OUTPUTS = [
  { path: "feed.xml", make: atomFeed },
  { path: "feed.json", make: jsonFeed },
  { path: "sitemap.xml", make: sitemap },
];

export const data = {
  pagination: { data: "outputs", size: 1, alias: "output", addAllPagesToCollections: false },
  outputs: OUTPUTS,
  permalink: (d: { output: (typeof OUTPUTS)[number] }): string => d.output.path,
  eleventyExcludeFromCollections: true,
};

export function render(data: { site: SiteData; output: (typeof OUTPUTS)[number] }): string {
  return data.output.make(data.site);
}
