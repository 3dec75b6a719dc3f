/**
 * The search page (`search.html`). The search itself is the search issue's work; until then the
 * page says what the archive offers instead.
 */
import type { SiteData } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";

export const data = { permalink: "search.html", eleventyExcludeFromCollections: true };

export function render(data: { site: SiteData }): JSX.Element {
  return (
    <Page site={data.site} here="search.html" title="Search" section="search">
      <h1>Search</h1>
      <form class="search-box" action="search.html" method="get" role="search">
        <label for="q">Search the archive</label>
        <input id="q" type="search" name="q" />
        <button type="submit">Search</button>
      </form>
      <noscript>
        <p>
          Search needs JavaScript. Without it, browse by <a href="topics/index.html">topic</a>,{" "}
          <a href="people/index.html">person</a>, <a href="places/index.html">place</a>,{" "}
          <a href="sources/index.html">source</a> or the <a href="timeline.html">timeline</a>.
        </p>
      </noscript>
    </Page>
  );
}
