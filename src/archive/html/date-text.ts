/**
 * A date as a page shows it to readers (`27.01.2022`, `Published on 3 March 2021`,
 * `26. Januar 2022`, `postado em 04/05/2022 05:49`), read with the archive's date reader
 * (dates.ts, which knows German, French, Italian, Portuguese and Dutch months, and date-stamp.ts,
 * whose publication and update labels it shares); a date may open a text as its dateline; a date
 * the page labels as an update is known as one and is never taken for the publication date.
 */
import { formatPartialDate } from "../calendar.ts";
import { readDateStamp, stampLabelBefore } from "../date-stamp.ts";
import { findDates, type DateMention } from "../dates.ts";
import type { Language } from "../types.ts";
import type { MetadataDate } from "./metadata-date.ts";

/** The page's language as `<html lang>` names it (`de`, `en`), lowercased, its primary subtag only; undefined when unstated. */
export type PageLanguage = string | undefined;

/** Languages whose own words the date reader knows; a page in another is read as English. */
const READER_LANGUAGES: readonly string[] = ["en", "es", "ru"];

/** A date read from a page's visible text. */
export interface TextDate {
  /** The date at the precision written, with its time when one stands beside it. */
  value: MetadataDate;
  /** Whether the text labels it an update (never the publication date) or a publication. */
  label: "published" | "updated" | "none";
}

/** `26 | 01 | 2022`: a day, month and year set apart by bars. */
const BARRED_DAY = /(?<!\d)(\d{1,2}) ?\| ?(\d{1,2}) ?\| ?(\d{4})(?!\d)/g;

/** Text with `26 | 01 | 2022` as `26.01.2022`. */
function normalise(text: string): string {
  return text.replace(BARRED_DAY, "$1.$2.$3");
}

/**
 * The date that opens a text as a dateline or a dated title: `27.1.2022 - Bei der Erinnerung…`,
 * `BERLIN, 3 March 2021 — The…`, `08.11.2021 | Online-Fachtag…`: a stamp before a dash or bar.
 */
export function readLeadingDate(text: string, language: PageLanguage): TextDate | null {
  const m = /^(.{6,40}?)\s[-–—|:]\s/u.exec(text.replace(/\s+/g, " ").trim());
  return m?.[1] ? readTextDate(m[1], language, true) : null;
}

/** A mention as a metadata date; null for one without a year, or whose day and month may be either way round on an English page. */
function asDate(m: DateMention, language: PageLanguage): MetadataDate | null {
  if (m.date.year === 0 || (m.ambiguous && language === "en")) return null;
  return { parts: m.date, date: formatPartialDate(m.date), time: m.time };
}

/**
 * The first date of a short visible text that is not labelled an update (an update found first
 * is returned as such, so that the caller knows the text dates an update). `stampOnly`: the
 * text must be mostly a date (a stamp line), as an unmarked element must be to count.
 */
export function readTextDate(
  text: string,
  language: PageLanguage,
  stampOnly: boolean,
): TextDate | null {
  const line = normalise(text.replace(/\s+/g, " ").trim());
  if (line.length > 160 || !/\d{4}/.test(line)) return null;
  const lang = (READER_LANGUAGES.includes(language ?? "") ? language : "en") as Language;
  if (stampOnly && readDateStamp(line, lang) === null) return null;
  let updated: TextDate | null = null;
  for (const m of findDates(line, lang)) {
    const value = asDate(m, language);
    if (!value) continue;
    const label = stampLabelBefore(line, m.index);
    if (label !== "updated") return { value, label };
    updated ??= { value, label };
  }
  return updated;
}
