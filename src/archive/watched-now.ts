/**
 * The moment a parse treats as now, watched: every question asked of it ("is this date after
 * today?") narrows the span of days over which all the answers given stay the same. A record
 * parsed on one day is then known to be the record of every day in that span, so the build's
 * cache keeps it across days and parses the file again only when the day leaves the span (a
 * future date that has arrived), instead of keying every record by the day.
 */

/** A day, as the milliseconds of its midnight UTC. */
export type DayMs = number;

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** A `Date` that notes the days on which the answers given about it would change. */
export class WatchedNow extends Date {
  /** The first day from which every answer given holds (-Infinity: no lower bound). */
  from: DayMs = -Infinity;
  /** The first day on which some answer would differ (Infinity: none). */
  until: DayMs = Infinity;
}

/** The day (midnight UTC) of a moment. */
export function dayOf(now: Date): DayMs {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/**
 * True when today (the day of `now`) is before `day`. The only question the parser and the views
 * ask of now: when `now` is watched, the answer narrows its span.
 */
export function todayIsBefore(day: DayMs, now: Date): boolean {
  const before = dayOf(now) < day;
  if (now instanceof WatchedNow) {
    if (before) now.until = Math.min(now.until, day);
    else now.from = Math.max(now.from, day);
  }
  return before;
}

/** The days over which a parse's answers about today hold (null: unbounded on that side). */
export interface DaySpan {
  /** The first day from which they hold. */
  from: DayMs | null;
  /** The first day on which one would differ. */
  until: DayMs | null;
}

/** The span a watched now has noted (serialisable: no infinities). */
export function spanOf(now: WatchedNow): DaySpan {
  return {
    from: Number.isFinite(now.from) ? now.from : null,
    until: Number.isFinite(now.until) ? now.until : null,
  };
}

/** True when every answer a parse gave on its day holds on the day of `now` too. */
export function holdsOn(span: DaySpan, now: Date): boolean {
  const day = dayOf(now);
  return (span.from === null || day >= span.from) && (span.until === null || day < span.until);
}
