/**
 * Disclosures a page prints inside or below the article: affiliate-link and advertiser notes,
 * advertising marked as such, disclaimers that the opinions are the authors' own or that the
 * facts come without guarantee (issue 15). Prose in form, never the story.
 */
import { fold, wordsOf } from "./language.ts";

/** Most words of a disclosure: a longer paragraph that mentions commissions is the article's. */
const MAX_DISCLOSURE_WORDS = 70;

/** Disclosures by their wording, matched against the folded line (lowercase, no accents). */
const DISCLOSURES: readonly RegExp[] = [
  /\bwe (?:may )?(?:receive|earn|get) (?:an? )?(?:affiliate )?(?:compensation|commission)\b/,
  /^(?:advertising |affiliate )?(?:disclosure|disclaimer)\b/,
  /\badvertising disclaimer\b/,
  /\baffiliate[- ]links?\b/,
  /\bprovision\b.{0,60}\b(?:handler|haendler|anbieter)\b/,
  /\b(?:handler|anbieter)\b.{0,60}\bprovision\b/,
  /\bn'engagent que leurs auteurs\b/,
  // Advertising marked as such (`*Werbung. Dieser Beitrag enthalt Werbung fur …`).
  /\b(?:beitrag|artikel|post|video) enthalt (?:unbezahlte |bezahlte )?werbung\b/,
  /^(?:werbung|anzeige)\b.{0,30}\b(?:enthalt|affiliate|werbung|links?)\b/,
  // A disclaimer of accuracy (`Alle Angaben ohne Gewahr`).
  /^\(?alle angaben ohne gewahr\b/,
];

/** The patterns as one, so a line is scanned once. */
const ANY_DISCLOSURES = new RegExp(DISCLOSURES.map((re) => re.source).join("|"));

/** True for an affiliate, advertiser or opinion disclosure line. */
export function isDisclosureLine(line: string): boolean {
  // The pattern first: most lines fail it, and it is cheaper than counting words.
  return (
    ANY_DISCLOSURES.test(fold(line).replace(/^[\s\p{P}\p{S}]+/u, "")) &&
    wordsOf(line).length <= MAX_DISCLOSURE_WORDS
  );
}
