import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { generate } from "../../bench/generate.ts";
import { listArticleFiles } from "../../src/archive/article-files.ts";
import { loadArticles } from "../../src/pipeline/load-articles.ts";
import { assembleSite } from "../../src/site/assemble-site.ts";
import { loadSiteInputs } from "../../src/site/site-inputs.ts";
import { TERM_PAGE_SIZE } from "../../src/site/paginate.ts";
import type { SiteData, TermPage } from "../../src/site/types.ts";

const now = new Date("2026-11-23T12:00:00Z");
const { inputs } = loadSiteInputs();

async function siteOf(dir: string): Promise<SiteData> {
  const cache = mkdtempSync(join(tmpdir(), "term-cache-"));
  try {
    const { files } = await listArticleFiles(dir);
    const read = await loadArticles(files, inputs, { now, cache });
    return assembleSite(read.facts, read.terms, inputs, now);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

describe("term pages", () => {
  const work = mkdtempSync(join(tmpdir(), "term-pages-"));
  const articles = join(work, "articles");
  let before1: SiteData;
  let after1: SiteData;
  let added: string;
  before(async () => {
    generate(300, articles);
    before1 = await siteOf(articles);
    const extra = join(work, "extra");
    generate(1, extra, 77);
    added = readdirSync(extra)[0]!;
    copyFileSync(join(extra, added), join(articles, `zz-${added}`));
    after1 = await siteOf(articles);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it("never hold more than a page of articles, and a large term is split by year", () => {
    const big = before1.termPages.filter((p) => p.summary?.byYear);
    assert.ok(big.length > 0, "the corpus has a term with more than a page of articles");
    for (const p of before1.termPages) assert.ok(p.articles.length <= TERM_PAGE_SIZE, p.pagePath);
    for (const first of big) {
      const years = before1.termPages.filter((p) => p.path === first.path && p.span);
      const listed = years.reduce((n, p) => n + p.articles.length, 0);
      assert.equal(listed, first.summary!.count, `${first.path}: every article on a year's page`);
    }
  });

  it("change only the first page and the new article's year when an article is added", () => {
    const stub = after1.articles.find((a) => !before1.articles.some((b) => b.path === a.path))!;
    const year = stub.date ? Number(stub.date.slice(0, 4)) : null;
    const terms = new Set([
      ...stub.themes.map((t) => t.path),
      ...stub.people.map((t) => t.path),
      ...stub.places.map((t) => t.path),
      // Organisations have pages since issue 16.
      ...stub.organisations.map((t) => t.path),
      stub.sourcePage?.path,
      // Tags since issue 16 (src/site/tags/): a tag's page lists the articles that have it.
      ...stub.tags.map((t) => t.path),
    ]);
    const byPath = new Map(before1.termPages.map((p) => [p.pagePath, p]));
    const changed = after1.termPages.filter(
      (p: TermPage) => JSON.stringify(byPath.get(p.pagePath)) !== JSON.stringify(p),
    );
    assert.ok(changed.length > 0);
    for (const p of changed) {
      assert.ok(terms.has(p.path), `${p.pagePath} changed, but the new article is not on it`);
      if (p.span) assert.equal(p.span.year, year, `${p.pagePath} is another year's page`);
    }
  });
});
