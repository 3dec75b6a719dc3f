/**
 * The points a line earns for its shape as a title, whatever stands around it: its number of
 * words (one or two are weak, 4–20 best) and how it opens (a title opens with a capital, a figure
 * or a quotation mark; a first word all in lower case opens a caption or a clause).
 */

/** The points of a title's shape by its number of words: one or two words are weak, 4–20 best. */
function lengthPoints(words: number): number {
  if (words <= 1) return -1;
  if (words === 2) return 1;
  if (words === 3) return 1.5;
  return words <= 20 ? 2 : 1;
}

/** Points lost by a line that does not open with a capital, a figure or a quotation mark. */
const NO_CAPITAL_COST = 1;

/** Points lost, on top of the missing capital, by a line whose first word is all in lower case. */
const LOWER_CASE_COST = 1;

/**
 * Points of a line of `words` title words for its shape: its length, less the cost of a missing
 * capital, and more when its first word is all in lower case (`im Innenhof …`, `in the courtyard
 * …`); a brand's first word (`iPhone`, `eBay`) has a capital inside and costs no more.
 */
export function titleShapePoints(line: string, words: number): number {
  let points = lengthPoints(words);
  if (!/^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“„«»¿¡'‘(\[]/u.test(line)) points -= NO_CAPITAL_COST;
  if (/^\p{Ll}+(?:\s|$)/u.test(line.trim())) points -= LOWER_CASE_COST;
  return points;
}
