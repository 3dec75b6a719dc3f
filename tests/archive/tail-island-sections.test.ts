/**
 * The run's tail islands (tail-island.ts): a paragraph below a share row and an author card is cut
 * off, a section below one subhead and its photo credit is the article's own and stays.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { LineKind } from "../../src/archive/classify-line.ts";
import type { SourceLine } from "../../src/archive/source-lines.ts";
import { trimTailIslands } from "../../src/archive/tail-island.ts";

const PARAGRAPH =
  "A paragraph of the article that runs on for a while and ends with a stop. ".repeat(4);

/** Lines, kinds and weights of a run, from its kinds (a paragraph's text is long, a gap's short). */
function runOf(kinds: LineKind[]): { lines: SourceLine[]; weights: number[] } {
  const lines = kinds.map((k, i) => ({ n: i + 1, text: k === "content" ? PARAGRAPH : "Gap line" }));
  const weights = kinds.map((k) => (k === "content" ? PARAGRAPH.length + 80 : -80));
  return { lines, weights };
}

describe("trimTailIslands", () => {
  const article: LineKind[] = Array.from({ length: 8 }, () => "content");

  it("cuts a paragraph below a share row and an author card", () => {
    const kinds: LineKind[] = [...article, "share-button", "chrome", "content"];
    const { lines, weights } = runOf(kinds);
    assert.equal(trimTailIslands(kinds, weights, lines, 0, kinds.length), article.length);
  });

  it("keeps sections below a subhead and a photo credit", () => {
    const section: LineKind[] = ["teaser", "credit", "content"];
    const kinds: LineKind[] = [...article, ...section, ...section, ...section];
    const { lines, weights } = runOf(kinds);
    assert.equal(trimTailIslands(kinds, weights, lines, 0, kinds.length), kinds.length);
  });
});
