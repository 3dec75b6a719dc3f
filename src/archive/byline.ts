/**
 * Bylines, editor lines and attributions in English, Spanish and Russian:
 * `By Jane Doe and John Roe`, `Jane Doe, Reuters`, `Editado por Ed Newman`, `Por María Pérez`,
 * `Автор: Иван Петров`, `Reporting by Jane Doe in Moscow; Editing by John Roe` (Reuters footer),
 * and origin credits: `(Source: Prensa Latina)`, `(Fuente: EFE)`, `Con información de Prensa Latina`.
 */
import { findOutlet, outletAtEnd, type Outlet } from "./outlets.ts";
import { isSpaceCode } from "./space-code.ts";

/** A byline read from one line. */
export interface Byline {
  /** Names, comma-separated, in title case when the page set them in capitals; null when the line names only an outlet (`Text by: FRANCE 24`). */
  author: string | null;
  /** An outlet named on the same line (`Jane Doe, Reuters`), if any. */
  outlet: Outlet | null;
}

const OPENERS = String.raw`(?:by|von|di|par|door|author|authors|text by|texto|written by|story by|words by|reporting by|reported by|edited by|editor|editado por|edición|edicion|por|escrito por|redactado por|autor|autora|автор|авторы|текст|редактор)`;
const BYLINE = new RegExp(String.raw`^\s*${OPENERS}\s*[:：,]?\s+(.+)$`, "iu");
const REPORTING =
  /\breporting by\s+(.+?)(?:[;.]|\s+(?:additional reporting|writing|editing|edited) by|$)/i;
const NEWSROOM =
  /^(?:(?:the |la )?(?:staff|staff writer|staff reporter|redacci[oó]n|redaccion digital|newsroom|editorial|editorial staff|agencias|agencies|wire services|редакция|news desk|web desk|desk|equipo|team)(?:\s+(?:de|of|del|de la|internacional|digital|central|web|online)\b.*|\s+\S+)?)$/iu;
const NAME_PARTICLES = new Set([
  "de",
  "del",
  "la",
  "las",
  "los",
  "van",
  "von",
  "der",
  "den",
  "da",
  "do",
  "dos",
  "di",
  "du",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
  "y",
  "e",
  "mac",
]);

/** `JIM HEINTZ` → `Jim Heintz`; mixed-case names are kept as written. */
function titleCaseName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\bMc(\p{L})/gu, (_, c: string) => `Mc${c.toUpperCase()}`);
}

/** Titles and common nouns that make a capitalised phrase something other than a name. */
const NOT_NAME_WORDS = new Set(
  `minister ministry president presidente president's secretary spokesman spokeswoman chancellor king queen prince capital city government
  ministro ministra ministerio canciller secretario portavoz gobierno ciudad министр президент правительство министерство пресс-секретарь
  news noticias новости agency agencia агентство editor editora redactor redactora correspondent corresponsal reporter staff writer desk
  defense defence foreign affairs council committee party national international world press photo foto video
  share article story comments comment copy link embed listen follow email print save read more this our your subscribe newsletter
  compartir artículo noticia comentarios enlace escuchar seguir поделиться статья комментарии`.split(
    /\s+/,
  ),
);

/** True when the text reads as a person's name: 2–5 capitalised words (particles allowed), no digits, no titles. */
export function isPersonName(text: string): boolean {
  if (/[\d@:/()]/.test(text) || NEWSROOM.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) return false;
  if (findOutlet(words.slice(0, 2).join(" ")) || findOutlet(words[0] ?? "")) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}

/**
 * Cuts a bracket closing a name: `Jane Doe (Reuters)`, as `/\s*\([^)]*\)$/` did, without
 * rescanning the rest of the name from every `(`: the bracket opens at the first `(` after the last
 * `)` but one.
 */
function cutClosingBracket(name: string): string {
  if (!name.endsWith(")")) return name;
  const open = name.indexOf("(", name.lastIndexOf(")", name.length - 2) + 1);
  if (open === -1) return name;
  let start = open;
  while (start > 0 && /\s/.test(name[start - 1]!)) start--;
  return name.slice(0, start);
}

/** Splits a list of names: `A, B and C`, `A y B`, `A и B`, `A & B`. */
function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|;|(?<![\p{L}])(?:and|y|e|и)(?![\p{L}])|&|\|)\s*/u)
    .map((n) => cutClosingBracket(n.trim()).replace(/\s+(?:in|en|из|в)\s+[\p{Lu}][\p{L} ]*$/u, ""))
    .filter(Boolean);
}

/** Cuts a trailing outlet off a name list: `JIM HEINTZ Associated Press`, `Jane Doe, Reuters`. */
function splitTrailingOutlet(list: string): { list: string; outlet: Outlet | null } {
  const words = list.split(/\s+/);
  for (let take = Math.min(5, words.length); take >= 1; take--) {
    const outlet = findOutlet(words.slice(-take).join(" "));
    if (outlet)
      return {
        list: words
          .slice(0, -take)
          .join(" ")
          .replace(/[\s,|–—-]+$/, ""),
        outlet,
      };
  }
  return { list, outlet: null };
}

/** Longest line read as a byline: 16 words of names fit easily; longer text is prose or markup. */
const MAX_BYLINE_CHARS = 400;
/** Most words of a byline line. */
const MAX_BYLINE_WORDS = 16;

/** True when the text has more than `max` characters that are not white space (stops counting there). */
function longerThan(text: string, max: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length && count <= max; i++)
    if (!isSpaceCode(text.charCodeAt(i))) count++;
  return count > max;
}

/** True when the text has more than `max` words between white space (stops counting there). */
function moreWordsThan(text: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words <= max; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words > max;
}

/**
 * A role after the names: `, Business reporter`, `, Senior political correspondent`,
 * `, corresponsal en Bruselas`, `, обозреватель` (up to three words before the role's noun).
 */
const TRAILING_ROLE =
  /,\s*(?:[\p{L}'’-]+\s+){0,3}(?:correspondent|reporter|editor|writer|columnist|journalist|producer|analyst|corresponsal|redactora?|periodista|columnista|enviad[oa] especial|корреспондент|обозреватель|журналист|редактор)(?![\p{L}]).*$/iu;

/** Reads a list of names; null unless every one is a person's name. */
function readNames(list: string): string | null {
  const cleaned = list.replace(/\s*[|•·]\s*.*$/, "").replace(TRAILING_ROLE, "");
  const names = splitNames(cleaned).map(titleCaseName);
  return names.length > 0 && names.every(isPersonName) ? names.join(", ") : null;
}

/**
 * Reads a byline or editor line, or returns null. The whole line must be the byline: at most
 * 16 words, every listed name a person's name (an outlet may close the line). With `bare`, a
 * line of names alone (`Gwen Parry`, `Lucia Marlowe in Barcelona`) counts too: the caller
 * allows it only where bylines stand, between headline and body.
 */
export function parseByline(line: string, bare = false): Byline | null {
  if (longerThan(line, MAX_BYLINE_CHARS) || moreWordsThan(line, MAX_BYLINE_WORDS)) return null;
  const text = line.trim().replace(/\s+/g, " ");
  if (text.length > MAX_BYLINE_CHARS) return null;
  let list: string | null = null;
  const reporting = REPORTING.exec(text);
  if (reporting?.[1] && /^\s*reporting by/i.test(text)) list = reporting[1];
  else list = BYLINE.exec(text)?.[1] ?? null;
  const explicit = list !== null;
  // An explicit opener with a newsroom (`Autor, Redacción`, `By Staff`) is a byline without a person.
  if (list !== null && NEWSROOM.test(list.trim()))
    return { author: null, outlet: splitTrailingOutlet(list).outlet };
  // `By Euronews with AP`: the outlet signs, an agency contributed (read as the attribution).
  const withAgency =
    list === null ? null : /^(.{2,40}?)\s+(?:with|con|и|avec)\s+(.{2,40})$/iu.exec(list.trim());
  if (withAgency?.[1] && findOutlet(withAgency[1]))
    return { author: null, outlet: findOutlet(withAgency[1]) };
  let outlet: Outlet | null = null;
  if (list === null) {
    // `Jane Doe, Reuters` / `Jane Doe | TASS` / `Título del autor, BBC News Mundo`: a name or role, then an outlet.
    const m = /^(.+?)\s*[,|]\s*([^,|]+)$/.exec(text);
    outlet = m?.[2] ? findOutlet(m[2]) : null;
    if (outlet && m?.[1]) {
      if (m[1].split(/\s+/).length > 4) return null;
      return { author: readNames(m[1]), outlet };
    }
    if (!bare) return null;
    list = text;
  }
  // `Dayana Cruz Ferrer/ACN`: an outlet after a slash.
  list = list.replace(/\s*\/\s*([^/\s]{2,20})$/, (all, tail: string) =>
    findOutlet(tail) ? ` ${tail}` : all,
  );
  const split = splitTrailingOutlet(list);
  outlet ??= split.outlet;
  // `Text by: FRANCE 24`, `Por: teleSUR - JDO`: the outlet signs, no person does.
  const signing = findOutlet(split.list.split(/\s+[-–—|]\s+/)[0] ?? "");
  if (split.list === "" || (signing && (explicit || !bare)))
    return outlet || signing ? { author: null, outlet: outlet ?? signing } : null;
  const author = readNames(split.list);
  return author ? { author, outlet } : null;
}

const ATTRIBUTION = [
  /^by\s+[\p{L}\d .]{2,30}?\s+(?:with|con|avec)\s+([^()]{2,40}?)\.?$/iu,
  /^\((?:[\p{L}\d ]{2,30})\s+(?:with|con|и|avec)\s+([^()]{2,40})\)\.?$/iu,
  /^[a-z]{2,4}(?:\/[a-z]{2,4})+\s*\(([^()]{2,30})\)$/u,
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
    if (/^\p{Lu}[\p{L}\p{N} .&'’-]{1,40}$/u.test(raw) && raw.split(/\s+/).length <= 5)
      return { name: raw, evidence: m[0].trim() };
  }
  return null;
}
