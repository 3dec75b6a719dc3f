import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SITEMAP_LIMIT, sitemap, sitemapPart, sitemapParts } from "../../src/site/feeds.ts";
import type { SiteData } from "../../src/site/types.ts";

/** A site of `n` article pages and nothing else (only what the sitemap reads). */
const siteOf = (n: number): SiteData => {
  const site = {
    config: { url: "https://archive.example/" },
    articles: Array.from({ length: n }, (_, i) => ({ path: `articles/a${i}.html` })),
    termPages: [],
    yearPages: [],
    eventPages: [],
  } as unknown as SiteData;
  return { ...site, sitemapParts: sitemapParts(site) };
};

describe("sitemap", () => {
  it("is one file up to the protocol's limit", () => {
    const site = siteOf(100);
    assert.deepEqual(site.sitemapParts, []);
    assert.match(sitemap(site), /<urlset[^]*articles\/a99\.html/);
  });

  it("becomes an index of parts of at most 50,000 pages beyond it", () => {
    const site = siteOf(120_000);
    assert.deepEqual(site.sitemapParts, [1, 2, 3]);
    const index = sitemap(site);
    assert.match(index, /<sitemapindex/);
    assert.equal(index.match(/<sitemap>/g)?.length, 3);
    assert.match(index, /https:\/\/archive\.example\/sitemap-3\.xml/);
    const urls = site.sitemapParts.map((n) => sitemapPart(site, n).match(/<url>/g)?.length ?? 0);
    // 120,000 articles and 8 fixed pages (the organisations index joined them, issue 16).
    assert.deepEqual(urls, [SITEMAP_LIMIT, SITEMAP_LIMIT, 120_008 - 2 * SITEMAP_LIMIT]);
    assert.match(sitemapPart(site, 3), /articles\/a119999\.html/);
  });
});

describe("sitemap of tags", () => {
  it("lists the tag index only when some tag has a page", () => {
    const site = siteOf(1);
    assert.doesNotMatch(sitemap(site), /tags\/index\.html/);
    const tagged = {
      ...site,
      termPages: [{ kind: "tags", pagePath: "tags/heat-pump.html" }],
    } as unknown as SiteData;
    assert.match(sitemap(tagged), /tags\/index\.html/);
    assert.match(sitemap(tagged), /tags\/heat-pump\.html/);
  });
});
