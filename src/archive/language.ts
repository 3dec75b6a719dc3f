/**
 * Words the parser needs per language: stopwords (to tell prose from page chrome, as jusText does),
 * month and weekday names (to read dates), and language detection by stopword counts.
 */
import { asciiWords } from "./ascii-words.ts";
import { memoize } from "./memo.ts";
import type { Language } from "./types.ts";

/** Common function words; prose has many of them, menus and buttons have few. */
export const STOPWORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    "a about after against all also an and any are as at be because been before being between both but by can could did do does during each for from had has have he her his how i if in into is it its more most no not of on one only or other our out over said says she should since so some such than that the their them then there these they this those through to under until up was we were what when where which while who whom why will with would you".split(
      " ",
    ),
  ),
  es: new Set(
    "a al algo algunos ante antes como con contra cual cuando de del desde donde dos el ella ellos en entre era es esa ese eso esta este esto están fue fueron ha han hasta hay la las le les lo los más me mientras muy no nos o para pero por que qué se sea según ser si sido sin sobre son su sus también tanto te tiene todo tras un una uno unos y ya".split(
      " ",
    ),
  ),
  ru: new Set(
    "а без более бы был была были было в вам во вот все всех вы где да для до его ее её если есть еще ещё же за и из или им их к как ко когда который которые ли между меня мы на над не него нее ней нет ни но о об от по под при с со так также такой там те то того только том тот у уже что чтобы эта эти это этого этой этом я".split(
      " ",
    ),
  ),
};

/** Month names and abbreviations in each language, lowercased, accent-free, with their number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ["january jan enero ene январь января янв", 1],
      ["february feb febrero февраль февраля фев", 2],
      ["march mar marzo март марта мар", 3],
      ["april apr abril abr апрель апреля апр", 4],
      ["may mayo май мая", 5],
      ["june jun junio июнь июня июн", 6],
      ["july jul julio июль июля июл", 7],
      ["august aug agosto ago август августа авг", 8],
      ["september sep sept septiembre setiembre set сентябрь сентября сен сент", 9],
      ["october oct octubre октябрь октября окт", 10],
      ["november nov noviembre ноябрь ноября ноя нояб", 11],
      ["december dec diciembre dic декабрь декабря дек", 12],
    ] as const
  ).flatMap(([names, n]) => names.split(" ").map((name) => [name, n] as const)),
);

/** A regular-expression alternation of every month name, longest first so `sept` wins over `sep`. */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");

/** Weekday names (0 = Sunday) in each language, lowercased and accent-free, with abbreviations. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      ["sunday sun domingo dom воскресенье вс", 0],
      ["monday mon lunes lun понедельник пн", 1],
      ["tuesday tue tues martes mar вторник вт", 2],
      ["wednesday wed miercoles mie mier среда ср", 3],
      ["thursday thu thur thurs jueves jue четверг чт", 4],
      ["friday fri viernes vie пятница пт", 5],
      ["saturday sat sabado sab суббота сб", 6],
    ] as const
  ).flatMap(([names, n]) => names.split(" ").map((name) => [name, n] as const)),
);

/** Weekday alternation for patterns (full names only: abbreviations are too ambiguous in prose). */
export const WEEKDAY_PATTERN =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|mon|tue|tues|wed|thu|thurs|fri|sat|sun";

/**
 * The words of folded text (apostrophes and hyphens inside a word keep it whole). Folded text is
 * mostly ASCII, whose words a plain loop reads faster than the Unicode pattern (same words).
 */
const wordsIn = (folded: string): string[] =>
  /^[\x00-\x7f]*$/.test(folded)
    ? asciiWords(folded)
    : (folded.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []);

/** `fold` without its cache, for text seen once. */
export function foldOnce(text: string): string {
  // An article's headline and body are folded by several readers in turn (themes, word counts).
  if (text === latest.text) return latest.folded;
  if (text === before.text) return before.folded;
  // Plain ASCII needs no decomposition (most lines of English text).
  const lower = text.toLowerCase();
  const folded = /^[\x00-\x7f]*$/.test(text)
    ? lower
    : lower.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ё/g, "е");
  before = latest;
  latest = { text, folded };
  return folded;
}

/** The last text `foldOnce` folded, and its fold. */
let latest = { text: "", folded: "" };
/** The text `foldOnce` folded before the last, and its fold. */
let before = { text: "", folded: "" };

/** `foldOnce` with a cache, for text that needs decomposing. */
const foldCached = memoize(foldOnce);

/**
 * Lowercase, accents removed, `ё` as `е`: how all vocabulary here is stored and compared. Plain
 * ASCII is only lowercased, which costs less than looking it up in the cache.
 */
export const fold = (text: string): string =>
  /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : foldCached(text);

/**
 * `wordsOf` without its caches, for text seen once (each sentence of a whole archive): cached,
 * they would only fill and empty the caches, and every emptying leaves garbage only a full
 * collection frees.
 */
export const wordsOfOnce = (text: string): string[] => wordsIn(foldOnce(text));

/** The words of a line, folded. The array is shared: do not change it. */
export const wordsOf = memoize((text: string): string[] => wordsIn(fold(text)));

/** True for a word that says what a text is about: three letters or more, not a number, not a stopword of any language. */
export function isContentWord(word: string): boolean {
  return (
    word.length >= 3 &&
    !/^\d+$/.test(word) &&
    !STOPWORDS.en.has(word) &&
    !STOPWORDS.es.has(word) &&
    !STOPWORDS.ru.has(word)
  );
}

/** Lowercase Cyrillic `а`–`я`: a word with one counts towards Russian. */
const CYRILLIC = /[а-я]/;

/**
 * The language whose stopwords are most frequent in the text (Cyrillic text is Russian). One
 * pass over the words, not cached: the first 4,000 characters of a page are asked about once, and
 * caching them only emptied the word cache every few dozen pages.
 */
export function detectLanguage(text: string): Language {
  const words = wordsOfOnce(text.slice(0, 4000));
  let cyrillic = 0;
  let en = 0;
  let es = 0;
  for (const w of words) {
    if (CYRILLIC.test(w)) cyrillic++;
    if (STOPWORDS.en.has(w)) en++;
    if (STOPWORDS.es.has(w)) es++;
  }
  if (cyrillic > words.length / 3) return "ru";
  // Words shared by both lists (a, no, se…) are weak evidence; count them anyway, both sides equally.
  return es > en ? "es" : "en";
}
