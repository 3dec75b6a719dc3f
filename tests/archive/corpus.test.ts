import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fixtureCases, scoreCase, scoreCorpus } from "../score-corpus.ts";

const now = new Date("2026-11-23T12:00:00Z");

// The seed files must come out exactly as their expected records.
describe("seed articles", () => {
  for (const name of fixtureCases("tests/fixtures/seeds")) {
    it(name, () => {
      const r = scoreCase("tests/fixtures/seeds", name, now);
      assert.deepEqual(
        { wrong: r.wrong, leaked: r.leaked, lost: r.lost },
        { wrong: [], leaked: [], lost: [] },
      );
    });
  }
});

// The issue's targets, on the fixture corpus of other outlets' pages.
describe("fixture corpus", () => {
  const score = scoreCorpus("tests/fixtures/raw", now);
  it("has at least 30 fixtures", () =>
    assert.ok(score.cases.length >= 30, `${score.cases.length}`));
  for (const field of ["headline", "date", "source", "dateline"] as const) {
    it(`${field} right in ≥ 95% of files`, () =>
      assert.ok(
        score.accuracy[field] >= 0.95,
        `${(score.accuracy[field] * 100).toFixed(1)}%: ${score.cases.filter((c) => c.wrong.some((w) => w.field === field)).map((c) => c.name)}`,
      ));
  }
  it("leaks boilerplate into at most 5% of bodies", () =>
    assert.ok(score.leakRate <= 0.05, `${(score.leakRate * 100).toFixed(1)}%`));
  it("loses no content paragraph", () =>
    assert.equal(score.lostParagraphs, 0, score.cases.flatMap((c) => c.lost).join("\n")));
  it("invents no date", () => assert.equal(score.inventedDates, 0));
});
