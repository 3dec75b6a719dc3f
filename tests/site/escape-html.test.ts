import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createElement, escapeEntities } from "jsx-async-runtime";
import { escapeHtml } from "../../src/site/escape-html.ts";
import { atomFeed } from "../../src/site/feeds.ts";
import { renderJsx } from "../../src/site/render-jsx.ts";
import type { SiteData } from "../../src/site/types.ts";

const HOSTILE = `Tom & "Jerry's" <b>cat</b>`;
const ESCAPED = "Tom &amp; &quot;Jerry&#39;s&quot; &lt;b&gt;cat&lt;/b&gt;";

/** A site with no articles (only what the Atom feed reads). */
const siteTitled = (title: string): SiteData =>
  ({
    config: { title, description: "", url: "https://archive.example/" },
    articles: [],
    builtAt: "2026-11-23T12:00:00Z",
  }) as unknown as SiteData;

describe("escapeHtml", () => {
  it("writes & < > \" ' as entities, ' as &#39;", () => {
    assert.equal(escapeHtml(`& < > " '`), "&amp; &lt; &gt; &quot; &#39;");
  });

  it("hands back text with nothing to escape as it is", () => {
    assert.equal(escapeHtml("Plain text, 100% safe."), "Plain text, 100% safe.");
    assert.equal(escapeHtml(""), "");
  });

  it("escapes as jsx-async-runtime does, so pages keep their bytes", () => {
    for (const s of [HOSTILE, "'", "&&", "a<", ">b", "x".repeat(40) + "'"]) {
      assert.equal(escapeHtml(s), escapeEntities(s));
    }
  });

  it("escapes a feed and a page the same way", async () => {
    const page = await renderJsx(createElement("title", { "data-x": HOSTILE }, HOSTILE));
    assert.equal(page, `<title data-x="${ESCAPED}">${ESCAPED}</title>`);
    assert.ok(atomFeed(siteTitled(HOSTILE)).includes(`  <title>${ESCAPED}</title>\n`));
  });
});
