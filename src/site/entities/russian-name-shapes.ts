/**
 * What the shape of a Russian word says of what it names, where no list knows it: surnames end
 * in `-ов`, `-ева`, `-ин` (`Осмонов`, `Нурлановой`), patronymics in `-ович`, `-овна`;
 * the state's agencies and big companies are compounds of a clipped word (`Росстат`,
 * `Рособрнадзора`, `Минздрав`, `Газпром`, `Сбербанк`).
 */

/** Case endings a surname or a compound takes after its stem. */
const CASES = "(?:а|у|ом|ым|ой|е|ы|ей|ю|ою)?";

/**
 * A Cyrillic surname by its suffix, in any case (`Тасмагамбетов`, `Музаева`, `Нурлановой`); not
 * `-ский`, which as often makes an adjective of a place (`Патриарх Московский`).
 */
const SURNAME = /^\p{Lu}[\p{Ll}-]{2,}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|ой|е|ы|ых)?$/u;

/** Endings of an adjective (`Минеральные`, `Российский`), which names no agency. */
const ADJECTIVE = /(?:ый|ий|ой|ая|ое|ые|ых|ого|ому|ую|ей)$/u;

/** A patronymic in any case (`Владимирович`, `Сергеевны`). */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ович|евич|ич|овн|евн|ичн)(?:а|у|ем|ом|е|ы|ой)?$/u;

/**
 * A clipped compound naming an agency or a company: `Рос`, `Мин` or `Гос` before a stem
 * (`Роспотребнадзор`, `Минобороны`, `Госавтоинспекции`; not `Гостиница`, `Госпожа`), or a stem of industry after it (`Газпром`, `Сбербанк`,
 * `Транснефть`).
 */
const AGENCY = new RegExp(
  `^(?:(?:Рос|Мин)(?!си|тов|ск|ист)\\p{Ll}{3,}|Гос(?!ти|ть|п)\\p{Ll}{4,}|\\p{Lu}\\p{Ll}*(?:надзор|пром|банк|нефт[ьи]|энерго|телеком|космос)${CASES})$`,
  "u",
);

/** An acronym with a Russian case ending, which only a name written as a word takes (`КАМАЗа`, `МИДом`). */
const INFLECTED_ACRONYM = /^[А-ЯЁ]{3,}(?:а|у|ом|е)$/u;

/** True for a Cyrillic word shaped like a surname (`Осмонов`, `Коноваловой`). */
export function isRussianSurname(word: string): boolean {
  return SURNAME.test(word) && !PATRONYMIC.test(word);
}

/** True for a Cyrillic patronymic (`Владимирович`). */
export function isPatronymic(word: string): boolean {
  return PATRONYMIC.test(word);
}

/**
 * True for a clipped compound naming an agency or a company (`Роскосмоса`, `Минздрав`,
 * `Газпром`), or an acronym in a case (`КАМАЗа`).
 */
export function isAgencyCompound(word: string): boolean {
  if (INFLECTED_ACRONYM.test(word)) return true;
  return AGENCY.test(word) && !SURNAME.test(word) && !ADJECTIVE.test(word);
}
