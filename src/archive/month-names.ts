/**
 * Month names the date reader knows beyond the archive's own languages (English, Spanish and
 * Russian, in language.ts): German, French, Italian, Portuguese and Dutch, so a page in one of
 * them gets its date (`12. November 2015`, `3 mars 2020`, `5 de março de 2021`) instead of none,
 * or instead of a month-only stamp from a list of archive months. They are read only in full
 * dates, day month year: alone, several are words or names (`Mars 2020`, `Marco`, `mai`).
 */
import { fold, MONTHS } from "./language.ts";

/** Each month's names in those languages, as written (with accents) and without them. */
const NAMES: readonly (readonly [string, number])[] = [
  ["januar jänner janvier gennaio janeiro januari", 1],
  ["februar feber février fevrier febbraio fevereiro februari", 2],
  ["märz maerz mrz mars março maart", 3],
  ["avril aprile", 4],
  ["mai maggio maio mei", 5],
  ["juni juin giugno junho", 6],
  ["juli juillet luglio julho", 7],
  ["august août aout augustus", 8],
  ["septembre settembre setembro", 9],
  ["oktober okt octobre ottobre outubro", 10],
  ["novembre novembro", 11],
  ["dezember dez décembre decembre dicembre dezembro", 12],
];

/** Every month name the date reader knows, folded (accents off, lowercase), with its number. */
export const DATE_MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTHS,
  ...NAMES.flatMap(([names, n]) => names.split(" ").map((name) => [fold(name), n] as const)),
]);

/** A regular-expression alternation of the other languages' month names as written, longest first. */
export const FOREIGN_MONTH_PATTERN = NAMES.flatMap(([names]) => names.split(" "))
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Any language's month name (or a short form) and a year, and nothing else but a count: `Dezember 2019 (16)`. */
const MONTH_AND_YEAR = new RegExp(
  `^\\s*(?:${[...DATE_MONTHS.keys(), ...FOREIGN_MONTH_PATTERN.split("|")].join("|")})\\.?,?\\s+\\d{4}\\s*(?:\\(\\d+\\))?\\s*$`,
  "iu",
);

/** True for a line that is only a month and a year, as lists of archive months print them. */
export function isMonthAndYear(line: string): boolean {
  return MONTH_AND_YEAR.test(line);
}
