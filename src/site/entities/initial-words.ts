/**
 * A sentence's first word, capitalised only for standing first, that runs into the name after it
 * and is no part of it: before a person's name (`Позже Сергей Лавров`, `Veteran John Ward`), or
 * in Russian a plural noun before the name it governs in the genitive (`Жители Москвы`,
 * `Сотрудники МЧС`, `Астрономы Казанского федерального университета`).
 */
import { fold } from "../../archive/language.ts";
import { isGivenName } from "./given-names.ts";
import { AREA_WORDS, FACILITY_WORDS, GEO_WORDS, ORG_WORDS, TITLES } from "./lexicon.ts";
import { isAcronym, russianNominatives } from "./name-key.ts";
import { lookupPlace, placeForm } from "./place-lookup.ts";

/** True when the first of a sentence's first run's `words` is no part of the name after it. */
export function opensWithCommonWord(words: readonly string[]): boolean {
  return startsWithCapitalisedWord(words) || startsWithPluralNoun(words);
}

/**
 * True when a sentence's first word, capitalised only for standing first, runs into a person's
 * name (`Позже Сергей Лавров`, `Речь Владимира Путина`, `Veteran John Ward`): a word that is no
 * given name, no place and no institution's, before a given name and a surname.
 */
function startsWithCapitalisedWord(words: readonly string[]): boolean {
  if (words.length < 3 || isAcronym(words[0]!) || !isGivenName(words[1]!)) return false;
  // `St John Ambulance`: a saint's abbreviation.
  if (/^(?:St|Ste|Sta|Sto)\.?$/u.test(words[0]!)) return false;
  const f = fold(words[0]!);
  if (ORG_WORDS.has(f) || GEO_WORDS.has(f) || FACILITY_WORDS.has(f) || isGivenName(words[0]!))
    return false;
  return !lookupPlace(words[0]!) && !words.some((w) => ORG_WORDS.has(fold(w)));
}

/** A nominative plural (`Жители`, `Сотрудники`, `Пожарные`). */
const PLURAL = /^\p{Script=Cyrillic}+(?:ы|и|ые|ие)$/u;
/** An adjective in the genitive (`Томского`, `Казанского`). */
const GENITIVE_ADJECTIVE = /^\p{Script=Cyrillic}+(?:ого|его)$/u;

/**
 * True when `words` (a sentence's first run) opens with a plural common noun before a name in
 * the genitive: an acronym, an adjective or an institution's word in the genitive, or a place's
 * case form. Not before a
 * word that agrees with it (`Соединённые Штаты`), nor when the first word is a name's own.
 */
export function startsWithPluralNoun(words: readonly string[]): boolean {
  if (words.length < 2 || !PLURAL.test(words[0]!)) return false;
  const f = fold(words[0]!);
  if (ORG_WORDS.has(f) || GEO_WORDS.has(f) || FACILITY_WORDS.has(f) || TITLES.has(f)) return false;
  if (AREA_WORDS.has(words[0]!) || isGivenName(words[0]!) || placeForm(words[0]!)) return false;
  const second = words[1]!;
  if (isAcronym(second) || GENITIVE_ADJECTIVE.test(second)) return true;
  // `Ученые Института космических исследований`: an institution's word in the genitive.
  if (russianNominatives(fold(second)).some((n) => ORG_WORDS.has(n))) return true;
  const rest = placeForm(words.slice(1).join(" "));
  return rest !== undefined && rest.form !== words.slice(1).join(" ");
}
