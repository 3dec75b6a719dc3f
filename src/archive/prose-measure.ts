/**
 * How much a line reads like article prose, as jusText judges blocks: enough words, sentence
 * punctuation, and stopwords as in running text. Any language: stopwords of the prose language
 * where there is a list, length and punctuation alone where there is none, and characters instead
 * of words for scripts written without spaces (a Japanese paragraph is one "word" to `wordsOf`).
 */
import { endsLikeSentence } from "./boilerplate.ts";
import { wordsOf } from "./language.ts";
import { memoizeByLanguage } from "./language-memo.ts";
import type { TextLanguage } from "./prose-language.ts";

/** How much a line reads like article prose. */
export type ProseKind = "long" | "short" | "none";

/** Sentence ends of CJK scripts (full-width stops and closing brackets). */
const CJK_SENTENCE_END = /[。．！？!?」』）)]\s*$/u;
const LETTER = /[\p{L}\p{N}]/gu;
const HIRAGANA = /[\u3040-\u309f]/gu;

/** Share of the words that are stopwords; 1 when the language has no list (nothing to hold against it). */
function density(words: readonly string[], stopwords: ReadonlySet<string> | null): number {
  if (!stopwords) return 1;
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (stopwords.has(w)) hits++;
  return hits / words.length;
}

/** A line of a spaceless script, measured in characters: about two make a word. */
function spacelessKind(line: string, prose: string): ProseKind {
  const chars = line.match(LETTER)?.length ?? 0;
  const sentence = CJK_SENTENCE_END.test(line) || endsLikeSentence(line);
  // Japanese prose is full of hiragana (particles, endings); menus and labels are kanji and katakana.
  const hiragana = prose === "ja" ? (line.match(HIRAGANA)?.length ?? 0) / Math.max(chars, 1) : 1;
  if (chars >= 40 && (sentence || chars >= 80) && hiragana >= 0.1) return "long";
  if (chars >= 8 && sentence) return "short";
  return "none";
}

/**
 * Judges a line as prose: `long` is a paragraph by itself; `short` is a sentence too brief to
 * stand alone, kept only between paragraphs; `none` is chrome, a label or a teaser headline.
 */
export const proseKind = memoizeByLanguage((line: string, lang: TextLanguage): ProseKind => {
  if (lang.spaceless && !/\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u.test(line))
    return spacelessKind(line, lang.prose);
  const words = wordsOf(line);
  const n = words.length;
  const d = density(words, lang.stopwords);
  const sentence = endsLikeSentence(line);
  if (n >= 8 && (sentence || n >= 20) && (d >= lang.minDensity || n >= 30 || (sentence && n >= 15)))
    return "long";
  if (n >= 2 && sentence && (d > 0 || n >= 4)) return "short";
  return "none";
});
