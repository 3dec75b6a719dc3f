/**
 * The article's lead (standfirst): the paragraph right under its headline. News pages print it
 * in the article's header, apart from the container of the body's paragraphs, so the extractor,
 * which keeps one container, leaves it out (#15 item 2).
 */
import { isReaderOnly } from "./page-headline.ts";
import { isAside, textOf } from "./page-zones.ts";

/** Fewest characters a lead has: a shorter line under the headline is a byline, a date, a kicker. */
const MIN_LEAD_CHARS = 80;

/** Elements whose start or end breaks the text: a block holding one of them is not one paragraph. */
const BLOCK_CHILDREN = "p,div,ul,ol,table,h1,h2,h3,h4,h5,h6,section,article,header,footer,figure";

/** Tags of the parts of a page around its article. */
const ASIDE_TAGS = new Set(["NAV", "ASIDE", "FOOTER", "FORM"]);

/** True when the element stands in a `<nav>`, `<aside>`, `<footer>` or `<form>`. */
function inAsideTag(el: Element): boolean {
  for (let e: Element | null = el; e !== null; e = e.parentElement)
    if (ASIDE_TAGS.has(e.tagName)) return true;
  return false;
}

/** Share of a block's characters that are link text. */
function linkShare(el: Element): number {
  const all = textOf(el).length;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) linked += textOf(a).length;
  return all === 0 ? 1 : linked / all;
}

/**
 * The text of the first paragraph after the page's first `<h1>` in the article's zone: a `<p>`,
 * an `<h2>` (pages set their lead as one), or a `<div>` of text alone, of `MIN_LEAD_CHARS` or
 * more, little of it link text. Null when the page has no `<h1>` (one for screen readers only
 * does not count), or no such paragraph follows it within the next few blocks.
 */
export function leadAfterHeading(document: Document): string | null {
  const elements = Array.from(document.querySelectorAll("body h1, body h2, body p, body div"));
  const at = elements.findIndex(
    (e) => e.tagName === "H1" && !isAside(e) && !isReaderOnly(e) && textOf(e) !== "",
  );
  if (at === -1) return null;
  for (const el of elements.slice(at + 1, at + 12)) {
    if (el.tagName === "H1") return null;
    if (el.tagName === "DIV" && el.querySelector(BLOCK_CHILDREN)) continue;
    const text = textOf(el);
    // A list of tags or links between the headline and the lead is passed over.
    if (text.length < MIN_LEAD_CHARS || linkShare(el) >= 0.3) continue;
    // By its tags only: a lead's class often says `teaser` or `intro`, which names other
    // articles' teasers elsewhere on a page.
    return inAsideTag(el) ? null : text;
  }
  return null;
}
