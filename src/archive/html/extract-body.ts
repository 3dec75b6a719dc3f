/**
 * The article's body out of a saved page: page chrome removed (page-chrome.ts), then Mozilla's
 * Readability (the extractor behind Firefox's Reader View) picks the article's container, and its
 * blocks become paragraphs, one line each, as a copied text would have them.
 */
import { Readability } from "@mozilla/readability";
import { removePageChrome } from "./page-chrome.ts";

/** What the extractor found: the title it read and the body as paragraphs. */
export interface ExtractedBody {
  /** Readability's title (from the page's `<title>`, `og:title` or first heading); null if none. */
  title: string | null;
  /** Readability's byline, when it found one in the page; null if none. */
  byline: string | null;
  /** The body's blocks as plain text, one paragraph each, whitespace collapsed. */
  paragraphs: string[];
}

/** Elements whose start and end break the text into paragraphs. */
const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "BLOCKQUOTE",
  "BR",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGURE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);

/** Elements whose text is never article text. */
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH"]);

/** Most words a block may have and still be dropped as a link (a "read also" item, a tag). */
const LINK_BLOCK_WORDS = 12;

/**
 * The text of a tree as paragraphs: a new one at each block element's start and end. A short
 * block whose text is all link text is left out: inside an article's container those are lists of
 * other articles, tags and "read more" links (Readability keeps them when they sit in its box).
 */
export function paragraphsOf(root: Node): string[] {
  const out: string[] = [];
  let current = "";
  let linked = 0;
  let inLink = 0;
  const flush = (): void => {
    const text = current.replace(/\s+/g, " ").trim();
    const allLink = linked >= current.trim().length * 0.9;
    if (text !== "" && !(allLink && text.split(" ").length <= LINK_BLOCK_WORDS)) out.push(text);
    current = "";
    linked = 0;
  };
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const text = c.nodeValue ?? "";
        current += text;
        if (inLink > 0) linked += text.trim().length;
      } else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        const block = BLOCKS.has(tag);
        if (block) flush();
        if (tag === "A") inLink++;
        walk(c);
        if (tag === "A") inLink--;
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/**
 * Extracts the article's body from a parsed saved page. The document is changed (chrome removed,
 * Readability's own cleaning): read the page's metadata before calling this.
 */
export function extractArticleBody(document: Document): ExtractedBody {
  removePageChrome(document);
  // `serializer` hands back Readability's element itself, not HTML to parse a second time.
  const article = new Readability<Element>(document, { serializer: (el) => el as Element }).parse();
  const root = article?.content ?? document.body;
  return {
    title: article?.title?.trim() || null,
    byline: article?.byline?.trim() || null,
    paragraphs: root ? paragraphsOf(root) : [],
  };
}
