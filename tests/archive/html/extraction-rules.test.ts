/**
 * The rules that check and complete the extractor's body (#15 item 2): the marked article
 * container, the lead under the headline, link-dense blocks, teaser runs, the cleaner's
 * "headline" removals.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { paragraphsOf } from "../../../src/archive/html/extract-body.ts";
import { keepExtractedBody } from "../../../src/archive/html/kept-body.ts";
import { leadAfterHeading } from "../../../src/archive/html/lead-paragraph.ts";
import {
  markedContainer,
  preferMarked,
  preferMarkedOverList,
} from "../../../src/archive/html/marked-content.ts";
import { teaserRunBlocks } from "../../../src/archive/html/teaser-list.ts";
import { parseSavedPage } from "../../../src/archive/html/saved-page.ts";
import type { ArticleRecord } from "../../../src/archive/types.ts";

const page = (html: string): Document => parseSavedPage(`<html><body>${html}</body></html>`);
const LONG =
  "The harbour authority said on Tuesday that the new breakwater would protect the fleet.";

describe("the marked article container", () => {
  const doc = parseSavedPage(
    readFileSync("tests/fixtures/html/marked-container/page.html", "utf8"),
  );

  it("is the one that holds the headline, not another article with more text", () => {
    const marked = markedContainer(doc);
    assert.equal(marked?.getAttribute("itemprop"), "articleBody");
  });

  it("replaces the extractor's paragraphs when these hold less than half of it", () => {
    const marked = paragraphsOf(markedContainer(doc)!);
    assert.equal(preferMarked(["Cookies", "Accept all"], marked), true);
    assert.equal(preferMarked(marked, marked), false);
  });

  it("replaces them when they are a part of it, under three quarters of its text", () => {
    const container = [1, 2, 3, 4, 5].map((n) => `${LONG} Paragraph ${n} of the article.`);
    assert.equal(preferMarked(container.slice(0, 3), container), true);
    assert.equal(preferMarked(container.slice(0, 4), container), false);
    // Another box of the page than the container must be shorter still to be replaced.
    const elsewhere = container.slice(0, 3).map((p) => p.replace("harbour", "airport"));
    assert.equal(preferMarked(elsewhere, container), false);
  });
});

describe("a list chosen for the article", () => {
  const refs = [1, 2, 3, 4, 5, 6]
    .map(
      (n) =>
        `<li><p>Writer A, Editor B. A study of harbour walls, part ${n}. Coastal Works.</p></li>`,
    )
    .join("");
  const doc = page(
    `<article><h1>Breakwaters: a review</h1>${`<p>${LONG}</p>`.repeat(4)}` +
      `${`<p>${LONG}</p>`.repeat(4)}<h2>References</h2><ol>${refs}</ol></article>`,
  );
  const list = doc.querySelector("ol")!;
  const article = doc.querySelector("article")!;

  it("gives way to the marked container when that holds clearly more prose", () => {
    assert.equal(preferMarkedOverList(list, article), true);
  });

  it("stands when the container has little prose beside it, or the choice is prose", () => {
    const listOnly = page(`<article><h1>Reading list</h1><p>${LONG}</p><ol>${refs}</ol></article>`);
    assert.equal(
      preferMarkedOverList(listOnly.querySelector("ol")!, listOnly.querySelector("article")!),
      false,
    );
    assert.equal(preferMarkedOverList(article, article), false);
  });
});

describe("the lead under the headline", () => {
  it("is the first paragraph of some length after the <h1>", () => {
    const doc = page(
      `<header><h1>Harbour gets a wall</h1><p>By Maria Lopez</p><p>${LONG}</p></header>`,
    );
    assert.equal(leadAfterHeading(doc), LONG);
  });

  it("follows the article's <h1>, not one for screen readers, past a list of tags", () => {
    const doc = page(
      `<h1 class="visually-hidden">Navigation</h1><nav><a href="/">Home</a></nav><h1>Harbour gets a wall</h1>` +
        `<div class="tags"><a href="/t/harbour">Harbour works and the coastal protection of the bay</a> <a href="/t/sea">Sea</a></div><div class="intro"><p>${LONG}</p></div>`,
    );
    assert.equal(leadAfterHeading(doc), LONG);
  });

  it("is none when the paragraph is mostly links", () => {
    const doc = page(`<h1>Harbour gets a wall</h1><p><a href="/a">${LONG}</a></p>`);
    assert.equal(leadAfterHeading(doc), null);
  });
});

describe("link-dense blocks", () => {
  it("drops a teaser that is mostly a link, and the short heading before it", () => {
    const doc = page(
      `<div><p>${LONG}</p><h3>Read also</h3><p><a href="/a">Storm closes the coastal road after the highest tides</a> in years</p></div>`,
    );
    assert.deepEqual(paragraphsOf(doc.body), [LONG]);
  });

  it("keeps a paragraph with a link in it", () => {
    const text = `${LONG} The <a href="/plan">published schedule</a> lists the works.`;
    assert.equal(paragraphsOf(page(`<p>${text}</p>`).body).length, 1);
  });

  it("leaves a ruby's readings (furigana) out of its words", () => {
    const doc = page(
      "<p><ruby>子<rt>こ</rt></ruby>どもの<ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby></p>",
    );
    assert.deepEqual(paragraphsOf(doc.body), ["子どもの法律"]);
  });

  it("leaves soft hyphens out of the words", () => {
    assert.deepEqual(paragraphsOf(page("<p>Hafen&shy;behörde</p>").body), ["Hafenbehörde"]);
  });
});

describe("the cleaner's chrome removals in an extracted body", () => {
  it("keeps out chrome by its own words and a date alone, and puts back chrome by its place", () => {
    const appeal = "Subscribe now to our e-edition for the full story.";
    const record = {
      paragraphs: [{ text: "Body.", line: 3 }],
      body: "Body.",
      removed: [
        { line: 5, text: appeal, reason: "chrome" },
        { line: 7, text: "The wall was finished in May.", reason: "chrome" },
        { line: 9, text: "23.10.2018", reason: "label" },
      ],
    } as unknown as ArticleRecord;
    keepExtractedBody(record);
    assert.equal(record.body, "Body.\n\nThe wall was finished in May.");
    assert.deepEqual(
      record.removed.map((r) => r.text),
      [appeal, "23.10.2018"],
    );
  });
});

describe("the cleaner's headline removals in an extracted body", () => {
  it("puts back a removed subheading that is not the headline", () => {
    const record = {
      paragraphs: [{ text: "Body.", line: 3 }],
      body: "Body.",
      removed: [
        { line: 1, text: "Harbour gets a wall", reason: "headline" },
        { line: 5, text: "The city stands dark", reason: "headline" },
      ],
    } as unknown as ArticleRecord;
    keepExtractedBody(record, "Harbour gets a wall");
    assert.equal(record.body, "Body.\n\nThe city stands dark");
    assert.deepEqual(
      record.removed.map((r) => r.line),
      [1],
    );
  });
});

describe("teaser runs", () => {
  const SUMMARY = (n: number): string =>
    `Summary ${n} says in one sentence what the other article is about.`;
  const headline = (n: number): string => `Other article number ${n}`;

  it("marks the summaries under four linked headlines and the list's heading", () => {
    const texts = ["More on this", headline(1), SUMMARY(1), headline(2), SUMMARY(2)];
    texts.push(headline(3), SUMMARY(3), headline(4), SUMMARY(4));
    const links = texts.map((t) => t.startsWith("Other"));
    assert.deepEqual(
      teaserRunBlocks(texts, links),
      texts.map((t) => !t.startsWith("Other")),
    );
  });

  it("marks a byline and kickers around the summary under headlines set as headings", () => {
    const item = (n: number): string[] => [
      headline(n),
      `By Ann Lee, ${n} May`,
      "The week in review",
      SUMMARY(n),
    ];
    const texts = [1, 2, 3, 4].flatMap(item);
    const links = texts.map((t) => t.startsWith("Other"));
    assert.deepEqual(
      teaserRunBlocks(texts, links, links),
      links.map((l) => !l),
    );
    assert.ok(teaserRunBlocks(texts, links).every((m) => !m));
  });

  it("leaves a list of references, each followed by the same link", () => {
    const texts = [1, 2, 3, 4, 5].flatMap((n) => [SUMMARY(n), "Article PubMed Google Scholar"]);
    const links = texts.map((t) => t.startsWith("Article"));
    assert.ok(teaserRunBlocks(texts, links).every((m) => !m));
  });

  it("leaves names with a word or two of description", () => {
    const texts = [1, 2, 3, 4, 5].flatMap((n) => [headline(n), "works in the shell"]);
    const links = texts.map((t) => t.startsWith("Other"));
    assert.ok(teaserRunBlocks(texts, links).every((m) => !m));
  });
});
