/**
 * The deck: a subtitle printed on the line right under the headline, a phrase without a full
 * stop that sums the story up (`Seit Mai wieder aktiv – erste Daten aus den Bergen`). The prose
 * measure takes it for a teaser headline; when the article's run of prose starts on the very next
 * line, it is the article's opening all the same (issue 15: the hand-marked real pages count it as
 * body). A post's meta line, a byline, a date or a breadcrumb in that place is not a deck.
 */
import type { LineKind } from "./classify-line.ts";
import { wordsOf } from "./language.ts";
import { isPostMetaLine } from "./post-meta.ts";
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
