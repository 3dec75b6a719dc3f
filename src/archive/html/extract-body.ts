/**
 * The article's body out of a saved page: page chrome removed (page-chrome.ts), then Mozilla's
 * Readability (the extractor behind Firefox's Reader View) picks the article's container, and its
 * blocks become paragraphs, one line each, as a copied text would have them.
 */
import { Readability } from "@mozilla/readability";
import { removeFollowingArticles } from "./following-articles.ts";
import { leadAfterHeading } from "./lead-paragraph.ts";
import { markedContainer, preferMarked, preferMarkedOverList } from "./marked-content.ts";
import { removePageChrome } from "./page-chrome.ts";
import { teaserRunBlocks } from "./teaser-list.ts";

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

/** Elements whose text is never article text; `<rt>`/`<rp>` are a ruby's reading aid (furigana), not its words. */
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "RT", "RP"]);

/** Most words a block may have and still be dropped as a link (a "read also" item, a tag). */
const LINK_BLOCK_WORDS = 12;

/** A block of text of the extracted tree, before the link rules judge it. */
interface Block {
  /** The block's text, whitespace collapsed. */
  text: string;
  /** Share of its characters that are link text. */
  linkShare: number;
  /** True when it is a heading (`<h1>`–`<h6>`). */
  heading: boolean;
}

/** Heading elements. */
const HEADINGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);

/** Share of link text from which a block of at most `LINKED_BLOCK_WORDS` words is a link, not a paragraph. */
const LINKED_SHARE = 0.5;

/** Most words a mostly linked block may have and still be dropped (a teaser with its standfirst). */
const LINKED_BLOCK_WORDS = 25;

/** Most words of a line that, standing right before dropped links, is their heading ("Mehr zum Thema"). */
const LINK_HEADING_WORDS = 6;

/**
 * The text of a tree as paragraphs: a new one at each block element's start and end. A short
 * block whose text is all link text, or a longer one mostly link text, is left out: inside an
 * article's container those are lists of other articles, tags and "read more" links (Readability
 * keeps them when they sit in its box), as jusText and boilerpipe judge blocks by link density;
 * so is a short line right before such links, their heading ("Read also:", "Mehr zum Thema").
 */
export function paragraphsOf(root: Node): string[] {
  const blocks: Block[] = [];
  let current = "";
  let linked = 0;
  let inLink = 0;
  let inHeading = 0;
  const flush = (): void => {
    // Soft hyphens and zero-width spaces are invisible: a reader copies the words without them.
    const text = current
      .replace(/[\u00ad\u200b]/g, "")
      .replace(/\s+/g, " ")
      .trim();
    const chars = current.replace(/\s+/g, "").length;
    if (text !== "")
      blocks.push({ text, linkShare: chars === 0 ? 0 : linked / chars, heading: inHeading > 0 });
    current = "";
    linked = 0;
  };
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const text = c.nodeValue ?? "";
        current += text;
        if (inLink > 0) linked += text.replace(/\s+/g, "").length;
      } else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        const block = BLOCKS.has(tag);
        if (block) flush();
        if (tag === "A") inLink++;
        if (HEADINGS.has(tag)) inHeading++;
        walk(c);
        if (tag === "A") inLink--;
        if (block) flush();
        if (HEADINGS.has(tag)) inHeading--;
      }
    }
  };
  walk(root);
  flush();
  const wordsOf = (b: Block): number => b.text.split(" ").length;
  const isLinkBlock = (b: Block): boolean =>
    (b.linkShare >= 0.9 && wordsOf(b) <= LINK_BLOCK_WORDS) ||
    (b.linkShare >= LINKED_SHARE && wordsOf(b) <= LINKED_BLOCK_WORDS);
  const links = blocks.map(isLinkBlock);
  const teasers = teaserRunBlocks(
    blocks.map((b) => b.text),
    links,
    blocks.map((b) => b.heading),
  );
  const dropped = links.map(
    (link, i) =>
      link ||
      teasers[i] === true ||
      (links[i + 1] === true && wordsOf(blocks[i]!) <= LINK_HEADING_WORDS),
  );
  const kept = blocks.filter((_, i) => !dropped[i]);
  // Headings with no text under them, at the end, head nothing of the article: the titles of
  // other articles whose links were on their pictures, and the heading of that list. One that
  // ends a sentence is the article's own words, set large.
  const isTrailingHeading = (b: Block): boolean => b.heading && !/[.!?…]["'»”’)]*$/u.test(b.text);
  while (kept.length > 1 && isTrailingHeading(kept[kept.length - 1]!)) kept.pop();
  return kept.map((b) => b.text);
}

/**
 * Extracts the article's body from a parsed saved page. The document is changed (chrome removed,
 * Readability's own cleaning): read the page's metadata before calling this.
 */
export function extractArticleBody(document: Document): ExtractedBody {
  removePageChrome(document);
  removeFollowingArticles(document);
  const marked = markedContainer(document);
  const lead = leadAfterHeading(document);
  // `serializer` hands back Readability's element itself, not HTML to parse a second time.
  const article = new Readability<Element>(document, { serializer: (el) => el as Element }).parse();
  const root = article?.content ?? document.body;
  const paragraphs = root ? paragraphsOf(root) : [];
  const markedParagraphs = marked ? paragraphsOf(marked) : [];
  const overList = marked !== null && root !== null && preferMarkedOverList(root, marked);
  const chosen =
    overList || preferMarked(paragraphs, markedParagraphs) ? markedParagraphs : paragraphs;
  return {
    title: article?.title?.trim() || null,
    byline: article?.byline?.trim() || null,
    paragraphs: withoutTail(withLead(chosen, lead)),
  };
}

/** Letters and digits of a text, lowercased: what two extractions of one paragraph share. */
const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The paragraphs with the lead first, when they lack it (it stood outside the extractor's box). */
function withLead(paragraphs: string[], lead: string | null): string[] {
  if (lead === null || paragraphs.length === 0) return paragraphs;
  const l = letters(lead);
  return letters(paragraphs.join(" ")).includes(l) ? paragraphs : [lead, ...paragraphs];
}

/** Most words of a line of the tail left out after the article's last paragraph of prose. */
const TAIL_LINE_WORDS = 6;

/** Fewest words of a paragraph of prose. */
const PROSE_WORDS = 25;

/**
 * The paragraphs less their tail, when all of it is short lines after the last paragraph of
 * prose: what a page prints under an article in its container ("Share this article?", "Was this
 * useful?", a rating, "About the author", "Sources:") is a run of short lines in any language.
 */
function withoutTail(paragraphs: string[]): string[] {
  const words = (p: string): number => p.split(" ").length;
  const lastProse = paragraphs.findLastIndex((p) => words(p) >= PROSE_WORDS);
  if (lastProse === -1) return paragraphs;
  const tail = paragraphs.slice(lastProse + 1);
  return tail.every((p) => words(p) <= TAIL_LINE_WORDS)
    ? paragraphs.slice(0, lastProse + 1)
    : paragraphs;
}
