/**
 * The article's run when the densest one has no header: an article is printed below its header
 * (a byline, a date stamp), a block of teaser cards, a newsletter form or an author card is not.
 * When a short article is outweighed by such a block (issue 15: a paywall page, a video page, a
 * lede cut off by a "most read" box), the densest run begins under no header while a run of prose
 * right below a header elsewhere weighs nearly as much; that run is the article. A headed run
 * that reaches the densest one joins the lede above an interruption to the rest of the article.
 */
import type { LineKind } from "./classify-line.ts";

/** A run of lines: its first line and the line just past its last. */
export interface LineSpan {
  /** Index of the first line. */
  start: number;
  /** Index just past the last line. */
  end: number;
}

/** Most lines between a header line and the prose it heads (share rows, a photo, a credit). */
const HEADER_REACH = 8;
/** Share of the densest run's weight a headed run must have to be taken instead. */
const HEADED_SHARE = 0.5;

/** Kinds of the lines that head an article. */
const HEADER_KINDS = new Set<LineKind>(["byline", "date-stamp"]);

/** Most lines without prose looked through above a run for its header (a table of contents). */
const HEADED_REACH = 20;

/**
 * True when a header line stands above `start` with no prose between, or among the run's first
 * lines; lines above `floor` (a site's footer, say) are not looked at.
 */
export function isHeaded(kinds: readonly LineKind[], start: number, floor = 0): boolean {
  for (let i = start - 1; i >= floor && i >= start - HEADED_REACH && kinds[i] !== "content"; i--)
    if (HEADER_KINDS.has(kinds[i]!)) return true;
  for (let i = start; i < start + HEADER_REACH && i < kinds.length; i++)
    if (HEADER_KINDS.has(kinds[i]!)) return true;
  return false;
}

/**
 * The run to take: `run` (the densest, of weight `weight`) when it is headed or no headed run
 * weighs enough, else the heaviest run that starts at the first paragraph below a header line.
 * Only lines before `cut` (the end marker) count. Linear: one backward pass of best sums.
 */
export function preferHeadedRun(
  kinds: readonly LineKind[],
  weights: readonly number[],
  cut: number,
  run: LineSpan,
  weight: number,
): LineSpan {
  if (run.start === -1 || isHeaded(kinds, run.start)) return run;
  // The best sum of a run starting at each line, and where that run ends.
  const bestFrom = new Array<number>(cut + 1).fill(0);
  const endFrom = new Array<number>(cut + 1).fill(cut);
  for (let i = cut - 1; i >= 0; i--) {
    const onward = bestFrom[i + 1]!;
    bestFrom[i] = weights[i]! + Math.max(0, onward);
    endFrom[i] = onward > 0 ? endFrom[i + 1]! : i + 1;
  }
  let best: LineSpan | null = null;
  let bestWeight = HEADED_SHARE * weight;
  for (let i = 0; i < cut; i++) {
    if (!HEADER_KINDS.has(kinds[i]!)) continue;
    let j = i + 1;
    while (j < cut && j <= i + HEADER_REACH && kinds[j] !== "content") j++;
    if (j >= cut || kinds[j] !== "content" || bestFrom[j]! < bestWeight) continue;
    best = { start: j, end: endFrom[j]! };
    bestWeight = bestFrom[j]!;
  }
  return best ?? run;
}
