import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readPostMetaDates } from "../../src/archive/post-meta-date.ts";

const dates = (line: string): string[] =>
  readPostMetaDates(line, "en", false).map(
    (d) => `${d.mention.date.year}-${d.mention.date.month}-${d.mention.date.day}`,
  );

describe("readPostMetaDates", () => {
  it("reads the date beside an author's mark, whatever else the meta line says", () => {
    assert.deepEqual(dates("Von Kim Lee / 6. November 2023 / Keine Kommentare"), ["2023-11-6"]);
    assert.deepEqual(dates("Written by Kim Lee, PhD on April 29, 2018"), ["2018-4-29"]);
    assert.deepEqual(dates("February 4, 2020 • words written by Kim Lee • Art by Ana Ruiz"), [
      "2020-2-4",
    ]);
  });
  it("reads the date that opens a line, before the post's section or categories", () => {
    assert.deepEqual(dates("24.01.2022 - Meldung - Energiewende im Hafen"), ["2022-1-24"]);
    assert.deepEqual(dates("19.11.2021 in Community, Hafen, Politik"), ["2021-11-19"]);
    assert.deepEqual(dates("27.01.2020 Soziales & Gesundheit Startseite"), ["2020-1-27"]);
    assert.deepEqual(dates("Meldung vom Hafen 24.01.2022 Energiewende"), []);
    assert.deepEqual(dates("24.01.2022 and the harbour reopened"), []);
  });
  it("reads nothing without an author's mark, or from a long line of prose", () => {
    assert.deepEqual(dates("Netzwerk, Windows, 16. Mai 2019, Tipps und Tricks"), []);
    assert.deepEqual(
      dates(
        "The council, led by Kim Lee since 3 March 2019, voted on Tuesday to extend the late bus service to the harbour for another year.",
      ),
      [],
    );
  });
  it("leaves a date whose day and month could be either way round to the stamps", () =>
    assert.deepEqual(dates("Posted by Kim Lee, 06/01/2020 Business"), []));
  it("never reads a month without a day", () =>
    assert.deepEqual(dates("By Kim Lee, November 2023"), []));
});
