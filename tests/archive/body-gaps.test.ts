/**
 * Structured lines between paragraphs (issue 15): a fact box, a recipe's ingredients or a block of
 * code stays in the body; a teaser headline between paragraphs does not; a related-articles
 * heading in German ends the article like its English peer; a short bio alone below an author card
 * is cut off the run.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { keepGapLines, keepIntroducedLists } from "../../src/archive/body-gaps.ts";
import { isEndMarker, isSoftEndMarker } from "../../src/archive/boilerplate.ts";
import type { LineKind } from "../../src/archive/classify-line.ts";
import { isStructuredLine } from "../../src/archive/structured-line.ts";
import { trimTailIslands } from "../../src/archive/tail-island.ts";

const lines = (texts: string[]): { n: number; text: string }[] =>
  texts.map((text, i) => ({ n: i + 1, text }));

describe("isStructuredLine", () => {
  for (const l of ["200 g sugar", "• Two eggs", "3. Stir well", "Price: 45 euros", "x = f(y);"])
    it(`structured: ${l}`, () => assert.equal(isStructuredLine(l), true));
  for (const l of ["Why hostels are booming again", "Ten quiet lakes for a summer swim"])
    it(`not structured: ${l}`, () => assert.equal(isStructuredLine(l), false));
});

describe("keepGapLines", () => {
  it("keeps a fact box between two paragraphs", () => {
    const kinds: LineKind[] = ["content", "teaser", "teaser", "content"];
    const l = lines(["Paragraph.", "North valley: 49 euros", "East pass: 55 euros", "Paragraph."]);
    keepGapLines(l, kinds, new Set(), 0, 3);
    assert.deepEqual(kinds, ["content", "content", "content", "content"]);
  });
  it("leaves a teaser headline between paragraphs out", () => {
    const kinds: LineKind[] = ["content", "teaser", "content"];
    keepGapLines(
      lines(["Paragraph.", "Why hostels are booming again", "Paragraph."]),
      kinds,
      new Set(),
      0,
      2,
    );
    assert.equal(kinds[1], "teaser");
  });
  it("leaves a gap with chrome in it alone", () => {
    const kinds: LineKind[] = ["content", "teaser", "chrome", "content"];
    keepGapLines(
      lines(["Paragraph.", "Price: 45 euros", "Menu", "Paragraph."]),
      kinds,
      new Set(),
      0,
      3,
    );
    assert.equal(kinds[1], "teaser");
  });
  it("leaves a marked teaser alone", () => {
    const kinds: LineKind[] = ["content", "teaser", "content"];
    keepGapLines(lines(["Paragraph.", "Price: 45 euros", "Paragraph."]), kinds, new Set([1]), 0, 2);
    assert.equal(kinds[1], "teaser");
  });
});

describe("end markers in other languages", () => {
  for (const l of [
    "Mehr zum Thema",
    "Weitere Artikel:",
    "À lire aussi",
    "Czytaj też",
    "Newsletter",
  ])
    it(`soft: ${l}`, () => assert.equal(isSoftEndMarker(l), true));
  for (const l of ["Über den Autor", "Hinterlasse eine Antwort"])
    it(`hard: ${l}`, () => assert.equal(isEndMarker(l) && !isSoftEndMarker(l), true));
});

describe("trimTailIslands", () => {
  const paragraph = "A".repeat(400);
  const kinds: LineKind[] = [
    "content",
    "content",
    "content",
    "content",
    "byline",
    "teaser",
    "content",
  ];
  const weights = [480, 480, 480, 480, -80, -60, 280];
  const texts = [
    paragraph,
    paragraph,
    paragraph,
    paragraph,
    "Kim Lee",
    "Reporter",
    "B".repeat(200),
  ];
  it("cuts a short paragraph alone below a two-line gap", () =>
    assert.equal(trimTailIslands(kinds, weights, lines(texts), 0, 7), 4));
  it("keeps a closing paragraph below a one-line subhead", () =>
    assert.equal(trimTailIslands(kinds, [480, 480, 480, 480, 0, -60, 280], lines(texts), 0, 7), 7));
  it("keeps an island that holds much of the run's prose", () =>
    assert.equal(
      trimTailIslands(kinds, weights, lines([...texts.slice(0, 6), "B".repeat(900)]), 0, 7),
      7,
    ));
});

describe("keepIntroducedLists", () => {
  it("keeps the list a paragraph ending in a colon introduces", () => {
    const kinds: LineKind[] = ["content", "teaser", "teaser", "content"];
    const l = lines(["You will need:", "Three clay pots", "A bag of soil", "Paragraph."]);
    keepIntroducedLists(l, kinds, new Set(), 4);
    assert.deepEqual(kinds, ["content", "content", "content", "content"]);
  });
  it("leaves teasers after a paragraph ending in a stop alone", () => {
    const kinds: LineKind[] = ["content", "teaser", "content"];
    keepIntroducedLists(
      lines(["Paragraph.", "Three clay pots", "Paragraph."]),
      kinds,
      new Set(),
      3,
    );
    assert.equal(kinds[1], "teaser");
  });
});
