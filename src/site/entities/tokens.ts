/** The tokens of a sentence and the tests on one word that name spans are cut by. */
import { fold, MONTHS, WEEKDAYS } from "../../archive/language.ts";
import { isWordCode } from "../../archive/ascii-words.ts";
import { isSpaceCode } from "../../archive/space-code.ts";
import { NOT_NAMES } from "./lexicon.ts";
import { isAcronym } from "./name-key.ts";

/** Punctuation peeled off the ends of a whitespace-separated chunk, each its own token. */
const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{N}]+$/u;

/** True for a letter or digit at `i` (ASCII by its code, others by regex; half of a surrogate pair is neither). */
const wordCharAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  if (c < 128) return isWordCode(c);
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(s.codePointAt(i)!));
};

/** The whitespace-separated chunks of a sentence, as `split(/\s+/)` less its empty strings. */
function chunksOf(sentence: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i < sentence.length; i++) {
    if (!isSpaceCode(sentence.charCodeAt(i))) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out.push(sentence.slice(from, i));
      from = -1;
    }
  }
  if (from >= 0) out.push(sentence.slice(from));
  return out;
}

/**
 * True when a chunk that starts with a word character and has one before its last ends in an ASCII
 * mark that no acronym ends in: not a dot, or a dot after a lowercase letter or a digit (`said.`).
 */
function oneMarkAfterWord(chunk: string): boolean {
  const end = chunk.length - 1;
  const c = chunk.charCodeAt(end);
  if (c >= 128 || wordCharAt(chunk, end)) return false;
  if (c !== 46) return true;
  const before = chunk.charCodeAt(end - 1);
  return (before >= 97 && before <= 122) || (before >= 48 && before <= 57);
}

/** A sentence's tokens: words (`Díaz-Canel`, `Russia's`, `U.S.`) and punctuation marks. */
export function tokenize(sentence: string): string[] {
  const out: string[] = [];
  for (const chunk of chunksOf(sentence)) {
    // Most chunks are a bare word, with nothing to peel off: no regex needed.
    const end = chunk.length - 1;
    if (wordCharAt(chunk, 0) && wordCharAt(chunk, end)) {
      out.push(chunk);
      continue;
    }
    // Nor most of the rest, a word and one mark (`said,`, `year.`): no acronym (`U.S.`) ends so.
    if (end > 0 && wordCharAt(chunk, 0) && wordCharAt(chunk, end - 1) && oneMarkAfterWord(chunk)) {
      out.push(chunk.slice(0, end), chunk[end]!);
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
  // ASCII by its code: only `A`–`Z` change in lowercase.
  const code = t.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
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
  // Counted in one pass, without arrays: asked of every sentence.
  let letters = 0;
  let caps = 0;
  for (const w of words)
    if (hasCase(w)) {
      letters++;
      if (isUpperInitial(w)) caps++;
    }
  if (letters < 4 || caps / letters < 0.75) return false;
  if (!closed) return true;
  let first = true;
  for (const w of words) {
    if (!hasCase(w)) continue;
    if (!first && isUpperInitial(w) && NOT_NAMES.has(fold(w))) return true;
    first = false;
  }
  return false;
}

/** True for a word whose first character has a case (a letter of Latin, Cyrillic, Greek…; ASCII by its code). */
function hasCase(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return w[0]!.toLowerCase() !== w[0]!.toUpperCase();
}
