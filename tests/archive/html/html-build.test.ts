/**
 * A folder with one text article and one saved page builds into one site: the page's article has
 * its page with the facts' origins shown, its original-file page shows the HTML as text, and it
 * is found by the search.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { searchSite } from "../../../src/search/terminal-search.ts";
import { buildInto, listFiles } from "../../helpers/built-site.ts";

const ARTICLES = "tests/fixtures/html/build/articles";

describe("a saved page builds like a text article", () => {
  let dir = "";
  let pages: string[] = [];
  before(async () => {
    const built = await buildInto(ARTICLES);
    dir = built.dir;
    pages = listFiles(dir);
  });

  it("gives both articles their pages", () => {
    assert.ok(pages.includes("articles/harbour-gets-a-new-breakwater.html"), pages.join("\n"));
    assert.ok(pages.includes("articles/ferry-workers-end-their-strike.html"), pages.join("\n"));
  });

  it("shows where the page's facts came from", () => {
    const html = readFileSync(join(dir, "articles/harbour-gets-a-new-breakwater.html"), "utf8");
    assert.match(html, /From the page&#39;s JSON-LD \(datePublished, line \d+\)/);
    assert.match(html, /From the page&#39;s canonical link/);
    assert.match(html, /new breakwater would protect the fishing fleet/);
  });

  it("shows the original page as escaped text, never as a page", () => {
    const source = pages.find((p) => p.startsWith("articles/harbour-gets-a-new-breakwater.source"));
    assert.ok(source, pages.join("\n"));
    const html = readFileSync(join(dir, source), "utf8");
    assert.match(html, /extracted from the HTML/);
    assert.match(html, /&lt;nav class=&quot;site-menu&quot;&gt;|&lt;nav class="site-menu"&gt;/);
    assert.doesNotMatch(html, /<nav class="site-menu">/);
  });

  it("puts the saved page's article in the search index", async () => {
    const found = await searchSite(dir, "breakwater", {});
    assert.ok(
      pages.some((p) => p.startsWith("pagefind/")),
      "no Pagefind index",
    );
    assert.equal(found.results[0]?.headline, "Harbour gets a new breakwater");
  });
});
