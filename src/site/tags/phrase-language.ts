/**
 * The language an article's key phrases are read in: the prose's own as the parser detected it,
 * which may differ from the record's (`language` is en/es/ru, the vocabulary of its dates: a
 * German page says `en`).
 */
import { isSpaceless } from "../../archive/prose-language.ts";
import type { ArticleRecord } from "../../archive/types.ts";
import { writtenLanguage } from "../written-language.ts";

/** ISO 639-1 code of the prose (the record's language when the parser could not tell), or null for writing without spaces between words. */
export function phraseLanguage(
  record: Pick<ArticleRecord, "language" | "proseLanguage" | "provenance">,
): string | null {
  const language = writtenLanguage(record);
  return isSpaceless(language) ? null : language;
}
