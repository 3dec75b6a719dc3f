/**
 * The language an article is written in, as pages and feeds state it (`lang`, `inLanguage`): the
 * record's `language` is the vocabulary its dates were read in (en/es/ru: a German page says
 * `en`), `proseLanguage` the prose's own, detected from the text.
 */
import type { ArticleRecord } from "../archive/types.ts";

/** ISO 639-1 code of the article's text: the front matter's when an editor gave one, else the detected prose language, else the record's. */
export function writtenLanguage(
  record: Pick<ArticleRecord, "language" | "proseLanguage" | "provenance">,
): string {
  if (record.provenance.language?.from === "front-matter") return record.language;
  return record.proseLanguage || record.language;
}
