import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  archiveTags,
  TAG_PAGE_MIN_ARTICLES,
  TAGS_PER_ARTICLE,
  tagSpecificity,
} from "../../../src/site/tags/article-tags.ts";
import type { PhraseCandidate } from "../../../src/site/tags/phrase-candidates.ts";
import { encodePhrases } from "../../../src/site/tags/phrase-codec.ts";

/** A candidate: `key`, said `count` times, in the headline or far into the body. */
const phrase = (key: string, count: number, inHeadline = false): PhraseCandidate => ({
  key,
  name: key,
  count,
  first: inHeadline ? 0 : 500,
  inHeadline,
});

/** Ten articles: three on heat pumps, one on a solar roof, all of them about the town. */
const ARTICLES: PhraseCandidate[][] = Array.from({ length: 10 }, (_, i) => [
  ...(i < 3 ? [phrase("heat pump", 3, true)] : []),
  ...(i === 3 ? [phrase("solar roof", 3, true)] : []),
  ...(i < 5 ? [phrase("parking", 2)] : []),
  phrase("town", 4, true),
  phrase(`own subject ${"abcdefghij"[i]}`, 2),
]);
const encoded = ARTICLES.map((a) => encodePhrases(a, 8));

describe("archiveTags", () => {
  const tags = archiveTags(encoded);
  const keys = (i: number): string[] => tags.byArticle[i]!.map((t) => t.tag.key);

  it(`gives a page to a phrase ${TAG_PAGE_MIN_ARTICLES} articles keep, and none to one article's`, () => {
    assert.deepEqual(
      tags.withPages.map((t) => [t.key, t.slug, t.articles]),
      [["heat pump", "heat-pump", 3]],
    );
    assert.equal(keys(0)[0], "heat pump");
    const solar = tags.byArticle[3]!.find((t) => t.tag.key === "solar roof");
    assert.ok(solar, "shown, as plain text");
    assert.equal(solar.tag.slug, null);
    assert.deepEqual([solar.count, solar.inHeadline], [3, true]);
  });
  it("drops a phrase nearly every article has, and a weak one half of them have", () => {
    for (let i = 0; i < 10; i++) {
      assert.ok(!keys(i).includes("town"), `article ${i}`);
      assert.ok(!keys(i).includes("parking"), `article ${i}`);
      assert.ok(keys(i).includes(`own subject ${"abcdefghij"[i]}`), `article ${i}`);
    }
  });
  it(`keeps at most ${TAGS_PER_ARTICLE}, and one of two phrases inside each other`, () => {
    const many = encodePhrases(
      [
        phrase("interest rate", 4, true),
        phrase("rate", 6, true),
        ...["bank", "loan", "saver", "mortgage", "bond", "lender"].map((k) => phrase(k, 3)),
      ],
      8,
    );
    const [chosen] = archiveTags([many]).byArticle;
    assert.equal(chosen!.length, TAGS_PER_ARTICLE);
    const picked = chosen!.map((t) => t.tag.key);
    assert.equal(picked.filter((k) => k === "rate" || k === "interest rate").length, 1);
  });
  it("does not depend on the articles' order but for which index gets which tags", () => {
    const reversed = archiveTags([...encoded].reverse());
    for (let i = 0; i < 10; i++)
      assert.deepEqual(
        reversed.byArticle[9 - i]!.map((t) => [t.tag.key, t.tag.slug, t.tag.articles]),
        tags.byArticle[i]!.map((t) => [t.tag.key, t.tag.slug, t.tag.articles]),
      );
  });
  it("shows a tag under the form most of its articles write", () => {
    const forms = ["heat pumps", "heat pumps", "heat pump"].map((name) =>
      encodePhrases([{ ...phrase("heat pump", 3, true), name }], 8),
    );
    assert.equal(archiveTags(forms).withPages[0]!.name, "heat pumps");
  });
  it("counts a phrase shared by a few articles as fully specific, in whole bits", () => {
    assert.equal(tagSpecificity(1, 10), 1);
    assert.equal(tagSpecificity(3, 10), 1);
    assert.equal(tagSpecificity(3, 100_000), 1);
    assert.equal(tagSpecificity(50_000, 100_000), 1 / 6);
    assert.equal(tagSpecificity(100_000, 100_000), 0);
    assert.equal(tagSpecificity(400, 10_000), tagSpecificity(400, 12_700));
  });
});
