/**
 * Russian writes many an institution's name all in lowercase but for a patron's name or a
 * number: `областной клинической больнице имени Семашко`, `обсерватории имени Энгельгардта`,
 * `городской клинической больнице №1`, `школы № 59`. Such a name runs from the adjectives of its
 * kind (`городской`, `клинической`; not a town's, `чебоксарской`) over the institution's noun
 * to `имени` and the name, or to `№` and the number.
 */
import { fold } from "../../archive/language.ts";
import { russianNominatives } from "./name-key.ts";

/** Institutions' nouns, in the nominative, that Russian writes in lowercase before `имени` or `№`. */
const NOUNS = new Set(
  `больница поликлиника школа гимназия лицей обсерватория институт университет библиотека
  колледж училище роддом госпиталь диспансер интернат академия`.split(/\s+/),
);
/** Adjectives of an institution's kind or rank, by their stems, in any case. */
const KIND_ADJECTIVE =
  /^(?:городск|областн|районн|краев|республиканск|клиническ|детск|центральн|средн|общеобразовательн|муниципальн|многопрофильн|инфекционн|онкологическ|психиатрическ|перинатальн|научн|государственн|федеральн)\p{Ll}+$/u;

/** True for a lowercase institution's noun in any case (`больнице`, `школы`). */
function isInstitutionNoun(word: string): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  const f = fold(word);
  return NOUNS.has(f) || russianNominatives(f).some((n) => NOUNS.has(n));
}

/** The index of the first of the kind's adjectives that stand right before `tokens[k]`, or `k`. */
function adjectivesBefore(tokens: readonly string[], k: number): number {
  while (k > 0 && KIND_ADJECTIVE.test(tokens[k - 1]!)) k--;
  return k;
}

/** Where a name after `имени` really starts: at its institution's noun and adjectives, or `start`. */
export function institutionStart(tokens: readonly string[], start: number): number {
  if (tokens[start - 1] !== "имени" || !isInstitutionNoun(tokens[start - 2] ?? "")) return start;
  return adjectivesBefore(tokens, start - 2);
}

/** A numbered institution's run: its tokens [from, to) and its words. */
export interface NumberedRun {
  /** First token. */
  from: number;
  /** Token after the number. */
  to: number;
  /** Its words, `№1` as written or `№`, `1`. */
  words: string[];
  /** True when it takes in the capitalised run `last` before it (`Городской клинической больницы № 7`). */
  merged: boolean;
}

/**
 * The numbered institution whose `№` is `tokens[i]` in `sentence`, or null; `last` is the range
 * of the run found just before it, which it takes in when that run ends at its `№`.
 */
export function numberedRun(
  tokens: readonly string[],
  i: number,
  sentence: string,
  last: readonly [number, number] | undefined,
): NumberedRun | null {
  if (tokens[i] !== "№" || !/^\d+$/.test(tokens[i + 1] ?? "")) return null;
  if (!isInstitutionNoun(tokens[i - 1] ?? "")) return null;
  let from = adjectivesBefore(tokens, i - 1);
  const merged = last !== undefined && last[1] === i && last[0] < from;
  if (merged) from = last[0];
  const n = tokens[i + 1]!;
  const sign = sentence.includes(`№${n}`) ? [`№${n}`] : ["№", n];
  return { from, to: i + 2, words: [...tokens.slice(from, i), ...sign], merged };
}

/** True for a run that opens with a lowercase institution's name (`городской клинической больнице №1`). */
export function opensWithInstitution(words: readonly string[]): boolean {
  return /^\p{Ll}/u.test(words[0] ?? "") && words.some(isInstitutionNoun);
}
