/**
 * Dates written with dots and a two-digit year (`19.10.19`, `04.05.20 14:50`, `1.11.23`), as
 * German and Russian news sites print their stamps. Read only where a line is mostly a date (a
 * stamp, see date-stamp.ts): in running text `10.12.19` may as well be a version or a score.
 */
import { isRealDate } from "./calendar.ts";
import type { DateMention } from "./dates.ts";

/**
 * Day, month and a two-digit year, with dots, the year right after the month's dot; no digit or
 * dotted number runs on either side, and no time follows (`07.11. 09:20` is a day, a month and a
 * time: the `09` is no year).
 */
const SHORT_YEAR_DATE = /(?<![\p{L}\d.\/-])(\d{1,2})\.\s?(\d{1,2})\.(\d{2})(?![\d:]|[.h]\d)/u;

/**
 * Years up to this two-digit value are read in the 2000s, later ones in the 1900s (the pivot of
 * POSIX `strptime`); a year still ahead is refused downstream as a date in the future.
 */
const PIVOT = 68;

/** The first day-month-year date with a two-digit year in `line`, or null. */
export function findShortYearDate(line: string): DateMention | null {
  const m = SHORT_YEAR_DATE.exec(line);
  if (!m) return null;
  const yy = Number(m[3]);
  const date = { year: (yy <= PIVOT ? 2000 : 1900) + yy, month: Number(m[2]), day: Number(m[1]) };
  if (!isRealDate(date)) return null;
  return { date, time: null, index: m.index, length: m[0].length, text: m[0], ambiguous: false };
}
