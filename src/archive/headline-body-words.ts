/**
 * A headline shares its key words with the article's opening: the first paragraph says again
 * what the title announced (`Berne bans chlorothalonil` over `Chlorothalonil will be banned from
 * 2020…`). A menu item, a site tagline, a form label or a teaser for another article rarely does.
 * Words are compared by their first letters, a crude stem that holds across inflections and
 * compounds (`digitalisation`, `digital`); in a script without spaces, by pairs of characters.
 */
import { isContentWord, wordsOf } from "./language.ts";
import type { TextLanguage } from "./prose-language.ts";

/** Letters a word is compared by: enough to tell words apart, few enough to match inflections. */
const STEM_LETTERS = 5;
/** Lines of the article's opening read for its words: the first paragraphs. */
const OPENING_LINES = 4;
/** Most words of the opening read: a long first paragraph says all it will say by then. */
const OPENING_WORDS = 250;
/** Points for each key word of a candidate the opening prints again. */
const SHARED_WORD_POINTS = 0.5;
/** Most shared words counted: a long line shares many by its length alone. */
const MAX_SHARED_WORDS = 3;
/** Points for the share of a candidate's key words the opening prints again (all of them: 1). */
const ALL_SHARED_POINTS = 1;

/** The key words of a line as stems: content words (not stopwords, not numbers), cut short. */
function stemsOf(line: string, lang: TextLanguage): string[] {
  if (lang.spaceless) {
    const letters = line.match(/\p{L}/gu) ?? [];
    const pairs: string[] = [];
    for (let i = 0; i + 1 < letters.length; i++) pairs.push(letters[i]! + letters[i + 1]!);
    return pairs;
  }
  return wordsOf(line)
    .filter((w) => isContentWord(w) && !lang.stopwords?.has(w) && /\p{L}/u.test(w))
    .map((w) => w.slice(0, STEM_LETTERS));
}

/**
 * Tells, for a line above the article, how many of its key words the article's opening (the
 * lines from `from`) prints too, and out of how many. The opening is read once, on first use.
 */
function openingWordFinder(
  lines: readonly string[],
  lang: TextLanguage,
): (i: number, from: number) => { shared: number; of: number } {
  const openings = new Map<number, Set<string>>();
  const opening = (from: number): Set<string> => {
    let stems = openings.get(from);
    if (stems === undefined) {
      stems = new Set<string>();
      let read = 0;
      for (let j = from; j < lines.length && read < OPENING_LINES; j++) {
        const line = lines[j] ?? "";
        if (line.trim() === "") continue;
        read++;
        for (const stem of stemsOf(line, lang).slice(0, OPENING_WORDS)) stems.add(stem);
        if (stems.size >= OPENING_WORDS) break;
      }
      openings.set(from, stems);
    }
    return stems;
  };
  return (i: number, from: number): { shared: number; of: number } => {
    const stems = new Set(stemsOf(lines[i] ?? "", lang));
    const body = opening(from);
    let shared = 0;
    for (const stem of stems) if (body.has(stem)) shared++;
    return { shared, of: stems.size };
  };
}

/** What the article's opening says of a headline candidate (line `i`, opening from line `from`). */
export interface OpeningWords {
  /** Half a point for each key word the opening prints again, up to three, and up to one more for their share. */
  points: (i: number, from: number) => number;
  /** True when the opening prints every key word of the line (and it has some). */
  sharesAll: (i: number, from: number) => boolean;
}

/** The opening's points for the candidates of a page; the opening is read once. */
export function openingWords(lines: readonly string[], lang: TextLanguage): OpeningWords {
  const shares = openingWordFinder(lines, lang);
  return {
    points: (i, from) => {
      const { shared, of } = shares(i, from);
      if (of === 0) return 0;
      return (
        SHARED_WORD_POINTS * Math.min(shared, MAX_SHARED_WORDS) + ALL_SHARED_POINTS * (shared / of)
      );
    },
    sharesAll: (i, from) => {
      const { shared, of } = shares(i, from);
      return of > 0 && shared === of;
    },
  };
}
