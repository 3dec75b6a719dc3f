/**
 * The headline as the title block over the article's header: from the run of prose, walk up past
 * the bylines, dates, credits and share rows to the block of title-like lines above; its first
 * line is the headline, the lines after it standfirsts. headline.ts weighs this pick with the
 * other points of headline-score.ts.
 */
import { isChromeLine, isCreditLine } from "./boilerplate.ts";
import { parseByline } from "./byline.ts";
import { readDateStamp } from "./date-stamp.ts";
import type { TextLanguage } from "./prose-language.ts";
import { isNavigationLine } from "./navigation-lines.ts";
import { proseKind } from "./prose-measure.ts";
import { isHeaderFurniture, isTitleLike, titleWords } from "./title-lines.ts";

/** The block of title-like lines just above an anchor, walking up past header furniture. */
function blockAbove(lines: readonly string[], anchor: number, lang: TextLanguage): number[] {
  const block: number[] = [];
  for (let i = anchor - 1; i >= 0; i--) {
    const above = lines[i] ?? "";
    if (isTitleLike(above, lang)) block.unshift(i);
    else if (!isHeaderFurniture(above, lang) || isNavigationLine(above)) break;
  }
  return block;
}

/** A paragraph of prose (not a credit, date stamp, byline or chrome that happens to read like one). */
const isProseLine = (line: string, lang: TextLanguage): boolean =>
  proseKind(line, lang) === "long" &&
  !isChromeLine(line) &&
  !isCreditLine(line) &&
  readDateStamp(line, lang.vocabulary) === null &&
  parseByline(line) === null;

/** Most words of a standfirst: a longer prose line above the body is a paragraph. */
const MAX_STANDFIRST_WORDS = 35;

/** How far above the article's start the headline block is looked for: a header holds a few dozen lines at most. */
const HEADER_REACH = 40;
/** Where the header is looked for when no run of prose was found: the top of the page. */
const NO_RUN_HEADER = 120;

/**
 * The lines a headline is looked for in, `[top, start)`: up to `reach` lines above the article's
 * run of prose (`runStart`), or at the top of the page when there is no run.
 */
export function headerWindow(
  lines: readonly string[],
  runStart: number,
  reach: number,
): { start: number; top: number } {
  const start =
    runStart >= 0 ? Math.min(runStart, lines.length) : Math.min(lines.length, NO_RUN_HEADER);
  return { start, top: Math.max(0, start - reach) };
}

/**
 * Index of the first line of the title block over the article's header, or -1 when there is
 * none. The headline stands above
 * the article's run of prose (`runStart`, see prose-run.ts), never inside or below it: so a
 * "you may like" heading, a comment title or a footer imprint is never taken. From the run's
 * start, walk up past furniture (bylines, dates, credits, share rows) to the block of title-like
 * lines just above; its first line is the headline (the lines after it are standfirsts). When
 * the run's first lines are a caption or standfirst, the nearest byline, date stamp or paragraph
 * above with a title block over it is the anchor. A block needs a line of four words or more.
 */
export function blockHeadline(
  lines: readonly string[],
  lang: TextLanguage,
  runStart: number,
): number {
  const { start, top } = headerWindow(lines, runStart, HEADER_REACH);
  const headlineAbove = (anchor: number): number | undefined => {
    const block = blockAbove(lines, anchor, lang);
    return block.some((i) => titleWords(lines[i] ?? "", lang) >= 4) ? block[0] : undefined;
  };
  // Nearest first, a byline, date stamp or standfirst of the header (no paragraph between it and
  // the run) with a title over it: Europa Press and others print the headline, a photo and the date above a
  // second title; a caption may stand right above the body.
  let lastParagraph = top - 1;
  for (let i = start - 1; i >= top && lastParagraph < top; i--) {
    const line = lines[i] ?? "";
    if (isProseLine(line, lang) && titleWords(line, lang) > MAX_STANDFIRST_WORDS) lastParagraph = i;
  }
  for (let i = start - 1; i > lastParagraph; i--) {
    const line = lines[i] ?? "";
    if (
      parseByline(line) !== null ||
      readDateStamp(line, lang.vocabulary) !== null ||
      isProseLine(line, lang)
    ) {
      const found = headlineAbove(i);
      if (found !== undefined) return found;
    }
  }
  if (runStart >= 0) {
    const direct = headlineAbove(start);
    if (direct !== undefined) return direct;
  }
  // Above a paragraph too, nearest first: the run may have left out the first paragraphs.
  for (let i = lastParagraph; i >= top; i--) {
    const found = isProseLine(lines[i] ?? "", lang) ? headlineAbove(i) : undefined;
    if (found !== undefined) return found;
  }
  return -1;
}
