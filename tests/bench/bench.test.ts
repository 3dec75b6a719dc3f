import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { HtmlValidate } from "html-validate";
import { benchSize } from "../../bench/run.ts";
import { listFiles } from "../helpers/built-site.ts";
import { brokenLinks } from "../helpers/links.ts";

// The benchmark's small run: 1,000 generated articles, no peer, no browser. Each of add, edit and
// delete must leave the site as a cold build of the same articles would (Pagefind by page count).
describe("npm run bench, 1,000 articles", () => {
  const site = join("bench/out/1000/site");
  it("leaves the site as a cold build would after adding, editing and deleting one article", async () => {
    const r = await benchSize(1000, {
      peer: false,
      browser: false,
      fullVerify: true,
      log: () => {},
    });
    assert.deepEqual(r.problems, []);
    assert.equal(r.verified, "identical to a cold build");
    assert.ok(r.pages > 2000, `${r.pages} pages`);
  });

  // Pages only an archive of this size has: terms with more than a page of articles, split by year.
  it("links every page of a large archive to pages that exist", () => {
    const pages = listFiles(site).filter((p) => p.endsWith(".html"));
    assert.ok(
      pages.some((p) => /^places\/[^/]+\/\d{4}\.html$/.test(p)),
      "year pages of a term",
    );
    assert.deepEqual(
      pages.flatMap((p) => brokenLinks(site, p)),
      [],
    );
  });

  it("writes valid HTML for a large term's first page and its year pages", async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(".htmlvalidate.json", "utf8")));
    const pages = listFiles(site).filter((p) =>
      /^(?:places|topics)\/[^/]+(?:\.html|\/(?:\d{4}|undated)(?:\/\d+)?\.html)$/.test(p),
    );
    const problems: string[] = [];
    for (const p of pages.slice(0, 60)) {
      const report = await validator.validateString(readFileSync(join(site, p), "utf8"), p);
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${p}:${m.line}: ${m.ruleId} ${m.message}`);
    }
    assert.deepEqual(problems, []);
  });
});
