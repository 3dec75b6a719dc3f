/**
 * Russian writes an institution's name with lowercase words inside it: `Министерство
 * здравоохранения России`, `Кировский районный суд`, `Государственная дума`. A capitalised run
 * goes on over such words when they make the name: after an institution's word, the lowercase
 * genitives that complete it (`здравоохранения`, `иностранных дел`); after a capitalised
 * adjective, lowercase adjectives up to an institution's word (`районный суд`).
 */
import { fold } from "../../archive/language.ts";
import { AREA_WORDS, ORG_WORDS } from "./lexicon.ts";
import { isOrgWord, isShortOrgNoun } from "./kind-words.ts";
import { russianNominatives } from "./name-key.ts";

/** A lowercase Cyrillic word. */
const LOWER_CYRILLIC = /^(?=\p{Script=Cyrillic})\p{Ll}[\p{Ll}\p{M}-]*$/u;
/** Endings of adjectives in any case (`районный`, `Государственная`, `социально-демографической`). */
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ых|их|ую|юю|ой|ей|ом|ем|ым|им)$/u;
/**
 * Endings of nouns and adjectives in the genitive that complete an institution's name
 * (`здравоохранения`, `труда`, `обороны`, `дел`, `исследований`, `волейбола`); not a past verb's
 * `-ла` (`сообщила`).
 */
const GENITIVE = /(?:ия|ий|ого|его|ой|ей|ых|их|ов|ев|(?<!л)а|ола|(?<!л)ы|(?<!л)и)$|^(?:дел|сил)$/u;
/** Most lowercase words one name takes in (`Институт химической биологии и фундаментальной медицины`). */
const MAX_LOWER = 6;

/**
 * The index after the lowercase words that continue `run` at `tokens[i]` as an institution's name,
 * or `i` when none do.
 */
export function cyrillicOrgTail(
  tokens: readonly string[],
  i: number,
  run: readonly string[],
): number {
  const last = run[run.length - 1]!;
  if (!/\p{Script=Cyrillic}/u.test(last) || !LOWER_CYRILLIC.test(tokens[i] ?? "")) return i;
  const lower = run.filter((w) => LOWER_CYRILLIC.test(w)).length;
  if (lower >= MAX_LOWER) return i;
  // After the institution's word: its genitives (`Министерство здравоохранения`), the word in
  // any case (`Министерстве просвещения`) but not opening the sentence, where a plural is a
  // common noun (`Больницы должны`).
  const opening = tokens.indexOf(run[0]!) <= 1;
  if (run.some((w, n) => ORG_WORDS.has(fold(w)) || (!(opening && n === 0) && isOrgWord(fold(w))))) {
    let k = i;
    while (k < i + MAX_LOWER - lower && LOWER_CYRILLIC.test(tokens[k] ?? "")) {
      const w = tokens[k]!;
      // `Законодательного собрания Пермского края`: an area's word ends the name.
      if (AREA_WORDS.has(w)) return k + 1;
      // `Министерство науки и высшего образования`: `и` between two genitives.
      const and = w === "и" && k > i && GENITIVE.test(tokens[k + 1] ?? "");
      // `Совет Федерации и подписать`: `и` only between two genitives.
      if (!and && (w === "и" || !GENITIVE.test(w) || ORG_WORDS.has(fold(w)))) break;
      k++;
    }
    return k;
  }
  // After a capitalised adjective: adjectives up to the institution's word (`Кировский районный
  // суд`, `Кировского районного суда`) or an area's (`Томской области`, `Ферганская долина`).
  if (!ADJECTIVE.test(last.toLowerCase())) return i;
  for (let k = i; k < i + 3 && LOWER_CYRILLIC.test(tokens[k] ?? ""); k++) {
    const w = tokens[k]!;
    if (AREA_WORDS.has(w) || ORG_WORDS.has(fold(w))) return k + 1;
    if (russianNominatives(w).some((n) => ORG_WORDS.has(fold(n))) || isShortOrgNoun(w))
      return k + 1;
    if (!ADJECTIVE.test(w)) return i;
  }
  return i;
}
