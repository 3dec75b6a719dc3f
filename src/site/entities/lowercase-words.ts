/**
 * Whether an article also writes a word in lowercase (`prices`, `station`): such a word at the
 * start of a sentence is not a name. A word counts where it stands after no letter or digit and
 * before no letter or combining mark.
 */
import { isWordCode } from "../../archive/ascii-words.ts";

/**
 * The question for one article's sentences. Asked of a few words per article, so each is searched
 * for (a substring search, then its word boundaries) rather than every word of the text collected.
 */
export function lowercaseIn(sentences: readonly string[]): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    const lower = word.toLowerCase();
    let yes = answers.get(lower);
    if (yes === undefined) {
      yes = sentences.some((s) => standsIn(s, lower));
      answers.set(lower, yes);
    }
    return yes;
  };
}

/** True when `lower` stands in `text` where a word counts. */
function standsIn(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1))
    if (!isLetterOrDigit(text, at - 1) && !isLetterOrMark(text, at + lower.length)) return true;
  return false;
}

/** True for a letter or digit at `s[i]` (ASCII by its code); false outside `s`. */
function isLetterOrDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return isWordCode(c);
  return c === c && /[\p{L}\p{N}]/u.test(s[i]!);
}

/** True for a letter or combining mark at `s[i]` (ASCII by its code); false outside `s`. */
function isLetterOrMark(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return c === c && /[\p{L}\p{M}]/u.test(s[i]!);
}

/** True for the code of an ASCII letter. */
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
