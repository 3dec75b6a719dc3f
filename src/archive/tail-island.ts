/**
 * Where the article's run of prose really ends: a paragraph or two standing alone below a block
 * of non-prose lines (a related-links list, a tag row, an author card) is an author's bio, a
 * newsletter pitch or a teaser's summary, not the article's close (issue 15). The densest run
 * (prose-run.ts) takes such an island in whenever its length outweighs the gap above it.
 */
import type { LineKind } from "./classify-line.ts";
import type { SourceLine } from "./source-lines.ts";

/** Fewest lines against the run above an island for it to stand apart: one line is a subhead. */
const MIN_GAP_LINES = 2;
/** Most paragraphs of an island that is cut off. */
const MAX_ISLAND_PARAGRAPHS = 2;
/** Largest share of the run's prose an island that is cut off may hold. */
const MAX_ISLAND_SHARE = 0.15;
/** Kinds of a photo's lines between a subhead and its section. */
const PHOTO_KINDS = new Set<LineKind>(["credit", "caption", "image-noise"]);
/** Most islands cut from one run: a related block, an author card, a newsletter box. */
const MAX_ISLANDS = 10;

/** The island at the run's end: where its gap starts, or -1 when the run ends in a long stretch. */
function tailIsland(
  kinds: readonly LineKind[],
  weights: readonly number[],
  lines: readonly SourceLine[],
  start: number,
  end: number,
): number {
  let total = 0;
  for (let i = start; i < end; i++) if (kinds[i] === "content") total += lines[i]!.text.length;
  let island = 0;
  let paragraphs = 0;
  let gap = 0;
  // A section of the article stands below a subhead and its photo: one teaser line, the rest credits.
  let subheads = 0;
  let furniture = false;
  for (let i = end - 1; i > start; i--) {
    if (weights[i]! < 0) {
      gap++;
      if (kinds[i] === "teaser") subheads++;
      else if (!PHOTO_KINDS.has(kinds[i]!)) furniture = true;
    }
    if (kinds[i] !== "content") continue;
    if (gap >= MIN_GAP_LINES) {
      const section = subheads <= 1 && !furniture;
      const small = paragraphs <= MAX_ISLAND_PARAGRAPHS && island < MAX_ISLAND_SHARE * total;
      return small && !section ? i + 1 : -1;
    }
    gap = 0;
    subheads = 0;
    furniture = false;
    paragraphs++;
    island += lines[i]!.text.length;
  }
  return -1;
}

/**
 * The run's end once small islands below gaps are cut off, one after another. `weights` are the
 * lines' weights in the run (a line that costs the run is a gap line; see prose-run.ts).
 */
export function trimTailIslands(
  kinds: readonly LineKind[],
  weights: readonly number[],
  lines: readonly SourceLine[],
  start: number,
  end: number,
): number {
  for (let round = 0; round < MAX_ISLANDS; round++) {
    const cut = tailIsland(kinds, weights, lines, start, end);
    if (cut === -1) return end;
    end = cut;
    while (end > start && kinds[end - 1] !== "content") end--;
  }
  return end;
}
