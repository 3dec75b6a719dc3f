/**
 * Counting keywords in a text fast enough to run on every article of a large archive: the text
 * is folded and split into words once (case and accents ignored, `ё` as `е`, hyphens and
 * apostrophes split words), and each word is looked up in a table of first words and of stems,
 * so the cost grows with the text, not with the number of keywords.
 */
import { fold, foldOnce } from "../archive/language.ts";
import { recentMap } from "../archive/memo.ts";

/** One word of a keyword: exact, or a stem when the keyword wrote it with a trailing `*`. */
interface KeywordWord {
  /** The folded word or stem. */
  text: string;
  /** True when any ending matches (`sanction*`). */
  stem: boolean;
}

/** A keyword split into words, with its index in the list it was compiled from. */
interface CompiledKeyword {
  /** Index in the compiled list. */
  index: number;
  /** Its words. */
  words: KeywordWord[];
}

/** A compiled list of keywords. */
export interface KeywordMatcher {
  /**
   * The keywords found, one entry per place in the text: the indexes (in the compiled list) of the
   * longest keywords matching there, those without `*` first.
   */
  find(text: string): number[][];
}

/** The words of a text as the matcher compares them: folded runs of letters and digits (hyphens and apostrophes split words). */
export function matchWords(text: string): string[] {
  return foldOnce(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Most distinct words whose keyword starts a matcher remembers in each generation (see `recentMap`). */
const CACHE_WORDS = 100_000;

const wordMatches = (k: KeywordWord, w: string | undefined): boolean =>
  w !== undefined && (k.stem ? w.startsWith(k.text) : w === k.text);

/** Compiles keywords: words and phrases, `*` at the end of a word for any ending. */
export function compileKeywords(keywords: readonly string[]): KeywordMatcher {
  const exact = new Map<string, CompiledKeyword[]>();
  const stems = new Map<string, CompiledKeyword[]>();
  keywords.forEach((keyword, index) => {
    const words = fold(keyword)
      .split(/[^\p{L}\p{N}*]+/u)
      .filter((w) => w.replace(/\*/g, "") !== "")
      .map((w) => ({ text: w.replace(/\*/g, ""), stem: w.endsWith("*") }));
    const first = words[0];
    if (!first) return;
    const table = first.stem ? stems : exact;
    const list = table.get(first.text) ?? [];
    list.push({ index, words });
    table.set(first.text, list);
  });
  const stemLengths = [...new Set([...stems.keys()].map((s) => s.length))].sort((a, b) => a - b);
  // The keywords a word can start, remembered per word: news vocabulary repeats (Zipf), so most
  // words cost one lookup instead of one per stem length. Bounded, keeping the words still in use.
  const startsOf = recentMap<readonly CompiledKeyword[]>(CACHE_WORDS);
  const none: readonly CompiledKeyword[] = [];
  const starting = (w: string): readonly CompiledKeyword[] => {
    let list = startsOf.get(w);
    if (list) return list;
    const found = [...(exact.get(w) ?? [])];
    for (const length of stemLengths) {
      if (length > w.length) break;
      found.push(...(stems.get(w.slice(0, length)) ?? []));
    }
    list = found.length ? found : none; // exact keywords first, then stems
    startsOf.set(w, list);
    return list;
  };
  return {
    find(text: string): number[][] {
      const words = matchWords(text);
      const found: number[][] = [];
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        const list = starting(w);
        if (list.length === 0) continue;
        let best: CompiledKeyword[] = [];
        let bestLength = 0;
        for (const k of list) {
          const n = k.words.length;
          if (n < bestLength) continue;
          let ok = true;
          for (let j = 1; j < n && ok; j++) ok = wordMatches(k.words[j]!, words[i + j]);
          if (!ok) continue;
          if (n > bestLength) [best, bestLength] = [[], n];
          best.push(k);
        }
        if (bestLength > 0) found.push(best.map((k) => k.index));
        // A phrase's words are not counted again on their own ("central bank", then "bank").
        if (bestLength > 1) i += bestLength - 1;
      }
      return found;
    },
  };
}
