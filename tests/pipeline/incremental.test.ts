/**
 * Incremental builds are correct: after adding, editing and deleting one article, the rebuilt
 * site is the site a cold build of the same articles makes, file for file (Pagefind's bundles by
 * page count: its file names differ between identical runs). The benchmark makes the same changes
 * to 1,000 and 10,000 articles (`npm run bench`); this is the small run, 30 articles.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { addArticle, deleteArticle, editArticle } from "../../bench/changes.ts";
import { treeDifferences } from "../../bench/compare-trees.ts";
import { generate } from "../../bench/generate.ts";
import type { BuildResult } from "../../src/pipeline/build-site.ts";
import { buildInto, listFiles } from "../helpers/built-site.ts";

const ARTICLES = 30;

describe(`incremental builds of ${ARTICLES} articles`, () => {
  const work = mkdtempSync(join(tmpdir(), "incremental-"));
  const articles = join(work, "articles");
  const site = join(work, "site", "_site");
  after(() => rmSync(work, { recursive: true, force: true }));

  /** Rebuilds the site in place, and a cold build of the same articles in a folder of its own. */
  async function rebuild(): Promise<{ result: BuildResult; differences: string[] }> {
    const { result } = await buildInto(articles, site);
    assert.ok(result.ok, JSON.stringify(result.diagnostics));
    const cold = await buildInto(articles);
    assert.ok(cold.result.ok, JSON.stringify(cold.result.diagnostics));
    assert.equal(cold.result.counts?.reusedFiles, 0, "the checking build is a cold one");
    const differences = treeDifferences(site, cold.dir);
    rmSync(join(cold.dir, ".."), { recursive: true, force: true });
    return { result, differences };
  }

  /** The article page with the headline `headline`, if the site has one. */
  const pageOf = (headline: string): string | undefined =>
    listFiles(site)
      .filter((p) => /^articles\/[^/]+(?<!\.source)\.html$/.test(p))
      .find((p) => readFileSync(join(site, p), "utf8").includes(`<h1>${headline}</h1>`));

  before(async () => {
    generate(ARTICLES, articles);
    const { result } = await buildInto(articles, site);
    assert.ok(result.ok, JSON.stringify(result.diagnostics));
    assert.equal(result.counts?.parsed, ARTICLES);
  });

  it("adds an article's pages as a cold build would, reusing the others", async () => {
    const added = addArticle(articles, 7_000_030);
    const { result, differences } = await rebuild();
    assert.deepEqual(differences, []);
    assert.equal(result.counts?.parsed, 1, `only ${basename(added)} is parsed`);
    assert.equal(result.counts?.reusedFiles, ARTICLES);
    assert.ok((result.counts?.linked ?? 0) > 0, "unchanged pages are linked, not rendered");
  });

  it("rewrites an edited article's pages as a cold build would", async () => {
    const headline = "Edited headline about zymurgical Havana talks";
    assert.equal(pageOf(headline), undefined);
    editArticle(articles, headline);
    const { result, differences } = await rebuild();
    assert.deepEqual(differences, []);
    assert.equal(result.counts?.parsed, 1, "only the edited file is parsed");
    assert.ok(pageOf(headline), "the edited headline has its page");
  });

  it("removes a deleted article's pages as a cold build would", async () => {
    const pagesBefore = listFiles(site).length;
    const deleted = deleteArticle(articles);
    assert.ok(!existsSync(deleted));
    const { result, differences } = await rebuild();
    assert.deepEqual(differences, []);
    assert.equal(result.counts?.parsed, 0, "nothing is parsed");
    assert.equal(result.counts?.reusedFiles, ARTICLES);
    assert.ok(listFiles(site).length < pagesBefore, "the deleted article's pages are gone");
  });
});
