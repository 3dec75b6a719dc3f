import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it, before } from "node:test";
import { buildInto, SEED_ARCHIVE } from "../helpers/built-site.ts";

let site = "";
before(async () => {
  site = (await buildInto(SEED_ARCHIVE)).dir;
});

const search = (...args: string[]): string =>
  execFileSync("npm", ["run", "--silent", "search", "--", ...args]).toString();

describe("npm run search", () => {
  it("prints matches with headline, date, source, path and snippet, or JSON", () => {
    const text = execFileSync("npm", [
      "run",
      "--silent",
      "search",
      "--",
      "Shoigu",
      "--site",
      site,
    ]).toString();
    assert.match(text, /^1 article matches “Shoigu”\./);
    assert.match(
      text,
      /Russia Praises Cuba.*\n {2}2015-02-14 · Sputnik · articles\/russia-praises-cuba[^ ]*#p1\n {2}.*Shoigu/,
    );
    const json = JSON.parse(
      execFileSync("npm", [
        "run",
        "--silent",
        "search",
        "--",
        "blockade",
        "--year",
        "2020",
        "--json",
        "--site",
        site,
      ]).toString(),
    ) as { total: number; results: { source: string }[] };
    assert.equal(json.total, 1);
    assert.equal(json.results[0]!.source, "TASS");
  });
});

/** Control characters and escape sequences a terminal would act on (tab and line feed aside). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("npm run search with control characters in articles", () => {
  let dirty = "";
  before(async () => {
    const articles = mkdtempSync(join(tmpdir(), "search-articles-"));
    writeFileSync(
      join(articles, "lavrov.txt"),
      "---\ndate: 2020-05-08\nsource: TASS\n---\n" +
        "Lavrov \u001b]0;pwned\u0007meets Rodriguez in \u001b[8mHavana\u001b[0m\n\n" +
        "MOSCOW, May 8. /TASS/: Russian Foreign Minister Sergey Lavrov met his Cuban counterpart " +
        "\u001b[31mBruno Rodriguez\u009b0m in Havana on Friday to discuss trade and the blockade.\n",
    );
    writeFileSync(
      join(articles, "shoigu.txt"),
      "---\ndate: 2015-02-14\nsource: TASS\n---\nShoigu inspects the Mariel port\n\n" +
        "HAVANA, Feb. 14. /TASS/: Russian Defence Minister Sergei Shoigu inspected the port of Mariel " +
        "on Saturday during his visit to Cuba.\n",
    );
    dirty = (await buildInto(articles)).dir;
  });
  it("builds feeds and search results with no control character left", () => {
    assert.doesNotMatch(readFileSync(join(dirty, "feed.xml"), "utf8"), CONTROL);
    const text = search("Havana", "--site", dirty);
    assert.match(text, /Lavrov \]0;pwnedmeets Rodriguez in \[8mHavana\[0m/);
    assert.doesNotMatch(text, CONTROL);
  });
  it("prints control characters that reach the index as visible escapes", () => {
    // A site from an older build can still hold them: write some into a copy of the index.
    const copy = join(mkdtempSync(join(tmpdir(), "search-site-")), "_site");
    cpSync(dirty, copy, { recursive: true });
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else {
          const js = readFileSync(p, "utf8");
          const evil = "Shoigu \\u001b]0;pwned\\u0007inspects\\u009b2J the\\u2028Mariel port";
          writeFileSync(p, js.replaceAll("Shoigu inspects the Mariel port", evil));
        }
      }
    };
    walk(join(copy, "search-data"));
    const text = search("Mariel", "--site", copy);
    assert.match(text, /Shoigu \\x1b\]0;pwned\\x07inspects\\x9b2J the\\u2028Mariel port/);
    assert.doesNotMatch(text, CONTROL);
    const json = search("Mariel", "--json", "--site", copy);
    assert.doesNotMatch(json, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    const parsed = JSON.parse(json) as { results: { headline: string }[] };
    assert.equal(
      parsed.results[0]?.headline,
      "Shoigu \u001b]0;pwned\u0007inspects\u009b2J the\u2028Mariel port",
    );
  });
});
