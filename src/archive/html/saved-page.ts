/**
 * A saved web page as a document to read, never to run. linkedom builds the tree only: it has no
 * script engine and no network, so a page's scripts never run and nothing it names (images,
 * styles, frames) is ever fetched (tests/archive/html/saved-page.test.ts checks both).
 */
import { parseHTML } from "linkedom";

/**
 * Deepest element nesting kept. Real pages nest a few dozen levels; Readability and the readers
 * here look at each element's ancestors, so a page nesting 50,000 elements (a hostile file, 550 KB)
 * took minutes. Deeper elements are flattened into their text, which keeps every word.
 */
export const MAX_DEPTH = 250;

/** Parses a saved page's HTML into a document; nothing in it is run or fetched. */
export function parseSavedPage(html: string): Document {
  // linkedom's own types describe its classes, not the DOM's; at run time they are the DOM's.
  const document = parseHTML(html).document as unknown as Document;
  flattenBelow(document.documentElement, MAX_DEPTH);
  return document;
}

/** Replaces the children of every element at depth `max` by their text (one pass, no recursion). */
function flattenBelow(root: Element | null, max: number): void {
  if (!root) return;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth >= max) {
      if (el.firstElementChild) el.textContent = el.textContent;
      continue;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
}

/** 1-based line of a character offset in the page's text. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * 1-based line where `needle` first stands in the page's text (from `from` on), or null: the
 * tree keeps no positions, so a fact read from it is placed by finding its words again.
 */
export function lineOf(text: string, needle: string, from = 0): number | null {
  if (needle === "") return null;
  const at = text.indexOf(needle, from);
  return at === -1 ? null : lineAtOffset(text, at);
}
