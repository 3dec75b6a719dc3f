/**
 * The language an article's key phrases are read in: the prose's own, which may differ from the
 * record's (`language` is en/es/ru, the vocabulary of its dates: a German page says `en`).
 */
import { detectTextLanguage } from "../../archive/prose-language.ts";
import type { Language } from "../../archive/types.ts";
import { stopwordsOf } from "./phrase-words.ts";

/** Words sampled from the start of the text. */
const SAMPLE_WORDS = 150;
/**
 * Least share of the sample that is stopwords-iso's list of the record's language for the prose
 * to be taken as that language without the detector (0.8 ms a page): measured on the real pages
 * and the labelled fixtures, English and Spanish prose scored 0.4 and more (mostly), other
 * languages under 0.33; Russian prose, noun-heavy, 0.2 and more.
 */
const CLEAR_SHARE: Record<Language, number> = { en: 0.4, es: 0.4, ru: 0.2 };

/** ISO 639-1 code of the prose (the record's language when the detector cannot tell), or null for writing without spaces between words. */
export function phraseLanguage(
  text: string,
  language: Language,
  given: Language | undefined,
): string | null {
  if (given) return given;
  const words = (
    text
      .slice(0, SAMPLE_WORDS * 12)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, SAMPLE_WORDS);
  const stop = stopwordsOf(language);
  let hits = 0;
  for (const w of words) if (stop.has(w)) hits++;
  if (words.length >= 30 && hits >= CLEAR_SHARE[language] * words.length) return language;
  const prose = detectTextLanguage(text, language);
  return prose.spaceless ? null : prose.prose || language;
}
