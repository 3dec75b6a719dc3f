/**
 * Dates for people: at the precision they have. `2018-11` is "November 2018", never "1 November".
 */
import { parseIsoPartialDate } from "../archive/calendar.ts";

/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `2020-05-08` → `8 May 2020`, `2018-11` → `November 2018`, `1902` → `1902`, null → `Undated`. */
export function formatDate(date: string | null): string {
  if (date === null) return "Undated";
  const d = parseIsoPartialDate(date.slice(0, 10));
  if (!d) return date;
  if (d.month === undefined) return String(d.year);
  const month = MONTH_NAMES[d.month - 1] ?? "";
  return d.day === undefined ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** The month's name. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** Sort key for dates of any precision: an undated item sorts last, a month before its days. */
export function dateSortKey(date: string | null): string {
  return date ?? "~";
}
