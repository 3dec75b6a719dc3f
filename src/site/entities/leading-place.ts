/**
 * Russian puts a place in the genitive before a person's name (`министр иностранных дел России
 * Сергей Лавров`, `мэр Новосибирска Анатолий Локоть`, `житель Кок-Таша Нурбек Осмонов`): such a
 * run is split into the place and the person.
 */
import { fold } from "../../archive/language.ts";
import { lookupPlace } from "./place-lookup.ts";
import { isGivenName } from "./given-names.ts";
import type { NameSpan } from "./name-spans.ts";
import { isPatronymic, isRussianSurname } from "./russian-name-shapes.ts";

/** The run split into a leading place and the person after it, or the run alone. */
export function splitLeadingPlace(s: NameSpan): NameSpan[] {
  // `храме Христа Спасителя`: a name opened by a lowercase kind of place is one place.
  if (s.words.length < 3 || /^\p{Ll}/u.test(s.words[0]!)) return [s];
  const cyrillic = /\p{Script=Cyrillic}/u.test(s.words[0]!);
  // A given name second, or in Russian a name and a surname (`Нурбек Осмонов`), not a patronymic.
  const person =
    isGivenName(s.words[1]!) ||
    (cyrillic &&
      s.words.length === 3 &&
      isRussianSurname(s.words[2]!) &&
      !isPatronymic(s.words[1]!) &&
      !isPatronymic(s.words[2]!));
  if (!person) return [s];
  // `России` reads as the given name `Rossi` too: a country or a region is a place first.
  const first = lookupPlace(s.words[0]!);
  if (isGivenName(s.words[0]!) && !(first && first.kind !== "city")) return [s];
  if (!first && !cyrillic) return [s];
  const rest = s.words.slice(1);
  return [
    // The title goes with the person: `мэр` names Локоть, not Новосибирск.
    { ...s, text: s.words[0]!, words: [s.words[0]!], title: [], after: rest.slice(0, 2).map(fold) },
    {
      ...s,
      text: rest.join(" "),
      words: rest,
      before: [...s.before, fold(s.words[0]!)].slice(-3),
      commaBefore: false,
      initial: false,
    },
  ];
}
