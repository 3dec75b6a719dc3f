/**
 * An end marker that heads a related-articles block above the article (`Related topics` in a
 * sidebar, with several times more prose below it than above) does not end the article; a comment
 * section's marker with long comments below still does (prose-run.ts).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectTextLanguage } from "../../src/archive/prose-language.ts";
import { findProseRun } from "../../src/archive/prose-run.ts";
import { sourceLines } from "../../src/archive/source-lines.ts";

const paragraph = (topic: string): string =>
  `The council spent the whole evening on the question of the ${topic}, and several members said that the plan needed more time before anyone could vote on it with a clear conscience.`;
const teasers = Array.from({ length: 12 }, (_, i) => `Another story number ${i + 1}`);
const note = "A short note about the writer of this column, who has written it for many years.";

function run(lines: string[]): { start: number; marker: number; text: string[] } {
  const text = lines.join("\n");
  const found = findProseRun(sourceLines(text, 1), detectTextLanguage(text, "en", undefined));
  return { start: found.start, marker: found.marker, text: lines };
}

describe("end markers above the article", () => {
  it("a related block above much prose does not end the article", () => {
    const body = [
      "bridge",
      "school",
      "market",
      "harbour",
      "library",
      "park",
      "road",
      "station",
      "museum",
      "clinic",
    ];
    const r = run([note, "Related topics", ...teasers, "The headline", ...body.map(paragraph)]);
    assert.equal(r.marker, -1);
    assert.equal(r.text[r.start], paragraph("bridge"));
  });

  it("a comment section below a short post still ends it", () => {
    const comments = ["bridge", "school", "market", "harbour", "library", "park", "road"];
    const r = run([note, paragraph("bridge"), "Comments", ...teasers, ...comments.map(paragraph)]);
    assert.equal(r.text[r.marker], "Comments");
  });
});
