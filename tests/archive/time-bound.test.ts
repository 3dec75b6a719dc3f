/**
 * Issue 13: one saved web page held a batch of files for over ten minutes. Each file's parse is
 * bounded in time; a runaway file becomes an error naming it, and the others are unaffected.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { forEachWithinTimeLimit } from "../../src/archive/time-bound.ts";
import { loadArticleFolder } from "../../src/pipeline/load-articles.ts";
import { loadSiteInputs } from "../../src/site/site-inputs.ts";
import { buildArchiveSite } from "../../src/pipeline/build-site.ts";
import { NOW } from "../helpers/built-site.ts";

/** Work that never ends for the item "runaway" and is instant for the others. */
const work = (item: string): string => {
  if (item === "runaway") for (;;);
  return `done ${item}`;
};

describe("the time limit on each file", () => {
  it("gives up on a runaway item alone, in order, and finishes every other", () => {
    const items = ["a", "b", "runaway", ...Array.from({ length: 60 }, (_, i) => `n${i}`)];
    const out: string[] = [];
    // A generous limit: only an item that never ends can reach it, however loaded the machine.
    forEachWithinTimeLimit(
      items,
      work,
      (item) => `gave up on ${item}`,
      (r) => out.push(r),
      2000,
    );
    assert.deepEqual(
      out,
      items.map((i) => (i === "runaway" ? "gave up on runaway" : `done ${i}`)),
    );
  });

  it("lets an exception of the work through, not as a time-out", () => {
    const boom = (): string => {
      throw new Error("boom");
    };
    assert.throws(
      () =>
        forEachWithinTimeLimit(
          ["x"],
          boom,
          () => "timed out",
          () => {},
          2000,
        ),
      /boom/,
    );
  });

  describe("in the loader and the build", () => {
    const root = mkdtempSync(join(tmpdir(), "time-limit-"));
    after(() => rmSync(root, { recursive: true, force: true }));
    const articles = join(root, "articles");
    // A 2 MiB file takes well over a millisecond to parse on any machine; the limit below is 1 ms.
    const big = join(articles, "big.txt");
    const line = "Words of a long paragraph that goes on and on. ".repeat(40);
    mkdirSync(articles);
    writeFileSync(big, `A headline\n\n${`${line}\n\n`.repeat(1000)}`);

    it("`npm run check`'s loader reports the file by name with a fix", async () => {
      const archive = await loadArticleFolder(articles, loadSiteInputs().inputs, NOW, 1);
      const d = archive.diagnostics.find((x) => x.code === "parse-time-limit");
      assert.equal(d?.path, big);
      assert.equal(d?.severity, "error");
      assert.match(d!.message, /to parse/);
    });

    it("the build reports it and fails without hanging or writing a site", async () => {
      const output = join(root, "_site");
      const result = await buildArchiveSite({ articles, output, now: NOW, parseTimeLimitMs: 1 });
      assert.equal(result.ok, false);
      assert.ok(result.diagnostics.some((x) => x.code === "parse-time-limit" && x.path === big));
    });
  });
});
