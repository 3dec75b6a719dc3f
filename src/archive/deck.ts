/**
 * The deck: a subtitle printed on the line right under the headline, a phrase without a full
 * stop that sums the story up (`Seit Mai wieder aktiv – erste Daten aus den Bergen`). The prose
 * measure takes it for a teaser headline; when the article's run of prose starts on the very next
 * line, it is the article's opening all the same (issue 15: the hand-marked real pages count it as
 * body). A post's meta line, a byline, a date or a breadcrumb in that place is not a deck. Nor
 * is the run needed right below: a deck above a signed byline (`By Ann Lee`, then the date and
 * share row) opens the article too, unless a photo stands between (it may be the photo's caption).
 */
import type { LineKind } from "./classify-line.ts";
import { wordsOf } from "./language.ts";
import { isPostMetaLine } from "./post-meta.ts";
import { BYLINE_OPENING as SIGNED_BYLINE, hasCredit } from "./standfirst.ts";
import type { SourceLine } from "./source-lines.ts";

/** Kinds a deck may have been given on its own: a teaser headline, a short or long sentence. */
const DECK_KINDS = new Set<LineKind>(["teaser", "short", "content"]);

/** Fewest words of a deck: fewer is a label or a name. */
const MIN_DECK_WORDS = 4;
/** Most words of a deck: more is a paragraph. */
const MAX_DECK_WORDS = 30;

/** A byline's opening: `Von Julia Müller`, `By Ann Lee`, `Text: Kim`. */
const BYLINE_OPENING = /^(?:by|von|por|par|di|door|av|od|text|autor(?:in)?|author|foto|photo)\b/iu;

/** Signs of meta rather than a phrase: a year, a time, a numeric date, a breadcrumb or meta separator. */
const META_SIGNS = /\b\d{4}\b|\d{1,2}:\d{2}|\d{1,2}[./]\d{1,2}[./]|[|·/@>»›]/u;

/** True when `text` reads as a deck: a phrase of some length that is no meta, byline or breadcrumb. */
export function readsAsDeck(text: string): boolean {
  const words = wordsOf(text).length;
  if (words < MIN_DECK_WORDS || words > MAX_DECK_WORDS) return false;
  return !BYLINE_OPENING.test(text) && !META_SIGNS.test(text) && !isPostMetaLine(text);
}

/**
 * Index of the deck, or -1: the first line after the headline, when it reads as a deck and the
 * run of prose (its first file line `runFirst`) starts on the next line and it does not repeat
 * `headline`. `kinds` are the lines' own kinds, before the run is applied.
 */
export function deckAboveRun(
  lines: readonly SourceLine[],
  kinds: readonly LineKind[],
  runFirst: number,
  headline: string,
): number {
  if (lines.length < 2 || lines[1]!.n !== runFirst || !DECK_KINDS.has(kinds[0]!)) return -1;
  const text = lines[0]!.text;
  const repeat = wordsOf(text).join(" ") === wordsOf(headline).join(" ");
  return !repeat && readsAsDeck(text) ? 0 : -1;
}

/** Kinds of what may stand between the headline and its deck: a label, a byline, a date, a share row, an image's name. */
const ABOVE_DECK_KINDS = new Set<LineKind>([
  "byline",
  "date-stamp",
  "share-button",
  "label",
  "image-noise",
]);

/** Most lines between the headline and a deck above the page header. */
const MAX_LINES_ABOVE_DECK = 2;

/** Most lines of the page header between a deck and the article's first paragraph. */
const MAX_HEADER_LINES = 6;

/** Fewest words of a deck above the page header: a shorter phrase there is a kicker or a label. */
const MIN_HEADER_DECK_WORDS = 8;

/** Most words of a deck above the page header. */
const MAX_HEADER_DECK_WORDS = 60;

/**
 * Index of a deck above the page header, or -1: the first line under the headline (only a label,
 * byline or date above it), a phrase or sentence of deck length with no photo credit in or under
 * it, when a signed byline (`By Ann Lee`, `Von Julia Müller`) follows and the article's first
 * paragraph (in the run, `run.first`..`run.last` by file line) comes within a few lines, with no
 * other paragraph and no photo between: a phrase over a photo may be its caption.
 * `kinds` are the lines' own kinds; `reach[i]` is the last file line of line i.
 */
export function deckAboveHeader(
  lines: readonly SourceLine[],
  kinds: readonly LineKind[],
  reach: readonly number[],
  run: { first: number; last: number },
  headline: string,
): number {
  const headlineKey = wordsOf(headline).join(" ");
  let i = 0;
  while (
    i < lines.length &&
    i <= MAX_LINES_ABOVE_DECK &&
    (ABOVE_DECK_KINDS.has(kinds[i]!) ||
      BYLINE_OPENING.test(lines[i]!.text) ||
      wordsOf(lines[i]!.text).join(" ") === headlineKey)
  )
    i++;
  if (i > MAX_LINES_ABOVE_DECK || i >= lines.length || !DECK_KINDS.has(kinds[i]!)) return -1;
  const text = lines[i]!.text;
  const words = wordsOf(text).length;
  if (words < MIN_HEADER_DECK_WORDS || words > MAX_HEADER_DECK_WORDS) return -1;
  if (BYLINE_OPENING.test(text) || isPostMetaLine(text)) return -1;
  if (hasCredit(text) || kinds[i + 1] === "credit") return -1;
  let signed = false;
  let j = i + 1;
  for (; j < lines.length && kinds[j] !== "content"; j++) {
    if (j - i > MAX_HEADER_LINES || kinds[j] === "credit" || hasCredit(lines[j]!.text)) return -1;
    if (SIGNED_BYLINE.test(lines[j]!.text)) signed = true;
  }
  if (!signed || j >= lines.length) return -1;
  return reach[j]! >= run.first && lines[j]!.n <= run.last ? i : -1;
}
