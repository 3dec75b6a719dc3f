/**
 * What the words right after a run say it is, read from the tokens already cut: a settlement in
 * apposition (`Ashby Green, a market town in Leicestershire`; `Villanueva es un municipio de
 * Sevilla`), or a place that a firm is based in (`the Reading-based brewer`).
 */
import { fold } from "../../archive/language.ts";
import { SETTLEMENT_WORDS } from "./lexicon.ts";

/** Words that link a name to what it is: a comma, or a copula. */
const LINKS = new Set([",", "is", "was", "es", "era", "—"]);
/** Indefinite articles that open the apposition. */
const INDEFINITE = new Set(["a", "an", "un", "una"]);
/** Words that may follow the settlement's noun: a preposition or a bearing (`a village south of`). */
const AFTER_NOUN = new Set(
  `in of on near outside south north east west de del en cerca al a в на под около`.split(" "),
);
/** Suffixes that make a place of the word they join (`Reading-based`, `London-born`). */
const BASED = /^(.+\p{L})-(based|born|headquartered)$/u;

/**
 * The settlement's noun when the tokens from `end` say the run before them is one (`, a
 * market town in` → `town`), or null. At most two words (adjectives) stand between the article
 * and the noun, and the noun ends the clause or a preposition follows it (`a village postman`
 * is a person).
 */
export function settlementAfter(tokens: readonly string[], end: number): string | null {
  if (!LINKS.has(tokens[end] ?? "") || !INDEFINITE.has(fold(tokens[end + 1] ?? ""))) return null;
  for (let k = end + 2; k < end + 5; k++) {
    const w = fold(tokens[k] ?? "");
    if (!SETTLEMENT_WORDS.has(w)) continue;
    const next = tokens[k + 1];
    return next === undefined || !/\p{L}/u.test(next) || AFTER_NOUN.has(fold(next)) ? w : null;
  }
  return null;
}

/** `Reading` and `based` of `Reading-based`, or null for a word with no such suffix. */
export function splitBased(word: string): [string, string] | null {
  // Asked of every name's last word: one without a hyphen is not searched.
  const m = word.includes("-") ? BASED.exec(word) : null;
  return m ? [m[1]!, m[2]!.toLowerCase()] : null;
}
