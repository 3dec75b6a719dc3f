/**
 * A social post embedded in an article, as a copied page prints it: the post's text ending in its
 * picture link (`Notice the warping across the eyes. pic.twitter.com/U7PMa4`), then its author and
 * date on the next line. The prose measure calls it a teaser (it ends with a link, not a stop);
 * between the article's paragraphs it is a quotation the article makes (issue 15: the
 * hand-marked real pages count it as body).
 */

/** A post's text ending in its picture link. */
const POST_WITH_PICTURE = /\S\s+pic\.twitter\.com\/\w+\s*$/u;

/** True when a line is an embedded post's text: words, then its picture link. */
export function isEmbeddedPostLine(line: string): boolean {
  return POST_WITH_PICTURE.test(line);
}
