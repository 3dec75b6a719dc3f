/**
 * The line a blog prints below a post: where it was filed and tagged, its permalink, when it was
 * published and last changed (WordPress and its peers, in English, German, French, Italian,
 * Spanish). Prose in form, but never the article's (issue 15).
 */
import { fold, wordsOf } from "./language.ts";

/** Most words of a post footer: the category and tag lists can be long. */
const MAX_FOOTER_WORDS = 60;

/** Post footers, matched against the folded line (lowercase, no accents). */
const POST_FOOTERS: readonly RegExp[] = [
  /^this (?:entry|post) was posted\b/,
  /\bbookmark the permalink\b/,
  /^posted in\b.{0,160}\b(?:tagged|leave a comment|comments? off)\b/,
  /^(?:dieser|der) (?:beitrag|eintrag|artikel) wurde\b.{0,160}\b(?:veroffentlicht|abgelegt|gekennzeichnet|verschlagwortet)\b/,
  /^erstellt am\b.{0,80}\babgelegt unter\b/,
  /\bpermanentlink\b\.?$/,
  /^(?:pubblicato il|publie le|publicado el)\b.{0,80}\b(?:ultima modifica|mis a jour|actualizado)\b/,
  /^cette entree a ete publiee\b/,
];

/** The patterns as one, so a line is scanned once. */
const ANY_POST_FOOTERS = new RegExp(POST_FOOTERS.map((re) => re.source).join("|"));

/** True for a blog post's footer line: category, tags, permalink, publication note. */
export function isPostFooterLine(line: string): boolean {
  // The pattern first: most lines fail it, and it is cheaper than counting words.
  return ANY_POST_FOOTERS.test(fold(line).trim()) && wordsOf(line).length <= MAX_FOOTER_WORDS;
}
