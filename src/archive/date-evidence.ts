/**
 * Date evidence: every date stamp outside the body and the dateline's date, each with where it
 * stands, for publication-date.ts to weigh (a stamp above the headline is often today's date in
 * the site header; one below the body may be a comment's).
 */
import type { ArticleLayout } from "./article-layout.ts";
import type { PlacedDateline } from "./article-dateline.ts";
import { readDateStamp } from "./date-stamp.ts";
import { readPostMetaDates } from "./post-meta-date.ts";
import { isMonthAndYear } from "./month-names.ts";
import type { DateEvidence } from "./publication-date.ts";
import type { Language, RemovalReason } from "./types.ts";

/** Image-file names, credits and captions carry dates of photos, never of the article. */
const NO_ARTICLE_DATES: readonly RemovalReason[] = [
  "image-noise",
  "credit",
  "caption",
  "share-button",
  "duplicate",
];

/**
 * Lines at most this far apart that both print only a month and year are a list of archive months
 * (a blog's sidebar: `Dezember 2019 (16)`, `November 2019 (16)`), which dates no article.
 */
const ARCHIVE_LIST_GAP = 2;

/** Lines above the headline (the line just above, and a blank one) where a stamp still dates it. */
const KICKER_REACH = 2;

/**
 * Farthest a stamp below the body may stand, in lines, and still date the article: farther down,
 * dates belong to teasers, comments and sidebars (on real pages, three of four such were another
 * item's date).
 */
const FOOTER_REACH = 20;

/** The date stamps of the evidence lines, in file order, then the dateline's date. */
export function collectDateEvidence(
  layout: ArticleLayout,
  dateline: PlacedDateline | null,
  language: Language,
  monthFirst: boolean,
): DateEvidence[] {
  const { headline, firstBody, lastBody } = layout;
  const dates: DateEvidence[] = [];
  const stampLines = layout.beforeEnd.filter((r) => !NO_ARTICLE_DATES.includes(r.reason));
  // A stamp right above the headline (a blog's `12. März 2019 / 09:15`) dates it; higher up,
  // a site's header shows today's date.
  const placeOf = (line: number): DateEvidence["place"] =>
    headline && line < headline.n - KICKER_REACH
      ? "masthead"
      : line < firstBody
        ? "header"
        : "footer";
  const stamps = stampLines.map((r) => {
    const read = r.text
      .split(/\s+\|\s+/)
      .flatMap((part) => readDateStamp(part, language, monthFirst) ?? []);
    // Under the headline, a meta line's date beside its author (post-meta-date.ts).
    return read.length > 0 || headline === null || placeOf(r.line) !== "header"
      ? read
      : readPostMetaDates(r.text, language, monthFirst);
  });
  const monthLines = layout.beforeEnd.filter((r) => isMonthAndYear(r.text)).map((r) => r.line);
  const inArchiveList = (line: number): boolean =>
    monthLines.includes(line) &&
    monthLines.some((other) => other !== line && Math.abs(other - line) <= ARCHIVE_LIST_GAP);
  for (const [i, r] of stampLines.entries()) {
    const place = placeOf(r.line);
    if (inArchiveList(r.line)) continue;
    if (r.line > lastBody + FOOTER_REACH) continue;
    for (const s of stamps[i]!)
      dates.push({
        date: s.mention.date,
        time: s.mention.time,
        line: r.line,
        evidence: s.mention.text,
        label: s.label,
        place,
        ambiguous: s.mention.ambiguous,
      });
  }
  if (dateline?.date) {
    dates.push({
      date: dateline.date.date,
      time: dateline.date.time,
      line: dateline.line,
      evidence: dateline.date.text,
      label: "none",
      place: "dateline",
      ambiguous: false,
    });
  }
  return dates;
}
