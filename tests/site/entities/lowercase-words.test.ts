/** Whether an article also writes a word in lowercase, where a word counts. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lowercaseIn } from "../../../src/site/entities/lowercase-words.ts";
import { tokenize } from "../../../src/site/entities/tokens.ts";

describe("words an article also writes in lowercase", () => {
  const lower = lowercaseIn(["Prices rose.", "Food prices, said the station's chief (2023)."]);
  it("finds a plain word standing alone, before a mark or at a sentence's end", () => {
    assert.ok(lower("Prices"));
    assert.ok(lower("Station"));
    assert.ok(lower("Rose"));
  });
  it("finds no word that is only part of another", () => {
    assert.ok(!lower("Price"));
    assert.ok(!lower("Ices"));
    assert.ok(!lower("Food"));
  });
  it("finds a plain word before a digit, but not after a letter or digit", () => {
    const l = lowercaseIn(["covid19 and 4x4 axes"]);
    assert.ok(l("Covid"));
    assert.ok(!l("X"));
  });
  it("finds no plain word before an accented letter or a combining mark", () => {
    const l = lowercaseIn(["el café y la cafe\u0301 de cafés"]);
    assert.ok(!l("Caf"));
    assert.ok(!l("Cafe"));
    assert.ok(l("Cafés"));
  });
  it("searches for a word of other letters", () =>
    assert.ok(lowercaseIn(["Según dijo, según la agencia"])("Según")));
});

describe("tokens", () => {
  it("peels one mark off a word, keeping an acronym's dot", () =>
    assert.deepEqual(tokenize("said, the U.S. and year. «Урал»"), [
      "said",
      ",",
      "the",
      "U.S.",
      "and",
      "year",
      ".",
      "«",
      "Урал",
      "»",
    ]));
  it("splits at any whitespace", () =>
    assert.deepEqual(tokenize("a\u00a0b\u2009c\n d"), ["a", "b", "c", "d"]));
});
