/**
 * The words of plain-ASCII text, read character by character: the same words as the Unicode
 * word pattern of language.ts (letters and digits, joined by `'`, `’` or `-`) finds, without the
 * cost of a Unicode regular expression. In ASCII text the letters and digits are `A-Z`, `a-z` and
 * `0-9`, and `’` cannot occur, so a word is a run of them, runs joined by a single `'` or `-`.
 */

/** True for a code of `0-9`, `A-Z` or `a-z`: an ASCII letter or digit. */
export const isWordCode = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

/** True for a code of `'` or `-`, which join two runs into one word. */
const isJoinerCode = (c: number): boolean => c === 0x27 || c === 0x2d;

/** The words of `text`, which must be ASCII, in order. */
export function asciiWords(text: string): string[] {
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
      // A joiner continues the word only when a letter or digit follows it.
      if (i + 1 < n && isJoinerCode(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) i++;
      else break;
    }
    words.push(text.slice(start, i));
  }
  return words;
}
