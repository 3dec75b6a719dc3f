/**
 * Lines with the form of an article's own structure rather than of a link: a list item, a table
 * row, a fact (`Label: value`), a line of code, a quantity (`200 g Zucker`). Copied pages print recipes, fact boxes, tables and code this way inside the body; the
 * prose measure calls such lines teasers, since they are short and end without a stop.
 */

/** A bullet or number, `Label: value`, code punctuation, a leading number. */
const STRUCTURED =
  /^\s*(?:\d{1,3}[.)]|[•·▪■►–—*-]|\p{No})\s*\S|^[^:]{1,40}:\s*\S|[{}();=<>$#[\]]|^\s*\d/u;

/** True when a line has the form of a list item, table row, fact line or code. */
export function isStructuredLine(line: string): boolean {
  return STRUCTURED.test(line);
}
