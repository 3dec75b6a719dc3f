/**
 * Choosing the headline: the line of the header that reads best as a title, after the labels,
 * logos, menus, dates and bylines a page puts around it (`Image default`, `News Politics`,
 * `Zum Inhalt springen`, `19 Feb 2024`). Each candidate is scored (headline-score.ts); the title
 * block over the header's byline or date (headline-block.ts) adds points to its first line.
 */
import { blockHeadline, headerWindow } from "./headline-block.ts";
import {
  ECHO_POINTS,
  endsWithFullStop,
  type HeaderView,
  headerView,
  headlinePoints,
  isCapitalLabelOver,
  isKickerOver,
  isNeverHeadline,
  nextLine,
  previousLine,
} from "./headline-score.ts";
import { type OpeningWords, openingWords } from "./headline-body-words.ts";
import type { TextLanguage } from "./prose-language.ts";
import { proseKind } from "./prose-measure.ts";
import { isMarkedFurniture, titleWords } from "./title-lines.ts";

export { isSectionLabel, isSiteNameLine } from "./title-lines.ts";

/** How far above the article's start the headline is looked for: a header holds a few dozen lines at most. */
const HEADER_REACH = 50;

/**
 * Points for a short line right over the run whose key words the opening all prints again: a
 * short title (`Soziale Energie`, `Will Smith`) over its article, not a label over a kicker.
 */
const NEAR_TITLE_POINTS = 2;
/** Most words of a line over a short title: under a longer line, the short one is its caption. */
const MAX_OVER_WORDS = 6;
/** Most words of a short title. */
const MAX_NEAR_TITLE_WORDS = 3;

/** Points for being the first line of the title block over the header's byline or date. */
const BLOCK_POINTS = 1.5;

/**
 * Points lost by the run's first line as the headline: the run is the body, most often rightly.
 * A question or an exclamation loses none: a title's form, which a first paragraph rarely has.
 */
const IN_RUN_COST = 1;
/** Most words of a run's first line taken for a title: news titles run long (`El Nobel de la Paz ruso, …`). */
const MAX_IN_RUN_TITLE_WORDS = 25;

/** The run's first line when it may be a title the run took in, else -1. */
function runOpeningTitle(lines: readonly string[], lang: TextLanguage, start: number): number {
  const line = lines[start] ?? "";
  if (isNeverHeadline(line, lang) || titleWords(line, lang) > MAX_IN_RUN_TITLE_WORDS) return -1;
  if (/[.:;,…]["”»’)」]*$/u.test(line.trim())) return -1;
  // An opening quotation is an epigraph, unless the header's byline or date follows it.
  const next = lines.slice(start + 1, start + 4).find((l) => l.trim() !== "") ?? "";
  return /^["“„«‘]/u.test(line.trim()) && !isMarkedFurniture(next, lang) ? -1 : start;
}

/** Lines of the run's opening looked at for a title under a notice: a few at most. */
const IN_RUN_REACH = 8;
/** Most paragraphs above a title in the run: one notice; after more, the article has begun. */
const MAX_NOTICE_PARAGRAPHS = 1;
/** Fewest words of a title in the run (`13 August` over a byline is a date). */
const MIN_IN_RUN_TITLE_WORDS = 3;

/**
 * The line a few lines into the run that may be a title the run took in under a notice (an ad
 * blocker's or a browser's, a photo credit): a line of a title's shape with the header's byline or
 * date right under it; -1 when there is none or there are several (a list).
 */
function runInnerTitle(view: HeaderView, start: number): number {
  const { lines, lang, kind } = view;
  const found: number[] = [];
  let seen = 0;
  let paragraphs = 0;
  for (let i = start; i < lines.length && seen < IN_RUN_REACH; i++) {
    if (kind(i) === "blank") continue;
    seen++;
    const line = lines[i] ?? "";
    if (proseKind(line, lang) === "long" && ++paragraphs > MAX_NOTICE_PARAGRAPHS) break;
    if (i === start || kind(i) !== "text" || isNeverHeadline(line, lang)) continue;
    const words = titleWords(line, lang);
    if (words < MIN_IN_RUN_TITLE_WORDS || words > MAX_IN_RUN_TITLE_WORDS) continue;
    if (endsWithFullStop(line)) continue;
    const next = nextLine(view, i);
    if (next !== -1 && kind(next) === "marked") found.push(i);
  }
  // A title stands once: lines over dates again and again are a list (quotes, events, comments).
  return found.length === 1 ? found[0]! : -1;
}

/**
 * The line right over the run at `start` when it is a short title: a few words, all of them said
 * again in the article's opening, and no longer line right over it (whose caption it would be);
 * else -1.
 */
function nearTitle(view: HeaderView, opening: OpeningWords, top: number, start: number): number {
  const { lines, lang, kind } = view;
  const near = previousLine(view, start);
  const line = lines[near] ?? "";
  // A count (`Skitouren | 300 Artikel`) makes it a section's label.
  if (near < top || titleWords(line, lang) > MAX_NEAR_TITLE_WORDS || /\p{N}/u.test(line)) return -1;
  const over = previousLine(view, near);
  if (over !== -1 && kind(over) === "text" && titleWords(lines[over] ?? "", lang) > MAX_OVER_WORDS)
    return -1;
  return opening.sharesAll(near, start) ? near : -1;
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
 * the article's run of prose (`runStart`, see prose-run.ts), not below it: so a "you may like"
 * heading, a comment title or a footer imprint is never taken. Only the run's first lines may be
 * a title the run took in (its first line, or one under a notice with its byline below). Each line of the
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
  if (
    under !== -1 &&
    under < start &&
    (isKickerOver(view, block, under) || isCapitalLabelOver(view, block, under))
  )
    block = under;
  // Nearest to the run first: on a tie the nearer line wins, the run's own first line last.
  const candidates: { i: number; points: number }[] = [];
  // A headline's key words come again in the article's opening; a menu's or a teaser's do not.
  const opening = openingWords(lines, lang);
  const sharePoints = opening.points;
  // A short line right over the run is its title when the opening says all its words again.
  const near = nearTitle(view, opening, top, start);
  for (let i = start - 1; i >= top; i--) {
    if (isNeverHeadline(lines[i] ?? "", lang)) continue;
    const points =
      headlinePoints(view, i, start) +
      (i === block ? BLOCK_POINTS : 0) +
      (i === near ? NEAR_TITLE_POINTS : 0) +
      sharePoints(i, start);
    candidates.push({ i, points });
  }
  // A title the run of prose took in: its first line, when it reads as a title (a question, a
  // line with no sentence end) and a paragraph or the header's byline follows.
  const first = runStart >= 0 ? runOpeningTitle(lines, lang, start) : -1;
  if (first >= 0) {
    const cost = /[?!]["”»’)]*$/u.test((lines[first] ?? "").trim()) ? 0 : IN_RUN_COST;
    const after = bodyAfter(lines, lang, first);
    const points = headlinePoints(view, first, after) - cost + sharePoints(first, after);
    candidates.push({ i: first, points });
  }
  // A title a few lines into the run, under a notice the run took in, with its byline below.
  const inner = runStart >= 0 ? runInnerTitle(view, start) : -1;
  if (inner >= 0) {
    const after = bodyAfter(lines, lang, inner);
    const points = headlinePoints(view, inner, after) - IN_RUN_COST + sharePoints(inner, after);
    candidates.push({ i: inner, points });
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
  if (best !== -1) return best;
  // Nothing above the run can be the title: the page's first line that can be one, else its first line.
  const possible = lines.findIndex((l) => l.trim() !== "" && !isNeverHeadline(l, lang));
  return possible !== -1 ? possible : lines.findIndex((l) => l.trim() !== "");
}
