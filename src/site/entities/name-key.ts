/**
 * Keys under which spellings of one name meet: accents and case ignored, Cyrillic transliterated,
 * and the usual variants of Russian transliteration made one (Sergey, Sergei, Serguei, Sergej →
 * `sergei`; Shoigu, Shoygu → `shoigu`), so one person gets one page across the archive.
 */
import { slugify } from "../../archive/slug.ts";

/**
 * Spellings that Russian names take in English, Spanish and French texts, made one: each pattern,
 * its replacement, and letters a key must contain for the pattern to match (`""`: always tried).
 */
const VARIANTS: [RegExp, string, string][] = [
  [/gue(?=i)/g, "ge", "guei"], // Serguei → Sergei
  [/kh/g, "h", "kh"], // Mikhail, Mijail → mihail/miiail: see `j` below
  [/j(?=[aeiou])/g, "y", "j"], // Spanish Yuri ~ Iuri, Mijaíl keeps its own form
  [/y/g, "i", "y"], // Sergey, Dmitry, Shoygu
  [/j$/g, "i", "j"], // Sergej
  [/ii/g, "i", "ii"], // Dmitrii → dmitri
  [/x/g, "ks", "x"], // Alexei, Aleksei
  [/ph/g, "f", "ph"],
  [/w/g, "v", "w"], // German-style Romanov/Romanow
  [/([a-z])\1/g, "$1", ""], // doubled letters
];
/** Keys made so far (names recur across a worker's articles); emptied when it grows large. */
const made = new Map<string, string>();

/** The key of a name: `Serguéi Lavrov`, `Sergey Lavrov`, `Сергей Лавров` → `sergei-lavrov`. */
export function nameKey(name: string): string {
  let k = made.get(name);
  if (k !== undefined) return k;
  k = slugify(name.replace(/[’']/g, ""));
  // A variant's letters are searched for first: most keys contain few of them.
  for (const [re, to, letters] of VARIANTS)
    if (letters === "" || k.includes(letters)) k = k.replace(re, to);
  if (made.size >= 100_000) made.clear();
  made.set(name, k);
  return k;
}

/** Russian case endings of names, longest first (Лаврова, Лаврову, Москве, Сергея, Китая). */
const RUSSIAN_ENDINGS = /(?:ого|ему|ым|ом|ой|ою|ую|ем|ей|а|у|е|ы|и|я|ю)$/u;

/**
 * The forms a Cyrillic word may have in the nominative: `Лаврову` → `Лавров`, `Москве` →
 * `Москва`. Only for words of five letters or more, so short names keep their letters.
 */
export function russianNominatives(word: string): string[] {
  if (!/^[\p{Script=Cyrillic}-]{5,}$/u.test(word) || !RUSSIAN_ENDINGS.test(word)) return [];
  const stem = word.replace(RUSSIAN_ENDINGS, "");
  const forms = [
    stem,
    `${stem}а`,
    `${stem}я`,
    `${stem}ь`,
    `${stem}й`,
    `${stem}ий`,
    `${stem}ая`,
    `${stem}о`,
    // `собрания` → `собрание`: a neuter noun in `-ие`.
    `${stem}е`,
  ];
  // `Нового Уренгоя` → `Новый Уренгой`: a masculine adjective in `-ый` or `-ой`.
  if (/(?:ого|ому|ым|ом)$/u.test(word)) forms.push(`${stem}ый`, `${stem}ой`);
  return forms;
}

/** The initials of a name's capitalised words: `North Atlantic Treaty Organization` → `NATO`. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join("")
    .toUpperCase();
}

/** The shape of an acronym, its dots aside. */
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/** True for an acronym: two to six capitals, maybe with dots (`NATO`, `U.S.`, `ООН`). */
export function isAcronym(word: string): boolean {
  // Most words asked about have a lowercase ASCII letter first or second (`Lavrov`, `the`): none
  // is an acronym, and the regex is not needed.
  if (isAsciiLower(word.charCodeAt(0)) || isAsciiLower(word.charCodeAt(1))) return false;
  return ACRONYM.test(word) && word.replace(/\./g, "").length >= 2;
}

/** True for the code of `a`–`z`. */
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * The key of a name in the editor's lists: an acronym by its exact letters (`WHO` is not the
 * sentence-initial `Who`), any other name by `nameKey`.
 */
export function curatedKey(name: string): string {
  return isAcronym(name) ? `=${name.replace(/\./g, "")}` : nameKey(name);
}
