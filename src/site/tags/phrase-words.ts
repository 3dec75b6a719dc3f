/**
 * The words key phrases are made of: which words may be part of one (not a stopword of the
 * article's language, a number, a date word or a fragment), and the key a word is compared by
 * (folded, with a light plural or inflection fold), so "Vaccines" and "vaccine" are one phrase.
 */
import { createRequire } from "node:module";
import { isContentWord, MONTHS, WEEKDAYS } from "../../archive/language.ts";
import { recentMap, type RecentMap } from "../../archive/memo.ts";

const require = createRequire(import.meta.url);

/** Lowercase, accents removed, `ё` as `е`: the form keys are compared in. */
export function foldWord(word: string): string {
  return /^[\x00-\x7f]*$/.test(word)
    ? word
    : word.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ё/g, "е");
}

/** Stopwords of each language, as written and folded (stopwords-iso's lists are long: they hold reporting verbs and fillers too). */
const STOPWORDS = new Map<string, ReadonlySet<string>>();

/** The stopwords of a language by ISO 639-1 code (stopwords-iso's list, empty for one it lacks), as written and folded. */
export function stopwordsOf(language: string): ReadonlySet<string> {
  let set = STOPWORDS.get(language);
  if (!set) {
    const lists = require("stopwords-iso") as Record<string, string[]>;
    const list = lists[language] ?? [];
    set = new Set(list.flatMap((w) => [w.toLowerCase(), foldWord(w.toLowerCase())]));
    STOPWORDS.set(language, set);
  }
  return set;
}

/**
 * True for a lowercased word that can be part of a key phrase: a content word (src/archive/
 * language.ts), not a stopword of the article's language, nothing that starts with a digit
 * ("1990s", "21st", "300m"), no unit of time or quantity, and no month or weekday name (dates have
 * the timeline).
 */
export function isPhraseWord(word: string, folded: string, stop: ReadonlySet<string>): boolean {
  return (
    isContentWord(folded) &&
    !stop.has(word) &&
    !stop.has(folded) &&
    !/^\d/.test(folded) &&
    !QUANTITY_WORDS.has(folded) &&
    !MONTHS.has(folded) &&
    !WEEKDAYS.has(folded)
  );
}

/**
 * Units of time and quantity, folded, which stopword lists leave out: "12 años", "5 million" say
 * how much or how long, not what about.
 */
const QUANTITY_WORDS: ReadonlySet<string> = new Set(
  (
    "day days week weeks month months years hour hours minute minutes second seconds decade decades " +
    "percent cent million millions billion billions trillion thousand thousands hundred hundreds " +
    "dia dias semana semanas mes meses ano anos hora horas minuto minutos decada decadas " +
    "ciento millon millones mil miles centenar " +
    "день дня дней неделя недели неделю недель месяц месяца месяцев год года году годах лет " +
    "час часа часов минута минуты минут процент процента процентов тысяча тысячи тысяч " +
    "млн млрд миллион миллиона миллионов миллиард миллиарда миллиардов"
  ).split(" "),
);

/** Russian case and number endings, folded (`й` is `и` once accents go), longest first (a stem keeps at least 4 letters). */
const RU_ENDINGS = (
  "ами ями ого его ому ему ыми ими ах ях ов ев ам ям ом ем ои еи ии ыи ая яя ое ее ые ие ую юю " +
  "а я о е ы и у ю ь"
).split(" ");

/**
 * A folded word's key: English and Spanish plurals folded to the singular ("rates" → "rate",
 * "policies" → "policy", "elecciones" → "eleccion", "municipales" → "municipal"), Russian case endings cut ("выборов" →
 * "выбор"); other languages' words as they are. Cheap and approximate: it only has to make one
 * word's forms meet.
 */
export function wordKey(folded: string, language: string): string {
  const n = folded.length;
  if (language === "ru") {
    for (const e of RU_ENDINGS)
      if (n - e.length >= 4 && folded.endsWith(e)) return folded.slice(0, n - e.length);
    return folded;
  }
  if (n <= 3 || !folded.endsWith("s") || (language !== "en" && language !== "es")) return folded;
  if (language === "es") {
    if (folded.endsWith("iones")) return folded.slice(0, -2);
    // A consonant's plural: "municipales", "mujeres", "ciudades" (not "padres": padre + s).
    if (/[aeiou][lnrdj]es$/.test(folded)) return folded.slice(0, -2);
    if (/[aeiou]ces$/.test(folded)) return `${folded.slice(0, -3)}z`;
    if (/[aeiou]s$/.test(folded)) return folded.slice(0, -1);
    return folded;
  }
  if (folded.endsWith("ies") && n > 4) return `${folded.slice(0, -3)}y`;
  if (/(?:ss|us|is|ics)$/.test(folded)) return folded;
  if (/(?:sses|shes|ches|xes)$/.test(folded)) return folded.slice(0, -2);
  return folded.slice(0, -1);
}

/** What a punctuation token reads as in `tokenKeys`: it ends a run of phrase words. */
export const BREAK = "\u0000";
/** Most tokens remembered per language in each generation (see `recentMap`). */
const REMEMBERED = 100_000;
/** Each language's tokens read so far, and their keys (news repeats its words, Zipf-like). */
const TOKEN_KEYS = new Map<string, RecentMap<string>>();

/**
 * How lowercased tokens of `language` read: a token's key (see `wordKey`) when it can be part of
 * a key phrase, `""` for a word that cannot, `BREAK` for punctuation. Remembered per language;
 * ask once per article for the function, then once per token.
 */
export function tokenKeys(language: string): (token: string) => string {
  let known = TOKEN_KEYS.get(language);
  if (!known) TOKEN_KEYS.set(language, (known = recentMap(REMEMBERED)));
  const memory = known;
  const stop = stopwordsOf(language);
  return (token) => {
    let key = memory.get(token);
    if (key !== undefined) return key;
    if (token.length === 1 && !/[\p{L}\p{N}]/u.test(token)) key = BREAK;
    else {
      const word = token.replace(/['’]s$/, "");
      const folded = foldWord(word);
      key = isPhraseWord(word, folded, stop) ? wordKey(folded, language) : "";
    }
    memory.set(token, key);
    return key;
  };
}
