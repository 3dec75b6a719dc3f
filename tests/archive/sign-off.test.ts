/**
 * Sign-offs under a post (src/archive/sign-off.ts): a greeting or kisses with a name, told apart
 * from a close button, a category line or a sentence.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isSignOffLine } from "../../src/archive/sign-off.ts";

describe("isSignOffLine", () => {
  for (const line of ["xo Mara", "XX, Die Redaktion", "Euer Tom", "Liebe Grüße", "Cheers, Sam"])
    it(`sign-off: ${line}`, () => assert.equal(isSignOffLine(line), true));
  for (const line of [
    "X",
    "Love",
    "Kategorie: Reisen",
    "Liebe Grüße an alle, die uns am Wochenende auf dem Campingplatz am See besucht haben",
  ])
    it(`not a sign-off: ${line}`, () => assert.equal(isSignOffLine(line), false));
});
