import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { buildInto, listFiles } from "../../helpers/built-site.ts";

/** Six articles of a town: three on heat pumps, one on a solar roof, two on other things. */
const ARCHIVE = "tests/fixtures/tags/articles";

let dir = "";
const read = (p: string): string => readFileSync(join(dir, p), "utf8");
const articlePage = (slugStart: string): string =>
  read(
    listFiles(join(dir, "articles"))
      .find((p) => p.startsWith(slugStart) && !p.includes(".source."))!
      .replace(/^/, "articles/"),
  );

before(async () => {
  const built = await buildInto(ARCHIVE);
  assert.ok(built.result.ok, JSON.stringify(built.result.diagnostics));
  dir = built.dir;
});

describe("tag pages in a build", () => {
  it("gives the phrase three articles share a page listing them", () => {
    const page = read("tags/heat-pump.html");
    assert.match(page, /<h1>heat pumps<\/h1>/);
    for (const headline of ["Town offers grants", "Installers struggle", "Neighbours complain"])
      assert.ok(page.includes(headline), headline);
    assert.ok(!page.includes("solar roof"));
  });
  it("links an article's shared tag, and shows its own phrase without a page", () => {
    assert.match(
      articlePage("town-offers-grants"),
      /href="\.\.\/tags\/heat-pump\.html">heat pumps</,
    );
    const school = articlePage("school-fits-a-solar-roof");
    assert.match(school, /<li>solar roof<\/li>/);
    assert.ok(!existsSync(join(dir, "tags/solar-roof.html")));
  });
  it("says in the facts table how each tag was chosen", () => {
    assert.match(
      articlePage("town-offers-grants"),
      /heat pumps — key phrase: in the headline, ×3 in the text; shared with other articles/,
    );
  });
  it("lists the tags with pages in an index linked from every page", () => {
    const index = read("tags/index.html");
    assert.match(index, /href="heat-pump\.html">heat pumps</);
    assert.match(read("index.html"), /href="tags\/index\.html"/);
    assert.match(articlePage("market-hall"), /href="\.\.\/tags\/index\.html"/);
  });
});

describe("an archive without tag pages", () => {
  it("has no tag index and no Tags in its navigation", async () => {
    const few = join(mkdtempSync(join(tmpdir(), "few-tags-")), "articles");
    for (const file of ["heat-pump-grants.txt", "heat-pump-noise.txt", "market-hall.txt"])
      cpSync(join(ARCHIVE, file), join(few, file));
    const built = await buildInto(few);
    assert.ok(built.result.ok, JSON.stringify(built.result.diagnostics));
    assert.ok(!existsSync(join(built.dir, "tags")));
    assert.doesNotMatch(readFileSync(join(built.dir, "index.html"), "utf8"), /tags\/index\.html/);
  });
});
