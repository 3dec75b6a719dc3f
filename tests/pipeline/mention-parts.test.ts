import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { citationsIn, encodeMentions } from "../../src/pipeline/mention-parts.ts";
import type { ArticleMentions } from "../../src/site/types.ts";

describe("mention parts", () => {
  const cite = (sentence: string, anchor = "p1s1"): { anchor: string; sentence: string } => ({
    anchor,
    sentence,
  });
  const mentions: ArticleMentions = {
    people: {
      jordan: [cite("Jordan scored twice."), cite("Jordan, 24, left.", "p2s1")],
      "sergei-lavrov": [cite("Сергей Лавров прибыл в Гавану.", "p3s2")],
    },
    places: { jordan: [cite("Talks in Jordan ended.", "p4s1")] },
    organisations: { "ооо-ромашка": [cite("«Ромашка» выросла.", "p5s1")] },
  };
  const bytes = encodeMentions(mentions);

  it("reads each name's sentences alone, in text order", () => {
    for (const kind of ["people", "places", "organisations"] as const)
      for (const [slug, sentences] of Object.entries(mentions[kind]))
        assert.deepEqual(citationsIn(bytes, kind, slug), sentences);
  });

  it("tells a person from a place of the same slug", () => {
    assert.deepEqual(citationsIn(bytes, "places", "jordan"), [
      cite("Talks in Jordan ended.", "p4s1"),
    ]);
    assert.equal(citationsIn(bytes, "people", "jordan").length, 2);
  });

  it("gives no sentences for a name the article does not mention, or for no mentions at all", () => {
    assert.deepEqual(citationsIn(bytes, "organisations", "jordan"), []);
    assert.deepEqual(citationsIn(bytes, "people", "jorda"), []);
    const none = encodeMentions({ people: {}, places: {}, organisations: {} });
    assert.deepEqual(citationsIn(none, "people", "jordan"), []);
  });

  it("keeps every character of a sentence: quotes, backslashes, emoji, a lone surrogate", () => {
    const odd = [cite('He said "no" \\ 😀 \uD800 <b>&amp;</b>\n{{ x }}')];
    const stored = encodeMentions({ people: { x: odd }, places: {}, organisations: {} });
    assert.deepEqual(citationsIn(stored, "people", "x"), odd);
  });

  it("throws on bytes cut short instead of reading past them", () => {
    assert.throws(() =>
      citationsIn(bytes.subarray(0, bytes.length - 3), "organisations", "ооо-ромашка"),
    );
  });
});
