/**
 * The deck under the headline (src/archive/deck.ts): a summary phrase without a full stop kept as
 * the article's opening when the prose starts right below it; meta lines, bylines and
 * breadcrumbs in that place are not decks; a deck above a signed byline is kept too.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { LineKind } from "../../src/archive/classify-line.ts";
import { deckAboveHeader, deckAboveRun, readsAsDeck } from "../../src/archive/deck.ts";

const headline = "Turnier am Stausee lockt Teams aus drei Ländern an";
const deck = "Zwölf Mannschaften spielen am Wochenende um den neuen Wanderpokal";
const lede =
  "Am Samstagmorgen beginnt auf den Plätzen am Stausee das Turnier, zu dem viele kommen.";

describe("readsAsDeck", () => {
  for (const line of [deck, "Neue Regeln für den Verkehr am Bahnhof ab Montag"])
    it(`deck: ${line}`, () => assert.equal(readsAsDeck(line), true));
  for (const line of [
    "Von Julia Müller und Karl Stein",
    "Veröffentlicht am 12. Juni 2017 von Anna",
    "Sport | Region | Verein | Termine",
    "Mannschaften",
    "12.03.2023, 09:15 Uhr im Vereinsheim am See",
  ])
    it(`not a deck: ${line}`, () => assert.equal(readsAsDeck(line), false));
});

describe("deckAboveRun", () => {
  const lines = [
    { n: 6, text: deck },
    { n: 7, text: lede },
  ];
  const kinds: LineKind[] = ["teaser", "content"];
  it("takes the deck when the run starts on the next line", () =>
    assert.equal(deckAboveRun(lines, kinds, 7, headline), 0));
  it("leaves it when something stands between it and the run", () =>
    assert.equal(deckAboveRun(lines, kinds, 9, headline), -1));
  it("leaves a repeat of the headline", () =>
    assert.equal(deckAboveRun([{ n: 6, text: headline }, lines[1]!], kinds, 7, headline), -1));
});

describe("deckAboveHeader", () => {
  const run = { first: 10, last: 12 };
  const lines = [
    { n: 6, text: deck },
    { n: 7, text: "Von Julia Müller" },
    { n: 8, text: "12. März 2023" },
    { n: 9, text: "Teilen" },
    { n: 10, text: lede },
  ];
  const kinds: LineKind[] = ["teaser", "byline", "date-stamp", "share-button", "content"];
  const reach = lines.map((l) => l.n);
  it("takes the deck above a signed byline, date and share row", () =>
    assert.equal(deckAboveHeader(lines, kinds, reach, run, headline), 0));
  it("leaves it without a signed byline below it", () => {
    const unsigned = lines.map((l, i) => (i === 1 ? { ...l, text: "Julia Müller" } : l));
    assert.equal(deckAboveHeader(unsigned, kinds, reach, run, headline), -1);
  });
  it("leaves it over a photo's credit", () => {
    const photo = lines.map((l, i) => (i === 3 ? { ...l, text: "Am Stausee (Foto: Kim Lee)" } : l));
    assert.equal(deckAboveHeader(photo, kinds, reach, run, headline), -1);
  });
  it("leaves it when the paragraph below is outside the run", () =>
    assert.equal(deckAboveHeader(lines, kinds, reach, { first: 14, last: 20 }, headline), -1));
  it("leaves a label-length line", () => {
    const label = [{ n: 6, text: "Sport am Wochenende" }, ...lines.slice(1)];
    assert.equal(deckAboveHeader(label, kinds, reach, run, headline), -1);
  });
});
