/**
 * A name in guillemets after the noun of its kind may hold lowercase words (`партия «Новые
 * люди»`, `заводом «Пермские моторы»`, `la editorial «Siglo veintiuno»`): the run goes on to the
 * closing guillemet. Only after an institution's or a company's noun, since a quoted phrase
 * (`«Спасибо всем»`) is as often speech.
 */
import { fold } from "../../archive/language.ts";
import { COMPANY_NOUNS, ORG_WORDS } from "./lexicon.ts";
import { russianNominatives } from "./name-key.ts";

/** Most lowercase words a quoted name takes in. */
const MAX_WORDS = 3;

/** True for a company's or an institution's noun in any case (`партия`, `заводом`, `банка`). */
function isKindNoun(word: string): boolean {
  const f = fold(word);
  if (COMPANY_NOUNS.has(f) || ORG_WORDS.has(f)) return true;
  return russianNominatives(f).some((n) => ORG_WORDS.has(n) || COMPANY_NOUNS.has(n));
}

/**
 * The index of the closing guillemet when the run starting at `tokens[start]` stands in
 * guillemets after a kind's noun and only words and hyphens are left before it from `i`, or `i`.
 */
export function quotedNameEnd(tokens: readonly string[], start: number, i: number): number {
  if (tokens[start - 1] !== "«" || !/^\p{Ll}/u.test(tokens[i] ?? "")) return i;
  if (!isKindNoun(tokens[start - 2] ?? "")) return i;
  for (let k = i; k < i + MAX_WORDS + 1; k++) {
    const t = tokens[k];
    if (t === "»") return k;
    if (t === undefined || !/^[\p{L}\p{N}-]+$/u.test(t)) return i;
  }
  return i;
}
