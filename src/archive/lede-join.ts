/**
 * The article's opening above an interruption: a lede, then a fact table, a rating box or a
 * "most read" list, then the rest of the article (issue 15). The densest run leaves the lede out
 * whenever the block between costs more than the lede weighs. The lede is the article's when it
 * speaks of the same things as the run (a good share of its longer words recur there) and no
 * byline, date or end marker stands between: teasers and sidebars speak of other things.
 */
import type { LineKind } from "./classify-line.ts";
import { isEndMarker } from "./boilerplate.ts";
import type { LineSpan } from "./headed-run.ts";

/** Shortest word compared: shorter ones are function words in most languages. */
const MIN_WORD_LENGTH = 6;
/** Fewest distinct compared words of a lede: a short line shares words by chance. */
const MIN_LEDE_WORDS = 6;
/** Share of the lede's compared words that must recur in the run. */
const MIN_SHARED = 0.25;
/** Most lines between the lede and the run: a long comparison table or product grid. */
const MAX_GAP_LINES = 400;

/** Kinds of lines that head another item: the block above them is not the run's lede. */
const SEPARATING_KINDS = new Set<LineKind>(["byline", "date-stamp"]);

/** Lines above a block looked at for the header it would stand under. */
const STANDFIRST_REACH = 2;

/** The distinct longer words of some lines, lowercased. */
function wordStock(texts: readonly string[], from: number, to: number): Set<string> {
  const words = new Set<string>();
  for (let i = from; i < to; i++)
    for (const w of texts[i]!.toLowerCase().match(/\p{L}+/gu) ?? [])
      if (w.length >= MIN_WORD_LENGTH) words.add(w);
  return words;
}

/**
 * The run with the prose block right above it joined when that block shares the run's words.
 * `weights` are the lines' weights (prose-run.ts); the block is the best-weighing stretch that
 * ends at the last paragraph above the run.
 */
export function joinLedeAbove(
  kinds: readonly LineKind[],
  texts: readonly string[],
  weights: readonly number[],
  run: LineSpan,
): LineSpan {
  if (run.start <= 0) return run;
  let last = run.start - 1;
  while (last >= 0 && run.start - last <= MAX_GAP_LINES && kinds[last] !== "content") {
    // A byline, a date or an end marker between: the block above is another item, or the page's end.
    if (SEPARATING_KINDS.has(kinds[last]!) || isEndMarker(texts[last]!)) return run;
    last--;
  }
  if (last < 0 || kinds[last] !== "content") return run;
  // The block: walk up from its last paragraph while the stretch keeps a positive weight.
  let first = last;
  for (let i = last, sum = 0; i >= 0; i--) {
    sum += weights[i]!;
    if (sum <= 0) break;
    if (kinds[i] === "content") first = i;
  }
  // A block right under a byline or date is a standfirst: clean-body.ts and headed-run.ts judge it.
  for (let i = first - 1; i >= 0 && first - i <= STANDFIRST_REACH; i--)
    if (SEPARATING_KINDS.has(kinds[i]!)) return run;
  const lede = wordStock(texts, first, last + 1);
  if (lede.size < MIN_LEDE_WORDS) return run;
  const body = wordStock(texts, run.start, run.end);
  let shared = 0;
  for (const w of lede) if (body.has(w)) shared++;
  return shared >= MIN_SHARED * lede.size ? { start: first, end: run.end } : run;
}
