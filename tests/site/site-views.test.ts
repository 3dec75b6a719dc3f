import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findEventDates } from "../../src/site/events.ts";
import { formatDate } from "../../src/site/format-date.ts";
import { compileCuratedNames } from "../../src/site/entities/curated-names.ts";
import { discoverEntities } from "../../src/site/entities/discover.ts";
import { relativeUrl } from "../../src/site/paths.ts";
import { compileKeywords } from "../../src/site/keyword-matcher.ts";
import { splitSentences } from "../../src/site/sentences.ts";
import { publicationTimeline } from "../../src/site/timeline.ts";

const now = new Date("2026-11-23T12:00:00Z");

describe("relativeUrl", () => {
  it("links down, across and up", () => {
    assert.equal(relativeUrl("index.html", "articles/a.html"), "articles/a.html");
    assert.equal(relativeUrl("articles/a.html", "topics/b.html"), "../topics/b.html");
    assert.equal(relativeUrl("articles/a.html", "articles/c.html"), "c.html");
    assert.equal(relativeUrl("topics/b.html", "index.html"), "../index.html");
  });
});

describe("formatDate", () => {
  it("keeps the precision", () =>
    assert.deepEqual(["2020-05-08", "2018-11", "1902", null].map(formatDate), [
      "8 May 2020",
      "November 2018",
      "1902",
      "Undated",
    ]));
});

describe("keyword matching", () => {
  const m = compileKeywords([
    "Sergey Lavrov",
    "Sergei Lavrov",
    "Serguei Lavrov",
    "Bruno Rodríguez Parrilla",
    "sanction*",
  ]);
  it("ignores accents and case", () =>
    assert.equal(m.find("BRUNO RODRIGUEZ PARRILLA said").length, 1));
  it("finds each spelling", () =>
    assert.equal(m.find("Serguei Lavrov met Sergei Lavrov").length, 2));
  it("matches whole words, with * for endings", () => {
    assert.equal(m.find("sanctioned sanctions").length, 2);
    assert.equal(m.find("unsanctioned").length, 0);
  });
});

describe("the editor's lists", () => {
  const lists = compileCuratedNames({
    person: [
      {
        slug: "raul-castro",
        name: "Raúl Castro",
        aliases: ["Raul Castro"],
        shortForms: ["Castro"],
      },
      { slug: "fidel-castro", name: "Fidel Castro", aliases: [], shortForms: ["Castro"] },
    ],
    place: [],
    organisation: [],
  });
  const listed = (sentences: string[]): [string, number[]][] =>
    discoverEntities(sentences, lists)
      .filter((e) => e.slug === "raul-castro" || e.slug === "fidel-castro")
      .map((e) => [e.slug, e.sentences]);
  it("count a short form only beside the full name", () => {
    assert.deepEqual(listed(["Shoigu met Raul Castro.", "He thanked Castro."]), [
      ["raul-castro", [0, 1]],
    ]);
    assert.deepEqual(listed(["He thanked Castro."]), []);
  });
});

describe("splitSentences", () => {
  it("does not split after abbreviations or initials", () =>
    assert.deepEqual(
      splitSentences(
        "U.S. President Donald J. Trump spoke. Relations were resumed on May 8, 1960. It ended.",
      ),
      [
        "U.S. President Donald J. Trump spoke.",
        "Relations were resumed on May 8, 1960.",
        "It ended.",
      ],
    ));
});

describe("findEventDates", () => {
  const tass =
    "The Soviet Union established diplomatic relations with Cuba in October 1942 and severed them after the Fulgencio Batista coup on April 3, 1952.";
  it("reads dates at the precision stated", () =>
    assert.deepEqual(
      findEventDates(tass, "en", "2020-05-08", now)
        .map((e) => e.date)
        .sort(),
      ["1942-10", "1952-04-03"],
    ));
  it("reads years after a preposition", () =>
    assert.deepEqual(
      findEventDates("Contacts were established in 1902 but suspended.", "en", null, now).map(
        (e) => e.date,
      ),
      ["1902"],
    ));
  it("reads 'in July, 2014'", () =>
    assert.deepEqual(
      findEventDates("the visit of Putin to Havana in July, 2014.", "en", "2015-02-14", now).map(
        (e) => e.date,
      ),
      ["2014-07"],
    ));
  it("resolves 'on Friday' against a known date", () =>
    assert.deepEqual(
      findEventDates("the ministry said on Friday.", "en", "2020-05-08", now).map((e) => e.date),
      ["2020-05-08"],
    ));
  it("does not resolve relative phrases without a date, or with a month only", () => {
    assert.deepEqual(
      findEventDates("the ministry said on Friday. This year too.", "en", null, now),
      [],
    );
    assert.deepEqual(findEventDates("the ministry said on Friday.", "en", "2018-11", now), []);
  });
  it("skips plans after the article's date", () =>
    assert.deepEqual(findEventDates("a programme until 2030", "en", "2024-02-19", now), []));
});

describe("publicationTimeline", () => {
  const link = (
    slug: string,
    date: string | null,
  ): { slug: string; path: string; headline: string; date: string | null; source: null } => ({
    slug,
    path: `articles/${slug}.html`,
    headline: slug,
    date,
    source: null,
  });
  const { years, undated } = publicationTimeline([
    link("a", "2015-02-14"),
    link("b", "2018-11"),
    link("c", null),
    link("d", "2018"),
  ]);
  it("spans every year between first and last", () =>
    assert.deepEqual(
      years.map((y) => [y.year, y.count]),
      [
        [2015, 1],
        [2016, 0],
        [2017, 0],
        [2018, 2],
      ],
    ));
  it("keeps month and year precision", () =>
    assert.deepEqual(
      years[3]!.months.map((m) => [m.month, m.entries.map((e) => [e.slug, e.day])]),
      [
        [null, [["d", null]]],
        [11, [["b", null]]],
      ],
    ));
  it("lists undated articles apart", () =>
    assert.deepEqual(
      undated.map((u) => u.slug),
      ["c"],
    ));
});
