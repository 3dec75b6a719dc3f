/**
 * Dates as pages state them in their metadata: ISO 8601 (`2024-02-19`, `2024-02-19T08:34:00+01:00`,
 * `2024-02`, `2024`), kept at the precision written. The time of day is kept with the zone the
 * page gave, never converted: the day is the day the page states.
 */
import { isRealDate, parseIsoPartialDate, type PartialDate } from "../calendar.ts";

/** A date read from a page's metadata. */
export interface MetadataDate {
  /** The date at its stated precision. */
  parts: PartialDate;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` or `HH:MM:SS`, with `Z` or `±HH:MM` when stated; null when no time is stated. */
  time: string | null;
}

const ISO =
  /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i;

/** A day at the start of a value whose rest is not a time ISO 8601 knows: `2022-01-10T22:06:08:684Z`, `2017/01/30`. */
const DAY_PREFIX = /^(\d{4})([-/])(\d{2})\2(\d{2})(?![\d/])/;

/**
 * Reads an ISO 8601 date (with an optional time and zone) from a metadata value; null for
 * anything else, and for dates no calendar has (`2024-02-30`). A time of exactly midnight with
 * seconds (`T00:00:00`) is dropped: publishing systems write it for a day without a time. A
 * value that starts with a day but goes on in a form ISO 8601 does not have keeps the day only.
 */
export function parseMetadataDate(value: string): MetadataDate | null {
  const m = ISO.exec(value.trim());
  if (!m?.[1]) return dayPrefix(value.trim());
  const parts = parseIsoPartialDate(m[1]);
  if (!parts || !isRealDate(parts)) return null;
  if (m[2] === undefined || parts.day === undefined) return { parts, date: m[1], time: null };
  const [h, min, s] = [Number(m[2]), Number(m[3]), m[4] === undefined ? 0 : Number(m[4])];
  if (h > 23 || min > 59 || s > 59) return null;
  if (h === 0 && min === 0 && s === 0 && m[4] !== undefined)
    return { parts, date: m[1], time: null };
  const zone = m[5] === undefined ? "" : normaliseZone(m[5]);
  return {
    parts,
    date: m[1],
    time: `${m[2]}:${m[3]}${m[4] === undefined ? "" : `:${m[4]}`}${zone}`,
  };
}

/** The day a malformed stamp starts with, without its time (which cannot be trusted); null if none. */
function dayPrefix(value: string): MetadataDate | null {
  const m = DAY_PREFIX.exec(value);
  if (!m) return null;
  const date = `${m[1]}-${m[3]}-${m[4]}`;
  const parts = parseIsoPartialDate(date);
  return parts && isRealDate(parts) ? { parts, date, time: null } : null;
}

/** `Z`, `+0100` or `+01` as `Z` or `+01:00`. */
function normaliseZone(zone: string): string {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return "Z";
  const digits = zone.slice(1).replace(":", "");
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || "00"}`;
}
