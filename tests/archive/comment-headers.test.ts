/**
 * A comment's or pingback's header ends the article (src/archive/end-markers.ts, END_PATTERNS);
 * a sentence that only mentions comments does not.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isEndMarker } from "../../src/archive/boilerplate.ts";

describe("comment headers as end markers", () => {
  for (const line of [
    "Comment by Jonas Berger — 17.07.2012 @ 13:04",
    "Pingback von Linkliste der Woche | 18.07.2012 09:12",
    "Trackback: Ein anderes Blog",
  ])
    it(`ends the article: ${line}`, () => assert.equal(isEndMarker(line), true));
  for (const line of [
    "Comment by comment, the council read the residents' letters aloud.",
    "Pingbacks sind eine Technik, mit der Blogs einander benachrichtigen.",
  ])
    it(`not an end: ${line}`, () => assert.equal(isEndMarker(line), false));
});
