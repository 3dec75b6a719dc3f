/**
 * Reading dates and times as pages print them: ISO stamps (`2024-02-19 08:34:09`), numeric
 * (`19.02.2024`, `19/02/2024`), and written in English, Spanish and Russian (`March 3, 2024`,
 * `19 de febrero de 2024`, `19 февраля 2024 г.`), with a month-day form for datelines (`May 8`);
 * full dates also in German, French, Italian, Portuguese and Dutch (`12. November 2015`,
 * `3 mars 2020`; month-names.ts).
 */
import { isRealDate, type PartialDate } from "./calendar.ts";
import { fold, MONTH_PATTERN, WEEKDAY_PATTERN } from "./language.ts";
import { DATE_MONTHS, FOREIGN_MONTH_PATTERN } from "./month-names.ts";
import type { Language } from "./types.ts";

/** A date found in a line. */
export interface DateMention {
  /** The date parts the text states (a month-day without year has `year: 0`). */
  date: PartialDate;
  /** Time of day `HH:MM[:SS]` with zone when stated next to the date. */
  time: string | null;
  /** Offset in the line where the mention starts. */
  index: number;
  /** Length of the matched text. */
  length: number;
  /** The matched text. */
  text: string;
  /** True when day and month order had to be guessed (`03/04/2024` on an English page). */
  ambiguous: boolean;
}

const TIME = String.raw`(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|am|pm)?(?:\s*\(?(GMT|UTC|MSK|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|ET|PT|Z)\)?)?\s*([+-−]\s?\d{1,2}(?::?\d{2})?)?`;
const M = `(${MONTH_PATTERN})\\.?`;
const YEAR = String.raw`(\d{4})(?!\d{3}\b)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|º|ª|-?е|-?го)?`;
/** A day before a month, also as German writes it (`12. November`) and French (`1er mars`). */
const DOTTED_DAY = String.raw`(\d{1,2})(?:\.|er|st|nd|rd|th|º|ª|-?е|-?го)?`;

/** Each pattern, with a function that turns its groups into a date. `y`, `m`, `d` index the groups. */
const PATTERNS: {
  re: RegExp;
  y: number;
  m: number;
  d: number;
  numericMonth?: boolean;
  order?: "dmy-or-mdy";
}[] = [
  // 2024-02-19, 2024-02-19T08:34:09Z, 2024/02/19
  {
    re: /(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/gu,
    y: 1,
    m: 2,
    d: 3,
    numericMonth: true,
  },
  // 19.02.2024, 19/02/2024, 02/19/2024
  {
    // Not a two-digit year glued to a time (`28.09.1912:44` is 28.09.19, 12:44).
    re: /(?<![\d.\/-])(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d{3}\b)(?![\d/.-]\d)(?!:\d)/gu,
    y: 3,
    m: 2,
    d: 1,
    numericMonth: true,
    order: "dmy-or-mdy",
  },
  // March 3, 2024 · Feb. 19 2024 · Mon February 19, 2024 · March 3rd, 2024
  {
    re: new RegExp(`(?<![\\p{L}])${M}\\s+${DAY},?\\s+(?:de\\s+)?${YEAR}`, "giu"),
    y: 3,
    m: 1,
    d: 2,
  },
  // 3 March 2024 · 19 de febrero de 2024 · 19 февраля 2024 г. · 19 feb 2024 · 12. November 2015
  // · 3 mars 2020 · 5 de março de 2021
  {
    re: new RegExp(
      `(?<![\\p{L}\\d])${DOTTED_DAY}\\s*(?:de\\s+|of\\s+)?(${MONTH_PATTERN}|${FOREIGN_MONTH_PATTERN})\\.?(?:\\s+|,\\s*)(?:de\\s+|del\\s+)?${YEAR}`,
      "giu",
    ),
    y: 3,
    m: 2,
    d: 1,
  },
  // February 2024 · febrero de 2024 · ноябрь 2018 (month precision)
  {
    re: new RegExp(`(?<![\\p{L}])${M},?\\s+(?:de\\s+|del\\s+)?${YEAR}`, "giu"),
    y: 2,
    m: 1,
    d: 0,
  },
  // May 8 · Feb. 19 (dateline month-day, no year)
  { re: new RegExp(`(?<![\\p{L}])${M}\\s+${DAY}(?![\\d:])`, "giu"), y: 0, m: 1, d: 2 },
  // 8 мая · 19 feb · 19 de febrero (no year)
  {
    re: new RegExp(`(?<![\\p{L}\\d])${DAY}\\s+(?:de\\s+)?${M}(?![\\p{L}])`, "giu"),
    y: 0,
    m: 2,
    d: 1,
  },
];

const timeRe = new RegExp(`^[\\s,|/·•at—–-]*(?:a las\\s+|à\\s+|в\\s+|um\\s+)?${TIME}`, "iu");
const timeBeforeRe = new RegExp(`${TIME}[\\s,|·•—–-]*(?:(?:${WEEKDAY_PATTERN})\\.?,?\\s*)?$`, "iu");

/** Reads a time of day next to a date: `08:34:09`, `5:12 PM GMT+3`, `12:01 p.m. EST`. */
function readTime(match: RegExpExecArray): string | null {
  const [, h, min, s, ampm, zone, offset] = match;
  let hour = Number(h);
  if (hour > 23 || Number(min) > 59) return null;
  if (ampm) {
    if (hour > 12 || hour === 0) return null;
    const pm = /^p/i.test(ampm);
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  let time = `${String(hour).padStart(2, "0")}:${min}${s ? `:${s}` : ""}`;
  if (offset) {
    const o = /([+-−])\s?(\d{1,2}):?(\d{2})?/.exec(offset);
    if (o) time += `${o[1] === "+" ? "+" : "-"}${(o[2] ?? "0").padStart(2, "0")}:${o[3] ?? "00"}`;
  } else if (zone && /^(GMT|UTC|Z)$/i.test(zone)) time += "Z";
  return time;
}

/**
 * Every date mentioned in a line, longest match first where they overlap. Month-day mentions
 * without a year come back with `year: 0`; they are evidence for datelines, never a date alone.
 */
export function findDates(line: string, language: Language, monthFirst = false): DateMention[] {
  const found: DateMention[] = [];
  // Characters already read as a date: a mask, as a list of spans was rescanned for every match.
  const taken = new Uint8Array(line.length);
  const overlaps = (a: number, b: number): boolean => {
    for (let i = a; i < b; i++) if (taken[i]) return true;
    return false;
  };
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(line); m; m = p.re.exec(line)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const year = p.y ? Number(m[p.y]) : 0;
      let month = p.numericMonth ? Number(m[p.m]) : (DATE_MONTHS.get(fold(m[p.m] ?? "")) ?? 0);
      let day = p.d ? Number(m[p.d]) : undefined;
      let ambiguous = false;
      if (p.order === "dmy-or-mdy" && day !== undefined) {
        // Day first, as most of the world writes it; month first when the numbers force it, or
        // for an outlet known to write US-style dates. Both orders possible: flagged.
        const a = Number(m[1]);
        const b = Number(m[2]);
        if (b > 12 || (a <= 12 && monthFirst)) [month, day] = [a, b];
        ambiguous = a <= 12 && b <= 12 && a !== b && !monthFirst;
      }
      if (year !== 0 && (year < 1800 || year > 2999)) continue;
      const date: PartialDate = { year: year || 2000, month };
      if (day !== undefined) date.day = day;
      if (!isRealDate(date)) continue;
      if (year === 0) date.year = 0;
      const after = timeRe.exec(line.slice(end));
      const before = timeBeforeRe.exec(line.slice(Math.max(0, start - 40), start));
      const time =
        day !== undefined && year !== 0
          ? after
            ? readTime(after)
            : before
              ? readTime(before)
              : null
          : null;
      found.push({ date, time, index: start, length: m[0].length, text: m[0], ambiguous });
      taken.fill(1, start, end);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
