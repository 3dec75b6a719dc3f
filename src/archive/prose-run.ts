/**
 * Where the article runs on a copied page: the densest run of prose (boilerpipe's and jusText's
 * idea, on lines without tags). Each line weighs for or against: a prose line by its length, any
 * other line (menu item, label, teaser headline, credit) by a fixed penalty; the run is the
 * stretch of lines with the greatest sum (Kadane's maximum subarray, one pass). Navigation above
 * and teasers, polls and footers below fall outside it because they are many short lines.
 *
 * The article also ends at an end marker (`Comments`, `Leave a reply`): comments are prose too,
 * so the sum alone would run on into them. Below some prose (never above all of it: menus hold
 * `Comments` links), a marker ends the article when enough prose stands above it or when little
 * prose follows it; a marker with little prose above and the body
 * right below (a `COMMENT` button or `Comments / Print` toolbar between the standfirst and the
 * body) only weighs against the run like a long gap.
 */
import { isEndMarker, isSoftEndMarker } from "./boilerplate.ts";
import { END_PATTERNS } from "./end-markers.ts";
import { isStructuredLine } from "./structured-line.ts";
import { trimTailIslands } from "./tail-island.ts";
import { preferHeadedRun } from "./headed-run.ts";
import { preferRunAboveFooter } from "./footer-run.ts";
import { densestRun } from "./densest-run.ts";
import { joinLedeAbove } from "./lede-join.ts";
import { startAtInnerHeader } from "./inner-header.ts";
import type { SourceLine } from "./source-lines.ts";
import { classifyLine, type LineKind } from "./classify-line.ts";
import type { TextLanguage } from "./prose-language.ts";

/** The article's run among a page's lines. */
export interface ProseRun {
  /** Index of the run's first line, -1 when the page has no prose. */
  start: number;
  /** Index just past the run's last line. */
  end: number;
  /** Index of the end marker that ends the article, or -1 when none does. */
  marker: number;
}

/** What a line that is not prose costs the run, in characters of prose. */
const GAP_COST = 80;
/** What a line costs that the prose measure calls a teaser: a list item or subhead as often as a link. */
const TEASER_COST = 60;
/** What a paragraph is worth beyond its length. */
const PARAGRAPH_BONUS = 80;
/** What a marker with little prose above costs: a long gap, so a short lede may be left out. */
const FALSE_END_COST = 400;
/** Longest line counted in full: one huge line (a comment wall, a glued table) should not outweigh a page. */
const MAX_LINE_WEIGHT = 1200;
/** Prose above an end marker for it to end the article: about two paragraphs. */
const MIN_PROSE_ABOVE_END = 400;

/** How many times the prose above a marker the prose below must be for the article to be below. */
const PROSE_BELOW_FACTOR = 4;

/** Markers of a comment section: the comments below may well outweigh the article above. */
const COMMENT_WORDS =
  /comment|kommentar|коммент|comentar|reply|repl|respuesta|antwort|reactie|discus|diskus|обсужд|дискусс|feedback|meinung|opini/iu;

/**
 * True when an end marker heads a block above the article rather than ending it: a related-articles
 * heading (`Verwandte Artikel`, `Related topics`) in a sidebar with several times more prose below
 * it than above. A comment section's marker never does.
 */
function headsBlockAbove(text: string, above: number, aboveLines: number, below: number): boolean {
  if (below <= PROSE_BELOW_FACTOR * Math.max(above, MIN_PROSE_ABOVE_END)) return false;
  // One line of prose above (a site notice, a tagline) is no article for a toolbar to end.
  if (aboveLines <= 1) return true;
  // A comment's header (`Ann says:`, `Pingback: …`) is a comment section's too.
  return !COMMENT_WORDS.test(text) && !END_PATTERNS.some((re) => re.test(text.trim()));
}

/** Lines looked at below a marker: a share row or toolbar, a byline and a date, then the body goes on. */
const FOLLOW_REACH = 12;

/** True when the body goes on right below line i: two paragraphs among the next few lines. */
function proseFollows(kinds: readonly LineKind[], i: number): boolean {
  let paragraphs = 0;
  for (let j = i + 1; j < kinds.length && j <= i + FOLLOW_REACH; j++)
    if (kinds[j] === "content") paragraphs++;
  return paragraphs >= 2;
}

/** The weight of one line, by its kind and length. */
function lineWeight(kind: LineKind, text: string): number {
  // A paragraph also makes up for one gap: two paragraphs after a newsletter box of five lines
  // are still the article.
  if (kind === "content") return Math.min(text.length, MAX_LINE_WEIGHT) + PARAGRAPH_BONUS;
  // A short sentence is neutral: between paragraphs it is body, among menus it is chrome.
  if (kind === "short") return 0;
  // A list item, table row or line of code is neutral too: tables and code blocks inside an
  // article would otherwise cut it in two (issue 15); a teaser list is headlines, not structure.
  if (kind === "teaser") return isStructuredLine(text) ? 0 : -TEASER_COST;
  return -GAP_COST;
}

/** Finds the article's run of prose among the lines (each classified alone, as classify-line.ts does). */
export function findProseRun(lines: readonly SourceLine[], lang: TextLanguage): ProseRun {
  const kinds = lines.map((l) => classifyLine(l.text, lang));
  // Prose from each line to the page's end, for markers that head a block above the article.
  const proseFrom = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--)
    proseFrom[i] = proseFrom[i + 1]! + (kinds[i] === "content" ? lines[i]!.text.length : 0);
  let prose = 0;
  let proseLines = 0;
  let cut = lines.length;
  let marker = -1;
  const weights: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (isEndMarker(text) && !isSoftEndMarker(text)) {
      const enough = prose >= MIN_PROSE_ABOVE_END && proseLines >= 2;
      if (
        !headsBlockAbove(text, prose, proseLines, proseFrom[i]!) &&
        (enough || (proseLines > 0 && !proseFollows(kinds, i)))
      ) {
        cut = i;
        marker = i;
        break;
      }
      weights.push(-FALSE_END_COST);
      continue;
    }
    weights.push(lineWeight(kinds[i]!, text));
    if (kinds[i] === "content") {
      prose += text.length;
      proseLines++;
    }
  }
  const densest = densestRun(weights, cut);
  let { start, end } = densest;
  // A short article under its byline or date outweighed by teaser cards or a form (headed-run.ts),
  // and its lede above a fact table or "most read" box (lede-join.ts), are the article all the same.
  ({ start, end } = preferHeadedRun(kinds, weights, cut, { start, end }, densest.weight));
  const texts = lines.map((l) => l.text);
  // A sign-in dialog or legal text below the site's footer links is no article (footer-run.ts).
  ({ start, end } = preferRunAboveFooter(kinds, texts, weights, { start, end }));
  ({ start, end } = joinLedeAbove(kinds, texts, weights, { start, end }));
  // A notice or teaser above the headline: the article starts under the header in the run's opening.
  ({ start, end } = startAtInnerHeader(kinds, texts, lang, { start, end }));
  // A paragraph or two alone below a related block or author card is not the article's close.
  if (start !== -1) end = trimTailIslands(kinds, weights, lines, start, end);
  // The marker ends the article only when the run reaches it (teasers may stand between).
  return { start, end, marker: start === -1 ? -1 : marker };
}
