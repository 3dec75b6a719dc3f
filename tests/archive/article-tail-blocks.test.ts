/**
 * What a page prints under the article, whatever the outlet: the share, like and post-navigation
 * widgets and the tag label (post-widget-markers.ts) end the article unless two paragraphs follow,
 * and an author's note (author-bio.ts) ends it when little prose follows. Texts of our own wording.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isEndMarker, isSoftEndMarker } from "../../src/archive/boilerplate.ts";
import { isAuthorBioLine } from "../../src/archive/author-bio.ts";
import { parseArticle } from "../../src/archive/parse.ts";
import { readArticleText } from "../../src/archive/read.ts";

const now = new Date("2026-11-23T12:00:00Z");

/** The body parsed from a copied page's lines. */
function bodyOf(lines: string[]): string {
  const read = readArticleText("page.txt", Buffer.from(lines.join("\n\n")), now);
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join("; "));
  return parseArticle(read.file, now).body;
}

const HEADER = ["Harbour town opens its new ferry terminal after years of delay", "12 March 2023"];
const ARTICLE = [
  "The new ferry terminal opened on Monday morning, three years later than the council had planned, and the first boat left the pier at seven.",
  "Passengers queued along the quay before dawn to be among the first to board, and several said the wait had been worth it after so many postponements.",
  "The council said the building had cost a fifth more than first estimated, mostly because the old pier had to be rebuilt from the sea bed upwards.",
  "Ferries will run every hour in summer and every two hours in winter, and the operator expects the number of crossings to double within five years.",
];

describe("post widgets end the article", () => {
  it("the widgets' headings are soft end markers in any language", () => {
    for (const line of [
      "Share this:",
      "Like this:",
      "Teilen Sie dies mit:",
      "Gefällt mir:",
      "Compartir esto:",
      "Post navigation",
      "Previous article",
      "Nächster Beitrag",
      "Entrada anterior",
      "Навигация по записям",
      "Tags",
    ])
      assert.ok(isEndMarker(line) && isSoftEndMarker(line), line);
  });
  it("the blog's own box below a share widget is not body", () => {
    const body = bodyOf([
      ...HEADER,
      ...ARTICLE,
      "Share this:",
      "Twitter",
      "Facebook",
      "Like this:",
      "Like Loading...",
      "About us",
      "We are two friends who write about the coast, its towns and its boats since the summer of 2012, and we answer every letter our readers send us, though it may take us a week or two when the sea is calm and we are out on the water.",
    ]);
    assert.ok(body.includes("every two hours in winter"));
    assert.ok(!body.includes("two friends who write"));
  });
  it("a share widget between the opening and the rest of the article keeps the rest", () => {
    const body = bodyOf([...HEADER, ARTICLE[0]!, "Share this:", "Twitter", ...ARTICLE.slice(1)]);
    assert.ok(body.includes("every two hours in winter"));
  });
});

describe("an author's note ends the article", () => {
  it("names and roles in English, German, Spanish and Russian", () => {
    for (const line of [
      "Dana Whitfield is a senior reporter covering transport for the Harbour Post.",
      "Max Muster ist Professor für Stadtplanung in Kassel.",
      "Ana Pérez es periodista y escritora.",
      "Иван Петров — журналист, автор книги о морских портах.",
    ])
      assert.ok(isAuthorBioLine(line), line);
    assert.ok(!isAuthorBioLine("The mayor is a former journalist from the next town."));
  });
  it("a note under the last paragraph is left out", () => {
    const note = "Dana Whitfield is a senior reporter covering transport for the Harbour Post.";
    const body = bodyOf([...HEADER, ...ARTICLE, note]);
    assert.ok(body.includes("every two hours in winter"));
    assert.ok(!body.includes("Dana Whitfield"));
  });
  it("a quote introduced by a name and a role as the last paragraph stays", () => {
    const quote = "Ana Ruiz, a researcher at the port authority, said the ferries would run again.";
    assert.ok(!isAuthorBioLine(quote));
    assert.ok(bodyOf([...HEADER, ...ARTICLE, quote]).includes("Ana Ruiz, a researcher"));
  });
  it("the same form with the article going on below it stays", () => {
    const line = "John Miller is a reporter who was on the first boat and described the crossing.";
    const body = bodyOf([...HEADER, ...ARTICLE.slice(0, 2), line, ...ARTICLE.slice(2)]);
    assert.ok(body.includes("John Miller is a reporter"));
  });
});
