/**
 * The deck under the headline (src/archive/deck.ts): a summary phrase without a full stop kept as
 * the article's opening when the prose starts right below it; meta lines, bylines and
 * breadcrumbs in that place are not decks.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { LineKind } from "../../src/archive/classify-line.ts";
import { deckAboveRun, readsAsDeck } from "../../src/archive/deck.ts";

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
