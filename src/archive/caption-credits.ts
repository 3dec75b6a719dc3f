/**
 * Photo credits in the other languages of the web's news and blogs, and the stock libraries'
 * names that only ever stand in a caption (issue 15): `Quelle: jorisvo / Fotolia.com`,
 * `Stau © aremac / Clipdealer`, `… (Quelle: Hume/Unsplash)`, `Roman Prymula, photo: Archives…`.
 * chrome-words.ts holds the English, Spanish and Russian openings and the wire agencies.
 */
import { fold, wordsOf } from "./language.ts";

/** Most words of a caption that carries its credit inside: a paragraph is longer. */
const MAX_CAPTION_WORDS = 45;
/** Most words of a line that opens with a credit: a longer one is a credit glued onto a paragraph. */
const MAX_CREDIT_LINE_WORDS = 30;

/** Openings of a credit line, folded: `Quelle:`, `Bild:`, `Beitragsbild:`, `Abbildung 4:`. */
const CREDIT_OPENING =
  /^(?:quelle|bildquelle|bildnachweis|bild|beitragsbild|titelbild|headerbild|fotocredit|abbildung(?: \d+)?|abb\.(?: \d+)?|credit photo|credits? photo|zdjecie|fot\.)\s*:/;

/** A credit inside a caption: `©` before a name, a bracketed source, a stock library's name. */
const INLINE_CAPTION_CREDIT =
  /©\s*\S|\((?:foto|bild|photo|fot\.?)\s*:[^)]{2,80}\)|\((?:c)\)\s*\S|\((?:symbolbild|symbolfoto|archivbild|archivfoto)\)|\b(?:fotolia|clipdealer|istock(?:photo)?|adobe ?stock|unsplash|pixabay|pexels|depositphotos|123rf|picture[- ]alliance)\b|,\s*photo\s*:\s*\S/;

/** True for a line that is a photo's caption or credit by its credit. */
export function isCaptionCredit(line: string): boolean {
  const f = fold(line).trim();
  if (CREDIT_OPENING.test(f)) return wordsOf(line).length <= MAX_CREDIT_LINE_WORDS;
  return INLINE_CAPTION_CREDIT.test(f) && wordsOf(line).length <= MAX_CAPTION_WORDS;
}
