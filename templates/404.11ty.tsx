/** The not-found page. Served from any depth, so its links are absolute to the site root only when a site URL is configured. */
import type { SiteData } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";

export const data = { permalink: "404.html", eleventyExcludeFromCollections: true };

export function render(data: { site: SiteData }): JSX.Element {
  return (
    <Page site={data.site} here="404.html" title="Page not found">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. It may have been an article that was removed from the
        archive.
      </p>
      <p>
        <a href="index.html">Go to the latest articles</a> or{" "}
        <a href="search.html">search the archive</a>.
      </p>
    </Page>
  );
}
