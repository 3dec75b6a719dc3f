/**
 * Bylines, editor lines and attributions in English, Spanish and Russian:
 * `By Jane Doe and John Roe`, `Jane Doe, Reuters`, `Editado por Ed Newman`, `Por María Pérez`,
 * `Автор: Иван Петров`, `Reporting by Jane Doe in Moscow; Editing by John Roe` (Reuters footer),
 * and origin credits: `(Source: Prensa Latina)`, `(Fuente: EFE)`, `Con información de Prensa Latina`.
 */
import { findOutlet, outletAtEnd, type Outlet } from "./outlets.ts";

/** A byline read from one line. */
export interface Byline {
  /** Names, comma-separated, in title case when the page set them in capitals. */
  author: string;
  /** An outlet named on the same line (`Jane Doe, Reuters`), if any. */
  outlet: Outlet | null;
}

const OPENERS = String.raw`(?:by|written by|story by|words by|reporting by|reported by|edited by|editor|editado por|edición|edicion|por|escrito por|redactado por|autor|autora|автор|авторы|текст|редактор)`;
const BYLINE = new RegExp(String.raw`^\s*${OPENERS}\s*[:：]?\s+(.+)$`, "iu");
const REPORTING = /\breporting by\s+(.+?)(?:[;.]|\s+(?:additional reporting|writing|editing|edited) by|$)/i;
const NEWSROOM = /^(?:staff|staff writer|staff reporter|redacci[oó]n|redaccion digital|la redacci[oó]n|newsroom|editorial|editorial staff|agencias|agencies|wire services|редакция|news desk|web desk)$/i;
const NAME_PARTICLES = new Set(["de", "del", "la", "las", "los", "van", "von", "der", "den", "da", "do", "dos", "di", "du", "le", "bin", "ibn", "al", "el", "y", "e", "mac"]);

/** `JIM HEINTZ` → `Jim Heintz`; mixed-case names are kept as written. */
function titleCaseName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\bMc(\p{L})/gu, (_, c: string) => `Mc${c.toUpperCase()}`);
}

/** True when the text reads as a person's name: 2–5 capitalised words (particles allowed), no digits. */
export function isPersonName(text: string): boolean {
  if (/[\d@:/]/.test(text) || NEWSROOM.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}

/** Splits a list of names: `A, B and C`, `A y B`, `A и B`, `A & B`. */
function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\band\b|\by\b|\bи\b|&|\|)\s*/u)
    .map((n) => n.trim().replace(/\s+in\s+[\p{Lu}][\p{L} ]*$/u, "").replace(/\s+en\s+[\p{Lu}][\p{L} ]*$/u, ""))
    .filter(Boolean);
}

/**
 * Reads a byline or editor line, or returns null. The whole line must be the byline: at most
 * 14 words, every listed name a person's name (an outlet may close the line).
 */
export function parseByline(line: string): Byline | null {
  const text = line.trim().replace(/\s+/g, " ");
  if (text.split(" ").length > 16) return null;
  let list: string | null = null;
  const reporting = REPORTING.exec(text);
  if (reporting?.[1] && /^\s*reporting by/i.test(text)) list = reporting[1];
  else {
    const m = BYLINE.exec(text);
    if (m?.[1]) list = m[1];
  }
  let outlet: Outlet | null = null;
  if (list === null) {
    // `Jane Doe, Reuters` / `Jane Doe | TASS`: a name followed by an outlet.
    const m = /^(.+?)\s*[,|–—-]\s*([^,|]+)$/.exec(text);
    if (!m?.[1] || !m[2]) return null;
    outlet = findOutlet(m[2]);
    if (!outlet) return null;
    list = m[1];
  }
  // Trailing outlet or role: `JIM HEINTZ Associated Press`, `Jane Doe, Reuters`, `Ana Pérez, corresponsal`.
  const trailing = outletAtEnd(list);
  if (trailing) {
    const words = list.split(/\s+/);
    for (let take = 1; take <= words.length; take++) {
      if (findOutlet(words.slice(-take).join(" ")) === trailing) {
        list = words.slice(0, -take).join(" ").replace(/[\s,|–—-]+$/, "");
        outlet = trailing;
        break;
      }
    }
  }
  list = list.replace(/\s*[|•·]\s*.*$/, "").replace(/,\s*(?:corresponsal|correspondent|staff writer|reporter|periodista|корреспондент)\b.*$/i, "");
  const names = splitNames(list).map(titleCaseName);
  if (names.length === 0 || !names.every(isPersonName)) return null;
  return { author: names.join(", "), outlet };
}

const ATTRIBUTION = [
  /\((?:source|fuente|sources|fuentes|источник|with information from|con informaci[oó]n de|via|vía|from)\s*:?\s*([^()]{2,50})\)\s*\.?\s*$/iu,
  /^(?:source|fuente|источник)\s*:\s*(.{2,50}?)\.?$/iu,
  /\b(?:con informaci[oó]n de|with information from|with reporting from|additional reporting from|по материалам|по информации)\s+([^.;,]{2,50}?)\s*\.?$/iu,
];

/** The outlet a line credits as the article's origin, or null: `(Source: Prensa Latina)`, `Con información de EFE`. */
export function parseAttribution(line: string): { name: string; evidence: string } | null {
  for (const re of ATTRIBUTION) {
    const m = re.exec(line.trim());
    if (!m?.[1]) continue;
    const raw = m[1].trim().replace(/[.\s]+$/, "");
    const outlet = findOutlet(raw);
    if (outlet) return { name: outlet.name, evidence: m[0].trim() };
    // An outlet not in the registry is kept as written when it reads like a name.
    if (/^\p{Lu}[\p{L}\p{N} .&'’-]{1,40}$/u.test(raw) && raw.split(/\s+/).length <= 5) return { name: raw, evidence: m[0].trim() };
  }
  return null;
}
