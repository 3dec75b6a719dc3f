/**
 * The article's header inside the densest run of prose: a notice, a site description, a spam
 * paragraph or another item's teaser printed above the headline reads as prose, so the run
 * starts at it and the real headline, with its byline or date, sits a few lines into the run.
 * When the run's opening holds such a header (a title-shaped line right above or below a byline
 * or date stamp) under little prose, the article starts at that header: the prose above it is not
 * the article's, and the headline is read above the new start.
 */
import type { LineKind } from "./classify-line.ts";
import type { LineSpan } from "./headed-run.ts";
import type { TextLanguage } from "./prose-language.ts";
import { isTitleLike } from "./title-lines.ts";

/** Lines of the run's opening looked at for a header. */
const OPENING_REACH = 12;
/** Most paragraphs above the header: one notice; after more, the article has begun (a site's intro). */
const MAX_PARAGRAPHS_ABOVE = 1;
/** Lines right above the run looked at for the article's own header. */
const HEADER_ABOVE_REACH = 3;

/** Kinds of a header's byline or date line. */
const HEADER_KINDS = new Set<LineKind>(["byline", "date-stamp"]);

/** True for a line of a title's shape that is not a paragraph. */
const isTitleLine = (kind: LineKind, text: string, lang: TextLanguage): boolean =>
  kind !== "content" && isTitleLike(text, lang);

/** The title of the header line `h`: the line right above it, else right below it; -1 when none is below `from`. */
function titleNear(
  kinds: readonly LineKind[],
  texts: readonly string[],
  lang: TextLanguage,
  h: number,
  from: number,
): number {
  const fits = (t: number): boolean =>
    t > from && t < texts.length && isTitleLine(kinds[t]!, texts[t]!, lang);
  if (fits(h - 1)) return h - 1;
  return fits(h + 1) ? h + 1 : -1;
}

/** True when a title, a byline or a date stands right above the run: its opening is the article's standfirst. */
function headedAbove(
  kinds: readonly LineKind[],
  texts: readonly string[],
  lang: TextLanguage,
  start: number,
): boolean {
  for (let i = start - 1; i >= 0 && i >= start - HEADER_ABOVE_REACH; i--)
    if (HEADER_KINDS.has(kinds[i]!) || isTitleLike(texts[i]!, lang)) return true;
  return false;
}

/**
 * The run, started right under a header found in its opening when the prose above that header is
 * one paragraph outweighed by the prose below; else the run unchanged. Only the run's first
 * `OPENING_REACH` lines are looked at.
 */
export function startAtInnerHeader(
  kinds: readonly LineKind[],
  texts: readonly string[],
  lang: TextLanguage,
  run: LineSpan,
): LineSpan {
  if (run.start < 0 || headedAbove(kinds, texts, lang, run.start)) return run;
  const limit = Math.min(run.end, run.start + OPENING_REACH);
  // Paragraphs and their characters from the run's start to each line of the opening.
  const paragraphs = [0];
  const chars = [0];
  for (let i = run.start; i < limit; i++) {
    const prose = kinds[i] === "content";
    paragraphs.push(paragraphs[paragraphs.length - 1]! + (prose ? 1 : 0));
    chars.push(chars[chars.length - 1]! + (prose ? texts[i]!.length : 0));
  }
  for (let h = run.start; h < limit; h++) {
    if (!HEADER_KINDS.has(kinds[h]!)) continue;
    const t = titleNear(kinds, texts, lang, h, run.start);
    if (t === -1 || t >= limit) continue;
    const notice = paragraphs[t - run.start]!;
    if (notice === 0) continue;
    if (notice > MAX_PARAGRAPHS_ABOVE) return run;
    const start = Math.max(t, h) + 1;
    let below = 0;
    for (let i = start; i < run.end; i++) if (kinds[i] === "content") below += texts[i]!.length;
    return below > chars[t - run.start]! ? { start, end: run.end } : run;
  }
  return run;
}
