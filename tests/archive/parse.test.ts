import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticle } from "../../src/archive/parse.ts";
import { readArticleText } from "../../src/archive/read.ts";
import type { ArticleRecord } from "../../src/archive/types.ts";

const now = new Date("2026-11-23T12:00:00Z");
function parse(text: string, path = "a.txt"): ArticleRecord {
  const read = readArticleText(path, new TextEncoder().encode(text), now);
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join("; "));
  return parseArticle(read.file, now);
}
const lede =
  "MOSCOW, May 8. /TASS/: Russian and Cuban Foreign Ministers exchanged congratulatory telegrams on the anniversary, the ministry said on Friday.";
const body =
  "The ministers also discussed trade and energy projects that both governments have promised to expand over the next several years.";

describe("parseArticle", () => {
  it("front matter wins, and a disagreement is a warning naming both", () => {
    const r = parse(
      `---\ndate: 2020-05-09\n---\nHeadline of the story here\n\n2020-05-08 10:00\n\n${lede}\n\n${body}`,
    );
    assert.equal(r.date, "2020-05-09");
    assert.deepEqual(r.provenance.date, { from: "front-matter", line: 2 });
    assert.match(r.warnings.map((w) => w.message).join(), /2020-05-09.*2020-05-08/);
  });
  it("keeps where each fact came from, by file line", () => {
    const r = parse(
      `---\nurl: https://example.org/a\n---\nHeadline of the story here\n\n${lede}\n\n${body}`,
    );
    assert.deepEqual(r.provenance.headline, {
      from: "text",
      line: 4,
      evidence: "Headline of the story here",
    });
    assert.equal(r.provenance.source?.from === "text" && r.provenance.source.line, 6);
    assert.equal(r.url, "https://example.org/a");
  });
  it("never takes a weekday or a month-day without a year as the date", () =>
    assert.equal(parse(`Headline of the story here\n\n${lede}\n\n${body}`).date, null));
  it("never takes a photo credit or copyright year as the date", () => {
    const r = parse(
      `Headline of the story here\n\n© AFP 2023 / Stringer\n\n${lede}\n\n${body}\n\n© 2024 TASS`,
    );
    assert.equal(r.date, null);
  });
  it("prefers the publication stamp over a later update", () => {
    const r = parse(
      `Headline of the story here\n\nPublished: 19 February 2024\nUpdated: 21 February 2024\n\n${lede}\n\n${body}`,
    );
    assert.equal(r.date, "2024-02-19");
    assert.equal(r.updated, "2024-02-21");
  });
  it("reads a date written with dots alone on its line under the headline", () => {
    // It was read as an image file's name (two digits run together), and dates no photo.
    const r = parse(`Headline of the story here\n\n23.10.2018\n\n${lede}\n\n${body}`);
    assert.equal(r.date, "2018-10-23");
    assert.equal(r.removed.find((x) => x.text === "23.10.2018")?.reason, "date-stamp");
  });
  it("reads a stamp with a two-digit year written with dots", () =>
    assert.equal(
      parse(`Headline of the story here\n\n19.10.19, 11:29 Uhr\n\n${lede}\n\n${body}`).date,
      "2019-10-19",
    ));
  it("reads the date of a meta line under the headline, beside its author, not a comment's", () => {
    const meta = "Von Kim Lee / 6. November 2023 / Keine Kommentare";
    assert.equal(
      parse(`Headline of the story here\n\n${meta}\n\n${lede}\n\n${body}`).date,
      "2023-11-06",
    );
    const comment = "Kommentar von Ana | 8. Dezember 2023 um 10:56";
    assert.equal(
      parse(`Headline of the story here\n\n${lede}\n\n${body}\n\n${comment}`).date,
      null,
    );
  });
  it("rejects a date in the future with a warning", () => {
    const r = parse(`Headline of the story here\n\n12 March 2031\n\n${lede}\n\n${body}`);
    assert.equal(r.date, null);
    assert.ok(r.warnings.some((w) => w.code === "date-in-future"));
  });
  it("keeps month precision from front matter", () =>
    assert.equal(
      parse(`---\ndate: 2018-11\n---\nHeadline of the story here\n\n${body}`).date,
      "2018-11",
    ));
  it("leaves an unknown source null and says so", () => {
    const r = parse(`Headline of the story here\n\n${body}`);
    assert.equal(r.source, null);
    assert.ok(r.warnings.some((w) => w.code === "no-source"));
  });
  it("normalises a front-matter source through the registry", () =>
    assert.equal(
      parse(`---\nsource: RHC\n---\nHeadline of the story here\n\n${body}`).source,
      "Radio Habana Cuba",
    ));
  it("derives a stable slug from the headline, transliterating Cyrillic", () => {
    assert.equal(
      parse(`Russia and Cuba to strengthen ties\n\n${body}`).slug,
      "russia-and-cuba-to-strengthen-ties",
    );
    assert.equal(
      parse(`Экспорт пшеницы может обновить рекорд\n\n${body}`).slug,
      "eksport-pshenitsy-mozhet-obnovit-rekord",
    );
  });
  it("treats template and markup syntax in the text as text", () => {
    const r = parse(
      `Headline with {{ title }} and {% raw %}\n\n${body} <script>alert(1)</script> \${process.exit()}`,
    );
    assert.equal(r.headline, "Headline with {{ title }} and {% raw %}");
    assert.match(r.body, /<script>alert\(1\)<\/script> \$\{process\.exit\(\)\}/);
  });
  it("records every removed line with a reason", () => {
    const r = parse(
      `Headline of the story here\n\nFacebook\nTwitter\n\n${lede}\n\n${body}\n\nComentarios\nDeja un comentario`,
    );
    assert.deepEqual(
      r.removed.map((x) => x.reason),
      ["headline", "share-button", "share-button", "after-end-marker", "after-end-marker"],
    );
  });
});
