/**
 * The site's own credits in its footer: the software and theme it runs on, who designed it, the
 * licence of its contents (`Powered by WordPress`, `Theme von MH Theme`, `Design by …`, `… under a
 * Creative Commons license`). Never the article's, in the languages copied pages show.
 */
import { fold, wordsOf } from "./language.ts";

/** Most words of a credit line: a copyright line may list several credits. */
const MAX_CREDIT_WORDS = 30;

/** Platforms a site is "powered by"; a car or a plant is powered by something else. */
const PLATFORMS =
  "wordpress|blogger|ghost|drupal|joomla|typo3|squarespace|wix|tumblr|jimdo|substack|generatepress|minute media|hugo|jekyll";

/** Credits by their wording, matched against the folded line (lowercase, no accents). */
const CREDITS = new RegExp(
  [
    String.raw`\b(?:proudly )?(?:powered by|angetrieben von|propulse par|funciona con|desarrollado con)\s+(?:${PLATFORMS})\b`,
    // The credit runs to the line's end or the next separator: `… Theme by tagDiv | All rights …`.
    String.raw`(?:^|[|•·©–.-]\s*)(?:(?!(?:the|a|an|der|die|das|le|la|el|il) )\S{1,30} )?(?:theme|template|design|designed|webdesign)(?: \S{1,30})? (?:by|von|par|por)\s+[^|•·.]{1,40}(?:$|\s*[|•·])`,
    String.raw`\bunder a creative commons licen[cs]e\b`,
    String.raw`\b(?:stehen|sind|steht|ist)\b.{0,60}\bunter einer creative[- ]commons[- ]lizenz\b`,
  ].join("|"),
);

/** True for a footer line crediting the site's software, theme or design, or licensing its contents. */
export function isSiteCreditLine(line: string): boolean {
  return wordsOf(line).length <= MAX_CREDIT_WORDS && CREDITS.test(fold(line.trim()));
}
