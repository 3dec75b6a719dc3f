/**
 * Warnings for facts neither the text nor the front matter gave, each naming the front-matter key
 * that supplies it.
 */
import { diagnostic } from "./diagnostic.ts";
import type { ArticleRecord, Diagnostic } from "./types.ts";

/** A warning for each of headline, body, date and source that the finished record lacks, in that order. */
export function missingFactWarnings(record: ArticleRecord): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const warn = (code: string, message: string, fix: string): void => {
    warnings.push(diagnostic("warning", record.file, null, code, message, fix));
  };
  if (record.headline === "")
    warn(
      "no-headline",
      "no headline was found",
      "put the headline on the first line, or set `headline:` in front matter",
    );
  if (record.paragraphs.length === 0)
    warn(
      "no-body",
      "no article text was found: every line looked like page chrome",
      "check the file; paragraphs must be full sentences",
    );
  if (record.date === null)
    warn(
      "no-date",
      "the text states no full publication date",
      "set `date:` in front matter (YYYY, YYYY-MM or YYYY-MM-DD) if it is known",
    );
  if (record.source === null)
    warn(
      "no-source",
      "the text names no outlet",
      "set `source:` in front matter if the outlet is known",
    );
  return warnings;
}
