/**
 * The extracted body as the text cleaner leaves it, less the removals that judge a line by its
 * place in a copied page: those lines of an extracted body are put back.
 */
import { isChromeLine } from "../boilerplate.ts";
import { readDateStamp } from "../date-stamp.ts";
import type { ArticleRecord, RemovalReason } from "../types.ts";

/**
 * Removals of the text cleaner that hold inside an extracted body: a date stamp, a byline, share
 * buttons, a credit, what follows an end marker. Its other reasons ("teaser", "label", "chrome",
 * "caption", "duplicate") judge a line by where it stands in a copied page, with the site's
 * menus around it; in the extractor's body they removed 9% of the expected article snippets of
 * the real-page corpus (shared/realpages, 2 of 3 of them "teaser"), so those lines stay. A line
 * that is chrome by its own words (an appeal to subscribe, an affiliate disclosure: `isChromeLine`)
 * or a date alone stays out, whatever reason the cleaner gave.
 */
const TRUSTED_REMOVALS = new Set<RemovalReason>([
  "front-matter",
  "headline",
  "date-stamp",
  "byline",
  "share-button",
  "credit",
  "image-noise",
  "after-end-marker",
]);

/** Removals that may judge a line by its place, or by its own words. */
const PLACED_REMOVALS = new Set<RemovalReason>(["chrome", "label", "teaser"]);

/** Letters and digits of a line, lowercased. */
const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * Puts back in the body, in place, the extracted lines the cleaner removed for reasons that do
 * not hold here. `headline` is the headline put on the text's first line: a "headline" removal
 * of other words is a subheading of the body (the cleaner takes the first heading-like line of a
 * copied page for its headline), and goes back too.
 */
export function keepExtractedBody(record: ArticleRecord, headline: string | null = null): void {
  const trusted = (r: ArticleRecord["removed"][number]): boolean =>
    (TRUSTED_REMOVALS.has(r.reason) &&
      (r.reason !== "headline" || headline === null || letters(r.text) === letters(headline))) ||
    // Chrome by its own words (an appeal, a disclosure), not by where it stands; a date alone.
    (PLACED_REMOVALS.has(r.reason) &&
      (isChromeLine(r.text) || readDateStamp(r.text, record.language) !== null));
  const back = record.removed.filter((r) => !trusted(r));
  if (back.length === 0) return;
  record.removed = record.removed.filter(trusted);
  const lines = new Set(record.paragraphs.map((p) => p.line));
  const restored = back
    .filter((r) => !lines.has(r.line) && r.text.trim() !== "")
    .map((r) => ({ text: r.text.trim(), line: r.line }));
  record.paragraphs = [...record.paragraphs, ...restored].sort((a, b) => a.line - b.line);
  record.body = record.paragraphs.map((p) => p.text).join("\n\n");
}
