/**
 * Structured lines between two paragraphs of the article: a recipe's ingredients, a table's rows,
 * a code block, a fact box's `Label: value` lines. One by one they read as teasers (short, no
 * sentence punctuation), but a short gap of them with paragraphs on both sides is the article's
 * own, as jusText keeps short blocks between good ones (issue 15). So is a quotation printed over
 * several short lines (a verse, a poem).
 */
import type { LineKind } from "./classify-line.ts";
import { wordsOf } from "./language.ts";
import type { SourceLine } from "./source-lines.ts";
import { isStructuredLine } from "./structured-line.ts";

/** Most lines of a gap kept whole between paragraphs. */
const MAX_GAP_LINES = 16;
/** Least share of a gap's lines that are structured: a heading (`Ingredients`) may stand among them. */
const MIN_STRUCTURED_SHARE = 0.75;
/** Most words of one line kept in such a gap: longer lines that are not prose are teasers' summaries. */
const MAX_GAP_LINE_WORDS = 25;

/** True when line j may be kept in a gap: a teaser line of few words that no marker made a teaser. */
function keepable(
  lines: readonly SourceLine[],
  kinds: readonly LineKind[],
  marked: ReadonlySet<number>,
  j: number,
): boolean {
  const text = lines[j]!.text;
  return kinds[j] === "teaser" && !marked.has(j) && wordsOf(text).length <= MAX_GAP_LINE_WORDS;
}

/**
 * Turns each short gap of teaser lines, most of them structured, between the paragraphs `first` and
 * `last` into body, changing `kinds` in place. A gap holding anything else (chrome, a credit, a
 * byline, a marked teaser) or mostly headlines is left alone: that is page furniture.
 */
export function keepGapLines(
  lines: readonly SourceLine[],
  kinds: LineKind[],
  marked: ReadonlySet<number>,
  first: number,
  last: number,
): void {
  if (first === -1) return;
  let gapStart = -1;
  for (let i = first + 1; i <= last; i++) {
    if (kinds[i] !== "content") {
      if (gapStart === -1) gapStart = i;
      continue;
    }
    if (gapStart !== -1 && i - gapStart <= MAX_GAP_LINES) {
      let all = true;
      let structured = 0;
      for (let j = gapStart; j < i && all; j++) {
        all = keepable(lines, kinds, marked, j);
        if (isStructuredLine(lines[j]!.text)) structured++;
      }
      if (all && structured >= MIN_STRUCTURED_SHARE * (i - gapStart))
        for (let j = gapStart; j < i; j++) kinds[j] = "content";
    }
    gapStart = -1;
  }
}

/**
 * Turns the teaser lines right after a paragraph that ends with a colon (`Read about:`, `In
 * short:`, `You need:`) into body, up to `end`: the list, code or table the sentence introduces.
 * Changes `kinds` in place; stops at the first line that is not such a teaser.
 */
export function keepIntroducedLists(
  lines: readonly SourceLine[],
  kinds: LineKind[],
  marked: ReadonlySet<number>,
  end: number,
): void {
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== "content" || !/:\s*$/.test(lines[i]!.text)) continue;
    for (let j = i + 1; j < end && j <= i + MAX_GAP_LINES && keepable(lines, kinds, marked, j); j++)
      kinds[j] = "content";
  }
}

/** A numbered item's number: `12. Name`, `12) Name`. */
const ITEM_NUMBER = /^(\d{1,3})[.)]\s+\S/u;

/**
 * Turns the teaser lines that go on numbering a list from a paragraph of the article (`98. Ann`
 * in the body, then `99. Bo`, `100. Cy`) into body, up to `end` or the first line that breaks the
 * count, below the run of prose too (never past the end marker: those lines are no teasers). A
 * listicle's last items are often short enough to read as teasers. Changes `kinds` in place.
 */
export function keepNumberedRuns(
  lines: readonly SourceLine[],
  kinds: LineKind[],
  marked: ReadonlySet<number>,
  end: number,
): void {
  for (let i = 0; i < end; i++) {
    const m = kinds[i] === "content" ? ITEM_NUMBER.exec(lines[i]!.text) : null;
    if (!m) continue;
    let next = Number(m[1]) + 1;
    for (let j = i + 1; j < end && keepable(lines, kinds, marked, j); j++, next++) {
      if (ITEM_NUMBER.exec(lines[j]!.text)?.[1] !== String(next)) break;
      kinds[j] = "content";
    }
  }
}

/** A line that opens a quotation: a quotation mark before its first letter or digit. */
const OPENS_QUOTE = /^\s*["„“”«»‚‘’‹›]\s*[\p{L}\p{N}]/u;
/** A line that closes one: a quotation mark after its last letter, digit or punctuation. */
const CLOSES_QUOTE = /[\p{L}\p{N}.,!?…]\s*["“”«»‘’‹›]\s*[.,;:!?]?\s*$/u;

/**
 * Turns a quotation printed over several short lines between the paragraphs `first` and `last`
 * (a verse of lyrics, a poem, a post quoted line by line) into body: teaser lines from one that
 * opens with a quotation mark to the one that closes it, at most `MAX_GAP_LINES`, none marked.
 * Changes `kinds` in place.
 */
export function keepQuotedBlocks(
  lines: readonly SourceLine[],
  kinds: LineKind[],
  marked: ReadonlySet<number>,
  first: number,
  last: number,
): void {
  if (first === -1) return;
  for (let i = first + 1; i < last; i++) {
    if (!keepable(lines, kinds, marked, i) || !OPENS_QUOTE.test(lines[i]!.text)) continue;
    // A one-line quotation is a teaser's headline as often as a quote: only several lines count.
    for (let j = i + 1; j < last && j <= i + MAX_GAP_LINES; j++) {
      if (!keepable(lines, kinds, marked, j)) break;
      if (!CLOSES_QUOTE.test(lines[j]!.text)) continue;
      for (let k = i; k <= j; k++) kinds[k] = "content";
      i = j;
      break;
    }
  }
}
