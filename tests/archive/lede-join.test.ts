/** joinLedeAbove: the lede above a table or box joins the run when it speaks of the same things. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { LineKind } from "../../src/archive/classify-line.ts";
import { joinLedeAbove } from "../../src/archive/lede-join.ts";

const LEDE =
  "The harbour festival returns this summer with sailing boats, concerts and markets along the waterfront promenade.";
const OTHER =
  "Scientists measured record temperatures across northern glaciers, warning of faster melting during coming decades.";
const BODY = [
  "The harbour festival will open on Friday with a parade of sailing boats along the waterfront.",
  "Concerts on the promenade will run every evening, and the markets will sell food from the region.",
  "Organisers expect more visitors than ever at the festival, whose sailing races draw crowds each summer.",
];

/** A page: a lede, four table rows, then the body. */
function page(
  lede: string,
  gapKind: LineKind = "teaser",
): {
  kinds: LineKind[];
  texts: string[];
  weights: number[];
} {
  const texts = [lede, "Dates", "12–14 July", "Tickets", "Free", ...BODY];
  const kinds: LineKind[] = [
    "content",
    "teaser",
    gapKind,
    "teaser",
    "teaser",
    ...BODY.map((): LineKind => "content"),
  ];
  const weights = kinds.map((k, i) => (k === "content" ? texts[i]!.length + 80 : -60));
  return { kinds, texts, weights };
}
const run = { start: 5, end: 8 };

describe("joinLedeAbove", () => {
  it("joins a lede whose words recur in the run", () => {
    const { kinds, texts, weights } = page(LEDE);
    assert.deepEqual(joinLedeAbove(kinds, texts, weights, run), { start: 0, end: 8 });
  });
  it("leaves a block about other things", () => {
    const { kinds, texts, weights } = page(OTHER);
    assert.deepEqual(joinLedeAbove(kinds, texts, weights, run), run);
  });
  it("leaves a block above a date stamp: another item's", () => {
    const { kinds, texts, weights } = page(LEDE, "date-stamp");
    assert.deepEqual(joinLedeAbove(kinds, texts, weights, run), run);
  });
});
