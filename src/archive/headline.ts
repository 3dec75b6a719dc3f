/**
 * Choosing the headline: the line of the header that reads best as a title, after the labels,
 * logos, menus, dates and bylines a page puts around it (`Image default`, `News Politics`,
 * `Zum Inhalt springen`, `19 Feb 2024`). Each candidate is scored (headline-score.ts); the title
 * block over the header's byline or date (headline-block.ts) adds points to its first line.
 */
import { blockHeadline, headerWindow } from "./headline-block.ts";
import {
  ECHO_POINTS,
  headerView,
  headlinePoints,
  isKickerOver,
  isNeverHeadline,
  nextLine,
} from "./headline-score.ts";
import { openingWordPoints } from "./headline-body-words.ts";
import type { TextLanguage } from "./prose-language.ts";
import { proseKind } from "./prose-measure.ts";
import { isMarkedFurniture, titleWords } from "./title-lines.ts";

export { isSectionLabel, isSiteNameLine } from "./title-lines.ts";

/** How far above the article's start the headline is looked for: a header holds a few dozen lines at most. */
const HEADER_REACH = 50;

/** Points for being the first line of the title block over the header's byline or date. */
const BLOCK_POINTS = 1.5;

/**
 * Points lost by the run's first line as the headline: the run is the body, most often rightly.
 * A question or an exclamation loses none: a title's form, which a first paragraph rarely has.
 */
const IN_RUN_COST = 1;
/** Most words of a run's first line taken for a title. */
const MAX_IN_RUN_TITLE_WORDS = 20;

/** The run's first line when it may be a title the run took in, else -1. */
function runOpeningTitle(lines: readonly string[], lang: TextLanguage, start: number): number {
  const line = lines[start] ?? "";
  if (isNeverHeadline(line, lang) || titleWords(line, lang) > MAX_IN_RUN_TITLE_WORDS) return -1;
  if (/[.:;,…]["”»’)」]*$/u.test(line.trim())) return -1;
  // An opening quotation is an epigraph, unless the header's byline or date follows it.
  const next = lines.slice(start + 1, start + 4).find((l) => l.trim() !== "") ?? "";
  return /^["“„«‘]/u.test(line.trim()) && !isMarkedFurniture(next, lang) ? -1 : start;
}

/** The first line below `i` that is a paragraph, not header furniture: where the body starts. */
function bodyAfter(lines: readonly string[], lang: TextLanguage, i: number): number {
  for (let j = i + 1; j < lines.length && j <= i + 4; j++) {
    const line = lines[j] ?? "";
    if (line.trim() !== "" && proseKind(line, lang) === "long" && !isMarkedFurniture(line, lang))
      return j;
  }
  return i + 1;
}

/**
 * Index of the headline among the lines, or -1 when there is no text. The headline stands above
 * the article's run of prose (`runStart`, see prose-run.ts), never inside or below it: so a
 * "you may like" heading, a comment title or a footer imprint is never taken. Each line of the
 * header that may be a title is scored; the best wins, the nearest to the run on a tie. With no
 * candidate, the first line.
 */
export function pickHeadline(
  lines: readonly string[],
  lang: TextLanguage,
  runStart: number,
): number {
  const { start, top } = headerWindow(lines, runStart, HEADER_REACH);
  const view = headerView(lines, lang);
  let block = blockHeadline(lines, lang, runStart);
  // The title block's first line may be a kicker over the title: the points go to the title.
  const under = block >= 0 ? nextLine(view, block) : -1;
  if (under !== -1 && under < start && isKickerOver(view, block, under)) block = under;
  // Nearest to the run first: on a tie the nearer line wins, the run's own first line last.
  const candidates: { i: number; points: number }[] = [];
  // A headline's key words come again in the article's opening; a menu's or a teaser's do not.
  const sharePoints = openingWordPoints(lines, lang);
  for (let i = start - 1; i >= top; i--) {
    if (isNeverHeadline(lines[i] ?? "", lang)) continue;
    const points =
      headlinePoints(view, i, start) + (i === block ? BLOCK_POINTS : 0) + sharePoints(i, start);
    candidates.push({ i, points });
  }
  // A title the run of prose took in: its first line, when it reads as a title (a question, a
  // line with no sentence end) and a paragraph or the header's byline follows.
  const opening = runStart >= 0 ? runOpeningTitle(lines, lang, start) : -1;
  if (opening >= 0) {
    const cost = /[?!]["”»’)]*$/u.test((lines[opening] ?? "").trim()) ? 0 : IN_RUN_COST;
    const after = bodyAfter(lines, lang, opening);
    const points = headlinePoints(view, opening, after) - cost + sharePoints(opening, after);
    candidates.push({ i: opening, points });
  }
  // A repeat on the page is looked for only where it can change the choice (it scans the page).
  const most = Math.max(...candidates.map((c) => c.points));
  let best = -1;
  let bestPoints = -Infinity;
  for (const { i, points } of candidates) {
    const total = points + (points + ECHO_POINTS >= most && view.echoes(i) ? ECHO_POINTS : 0);
    if (total > bestPoints) [best, bestPoints] = [i, total];
  }
  if (best === -1 && block >= 0) return block;
  return best === -1 ? lines.findIndex((l) => l.trim() !== "") : best;
}
