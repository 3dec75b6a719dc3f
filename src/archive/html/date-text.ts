/**
 * A date as a page shows it to readers (`27.01.2022`, `Published on 3 March 2021`,
 * `26. Januar 2022`, `postado em 04/05/2022 05:49`), read with the archive's date reader
 * (dates.ts, date-stamp.ts). Month names of the languages the reader does not know are put in
 * English first, and German `3. März` loses the dot of its day; a date may open a text as its dateline; a date the page labels as an
 * update is known as one and is never taken for the publication date.
 */
import { formatPartialDate } from "../calendar.ts";
import { readDateStamp } from "../date-stamp.ts";
import { findDates, type DateMention } from "../dates.ts";
import type { Language } from "../types.ts";

/** The page's language as `<html lang>` names it (`de`, `en`), lowercased, its primary subtag only; undefined when unstated. */
export type PageLanguage = string | undefined;

const READER_LANGUAGES: readonly string[] = ["en", "es", "ru"];
import type { MetadataDate } from "./metadata-date.ts";

/** A date read from a page's visible text. */
export interface TextDate {
  /** The date at the precision written, with its time when one stands beside it. */
  value: MetadataDate;
  /** Whether the text labels it an update (never the publication date) or a publication. */
  label: "published" | "updated" | "none";
}

/** Month names in German, French, Portuguese and Italian, by their English name. */
const OTHER_MONTHS: Record<string, string> = Object.fromEntries(
  [
    ["january", "januar jänner janvier janeiro gennaio"],
    ["february", "februar feber février fevrier fevereiro febbraio"],
    ["march", "märz maerz mär mars março marco"],
    ["april", "avril aprile"],
    ["may", "mai maio maggio"],
    ["june", "juni juin junho giugno"],
    ["july", "juli juillet julho luglio"],
    ["august", "août aout"],
    ["september", "septembre setembro settembre"],
    ["october", "oktober okt octobre outubro ottobre"],
    ["november", "novembre novembro"],
    ["december", "dezember dez décembre decembre dezembro dicembre"],
  ].flatMap(([en, names]) => (names ?? "").split(" ").map((n) => [n, en ?? ""])),
);
const OTHER_MONTH_RE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(OTHER_MONTHS).join("|")})(?![\\p{L}])`,
  "giu",
);
const ENGLISH_MONTH =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const DAY_DOT_RE = new RegExp(
  `(?<!\\d)(\\d{1,2})\\.\\s*(?=(?:${ENGLISH_MONTH})\\.?(?![\\p{L}]))`,
  "giu",
);

/** Words that label a date as an update, in the languages of the archive's pages. */
const UPDATED =
  /(?<![\p{L}])(?:last updated|updated?|modified|aktualisiert|geändert|zuletzt|mis à jour|mise à jour|atualizad[oa]|actualizad[oa]|aggiornat[oa]|обновлено|изменено)(?![\p{L}])/giu;
/** Words that label a date as the publication. */
const PUBLISHED =
  /(?<![\p{L}])(?:published|posted|publicado|publicada|postado|veröffentlicht|erschienen|publié|pubblicato|datum|date|опубликовано)(?![\p{L}])/giu;

/** `26 | 01 | 2022`: a day, month and year set apart by bars. */
const BARRED_DAY = /(?<!\d)(\d{1,2}) ?\| ?(\d{1,2}) ?\| ?(\d{4})(?!\d)/g;

/** Text with other languages' month names in English, `3. März` as `3 March`, `26 | 01 | 2022` as `26.01.2022`. */
function normalise(text: string): string {
  return text
    .replace(OTHER_MONTH_RE, (m) => OTHER_MONTHS[m.toLowerCase()] ?? m)
    .replace(DAY_DOT_RE, "$1 ")
    .replace(BARRED_DAY, "$1.$2.$3");
}

/**
 * The date that opens a text as a dateline or a dated title: `27.1.2022 - Bei der Erinnerung…`,
 * `BERLIN, 3 March 2021 — The…`, `08.11.2021 | Online-Fachtag…`: a stamp before a dash or bar.
 */
export function readLeadingDate(text: string, language: PageLanguage): TextDate | null {
  const m = /^(.{6,40}?)\s[-–—|:]\s/u.exec(text.replace(/\s+/g, " ").trim());
  return m?.[1] ? readTextDate(m[1], language, true) : null;
}

/** The label nearest before a position: the last of the update or publication words there. */
function labelBefore(text: string, index: number): TextDate["label"] {
  const head = text.slice(0, index);
  let best: TextDate["label"] = "none";
  let at = -1;
  for (const [re, label] of [
    [UPDATED, "updated"],
    [PUBLISHED, "published"],
  ] as const)
    for (const m of head.matchAll(re)) if (m.index >= at) [at, best] = [m.index, label];
  return best;
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
    const label = labelBefore(line, m.index);
    if (label !== "updated") return { value, label };
    updated ??= { value, label };
  }
  return updated;
}
