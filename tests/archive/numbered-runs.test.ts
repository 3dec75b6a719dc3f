/**
 * A numbered list that goes on from the article's paragraphs to its end (src/archive/body-gaps.ts,
 * keepNumberedRuns): the items that keep the count are body; a line that breaks it is not.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { keepNumberedRuns } from "../../src/archive/body-gaps.ts";
import type { LineKind } from "../../src/archive/classify-line.ts";

const lines = [
  "7. Anna Lindqvist – eine Stimme, die von leise zu laut wechselt.",
  "8. Marco Ruiz",
  "9. Tom Becker",
  "12. Andere Liste",
  "Teilen",
].map((text, i) => ({ n: i + 1, text }));

describe("keepNumberedRuns", () => {
  it("keeps the items that go on counting and stops where the count breaks", () => {
    const kinds: LineKind[] = ["content", "teaser", "teaser", "teaser", "share-button"];
    keepNumberedRuns(lines, kinds, new Set(), lines.length);
    assert.deepEqual(kinds, ["content", "content", "content", "teaser", "share-button"]);
  });
  it("leaves a numbered teaser list that no paragraph opens", () => {
    const kinds: LineKind[] = ["teaser", "teaser", "teaser", "teaser", "share-button"];
    keepNumberedRuns(lines, kinds, new Set(), lines.length);
    assert.deepEqual(kinds, ["teaser", "teaser", "teaser", "teaser", "share-button"]);
  });
});
