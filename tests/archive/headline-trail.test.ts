/** Breadcrumb trails over the headline (breadcrumb-trail.ts) and tag lists (title-lines.ts). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isTrailEnd, isTrailOver } from "../../src/archive/breadcrumb-trail.ts";
import { isNavigationLine } from "../../src/archive/navigation-lines.ts";
import { isTagList } from "../../src/archive/title-lines.ts";

describe("breadcrumb trails", () => {
  it("reads a trail ending with the line under it", () => {
    assert.equal(isTrailEnd("Home » Walks » Fog", "Fog"), true);
    assert.equal(isTrailEnd("Home Johannes", "Johannes"), true);
    assert.equal(isTrailEnd("Sie sind hier: Startseite › Essen", "Essen"), true);
  });
  it("does not take any line ending with the same words for a trail", () => {
    assert.equal(isTrailEnd("Average: 4.6 (7 ratings)", "(7 ratings)"), false);
    assert.equal(isTrailEnd("Fog", "Fog"), false);
  });
  it("finds the trail's end right under it, or farther down when arrows set its items apart", () => {
    const lines = ["Search: Home » Fog", "Fog", "12 January 2020", "Body"];
    assert.equal(isTrailOver(lines, 0, 1, 3), true);
    const far = ["Home › Politics", "14 February 2012", "Print", "Politics", "Court rules", "Body"];
    assert.equal(isTrailOver(far, 0, 1, 5), true);
    const plain = ["Club news", "14 February 2012", "Club news", "Body"];
    assert.equal(isTrailOver(plain, 0, 1, 3), false);
  });
});

describe("tag lists and loose navigation lines", () => {
  it("reads a list of short tags as a tag list, not a title with commas", () => {
    assert.equal(isTagList("Politics, Media, Local news, Top story"), true);
    assert.equal(isTagList("Eat, Pray, Love"), false);
    assert.equal(
      isTagList("Brothel catering to politicians, doctors, lawyers busted in sting"),
      false,
    );
  });
  it("reads a line of share words with one unknown word as navigation", () => {
    assert.equal(isNavigationLine("Share by E-Mail"), true);
    assert.equal(isNavigationLine("Share your story"), false);
  });
});
