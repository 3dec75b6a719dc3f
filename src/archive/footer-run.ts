/**
 * The article's run when the densest one lies below the page's footer: a sign-in dialog, a
 * cookie notice or a legal text printed after the site's footer links (`Impressum`, `Datenschutz`,
 * `Privacy Policy`, `Terms of Use`) is prose, and on a short article's page (a video page, a
 * paywalled teaser) it outweighs the article. When a run under a byline or date stamp stands above
 * those links, and none above the densest run, that run is the article.
 */
import type { LineKind } from "./classify-line.ts";
import { densestRun } from "./densest-run.ts";
import { isHeaded, type LineSpan } from "./headed-run.ts";

/** The links of a site's footer that no article prints alone on a line: legal notices and the like. */
const FOOTER_LINK =
  /^\s*(?:impressum|datenschutz(?:erklärung|hinweise)?|nutzungsbedingungen|agb|barrierefreiheit|privacy(?: policy| notice)?|imprint|legal notice|terms(?: of (?:use|service))?|terms (?:&|and) conditions|cookie(?:s| policy| settings)|accessibility|sitemap|mentions légales|politique de confidentialité|aviso legal|política de privacidad|política de cookies|privacidad|политика конфиденциальности|пользовательское соглашение)\s*$/iu;
/** Fewest footer links between a run and the prose above them for that prose to be the footer's. */
const MIN_FOOTER_LINKS = 2;
/** Most lines without prose looked through above the densest run for the footer's links. */
const FOOTER_REACH = 80;

/**
 * The run to take: `run` unless the lines without prose right above it hold the site's footer
 * links, no byline or date heads it below them (headed-run.ts), and the densest run above the
 * first of them is headed; then that run. A page whose menu holds those links over a headed
 * article keeps its article. `weights` are the lines' weights for the densest run (prose-run.ts).
 */
export function preferRunAboveFooter(
  kinds: readonly LineKind[],
  texts: readonly string[],
  weights: readonly number[],
  run: LineSpan,
): LineSpan {
  if (run.start <= 0) return run;
  let links = 0;
  let footer = -1;
  for (let i = run.start - 1; i >= 0 && i >= run.start - FOOTER_REACH; i--) {
    if (kinds[i] === "content") break;
    if (FOOTER_LINK.test(texts[i]!)) [links, footer] = [links + 1, i];
  }
  // A run headed below the footer links (a byline, a date) is an article all the same.
  if (links < MIN_FOOTER_LINKS || isHeaded(kinds, run.start, footer + 1)) return run;
  // The densest run above the footer, if it is headed.
  const { start, end } = densestRun(weights, footer);
  return start !== -1 && isHeaded(kinds, start) ? { start, end } : run;
}
