/**
 * Calendar dates at an explicit precision. `2018-11` is a month, not the 1st of November:
 * the archive never adds precision the evidence does not have.
 */
import { DAY_MS, todayIsBefore } from "./watched-now.ts";

/** A date with only the parts that are known. */
export interface PartialDate {
  /** Four-digit year. */
  year: number;
  /** 1–12, when known. */
  month?: number;
  /** 1–31, when known (only with a month). */
  day?: number;
}

/** Days in a month of a year (proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the parts name a real calendar date: `2024-02-30` is not one. */
export function isRealDate(d: PartialDate): boolean {
  if (!Number.isInteger(d.year) || d.year < 1 || d.year > 9999) return false;
  if (d.month === undefined) return d.day === undefined;
  if (!Number.isInteger(d.month) || d.month < 1 || d.month > 12) return false;
  if (d.day === undefined) return true;
  return Number.isInteger(d.day) && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** ISO 8601 text at the date's own precision: `2018`, `2018-11` or `2018-11-02`. */
export function formatPartialDate(d: PartialDate): string {
  let s = pad(d.year, 4);
  if (d.month !== undefined) s += `-${pad(d.month)}`;
  if (d.month !== undefined && d.day !== undefined) s += `-${pad(d.day)}`;
  return s;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (no more, no less); null for anything else. */
export function parseIsoPartialDate(text: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const d: PartialDate = { year: Number(m[1]) };
  if (m[2] !== undefined) d.month = Number(m[2]);
  if (m[3] !== undefined) d.day = Number(m[3]);
  return d;
}

/** The first day a partial date can mean. */
export function firstDayOf(d: PartialDate): Date {
  return new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
}

/**
 * True when the whole of the date lies after `now` (a day of grace for time zones):
 * `2026-11` is not in the future on 2026-11-23, `2026-12` is. A date's first day is never after
 * its last, so the whole date is after tomorrow when its first day is: today is before the day
 * before it (asked through `todayIsBefore`, so a watched now notes the day the answer changes).
 */
export function isFutureDate(d: PartialDate, now: Date): boolean {
  return todayIsBefore(firstDayOf(d).getTime() - DAY_MS, now);
}

/** Weekday (0 = Sunday) of a full date. */
export function weekdayOf(d: PartialDate): number | null {
  if (d.month === undefined || d.day === undefined) return null;
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}
