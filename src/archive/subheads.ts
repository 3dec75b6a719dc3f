/**
 * Subheads and list items inside the article (a listicle's `3. Name`, a section's title): the
 * prose measure calls them teasers, since they are short and end without a stop. A teaser line is
 * body when a paragraph stands right below it and one above it; a related link inside the body has
 * a label or a marker above it (`Read also`), not a paragraph. Between the paragraph above and the
 * subhead may stand a photo's credit or a "read more" line that carries its own link (issue 15);
 * not a caption (a related headline under a photo's caption is a teaser), nor another teaser line
 * (`Related coverage` and a link are a related-links block).
 */
import { teaserMarker } from "./boilerplate.ts";
import type { LineKind } from "./classify-line.ts";
import { isEmbeddedPostLine } from "./embedded-posts.ts";
import { wordsOf } from "./language.ts";
import type { SourceLine } from "./source-lines.ts";

/** Most words of a subhead or list item kept between paragraphs. */
const MAX_SUBHEAD_WORDS = 25;

/** A line of a numbered or bulleted list: `1. Item`, `2) Item`, `• Item`, `– Item`. */
const LIST_ITEM = /^(?:\d{1,2}[.)]|[•·▪■►–—-]|\p{No})\s*\S/u;

/** Fewest words after a "read more" marker for the line to carry its own link (`Related Coverage` does not). */
const MIN_LINK_WORDS = 3;

/** Fewest words of a subhead with a credit or link between it and the paragraph above. */
const MIN_SUBHEAD_WORDS_BELOW_FURNITURE = 2;

/** Most lines looked through above a subhead for the paragraph it follows. */
const MAX_LOOK_BACK = 3;

/**
 * Turns the subheads between the paragraphs `first` and `last` into body, changing `kinds` in
 * place. Lines in `marked` (teasers a marker took) are never taken back.
 */
export function keepSubheads(
  lines: readonly SourceLine[],
  kinds: LineKind[],
  marked: ReadonlySet<number>,
  first: number,
  last: number,
): void {
  for (let i = first + 1; first !== -1 && i < last; i++) {
    if (kinds[i] !== "teaser" || marked.has(i)) continue;
    const text = lines[i]!.text;
    // A post the article embeds (embedded-posts.ts) is quoted, with its author's line after it.
    if (isEmbeddedPostLine(text)) {
      kinds[i] = "content";
      continue;
    }
    if (wordsOf(text).length > MAX_SUBHEAD_WORDS) continue;
    const item = LIST_ITEM.test(text);
    const beside = (j: number): boolean =>
      kinds[j] === "content" || (item && LIST_ITEM.test(lines[j]?.text ?? ""));
    // Below a credit or link, a one-word line is a button (`Teilen`), not a subhead.
    const worded = wordsOf(text).length >= MIN_SUBHEAD_WORDS_BELOW_FURNITURE;
    if (beside(i + 1) && (beside(i - 1) || (worded && paragraphAbove(lines, kinds, marked, i))))
      kinds[i] = "content";
    else if (beside(i + 1) && isSectionOpening(lines, kinds, marked, i)) {
      kinds[i - 1] = "content";
      kinds[i] = "content";
    }
  }
}

/** The first item of a numbered list: `1. Choose the pot`, `1) Plant`. */
const FIRST_ITEM = /^1[.)]\s*\S/u;

/**
 * True when line i opens a numbered list right under a section's title, itself under a paragraph:
 * `How to Care for Them in Vases` then `1. Examine the Blooms`. A block of related links neither
 * numbers its headlines nor stands between two paragraphs.
 */
function isSectionOpening(
  lines: readonly SourceLine[],
  kinds: readonly LineKind[],
  marked: ReadonlySet<number>,
  i: number,
): boolean {
  const title = lines[i - 1]?.text ?? "";
  return (
    FIRST_ITEM.test(lines[i]!.text) &&
    kinds[i - 1] === "teaser" &&
    !marked.has(i - 1) &&
    !LIST_ITEM.test(title) &&
    wordsOf(title).length <= MAX_SUBHEAD_WORDS &&
    paragraphAbove(lines, kinds, marked, i - 1)
  );
}

/**
 * True when a paragraph stands a few lines above line i with only photo credits or "read more"
 * lines that carry their own link between.
 */
function paragraphAbove(
  lines: readonly SourceLine[],
  kinds: readonly LineKind[],
  marked: ReadonlySet<number>,
  i: number,
): boolean {
  for (let j = i - 1; j >= 0 && i - j <= MAX_LOOK_BACK; j--) {
    const kind = kinds[j]!;
    if (kind === "content") return true;
    if (kind === "credit") continue;
    const link = marked.has(j) ? (teaserMarker(lines[j]!.text) ?? "") : "";
    if (wordsOf(link).length >= MIN_LINK_WORDS && !link.endsWith(":")) continue;
    return false;
  }
  return false;
}
