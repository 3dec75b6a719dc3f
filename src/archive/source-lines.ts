/**
 * The article text as numbered lines: the unit every later step reads, so each fact found can
 * name the line of the file it came from.
 */

/** A non-empty line of the article text with its 1-based line number in the file. */
export interface SourceLine {
  /** 1-based line in the file. */
  n: number;
  /** The line, trimmed, with runs of white space (NBSP included) as one space. */
  text: string;
}

/** Splits text into non-empty, whitespace-normalised lines with their line numbers in the file. */
export function sourceLines(text: string, firstLine: number): SourceLine[] {
  const out: SourceLine[] = [];
  text.split("\n").forEach((raw, i) => {
    const t = raw
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
      .replace(/[\s\u00a0]+/g, " ")
      .trim();
    if (t !== "") out.push({ n: firstLine + i, text: t });
  });
  return out;
}
