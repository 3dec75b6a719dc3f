/**
 * Choosing a page's publication date among the dates it states. Candidates come most trusted
 * first: the page's markup (JSON-LD, `<meta>`, microdata, `<time>`), the day in its address, the
 * date shown near its headline, a `<time>` anywhere, the month in its address. The first is
 * taken unless it is less precise than a later one: a more precise date of the markup wins
 * over a vaguer one of the markup (`1988` against `2017-01-30`, the journal's year against the
 * article's day), and any more precise one that agrees with it refines it (`2023-11` from the
 * address, `7 November 2023` shown). A UTC stamp gives way to the page's own statement of the
 * same moment in its zone, on another day. A date in the future is never taken: `isFutureDate`, asked
 * of `now`, refuses it, with a warning.
 */
import { isFutureDate, type PartialDate } from "../calendar.ts";
import type { MetadataDate } from "./metadata-date.ts";
import type { PageFact } from "./page-fact.ts";

/** A date the page states as its publication, with the kind of evidence it is. */
export interface DateCandidate extends PageFact<MetadataDate> {
  /** `markup`: metadata or marked elements; `address`: the page's address; `text`: shown near the headline; `loose`: a `<time>` anywhere on the page. */
  kind: "markup" | "address" | "text" | "loose";
}

/** 1 for a year, 2 for a month, 3 for a day. */
function precision(d: PartialDate): number {
  return d.month === undefined ? 1 : d.day === undefined ? 2 : 3;
}

/** True when the more precise date `b` lies within the vaguer date `a`. */
function within(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && (a.month === undefined || a.month === b.month);
}

/**
 * The publication date among the candidates, or null; `refused` is told of each future date
 * passed over. Only the candidates that could change the choice are asked about, so that a
 * watched now notes only the days that matter.
 */
export function choosePublished<C extends DateCandidate>(
  candidates: readonly C[],
  now: Date,
  refused: (c: C) => void,
): C | null {
  let pick: C | null = null;
  for (const c of candidates) {
    if (pick) {
      const finer = precision(c.value.parts) > precision(pick.value.parts);
      const agrees = within(pick.value.parts, c.value.parts);
      if (precision(pick.value.parts) === 3) break;
      if (!finer || !(agrees || (c.kind === "markup" && pick.kind === "markup"))) continue;
    }
    if (isFutureDate(c.value.parts, now)) refused(c);
    else pick = c;
  }
  return pick && (candidates.find((c) => sameMomentLocally(pick, c)) ?? pick);
}

/** Minutes since the epoch of a day and time of day, read as UTC; null without a day or time. */
function minutes(d: MetadataDate): number | null {
  const t = /^(\d{2}):(\d{2})/.exec(d.time ?? "");
  const { year, month, day } = d.parts;
  if (!t || month === undefined || day === undefined) return null;
  return Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2])) / 60_000;
}

/**
 * True when `local` states, without a zone, the moment `utc` states in UTC, on another day: an
 * evening article stamped `2023-11-09T05:30:59Z` in its metadata and shown as `November 8,
 * 2023 at 11:30 p.m.` is the page's of the 8th, the day its own zone had (the two differ by a
 * whole zone offset, -12 to +14 hours in quarter hours).
 */
function sameMomentLocally(utc: DateCandidate, local: DateCandidate): boolean {
  if (!/(?:Z|[+-]00:00)$/.test(utc.value.time ?? "") || local.value.date === utc.value.date)
    return false;
  if (/(?:Z|[+-]\d{2}:\d{2})$/.test(local.value.time ?? "")) return false;
  const [u, l] = [minutes(utc.value), minutes(local.value)];
  if (u === null || l === null) return false;
  const offset = l - u;
  return offset !== 0 && offset % 15 === 0 && offset >= -12 * 60 && offset <= 14 * 60;
}

/** The first candidate not in the future; `refused` is told of each future one passed over. */
export function firstPastDate<C extends PageFact<MetadataDate>>(
  candidates: readonly C[],
  now: Date,
  refused: (c: C) => void,
): C | null {
  for (const c of candidates) {
    if (!isFutureDate(c.value.parts, now)) return c;
    refused(c);
  }
  return null;
}
