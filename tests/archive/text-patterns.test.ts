/**
 * Headline and body on copied pages written in the general patterns of tests/fixtures/text-patterns
 * (each folder: `input.txt` and `expected.json` with the headline, how the body starts and ends,
 * lines it must include, and the publication date where the fixture is about dates: `null` when the page gives none),
 * and the post meta lines that are never a headline.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parseArticle } from "../../src/archive/parse.ts";
import { isPostMetaLine } from "../../src/archive/post-meta.ts";
import { readArticleText } from "../../src/archive/read.ts";

const dir = join(import.meta.dirname, "..", "fixtures", "text-patterns");
const now = new Date("2026-11-23T12:00:00Z");

interface Expected {
  headline: string;
  bodyStarts?: string;
  bodyEnds?: string;
  bodyIncludes?: string[];
  date?: string | null;
  dateline?: string | null;
  author?: string | null;
}

describe("copied-page patterns (tests/fixtures/text-patterns)", () => {
  for (const name of readdirSync(dir).sort()) {
    it(name, () => {
      const text = readFileSync(join(dir, name, "input.txt"));
      const expected = JSON.parse(
        readFileSync(join(dir, name, "expected.json"), "utf8"),
      ) as Expected;
      const read = readArticleText(`${name}.txt`, text, now);
      if (!read.ok) throw new Error(read.errors.map((e) => e.message).join("; "));
      const record = parseArticle(read.file, now);
      assert.equal(record.headline, expected.headline);
      if (expected.bodyStarts) assert.ok(record.body.startsWith(expected.bodyStarts), record.body);
      if (expected.bodyEnds) assert.ok(record.body.endsWith(expected.bodyEnds), record.body);
      for (const line of expected.bodyIncludes ?? []) assert.ok(record.body.includes(line), line);
      if (expected.date !== undefined) assert.equal(record.date, expected.date);
      if (expected.dateline !== undefined) assert.equal(record.dateline, expected.dateline);
      if (expected.author !== undefined) assert.equal(record.author, expected.author);
    });
  }
});

describe("isPostMetaLine", () => {
  const meta = [
    "Veröffentlicht am 12. Juni 2017 von Anna",
    "Posted by Sam in Diary",
    "Publié le 3 mars 2020",
    "05.01.2020 | Autor: Kim | Tags: Abend, Licht",
    "Lesedauer ca. 7 Minuten",
    "Von Roland Berger und Eva Stein",
    "Kim Lee, 01.12.2021",
  ];
  const titles = [
    "Von Sprachregeln, Gender-Politik und ganz normalem Deutsch",
    "Hochbeete im Herbst",
    "Der Bürgermeister sprach am 12. Juni 2017 vor dem Rat über die neue Brücke und den Haushalt.",
  ];
  for (const line of meta) it(`meta: ${line}`, () => assert.equal(isPostMetaLine(line), true));
  for (const line of titles)
    it(`not meta: ${line}`, () => assert.equal(isPostMetaLine(line), false));
});
