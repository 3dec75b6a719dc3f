/**
 * Subheads inside the article (src/archive/subheads.ts): kept when a paragraph stands above, even
 * with a photo's credit or a "read more" line carrying its own link between; a related-links
 * block (a label, then a link) stays out.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticle } from "../../src/archive/parse.ts";
import { readArticleText } from "../../src/archive/read.ts";

const now = new Date("2026-11-23T12:00:00Z");

const para = (topic: string): string =>
  `The council discussed ${topic} for most of the evening, and several members said that the plans would need more time, more money and a clearer schedule before any vote could be held.`;

function bodyOf(lines: string[]): string {
  const read = readArticleText("page.txt", new TextEncoder().encode(lines.join("\n")), now);
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join("; "));
  return parseArticle(read.file, now).body;
}

const page = (between: string[]): string[] => [
  "Home",
  "News",
  "Council delays the vote on the new harbour",
  para("the harbour"),
  para("the budget"),
  ...between,
  "Harbour plans on hold",
  para("the ferries"),
  para("the fishermen"),
  "Privacy",
];

describe("keepSubheads", () => {
  it("keeps a subhead below a photo credit", () =>
    assert.match(bodyOf(page(["Photo: Ann Lee / Harbour Archive"])), /Harbour plans on hold/));
  it("keeps a subhead below a read-more line with its own link", () =>
    assert.match(
      bodyOf(page(["Read more: Ferry company cuts its winter timetable again"])),
      /Harbour plans on hold/,
    ));
  it("drops a one-word button below a photo credit", () =>
    assert.doesNotMatch(bodyOf(page(["Photo: Ann Lee / Harbour Archive", "Teilen"])), /Teilen/));
  it("drops a link below a related-links label", () =>
    assert.doesNotMatch(bodyOf(page(["Related Coverage"])), /Harbour plans on hold/));
});
