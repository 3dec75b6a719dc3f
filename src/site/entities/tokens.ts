/** The tokens of a sentence and the tests on one word that name spans are cut by. */
import { fold, MONTHS, WEEKDAYS } from "../../archive/language.ts";
import { NOT_NAMES } from "./lexicon.ts";
import { isAcronym } from "./name-key.ts";

/** Punctuation peeled off the ends of a whitespace-separated chunk, each its own token. */
const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{N}]+$/u;

/** True for a letter or digit at `i` (ASCII by its code, others by regex; half of a surrogate pair is neither). */
const wordCharAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(s.codePointAt(i)!));
};

/** A sentence's tokens: words (`Díaz-Canel`, `Russia's`, `U.S.`) and punctuation marks. */
export function tokenize(sentence: string): string[] {
  const out: string[] = [];
  for (const chunk of sentence.split(/\s+/)) {
    if (chunk === "") continue;
    // Most chunks are a bare word, with nothing to peel off: no regex needed.
    if (wordCharAt(chunk, 0) && wordCharAt(chunk, chunk.length - 1)) {
      out.push(chunk);
      continue;
    }
    if (/^(?:\p{Lu}\.){2,}$/u.test(chunk)) {
      out.push(chunk);
      continue;
    }
    const lead = LEADING.exec(chunk)?.[0] ?? "";
    const trail = chunk.length > lead.length ? (TRAILING.exec(chunk)?.[0] ?? "") : "";
    for (const c of lead) out.push(c);
    const word = chunk.slice(lead.length, chunk.length - trail.length);
    if (word) out.push(word);
    for (const c of trail) out.push(c);
  }
  return out;
}

export const isWord = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c > 127 && t[0]!.toLowerCase() !== t[0]!.toUpperCase())
  );
};
export const isUpperInitial = (t: string): boolean => {
  const c = t[0]!;
  return c !== c.toLowerCase();
};
export const isCapital = (t: string): boolean =>
  t !== "" && isUpperInitial(t) && (t !== t.toUpperCase() || isAcronym(t) || t.length === 1);

/** False for a capitalised word that goes on no name: a function word, a month, a weekday. */
export function isNameWord(t: string): boolean {
  const f = fold(t);
  return !NOT_NAMES.has(f) && !MONTHS.has(f) && !WEEKDAYS.has(f);
}

/**
 * True for a line set in title case or capitals, where capitals say nothing: most words
 * capitalised, and either a capitalised function word inside (`Russia And Cuba To …`) or no
 * closing punctuation. A sentence dense with names (`Foreign Minister Sergey Lavrov arrived.`) is
 * not one.
 */
export function isHeadlineCased(words: readonly string[], closed = false): boolean {
  const letters = words.filter((w) => w[0]!.toLowerCase() !== w[0]!.toUpperCase());
  if (letters.length < 4) return false;
  const caps = letters.filter(isUpperInitial).length;
  if (caps / letters.length < 0.75) return false;
  return !closed || letters.slice(1).some((w) => isUpperInitial(w) && NOT_NAMES.has(fold(w)));
}
