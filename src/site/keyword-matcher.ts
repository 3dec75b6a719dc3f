/**
 * Counting keywords in a text fast enough to run on every article of a large archive: the text
 * is folded and split into words once (case and accents ignored, `ё` as `е`, hyphens and
 * apostrophes split words), and each word walks a letter tree of the keywords' first words and
 * stems, so the cost grows with the text, not with the number of keywords.
 */
import { fold, foldOnce } from "../archive/language.ts";

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

const wordMatches = (k: KeywordWord, w: string | undefined): boolean =>
  w !== undefined && (k.stem ? w.startsWith(k.text) : w === k.text);

/** A node of the first words' letter tree: the keywords whose first word ends at it. */
interface TrieNode {
  /** The next letters (UTF-16 code units). */
  next: Map<number, TrieNode>;
  /** Keywords whose first word is exactly the letters up to here. */
  exact: CompiledKeyword[];
  /** Keywords whose first word is a stem ending here (any longer word starting so matches). */
  stems: CompiledKeyword[];
}

const trieNode = (): TrieNode => ({ next: new Map(), exact: [], stems: [] });

/** Compiles keywords: words and phrases, `*` at the end of a word for any ending. */
export function compileKeywords(keywords: readonly string[]): KeywordMatcher {
  // First words in a letter tree: a word walks it letter by letter, collecting the stems it
  // passes, so a word costs a few small lookups by letter and nothing is allocated for the many
  // words no keyword starts (a table of every word seen had grown past the processor's caches).
  const root = trieNode();
  keywords.forEach((keyword, index) => {
    const words = fold(keyword)
      .split(/[^\p{L}\p{N}*]+/u)
      .filter((w) => w.replace(/\*/g, "") !== "")
      .map((w) => ({ text: w.replace(/\*/g, ""), stem: w.endsWith("*") }));
    const first = words[0];
    if (!first) return;
    let node = root;
    for (let i = 0; i < first.text.length; i++) {
      const c = first.text.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = trieNode()));
      node = child;
    }
    (first.stem ? node.stems : node.exact).push({ index, words });
  });
  const none: readonly CompiledKeyword[] = [];
  // The keywords a word can start: exact keywords first, then stems, shortest first.
  const starting = (w: string): readonly CompiledKeyword[] => {
    let node: TrieNode | undefined = root;
    let stems: CompiledKeyword[] | null = null;
    for (let i = 0; i < w.length && node; i++) {
      node = node.next.get(w.charCodeAt(i));
      if (node && node.stems.length > 0) stems = stems ? stems.concat(node.stems) : node.stems;
    }
    const exact = node ? node.exact : none;
    if (!stems) return exact.length > 0 ? exact : none;
    return exact.length > 0 ? [...exact, ...stems] : stems;
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
