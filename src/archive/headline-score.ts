/**
 * Ranking the lines above the article's run of prose as its headline, by a few named points a
 * reader would give: the shape of a title (a few words, no full stop, a capital), how close it
 * stands to the run (only header furniture between), whether a byline, date or meta line stands
 * next to it, and whether the page prints it again (a breadcrumb's last item, share text).
 * Page furniture (chrome, labels, navigation, widgets, recipe cards, bylines, dates) is never a
 * candidate, and a kicker over the title or a standfirst under it loses points.
 */
import { isChromeLine } from "./boilerplate.ts";
import { isAuthorCard } from "./author-card.ts";
import { isCapitalLabel } from "./capital-label.ts";
import { echoFinder } from "./headline-echo.ts";
import { isTrailEnd, isTrailOver, TRAIL_COST, TRAIL_END_POINTS } from "./breadcrumb-trail.ts";
import type { TextLanguage } from "./prose-language.ts";
import { endsWithFullStop, isNeverHeadline, MAX_STOPPED_TITLE_WORDS } from "./never-headline.ts";
import { isBylineOrDate, isHeaderFurniture, isMarkedFurniture, titleWords } from "./title-lines.ts";
import { titleShapePoints } from "./title-shape.ts";

export { endsWithFullStop, isNeverHeadline } from "./never-headline.ts";

/** Points lost for each line between a candidate and the run that is not header furniture. */
const GAP_COST = 0.3;
/** Most points lost to the gap: farther up, every line is as far. */
const MAX_GAP = 3;
/** Points for a byline, date or meta line below with only furniture between. */
const NEAR_BYLINE = 1.5;
/** Points for one farther below, past a standfirst, a caption or other lines. */
const FAR_BYLINE = 1;
/** Points for a date or byline right above. */
const DATE_ABOVE = 0.5;
/** Fewest words of a standfirst or caption. */
const MIN_HEADER_TEXT_WORDS = 4;

/** True for a standfirst or caption: a line of some words that reads as a title or as prose. */
const isHeaderText = (line: string, lang: TextLanguage): boolean =>
  titleWords(line, lang) >= MIN_HEADER_TEXT_WORDS;

/** What a header line is to the scorer: blank, a byline/date/meta line, other furniture, or text. */
type HeaderKind = "blank" | "marked" | "furniture" | "text";

/** A page's lines as the scorer reads them, each line classed once (the scorer looks at each many times). */
export interface HeaderView {
  /** The page's lines. */
  lines: readonly string[];
  /** The page's reading. */
  lang: TextLanguage;
  /** The class of the line at an index. */
  kind: (i: number) => HeaderKind;
  /** True when the line at an index is printed again on the page (headline-echo.ts). */
  echoes: (i: number) => boolean;
}

/** The scorer's view of a page. */
export function headerView(lines: readonly string[], lang: TextLanguage): HeaderView {
  const kinds = new Map<number, HeaderKind>();
  const kind = (i: number): HeaderKind => {
    let k = kinds.get(i);
    if (k === undefined) {
      const line = lines[i] ?? "";
      k =
        line.trim() === ""
          ? "blank"
          : isMarkedFurniture(line, lang)
            ? "marked"
            : isHeaderFurniture(line, lang) || isChromeLine(line)
              ? "furniture"
              : "text";
      kinds.set(i, k);
    }
    return k;
  };
  return { lines, lang, kind, echoes: echoFinder(lines) };
}

/** Points lost by a kicker: a short line over the title, which stands over the byline or date. */
const KICKER_COST = 1;
/** Most words of a title under a kicker: a longer line is a standfirst. */
const MAX_KICKED_TITLE_WORDS = 12;
/** Most words of a topic kicker (`Presidente do Senado`), over which a title may run long. */
const MAX_TOPIC_KICKER_WORDS = 3;
/** Most words of a title under a topic kicker: news titles run long (`O que … presidencial`). */
const MAX_TOPIC_KICKED_TITLE_WORDS = 18;
/** Most words of a kicker: a longer line over the title is a title of its own (or a standfirst). */
const MAX_KICKER_WORDS = 6;

/** The next non-blank line after `i`, or -1. */
export function nextLine(view: HeaderView, i: number): number {
  for (let j = i + 1; j < view.lines.length; j++) if (view.kind(j) !== "blank") return j;
  return -1;
}

/** The previous non-blank line before `i`, or -1. */
export function previousLine(view: HeaderView, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (view.kind(j) !== "blank") return j;
  return -1;
}

/**
 * True when the line at `i` is a kicker (`Corona-Tests weiterhin positiv`) over the title at
 * `next`: the title is a text line of a title's length (not a sentence; longer under a topic
 * kicker of a few words), no shorter than the kicker, and the header's byline, date or meta line
 * follows it (see `bylineFollows`), right away or past the title's standfirst (a longer text line).
 */
export function isKickerOver(view: HeaderView, i: number, next: number): boolean {
  const { lines, lang, kind } = view;
  if (kind(next) !== "text") return false;
  const title = lines[next] ?? "";
  const words = titleWords(title, lang);
  const kicker = titleWords(lines[i] ?? "", lang);
  const most =
    kicker <= MAX_TOPIC_KICKER_WORDS ? MAX_TOPIC_KICKED_TITLE_WORDS : MAX_KICKED_TITLE_WORDS;
  if (words > most || isNeverHeadline(title, lang)) return false;
  // A clause after a comma (`…, relying on …`) makes it a sentence: a standfirst under its title.
  if (/,\s+\p{Ll}/u.test(title)) return false;
  if (kicker > words || kicker > MAX_KICKER_WORDS) return false;
  if (bylineFollows(view, next)) return true;
  // Or past the title's standfirst: a text line longer than the title, then the byline.
  const standfirst = nextLine(view, next);
  return (
    standfirst !== -1 &&
    kind(standfirst) === "text" &&
    titleWords(lines[standfirst] ?? "", lang) > words &&
    bylineFollows(view, standfirst)
  );
}

/** Most words of a label between a title and its byline (`AVOCAT`, `STAND`, `Publicado:`). */
const MAX_BYLINE_LABEL_WORDS = 2;

/**
 * True when the header's byline, date or meta line follows the line at `i`: right away, or past
 * one label of a word or two, letters only (`STAND` over `21.4.2021`, a section's name over `Par …`).
 * A line of authors' names counts as a byline.
 */
export function bylineFollows(view: HeaderView, i: number): boolean {
  const { lines, lang, kind } = view;
  const after = nextLine(view, i);
  if (after === -1) return false;
  // A line of authors' names with no `By` (`Kim Lee, Jan Weber`) is the byline too.
  if (isHeaderFurniture(lines[after] ?? "", lang)) return true;
  const label = lines[after] ?? "";
  if (titleWords(label, lang) > MAX_BYLINE_LABEL_WORDS || !/^[\p{L}\s:]+$/u.test(label.trim()))
    return false;
  const then = nextLine(view, after);
  return then !== -1 && kind(then) === "marked";
}

/** True when the line at `i` is a label in capitals over a title in mixed case at `next` (capital-label.ts). */
export function isCapitalLabelOver(view: HeaderView, i: number, next: number): boolean {
  const { lines, lang, kind } = view;
  const title = lines[next] ?? "";
  return (
    kind(next) === "text" && isCapitalLabel(lines[i] ?? "", title) && !isNeverHeadline(title, lang)
  );
}

/** Points lost by a standfirst: a longer line right under a title-shaped line, which is its title. */
const STANDFIRST_COST = 1;
/** Fewest words of a title over its standfirst: a shorter line over a longer one is a kicker or a label. */
const MIN_TITLE_OVER_STANDFIRST_WORDS = 4;

/**
 * True when the line at `i` is the standfirst under a title: longer than a title runs, with a text
 * line of a title's shape, shorter than it, right above (a tagline or kicker over a title is
 * shorter than the title too, but the title is not this long).
 */
function isStandfirstUnder(view: HeaderView, i: number): boolean {
  const { lines, lang, kind } = view;
  const above = previousLine(view, i);
  if (above === -1 || kind(above) !== "text") return false;
  const title = lines[above] ?? "";
  const words = titleWords(title, lang);
  if (words < MIN_TITLE_OVER_STANDFIRST_WORDS || isNeverHeadline(title, lang)) return false;
  const own = titleWords(lines[i] ?? "", lang);
  if (own <= words || own <= MAX_KICKED_TITLE_WORDS) return false;
  return !isKickerOver(view, above, i);
}

/** Points lost by a line ended by a full stop, as captions and paragraphs are. */
const STOP_COST = 2;

/**
 * True when the line at `i` is a short line ended by a full stop (`Elektro-Zapfsäulen.`) with the
 * header's byline, date or meta line right under it: a blog's title, which some writers end with a
 * stop (a longer line so ended is a caption, never a candidate).
 */
function isStoppedTitleOverByline(view: HeaderView, i: number): boolean {
  if (titleWords(view.lines[i] ?? "", view.lang) > MAX_STOPPED_TITLE_WORDS) return false;
  const next = nextLine(view, i);
  return next !== -1 && view.kind(next) === "marked";
}

/** Points lost by a line that reads as a person's name (`Lena Hartmann`) with no byline under it. */
const NAME_COST = 0.5;

/** Points lost by an author's card: a name printed again in the lines beside it (author-card.ts). */
const AUTHOR_CARD_COST = 2;

/** Points for a line printed again on the page (added by the picker, only where they can matter). */
export const ECHO_POINTS = 1;

/** Points for the line at `i` as the headline of the run starting at `start`, but for its echo. */
export function headlinePoints(view: HeaderView, i: number, start: number): number {
  const { lines, lang, kind } = view;
  const line = lines[i] ?? "";
  const words = titleWords(line, lang);
  let points = titleShapePoints(line, words);
  if (endsWithFullStop(line) && !isStoppedTitleOverByline(view, i)) points -= STOP_COST;
  // Lines between it and the run: furniture is free, anything else (a standfirst, a caption, menu
  // items, teasers) puts it farther from the article. A byline or date below it counts most with
  // only furniture between (the header's own), less farther down; one right above it counts a
  // little (a page that prints its date first).
  let gap = 0;
  let marked = 0;
  let next = -1;
  for (let j = i + 1; j < start && gap < MAX_GAP; j++) {
    const k = kind(j);
    if (k === "blank") continue;
    if (next === -1) next = j;
    if (k === "marked") marked = Math.max(marked, gap === 0 ? NEAR_BYLINE : FAR_BYLINE);
    else if (k === "text") gap += GAP_COST;
  }
  points -= gap;
  const above = previousLine(view, i);
  if (marked === 0 && above !== -1 && kind(above) === "marked") marked = DATE_ABOVE;
  points += marked;
  // A person's name on its own line is a byline or an author card, unless a byline or a date
  // follows it (`Night Buses` over `By Kim Lee`).
  if (kind(i) === "furniture" && !isBylineOrDate(next === -1 ? "" : (lines[next] ?? ""), lang))
    points -= NAME_COST;
  // A name printed again in the byline, bio or standfirst beside it is the author's card.
  if (kind(i) === "furniture" && isAuthorCard(view, i, above, nextLine(view, i)))
    points -= AUTHOR_CARD_COST;
  // A standfirst under its title shares more words with the article than the title (issue 15).
  if (isStandfirstUnder(view, i)) points -= STANDFIRST_COST;
  // A breadcrumb trail ends with the page's title or section, printed again under it (issue 15).
  if (isTrailOver(lines, i, next, start)) return points - TRAIL_COST;
  if (above !== -1 && isTrailEnd(lines[above] ?? "", line)) points += TRAIL_END_POINTS;
  // A kicker stands over the title, which stands over the byline (issue 15: the title block's
  // first line was taken). A headline is followed by its standfirst, a menu item is not.
  if (next !== -1 && (isKickerOver(view, i, next) || isCapitalLabelOver(view, i, next)))
    return points - KICKER_COST;
  const following = next === -1 ? "" : (lines[next] ?? "");
  if (isHeaderText(following, lang) && !isNeverHeadline(following, lang)) points += 1;
  return points;
}
