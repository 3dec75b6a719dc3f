import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatPartialDate } from "../../src/archive/calendar.ts";
import { findDates } from "../../src/archive/dates.ts";
import { readDateStamp } from "../../src/archive/date-stamp.ts";
import type { Language } from "../../src/archive/types.ts";

const first = (line: string, lang: Language = "en", monthFirst = false): string | null => {
  const m = findDates(line, lang, monthFirst)[0];
  return m ? formatPartialDate(m.date) + (m.time ? ` ${m.time}` : "") : null;
};

describe("findDates", () => {
  const cases: [string, Language, string | null][] = [
    ["2024-02-19 08:34:09", "en", "2024-02-19 08:34:09"],
    ["March 3, 20245:12 PM GMT+3Updated 2 hours ago", "en", "2024-03-03 17:12+03:00"],
    ["Published 12:01 PM EST, Mon February 19, 2024", "en", "2024-02-19 12:01"],
    ["19 de febrero de 2024, 08:34", "es", "2024-02-19 08:34"],
    ["19 февраля 2024, 08:34", "ru", "2024-02-19 08:34"],
    ["19.02.2024", "ru", "2024-02-19"],
    // A two-digit year glued to a time (a forum's `user28.09.1912:44`) is no year 1912.
    ["kim28.09.1912:44", "en", null],
    ["Mon 19 Feb 2024 08.34 CET", "en", "2024-02-19 08:34"],
    ["November 2018", "en", "2018-11"],
    ["2 hours ago", "en", null],
    ["on Friday", "en", null],
    ["2024-02-30", "en", null],
    ["12. November 2015 / 13:48", "en", "2015-11-12 13:48"],
    ["Samstag, 9. März 2019 um 18:12", "en", "2019-03-09 18:12"],
    ["1er mars 2020", "en", "2020-03-01"],
    ["5 de março de 2021", "es", "2021-03-05"],
    ["7 maart 2022", "en", "2022-03-07"],
    // Other languages' months only in full dates: alone, `Mars 2020` is a planet's mission.
    ["Mars 2020", "en", null],
  ];
  for (const [line, lang, want] of cases)
    it(`${JSON.stringify(line)} → ${want}`, () => assert.equal(first(line, lang), want));
  it("reads a month-day without a year as year 0 (dateline evidence only)", () =>
    assert.deepEqual(findDates("May 8", "en")[0]?.date, { year: 0, month: 5, day: 8 }));
  it("reads 03/04/2024 day first, and flags it", () => {
    assert.equal(first("03/04/2024"), "2024-04-03");
    assert.equal(findDates("03/04/2024", "en")[0]?.ambiguous, true);
  });
  it("reads month first for outlets that write so", () =>
    assert.equal(first("03/04/2024", "en", true), "2024-03-04"));
  it("reads month first when the numbers force it", () =>
    assert.equal(first("01/21/2024"), "2024-01-21"));
});

describe("readDateStamp", () => {
  for (const line of [
    "— Ann Lee (@annlee_news) March 3, 2020",
    "— Иван Петров (@ipetrov) 7 января 2018 г.",
    "Joined March 2007",
    "Video verfügbar bis 28.02.2021",
    "15. Dezember 2015 at 11:21 · Antwort",
  ])
    it(`reads no stamp in ${JSON.stringify(line)}`, () =>
      assert.equal(readDateStamp(line, "en"), null));
  it("labels updates", () =>
    assert.deepEqual(
      readDateStamp("Updated 3:00 PM, Feb 20, 2024", "en")?.map((s) => s.label),
      ["updated"],
    ));
  it("labels both stamps on one line", () =>
    assert.deepEqual(
      readDateStamp(
        "Updated February 20, 2024 at 9:15 a.m. EST|Published February 19, 2024 at 8:34 a.m. EST",
        "en",
      )?.map((s) => s.label),
      ["updated", "published"],
    ));
  it("is not a stamp when the date sits in prose", () =>
    assert.equal(
      readDateStamp("Relations were resumed on May 8, 1960 after the Cuban revolution.", "en"),
      null,
    ));
});
