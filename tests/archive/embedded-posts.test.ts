/**
 * Embedded social posts (src/archive/embedded-posts.ts): a post's text ending in its picture link
 * is told from a bare link or a line that only names the link.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticle } from "../../src/archive/parse.ts";
import { readArticleText } from "../../src/archive/read.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isEmbeddedPostLine } from "../../src/archive/embedded-posts.ts";

describe("isEmbeddedPostLine", () => {
  it("takes a post's text with its picture link", () =>
    assert.equal(
      isEmbeddedPostLine("The lines warp around the face. pic.twitter.com/Ab12Cd34Ef"),
      true,
    ));
  for (const line of ["pic.twitter.com/Ab12Cd34Ef", "See pic.twitter.com/Ab12 for more details."])
    it(`not a post: ${line}`, () => assert.equal(isEmbeddedPostLine(line), false));
});

describe("an embedded post between paragraphs", () => {
  it("stays in the body", () => {
    const name = "embedded-post-in-body";
    const file = join(import.meta.dirname, "..", "fixtures", "text-patterns", name, "input.txt");
    const now = new Date("2026-11-23T12:00:00Z");
    const read = readArticleText(`${name}.txt`, readFileSync(file), now);
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join("; "));
    const record = parseArticle(read.file, now);
    assert.ok(record.body.includes("window warp a little around the face"), record.body);
  });
});
