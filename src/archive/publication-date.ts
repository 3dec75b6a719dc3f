/**
 * Choosing the publication date from the evidence a page gives. The order of trust:
 * a stamp labelled as publication, then an unlabelled stamp above the body, then a dateline with
 * a year, then a stamp below the body. "Updated" stamps never become the publication date
 * (the publication date wins); a date in the future is rejected; nothing is guessed.
 */
import { formatPartialDate, isFutureDate, type PartialDate } from "./calendar.ts";
import type { StampLabel } from "./date-stamp.ts";
import type { Provenance } from "./types.ts";

/** One piece of date evidence found in the text. */
export interface DateEvidence {
  /** The date parts (year 0 for a month-day without year). */
  date: PartialDate;
  /** Time of day stated with it. */
  time: string | null;
  /** 1-based line in the file. */
  line: number;
  /** The words read. */
  evidence: string;
  /** What the page called it. */
  label: StampLabel;
  /** Where it stands: above the headline (often today's date in a site header), between headline and body, in a dateline, or below the body. */
  place: "masthead" | "header" | "dateline" | "footer";
  /** True when day and month order was guessed. */
  ambiguous: boolean;
}

/** A problem with the date evidence, without a path (the caller adds it). */
export interface DateNote {
  /** 1-based line. */
  line: number;
  /** Machine code. */
  code: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** The chosen dates with their provenance. */
export interface DateChoice {
  /** Publication date at its precision, or null. */
  date: string | null;
  /** Time of day, when stated with the chosen date. */
  time: string | null;
  /** Last-updated date when a stamp says so. */
  updated: string | null;
  /** Where each came from. */
  provenance: { date?: Provenance; time?: Provenance; updated?: Provenance };
  /** Rejected or doubtful evidence. */
  notes: DateNote[];
}

const RANK = (e: DateEvidence): number =>
  (e.label === "published"
    ? 0
    : e.place === "header"
      ? 1
      : e.place === "dateline"
        ? 2
        : e.place === "footer"
          ? 3
          : 4) + (e.place === "masthead" ? 4 : 0);

/** Picks the publication and update dates from the evidence. */
export function choosePublicationDate(evidence: readonly DateEvidence[], now: Date): DateChoice {
  const choice: DateChoice = { date: null, time: null, updated: null, provenance: {}, notes: [] };
  const usable: DateEvidence[] = [];
  for (const e of evidence) {
    if (e.date.year === 0) continue;
    if (isFutureDate(e.date, now)) {
      choice.notes.push({
        line: e.line,
        code: "date-in-future",
        message: `"${e.evidence}" is a date in the future, so it cannot be the publication date`,
        fix: "check the text; set `date:` in front matter if the article's date is known",
      });
      continue;
    }
    usable.push(e);
  }
  const updated = usable.find((e) => e.label === "updated");
  if (updated) {
    choice.updated =
      formatPartialDate(updated.date) +
      (updated.time && updated.date.day ? `T${updated.time}` : "");
    choice.provenance.updated = { from: "text", line: updated.line, evidence: updated.evidence };
  }
  let best = usable
    .filter((e) => e.label !== "updated")
    // Among equals, the stamp nearest the body: above it the nearest is the lowest (a site's clock
    // sits higher up), below it the highest.
    .sort(
      (a, b) =>
        RANK(a) - RANK(b) ||
        (a.place === "header" || a.place === "masthead" ? b.line - a.line : a.line - b.line),
    )[0];
  if (!best && updated) {
    // Pages such as AP's print only "Updated …": the article was published that day or before.
    best = updated;
    choice.notes.push({
      line: updated.line,
      code: "date-from-update",
      message: `the page gives only an update stamp ("${updated.evidence}"), used as the date`,
      fix: "set `date:` in front matter if the first publication date is known",
    });
  }
  if (!best) return choice;
  choice.date = formatPartialDate(best.date);
  choice.provenance.date = { from: "text", line: best.line, evidence: best.evidence };
  if (best.time && best.date.day !== undefined) {
    choice.time = best.time;
    choice.provenance.time = { from: "text", line: best.line, evidence: best.evidence };
  }
  if (best.ambiguous) {
    choice.notes.push({
      line: best.line,
      code: "date-ambiguous",
      message: `"${best.evidence}" could be day/month or month/day; read as ${choice.date}`,
      fix: "set `date:` in front matter to confirm it",
    });
  }
  // A dateline's month and day must agree with the chosen date.
  const dl = evidence.find((e) => e.place === "dateline");
  if (
    dl &&
    dl.date.month !== undefined &&
    best.date.month !== undefined &&
    (dl.date.month !== best.date.month ||
      (dl.date.day !== undefined &&
        best.date.day !== undefined &&
        Math.abs(dl.date.day - best.date.day) > 1))
  ) {
    choice.notes.push({
      line: dl.line,
      code: "date-disagrees",
      message: `the dateline says "${dl.evidence}" but the page's date is ${choice.date}`,
      fix: "check which is right and set `date:` in front matter",
    });
  }
  return choice;
}
