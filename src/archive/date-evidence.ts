/**
 * Date evidence: every date stamp outside the body and the dateline's date, each with where it
 * stands, for publication-date.ts to weigh (a stamp above the headline is often today's date in
 * the site header; one below the body may be a comment's).
 */
import type { ArticleLayout } from "./article-layout.ts";
import type { PlacedDateline } from "./article-dateline.ts";
import { readDateStamp } from "./date-stamp.ts";
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

/** The date stamps of the evidence lines, in file order, then the dateline's date. */
export function collectDateEvidence(
  layout: ArticleLayout,
  dateline: PlacedDateline | null,
  language: Language,
  monthFirst: boolean,
): DateEvidence[] {
  const { headline, firstBody } = layout;
  const dates: DateEvidence[] = [];
  const stampLines = layout.beforeEnd.filter((r) => !NO_ARTICLE_DATES.includes(r.reason));
  for (const r of stampLines) {
    const place =
      headline && r.line < headline.n ? "masthead" : r.line < firstBody ? "header" : "footer";
    for (const part of r.text.split(/\s+\|\s+/)) {
      for (const s of readDateStamp(part, language, monthFirst) ?? []) {
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
    }
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
