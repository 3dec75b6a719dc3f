/**
 * The search page (`search.html`): a search box, filters as checkboxes with counts, a sort, and
 * results linking to the paragraph that matched. search.js (bundled from src/browser/search-page.ts)
 * runs it, with Pagefind on a web server and the script-file index from disk; without JavaScript
 * the page says what to do.
 */
import type { RenderBatch, SiteData } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";

export const data = { permalink: "search.html", eleventyExcludeFromCollections: true };

export function render(data: { site: SiteData; batch: RenderBatch }): JSX.Element {
  const head = (
    <>
      <script src="search-engine.js" defer></script>
      <script src="search.js" defer></script>
    </>
  );
  return (
    <Page
      site={data.site}
      here="search.html"
      title="Search"
      section="search"
      head={head}
      description={`Search the ${data.site.articles.length} articles of the archive.`}
    >
      <h1>Search</h1>
      <form
        class="search-box"
        id="search-form"
        action="search.html"
        method="get"
        role="search"
        data-shards={data.batch.searchShards.join(" ")}
      >
        <label for="q">Search the archive</label>
        <input id="q" type="search" name="q" autocomplete="off" spellcheck="false" />
        <button type="submit">Search</button>
      </form>
      <noscript>
        <p class="notice">
          Search needs JavaScript, which is turned off. Browse the archive by{" "}
          <a href="topics/index.html">topic</a>, <a href="people/index.html">person</a>,{" "}
          <a href="places/index.html">place</a>, <a href="sources/index.html">source</a> or on the{" "}
          <a href="timeline.html">timeline</a>; or turn JavaScript on for this site. In a terminal,{" "}
          <code>npm run search -- "your words"</code> searches the same index.
        </p>
      </noscript>
      <div class="search-layout">
        <div class="search-main">
          <div class="search-bar">
            <p id="search-status" role="status" aria-live="polite"></p>
            <label class="sort">
              Order{" "}
              <select id="search-sort">
                <option value="">Best match</option>
                <option value="date-desc">Newest first</option>
                <option value="date-asc">Oldest first</option>
              </select>
            </label>
          </div>
          <ol id="search-results" class="search-results"></ol>
          <button type="button" id="search-more" class="more" hidden>
            More results
          </button>
          <p id="search-engine" class="note"></p>
        </div>
        <aside class="search-filters" aria-labelledby="filters-h">
          <h2 id="filters-h">Filter</h2>
          <div id="search-filters"></div>
        </aside>
      </div>
    </Page>
  );
}
