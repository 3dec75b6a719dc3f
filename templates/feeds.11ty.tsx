/**
 * Machine-readable outputs: `feed.xml` (Atom), `feed.json` (JSON Feed 1.1) and `sitemap.xml`,
 * paginated over one small list so each is its own file. Built by pure functions in src/site/feeds.ts.
 */
import { atomFeed, jsonFeed, sitemap } from "../src/site/feeds.ts";
import type { RenderBatch, SiteData } from "../src/site/types.ts";

/** What each output is made from. */
interface FeedData {
  /** Every view. */
  site: SiteData;
  /** This render's batch: the JSON feed shows its full views of the feed's articles. */
  batch: RenderBatch;
}

const OUTPUTS = [
  { path: "feed.xml", make: (d: FeedData): string => atomFeed(d.site) },
  { path: "feed.json", make: (d: FeedData): string => jsonFeed(d.site, d.batch.feed) },
  { path: "sitemap.xml", make: (d: FeedData): string => sitemap(d.site) },
];

export const data = {
  pagination: { data: "outputs", size: 1, alias: "output", addAllPagesToCollections: false },
  outputs: OUTPUTS,
  permalink: (d: { output: (typeof OUTPUTS)[number] }): string => d.output.path,
  eleventyExcludeFromCollections: true,
};

export function render(data: FeedData & { output: (typeof OUTPUTS)[number] }): string {
  return data.output.make(data);
}
