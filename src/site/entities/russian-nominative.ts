/**
 * A Russian person's name in the nominative, from a form in another case (`Сергея Лаврова` →
 * `Сергей Лавров`, `Анной Петровой` → `Анна Петрова`), so that a person first named in the
 * genitive gets the page, and the id, of the nominative (issue 16: a page named `Лаврова`). The
 * given name tells the case and the gender: only a name that starts with a known given name in
 * another case is changed, and of the surname only the endings of the common families (`-ов`,
 * `-ев`, `-ин`, `-ский`); a surname that does not decline (`Шойгу`) is kept as written.
 */
import { lookupPlace } from "./place-lookup.ts";
import { isListedGivenName, isRussianGivenName } from "./given-names.ts";

/** Male given names that end in `-а` or `-я` (most such names are women's). */
const MALE_IN_A = new Set(["Илья", "Никита", "Лука", "Фома", "Кузьма", "Савва", "Данила"]);

/** Surname endings in the oblique cases and their nominative, by gender, longest first. */
const MALE_SURNAME: [RegExp, string][] = [
  [/(ов|ев|ёв|ин|ын)(?:а|у|ым|е)$/u, "$1"],
  [/(ск|цк)(?:ого|ому|им|ом)$/u, "$1ий"],
];
const FEMALE_SURNAME: [RegExp, string][] = [
  [/(ов|ев|ёв|ин|ын)(?:ой|у)$/u, "$1а"],
  [/(ск|цк)(?:ой|ую)$/u, "$1ая"],
];
/** Patronymics in the oblique cases (`Владимировича`, `Сергеевной`). */
const PATRONYMIC: [RegExp, string][] = [
  [/(ович|евич|ич)(?:а|у|ем|е)$/u, "$1"],
  [/(овн|евн|ичн)(?:ы|е|у|ой)$/u, "$1а"],
];

/** The nominative of a Cyrillic person's name of two or three words, or the name as written. */
export function russianNominative(words: readonly string[]): string {
  const written = words.join(" ");
  if (words.length < 2 || words.length > 3 || !/^\p{Script=Cyrillic}/u.test(words[0]!))
    return written;
  const first = words[0]!;
  const place = lookupPlace(first);
  if (isRussianGivenName(first) || (place && place.kind !== "city")) return written;
  // `Сергеем` may be `Серге` (French) or `Сергей`, `Анны` the Finnish `Anni` or `Анна`: the
  // Russian name first.
  const forms = givenNameForms(first);
  const given =
    forms.find(isRussianGivenName) ??
    (isListedGivenName(first) ? null : forms.find(isListedGivenName));
  if (!given) return written;
  const female = /[ая]$/u.test(given) && !MALE_IN_A.has(given);
  const surname = female ? FEMALE_SURNAME : MALE_SURNAME;
  const rest = words.slice(1).map((w, i) => {
    const rules = i === words.length - 2 ? surname : PATRONYMIC;
    const rule = rules.find(([re]) => re.test(w));
    return rule ? w.replace(rule[0], rule[1]) : w;
  });
  return [given, ...rest].join(" ");
}

/** The nominatives a given name in another case may have (`Анны` → `Анн`, `Анна`, `Анния`…). */
function givenNameForms(word: string): string[] {
  const ending = /(?:ой|ою|ей|ем|ом|а|у|е|ы|и|я|ю)$/u.exec(word);
  if (!ending || word.length < 4) return [];
  const stem = word.slice(0, ending.index);
  return [stem, `${stem}а`, `${stem}я`, `${stem}й`, `${stem}ь`];
}
