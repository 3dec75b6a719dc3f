/**
 * Datelines: the place (and often date and agency) that opens a news story. The forms follow the
 * agencies' own styles:
 *   Reuters   `MOSCOW, March 3 (Reuters) - `        AP       `WASHINGTON (AP) — `, `KYIV, Ukraine (AP) — `
 *   AFP       `Havana (AFP) - `, `HAVANA, Cuba (AFP) -`  Xinhua `HAVANA, Feb. 19 (Xinhua) -- `
 *   TASS      `MOSCOW, May 8. /TASS/.`, `МОСКВА, 8 мая. /ТАСС/.`
 *   RIA       `МОСКВА, 12 июл — РИА Новости.`       Interfax `Москва. 12 июля. INTERFAX.RU -`
 *   Sputnik   `HAVANA (Sputnik) – `                  Prensa Latina / EFE `La Habana, 19 feb (Prensa Latina) `, `(EFE).- `
 *   NYT/Granma `MOSCOW — ` (capitals only),          `La Habana, 19 de febrero.— `
 */
import { fold, WEEKDAYS } from "./language.ts";
import { findDates, type DateMention } from "./dates.ts";
import { isCountry } from "./countries.ts";
import { findOutlet, type Outlet } from "./outlets.ts";
import type { Language } from "./types.ts";

/** What a dateline says. */
export interface Dateline {
  /** The place, in title case: `Moscow`, `La Habana`, `Kyiv, Ukraine`. */
  place: string;
  /** The outlet named in the dateline tag, if any. */
  outlet: Outlet | null;
  /** The date in the dateline, if any (often month and day only). */
  date: DateMention | null;
  /** The dateline text as matched. */
  text: string;
}

const WORD = String.raw`[\p{Lu}][\p{L}\p{M}'’.]*`;
const PARTICLE = String.raw`(?:de|del|la|las|los|el|da|do|dos|di|of|on|upon|am|an|sur|en|y|na|pod)`;
/** A place's name, or two joined by a slash (`LEICESTER/LONDON`: a story filed from both). */
const PLACE = String.raw`${WORD}(?:[ -](?:${WORD}|${PARTICLE})){0,4}(?:/${WORD}(?:[ -]${WORD}){0,3})?`;
const TAG_SEP = String.raw`\s*[.:]?\s*(?:[-–—]{1,2}|\.[-–—])?\s*`;

/** The dateline forms, tried in order. Groups: place, mid (region and/or date), tag. */
const FORMS: RegExp[] = [
  // PLACE[, Region][, date] (Outlet) sep — Reuters, AP, AFP, Xinhua, Sputnik, PL, EFE, RHC
  new RegExp(
    String.raw`^(?<place>${PLACE})(?<mid>[,.]\s*[^()/\n]{2,45}?)?\s*\((?<tag>[^()]{1,40})\)${TAG_SEP}`,
    "u",
  ),
  // Place Outlet — (CNN's `Washington CNN —`)
  new RegExp(
    String.raw`^(?<place>${PLACE})(?<mid>,\s*${PLACE})?\s+(?<tag>[\p{Lu}][\p{L}\d]{1,12}(?: [\p{Lu}][\p{L}\d]{1,12}){0,2})\s*(?:[—–]|--)\s*`,
    "u",
  ),
  // PLACE, date. /TASS/.
  new RegExp(
    String.raw`^(?<place>${PLACE})(?<mid>,\s*[^()/\n]{2,30}?)\.?\s*/(?<tag>[^/]{2,30})/${TAG_SEP}`,
    "u",
  ),
  // PLACE, date — RIA Novosti.
  new RegExp(
    String.raw`^(?<place>${PLACE})(?<mid>,\s*[^()/\n—–-]{2,30}?)\s*[—–-]\s*(?<tag>[^.\n]{2,30})\.\s*`,
    "u",
  ),
  // Place. date. INTERFAX.RU -
  new RegExp(
    String.raw`^(?<place>${PLACE})(?<mid>\.\s*[^()/\n.]{2,30})\.\s*(?<tag>[\p{L}.]{2,30}?)\s*[-–—]\s*`,
    "u",
  ),
  // PLACE[, Region], date.— (no agency: a date is required)
  new RegExp(
    String.raw`^(?<place>${PLACE})(?<mid>,\s*[^()/\n—–]{2,45}?)\s*\.?\s*(?:[—–]|--|\.-|\s-\s)\s*`,
    "u",
  ),
  // Doha, Qatar – (a place and a country, no agency, no date)
  new RegExp(String.raw`^(?<place>${PLACE}),\s*(?<country>${PLACE})\s*(?:[—–]|--)\s*`, "u"),
  // Monterrey, NL., (a place and an abbreviated state, as Mexican dailies write it)
  new RegExp(String.raw`^(?<place>${PLACE}),\s*(?<state>\p{Lu}[\p{L}]{0,5}\.),\s+`, "u"),
  // MOSCOW — / TOKYO - (capitals only, no agency, no date)
  new RegExp(
    String.raw`^(?<place>[\p{Lu}][\p{Lu}\p{M}'’.]+(?:[ -][\p{Lu}\p{M}'’.]+){0,3})(?<mid>,\s*${PLACE})?(?:\s*[—–]\s*|\s*--\s*|\s-\s+)`,
    "u",
  ),
];

const PLACE_ONLY = new RegExp(`^${PLACE}$`, "u");

/** Trims spaces, commas and a closing period, but keeps the period of an abbreviation: `Bend, Ore.`, `Washington, D.C.`. */
function trimPlace(text: string): string {
  const t = text.replace(/[\s,]+$/, "");
  return /(?:^|[\s,])(?:\p{Lu}[\p{Ll}]{0,4}|\p{Lu}\.\p{Lu})\.$/u.test(t)
    ? t
    : t.replace(/[\s,.]+$/, "");
}

/** Splits what stands between place and tag into a region (`Ukraine`) and a date (`March 3`). */
function readMiddle(
  mid: string,
  language: Language,
): { region: string | null; date: DateMention | null } | null {
  const text = trimPlace(mid.replace(/^[,.]\s*/, ""));
  if (text === "") return { region: null, date: null };
  const date = findDates(text, language)[0] ?? null;
  const before = trimPlace(date ? text.slice(0, date.index) : text);
  const after = date ? text.slice(date.index + date.length).replace(/^[\s,.]+/, "") : "";
  if (after.length > 6) return null;
  if (before === "") return { region: null, date };
  if (!PLACE_ONLY.test(before) || before.split(/\s+/).length > 4) return null;
  return { region: before, date };
}

const LOWER_PARTICLES = new Set([
  "de",
  "del",
  "la",
  "las",
  "los",
  "el",
  "da",
  "do",
  "dos",
  "di",
  "of",
  "on",
  "upon",
  "am",
  "an",
  "sur",
  "en",
  "y",
  "na",
  "pod",
]);

/** `MOSCOW` → `Moscow`, `LA HABANA` → `La Habana`, `RIO DE JANEIRO` → `Rio de Janeiro`, `LEICESTER/LONDON` → `Leicester/London`; mixed case is kept. */
export function titleCasePlace(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place
    .toLowerCase()
    .split(/(\s+|-|\/)/)
    .map((w, i) => (i > 0 && LOWER_PARTICLES.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join("");
}

/**
 * Reads a dateline at the start of a paragraph, or returns null. A form that carries no agency
 * tag must carry a date, or a place in capitals, so prose like `Lavrov, who…` is never a dateline.
 */
export function parseDateline(paragraph: string, language: Language): Dateline | null {
  const head = paragraph.slice(0, 160);
  for (const [i, form] of FORMS.entries()) {
    const m = form.exec(head);
    if (!m?.groups?.place) continue;
    const { place: rawPlace, mid, tag, state } = m.groups;
    const country = m.groups.country ?? state;
    if (m.groups.country !== undefined && !isCountry(m.groups.country)) continue;
    const outlet = tag ? findOutlet(tag.replace(/^(?:via|from)\s+/i, "")) : null;
    if (tag !== undefined && !outlet) continue;
    const middle =
      country !== undefined ? { region: country, date: null } : readMiddle(mid ?? "", language);
    if (!middle) continue;
    const last = i === FORMS.length - 1;
    // Without an agency tag a date is required, or a place in capitals (the last form), so
    // prose like `Lavrov, who…` is never read as a dateline.
    if (!outlet && !middle.date && !last && country === undefined) continue;
    const place = rawPlace.replace(/[’']+$/, "").replace(/\.$/, "");
    if (place.split(/\s+/).length > 5 || place.replace(/[^\p{L}]/gu, "").length < 2) continue;
    // An abbreviated state (`NL.`, `Ore.`) is kept as written.
    const region = middle.region
      ? `, ${state !== undefined ? middle.region : titleCasePlace(middle.region)}`
      : "";
    return { place: titleCasePlace(place) + region, outlet, date: middle.date, text: m[0] };
  }
  return null;
}

/** True for a line that is only a place name: one to three capitalised words (`Madrid`, `Buenos Aires`). */
export function isPlaceLine(line: string): boolean {
  const t = line.trim();
  return t.split(/\s+/).length <= 3 && PLACE_ONLY.test(t) && !/\d/.test(t);
}

/**
 * The place in a date stamp that starts with one, as El País prints it: `Sevilla - 14 jun 2024 -
 * 05:40 CEST`, or as a letter heads it: `Madrid, 4 de junio de 2024`. Used only when no paragraph
 * opens with a dateline.
 */
export function placeOfStamp(line: string, language: Language): string | null {
  const m = new RegExp(String.raw`^(${PLACE})(?:\s+[-–—|]|,)\s+(.+)$`, "u").exec(line.trim());
  if (!m?.[1] || !m[2]) return null;
  if (WEEKDAYS.has(fold(m[1]))) return null;
  const first = findDates(m[2], language)[0];
  if (!first || first.index !== 0 || findDates(m[1], language).length > 0) return null;
  if (
    /^(?:published|updated|publicado|actualizado|опубликовано|обновлено|posted|modified)$/i.test(
      m[1],
    )
  )
    return null;
  return titleCasePlace(m[1]);
}
