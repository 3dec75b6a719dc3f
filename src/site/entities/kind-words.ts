/**
 * Whether a word is one of the lexicon's kinds (an institution's, a facility's, an event's word)
 * in whatever Russian case it stands (`Министерстве`, `арене`, `Кубка`).
 */
import { fold } from "../../archive/language.ts";
import { isGivenName } from "./given-names.ts";
import { EVENT_WORDS, FACILITY_WORDS, ORG_WORDS } from "./lexicon.ts";
import { russianNominatives } from "./name-key.ts";

/** True when a Russian run of several words holds an institution's word in any case (`Министерстве спорта`, `Казанского федерального университета`). */
export function russianOrgWord(words: readonly string[]): boolean {
  return (
    words.length > 1 &&
    // `Партию Татьяны`: a part sung, not a party.
    !words.some((w) => isGivenName(w)) &&
    words.some(
      (w) =>
        /^\p{Script=Cyrillic}/u.test(w) &&
        (russianNominatives(w.toLowerCase()).some((n) => ORG_WORDS.has(n)) ||
          isShortOrgNoun(w.toLowerCase())),
    )
  );
}

/** True for a folded institution's word in any case (`министерство`, `министерстве`). */
export function isOrgWord(folded: string): boolean {
  return ORG_WORDS.has(folded) || russianNominatives(folded).some((n) => ORG_WORDS.has(n));
}

/**
 * True for a short institution's noun in a case, which `russianNominatives` leaves alone (it
 * reads words of five letters or more): `суде`, `суда`, `думе` → `суд`, `дума`.
 */
export function isShortOrgNoun(lower: string): boolean {
  if (!/^\p{Script=Cyrillic}{3,4}$/u.test(lower) || !/[аеуыи]$/u.test(lower)) return false;
  const stem = lower.slice(0, -1);
  return ORG_WORDS.has(stem) || ORG_WORDS.has(`${stem}а`);
}

/** A facility's word as it stands in `FACILITY_WORDS`, from any Russian case (`арене` → `арена`), or null. */
export function facilityNoun(folded: string): string | null {
  if (FACILITY_WORDS.has(folded)) return folded;
  if (!/^\p{Script=Cyrillic}/u.test(folded)) return null;
  return russianNominatives(folded).find((n) => FACILITY_WORDS.has(n)) ?? null;
}

/** True for a competition's, a festival's or a prize's word, in any Russian case (`Кубка`). */
export function isEventWord(word: string): boolean {
  const f = fold(word);
  if (EVENT_WORDS.has(f)) return true;
  return /^\p{Script=Cyrillic}/u.test(f) && russianNominatives(f).some((n) => EVENT_WORDS.has(n));
}
