/**
 * A saved web page as a document to read, never to run. linkedom builds the tree only: it has no
 * script engine and no network, so a page's scripts never run and nothing it names (images,
 * styles, frames) is ever fetched (tests/archive/html/saved-page.test.ts checks both).
 */
import { createRequire } from "node:module";
import type * as Linkedom from "linkedom";
import { withoutPayloads } from "./page-payloads.ts";

const require = createRequire(import.meta.url);
/** linkedom, loaded with the first saved page: a parser thread that reads only text files never pays for loading it (a quarter of a second). */
let linkedom: typeof Linkedom | null = null;
/** linkedom's `parseHTML`. */
const parseHTML = (html: string): ReturnType<typeof Linkedom.parseHTML> =>
  (linkedom ??= require("linkedom") as typeof Linkedom).parseHTML(html);

/**
 * Deepest element nesting kept. Real pages nest a few dozen levels; Readability and the readers
 * here look at each element's ancestors, so a page nesting 50,000 elements (a hostile file, 550 KB)
 * took minutes. Deeper elements are flattened into their text, which keeps every word.
 */
export const MAX_DEPTH = 250;

/**
 * Parses a saved page's HTML into a document; nothing in it is run or fetched. Scripts (but
 * JSON-LD), styles, SVG images, `<noscript>` and long `data:` URIs come out empty
 * (page-payloads.ts): a page saved with its media inlined parses as fast as one without.
 */
export function parseSavedPage(html: string): Document {
  const text = withoutPayloads(html);
  // linkedom's own types describe its classes, not the DOM's; at run time they are the DOM's.
  let document = parseHTML(text).document as unknown as Document;
  if (document.documentElement.tagName !== "HTML") {
    const moved = withHtmlFirst(text);
    if (moved !== text) document = parseHTML(moved).document as unknown as Document;
  }
  gatherBody(document);
  flattenBelow(document.documentElement, MAX_DEPTH);
  return document;
}

/**
 * Puts what linkedom left beside the page's `<body>` into it, in order, as a browser does: a page
 * without a `<body>` tag, or with an element before it (a `<script>` after `</head>`), became an
 * empty body and its content a sibling of it, or a second `<body>`; the readers here all start
 * from `document.body`, and found nothing to clean or to mark (#15 item 2).
 */
function gatherBody(document: Document): void {
  const html = document.documentElement;
  const body = document.body;
  if (!html || !body || body.parentElement !== html) return;
  const stray = Array.from(html.children).filter((c) => c !== body && c.tagName !== "HEAD");
  if (stray.length === 0) return;
  // What stood before the body goes in front of its first child, in its order.
  const first = body.firstChild;
  let before = true;
  for (let c = html.firstChild; c;) {
    const next = c.nextSibling;
    if (c === body) before = false;
    else if (c.nodeType === 1 && (c as Element).tagName === "HEAD") {
      // The head stays where it is.
    } else if (c.nodeType === 1 && (c as Element).tagName === "BODY") {
      for (const a of Array.from((c as Element).attributes))
        if (!body.hasAttribute(a.name)) body.setAttribute(a.name, a.value);
      body.append(...Array.from(c.childNodes));
      c.remove();
    } else if (c.nodeType === 1 || (c.nodeType === 3 && (c.nodeValue ?? "").trim() !== "")) {
      if (before) body.insertBefore(c, first);
      else body.appendChild(c);
    }
    c = next;
  }
}

/** The start of a comment or of an `<html>` tag. */
const HTML_TAG = /<!--|<html(?=[\s>])/gi;

/** The start of the `<head>` tag. */
const HEAD_TAG = /<head(?=[\s>])/gi;

/**
 * The page with what stands before its `<html>` tag moved inside it, into its `<head>`. linkedom takes a page's first
 * element for the whole document: a page that opens with a `<style>` or `<meta>` before `<html>`
 * (its head printed first) became a document of that element, whose body was empty (#15 item 2).
 */
function withHtmlFirst(html: string): string {
  HTML_TAG.lastIndex = 0;
  let open = HTML_TAG.exec(html);
  // One in a comment (`<!--[if IE]><html class="ie"><![endif]-->`) is none.
  while (open !== null && open[0] === "<!--") {
    const close = html.indexOf("-->", open.index + 4);
    if (close === -1) return html;
    HTML_TAG.lastIndex = close + 3;
    open = HTML_TAG.exec(html);
  }
  if (open === null || open.index === 0) return html;
  // Into the `<head>` when there is one: linkedom takes an element between `<html>` and `<head>`
  // for the start of the body, and the page's own body is lost.
  HEAD_TAG.lastIndex = open.index;
  const head = HEAD_TAG.exec(html);
  const end = html.indexOf(">", head?.index ?? open.index);
  if (end === -1) return html;
  return html.slice(open.index, end + 1) + html.slice(0, open.index) + html.slice(end + 1);
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
