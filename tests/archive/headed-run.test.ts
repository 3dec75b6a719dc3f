/** preferHeadedRun: the run below a header over a denser run that no header heads. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { LineKind } from "../../src/archive/classify-line.ts";
import { preferHeadedRun } from "../../src/archive/headed-run.ts";

/** Kinds and weights of a page: a header, two paragraphs, a gap, then four teaser summaries. */
const kinds: LineKind[] = [
  "teaser", // 0 headline
  "byline", // 1
  "content", // 2
  "content", // 3
  "teaser", // 4
  "teaser", // 5
  "teaser", // 6
  "content", // 7 card
  "teaser", // 8
  "content", // 9 card
  "teaser", // 10
  "content", // 11 card
];
const weights = [-60, -80, 400, 300, -60, -60, -60, 300, -60, 300, -60, 300];
/** The densest run: the cards (lines 7–11). */
const cards = { start: 7, end: 12 };
const cardsWeight = 300 * 3 - 60 * 2;

describe("preferHeadedRun", () => {
  it("takes the run below the byline when it weighs at least half the densest", () => {
    const run = preferHeadedRun(kinds, weights, kinds.length, cards, cardsWeight);
    assert.equal(run.start, 2);
    assert.ok(run.end >= 4);
  });
  it("keeps the densest run when a header stands right above it", () => {
    const headed = kinds.map((k, i) => (i === 6 ? "date-stamp" : k));
    assert.deepEqual(preferHeadedRun(headed, weights, kinds.length, cards, cardsWeight), cards);
  });
  it("keeps the densest run when the headed one is much lighter", () => {
    const light = weights.map((w, i) => (i === 2 || i === 3 ? 60 : w));
    assert.deepEqual(preferHeadedRun(kinds, light, kinds.length, cards, cardsWeight * 4), cards);
  });
});
