/**
 * The standfirst: the paragraph a news page prints between the headline and the byline, date or
 * share row, summing the story up in a sentence or two. The body cleaner (clean-body.ts) takes
 * prose above those header markers for a caption; the standfirst among it is the article's first
 * paragraph all the same (issue 15: the hand-marked real pages count it as body). A photo caption
 * in the same place is told apart by its credit, its shortness or its missing full stop.
 */
import { endsLikeSentence, isCreditLine } from "./boilerplate.ts";
import type { LineKind } from "./classify-line.ts";
import { wordsOf } from "./language.ts";
import type { SourceLine } from "./source-lines.ts";

/** What a page prints between the standfirst and the body. */
const HEADER_KINDS = new Set<LineKind>(["byline", "date-stamp", "share-button"]);

/** Most lines between a standfirst above the run and the run: byline, date, share row, photo. */
const MAX_HEADER_GAP = 20;

/** A byline's opening the byline reader may not take for one (`Von Julia Müller`, `By Ann Lee@ann`). */
export const BYLINE_OPENING =
  /^(?:[Bb]y|[Vv]on|[Pp]or|[Pp]ar|[Dd]i|[Dd]oor|[Aa]v|[Oo]d|Autor(?:in)?:|Author:)\s+\p{Lu}/u;

/** Fewest words of a standfirst: a caption names who and where in fewer. */
const MIN_STANDFIRST_WORDS = 12;

/** Fewest words of a standfirst under the headline that needs no full stop and may have a credit below. */
const MIN_LONG_STANDFIRST_WORDS = 28;

/** A caption's credit in brackets or after a slash at its end: `(Photo: Jo Reyes)`, `/ AFP`. */
const TRAILING_CREDIT = /(?:\([^()]{2,60}\)|\/\s*[^/.!?]{2,40})\s*[.]?\s*$/u;

/** True when a line credits a photo: a caption's credit at its end, or a credit line. */
export const hasCredit = (text: string): boolean =>
  TRAILING_CREDIT.test(text) || isCreditLine(text);

/** True when paragraph i reads as a standfirst: a full sentence of some length, no credit in or below it. */
function readsAsStandfirst(
  lines: readonly SourceLine[],
  kinds: readonly LineKind[],
  i: number,
  underHeadline = false,
): boolean {
  const text = lines[i]!.text.trim();
  // A long paragraph right under the headline is the standfirst, a photo's credit below it or not,
  // its full stop dropped or not: a caption is shorter.
  if (underHeadline && wordsOf(text).length >= MIN_LONG_STANDFIRST_WORDS) return !hasCredit(text);
  // Right under the headline, a full sentence the prose measure takes for a paragraph is the
  // standfirst; further down only one of some length (a caption names who and where in fewer).
  const few = !underHeadline && wordsOf(text).length < MIN_STANDFIRST_WORDS;
  if (few || !endsLikeSentence(text)) return false;
  if (hasCredit(text)) return false;
  return kinds[i + 1] !== "credit";
}

/**
 * Index of the standfirst among the lines above the lede, or -1: the first paragraph before
 * `lede`, when it reads as a full sentence of some length, carries no credit, no credit line
 * stands right below it (a photo's caption and credit come in that order), and a byline, date
 * or share row stands between it and the lede; else a long paragraph right above the byline,
 * date or share row (a subtitle or a caption may stand above it).
 */
export function findStandfirst(
  lines: readonly SourceLine[],
  kinds: readonly LineKind[],
  lede: number,
): number {
  const first = kinds.findIndex((k) => k === "content");
  if (first === -1 || first >= lede) return -1;
  if (!readsAsStandfirst(lines, kinds, first, isUnderHeadline(lines, kinds, first)))
    return longAboveHeader(lines, kinds, first, lede);
  // The page's header (byline, date, share row) stands between it and the lede: prose above only
  // a repeated headline or a photo is a teaser's summary or a caption.
  return kinds.slice(first + 1, lede).some((k) => HEADER_KINDS.has(k)) ? first : -1;
}

/**
 * Index of a long standfirst right above the page header, or -1: the last paragraph between
 * `from` and the lede, when a byline, date or share row stands right below it and it reads as a
 * standfirst of some length (a caption is shorter), full stop or not.
 */
function longAboveHeader(
  lines: readonly SourceLine[],
  kinds: readonly LineKind[],
  from: number,
  lede: number,
): number {
  let last = -1;
  for (let i = from; i < lede; i++) if (kinds[i] === "content") last = i;
  if (last === -1 || !HEADER_KINDS.has(kinds[last + 1]!)) return -1;
  return wordsOf(lines[last]!.text).length >= MIN_LONG_STANDFIRST_WORDS &&
    readsAsStandfirst(lines, kinds, last, true)
    ? last
    : -1;
}

/**
 * Index of a standfirst that the article's run of prose (prose-run.ts) left above it, or -1: the
 * first paragraph after the headline, when only a page header (a byline, date or share row among
 * at most twenty lines, no other paragraph) stands between it and the run. `kinds` are the
 * lines' own kinds, before the run is applied; `reach[i]` is the last file line of line i.
 */
export function standfirstAboveRun(
  lines: readonly SourceLine[],
  kinds: readonly LineKind[],
  reach: readonly number[],
  runFirst: number,
): number {
  const first = kinds.findIndex((k) => k === "content");
  if (first === -1 || reach[first]! >= runFirst) return -1;
  // Under the headline: nothing but a byline, date or share row stands above it.
  const underHeadline = isUnderHeadline(lines, kinds, first);
  // A byline or date above it is the page header too (`von Andreas Kürten`, then the standfirst).
  let header = underHeadline && first > 0;
  for (let j = first + 1; j < lines.length && lines[j]!.n < runFirst; j++) {
    if (j - first > MAX_HEADER_GAP || kinds[j] === "content") return -1;
    if (HEADER_KINDS.has(kinds[j]!) || BYLINE_OPENING.test(lines[j]!.text)) header = true;
  }
  return header && readsAsStandfirst(lines, kinds, first, underHeadline) ? first : -1;
}

/** Most header lines (byline, date, share row) between the headline and a standfirst under it. */
const MAX_LINES_ABOVE = 3;

/** True when paragraph `first` stands right under the headline: only a byline, date or share row above it. */
function isUnderHeadline(
  lines: readonly SourceLine[],
  kinds: readonly LineKind[],
  first: number,
): boolean {
  if (first > MAX_LINES_ABOVE) return false;
  for (let i = 0; i < first; i++)
    if (!HEADER_KINDS.has(kinds[i]!) && !BYLINE_OPENING.test(lines[i]!.text)) return false;
  return true;
}
