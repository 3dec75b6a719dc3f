/**
 * The article's container as the page's markup names it: `itemprop=articleBody`, an `<article>`,
 * `<main>`. Readability scores containers by their words and classes and now and then picks the
 * wrong one (a table of contacts, a teaser strip, a cookie notice) or a small part of the article;
 * the marked container is the check on it (#15 item 2).
 */

import { isAside } from "./page-zones.ts";

/** Selectors of the elements that say they hold the article. */
const MARKED = [
  "[itemprop=articleBody]",
  "[itemprop=articlebody]",
  "article",
  "main",
  "[role=main]",
];

/** Least paragraph text (characters) a marked container needs to be read as the article. */
const MIN_MARKED_CHARS = 400;

/** Characters of text in an element's paragraphs (`<p>`) that are not mostly link text. */
export function paragraphText(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) {
    const text = (p.textContent ?? "").replace(/\s+/g, " ").trim();
    let linked = 0;
    for (const a of Array.from(p.querySelectorAll("a")))
      linked += (a.textContent ?? "").trim().length;
    if (linked < text.length / 2) n += text.length;
  }
  return n;
}

/**
 * A copy of the page's marked article container, taken before the extractor changes the tree:
 * of the marked elements that hold the page's `<h1>` or stand inside one that does (when any
 * does: a page's other `<article>`s are teasers, its comments have their own `articleBody`),
 * the one with the most paragraph text, the most specific when an inner one holds nearly as much
 * (an `articleBody` inside its `<article>`). Null when none holds `MIN_MARKED_CHARS` of
 * paragraph text.
 */
export function markedContainer(document: Document): Element | null {
  const body = document.body;
  if (!body) return null;
  // One walk of the tree for all selectors; inner elements first (reverse document order).
  const marked = Array.from(body.querySelectorAll(MARKED.join(",")))
    .filter((el) => !isAside(el))
    .reverse();
  const headed = marked.filter((el) =>
    Array.from(el.querySelectorAll("h1")).some((h) => (h.textContent ?? "").trim() !== ""),
  );
  const candidates =
    headed.length === 0 ? marked : marked.filter((el) => headed.some((h) => h.contains(el)));
  let best: Element | null = null;
  let bestChars = 0;
  for (const el of candidates) {
    const chars = paragraphText(el);
    // An outer one counts only when it holds clearly more than the inner one found first.
    if (chars > bestChars * 1.25) [best, bestChars] = [el, chars];
  }
  return best && bestChars >= MIN_MARKED_CHARS ? (best.cloneNode(true) as Element) : null;
}

/** Letters and digits of a text, lowercased: what two extractions of one paragraph share. */
const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * True when the marked container's paragraphs should stand for the extractor's: the extractor
 * has clearly less text than the container (under 60% of it; under 75% when all it has stands in
 * the container: it chose a part of it, a box within the article), and less than 70% of the
 * container's paragraphs (by their characters) — it chose another box, or a part of this one.
 */
export function preferMarked(extracted: readonly string[], marked: readonly string[]): boolean {
  const have = letters(extracted.join(" "));
  const all = letters(marked.join(" "));
  const shorter = have.length < all.length * (isPartOf(extracted, all) ? PART_SHARE : 0.6);
  if (!shorter) return false;
  let total = 0;
  let kept = 0;
  for (const p of marked) {
    const l = letters(p);
    if (l.length < 20) continue;
    total += l.length;
    if (have.includes(l)) kept += l.length;
  }
  return total >= MIN_MARKED_CHARS * 0.8 && kept < total * 0.7;
}

/** Share of the container's text below which a part of it the extractor chose stands for less than the article. */
const PART_SHARE = 0.75;

/**
 * True when the extracted paragraphs all stand in the container's text (by their characters,
 * 95%): the extractor chose a part of the marked container (its references, a box in it), not
 * another box of the page.
 */
function isPartOf(extracted: readonly string[], container: string): boolean {
  let total = 0;
  let inside = 0;
  for (const p of extracted) {
    const l = letters(p);
    total += l.length;
    if (container.includes(l)) inside += l.length;
  }
  return total > 0 && inside >= total * 0.95;
}

/** Characters of an element's text, white space left out. */
const charsOf = (el: Element): number => (el.textContent ?? "").replace(/\s+/g, "").length;

/** Characters of an element's text and of the part of it in lists (`<ul>`, `<ol>`), outer lists counted once. */
function listChars(el: Element): { all: number; listed: number } {
  if (el.tagName === "UL" || el.tagName === "OL") return { all: charsOf(el), listed: charsOf(el) };
  let listed = 0;
  for (const list of Array.from(el.querySelectorAll("ul,ol"))) {
    let outer = true;
    for (let e = list.parentElement; e !== null && e !== el; e = e.parentElement)
      if (e.tagName === "UL" || e.tagName === "OL") outer = false;
    if (outer) listed += charsOf(list);
  }
  return { all: charsOf(el), listed };
}

/** Share of a box's text in lists from which it is a list (of references, of links), not prose. */
const LIST_BOX_SHARE = 0.6;

/**
 * True when the extractor chose a list, and the marked container holds clearly more prose: a
 * paper's list of references outweighs its text (#15 item 2), a list of items one page's prose.
 * The container's text outside its lists must be `MIN_MARKED_CHARS` or more and over twice the
 * chosen box's.
 */
export function preferMarkedOverList(chosen: Element, marked: Element): boolean {
  const box = listChars(chosen);
  if (box.all === 0 || box.listed < box.all * LIST_BOX_SHARE) return false;
  const container = listChars(marked);
  const prose = container.all - container.listed;
  return prose >= MIN_MARKED_CHARS && prose > 2 * (box.all - box.listed);
}
