/**
 * A kicker or section label set in capitals over a title in mixed case (`NOTICIAS DE MEDELLÍN`
 * over `La Policía dice que…`, `“UNA CONFRONTACIÓN MÁXIMA”` over `Gobierno acusa…`): the title is
 * the line under it, in any language written with case.
 */

/** True when `line` is in capitals only and `title`, the line under it, is in mixed case. */
export function isCapitalLabel(line: string, title: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && /\p{Ll}/u.test(title);
}
