/**
 * What a saved page holds besides its article, removed from the tree before the extractor scores
 * it: navigation, sidebars, footers, comments, share and "related" boxes, author bios, fact
 * boxes, calls to action, pictures with their captions and credits, and forms.
 * Readability's own rules keep much of it when it sits inside the article's container (a share
 * bar or a "read also" list under the last paragraph); naming it by its markup is safer than by
 * its words, which differ in every language.
 */
import { ownClasses } from "./page-zones.ts";

/** Elements that are never article text, whatever their class. */
const CHROME_ELEMENTS = [
  "nav",
  "aside",
  "footer",
  "form",
  "button",
  "select",
  "textarea",
  "dialog",
  "figcaption",
  "[role=navigation]",
  "[role=complementary]",
  "[role=contentinfo]",
  "[role=dialog]",
  "[hidden]",
  "[aria-hidden=true]",
  "[itemprop=author]",
  "[rel=author]",
].join(",");

/**
 * Class or id words that mark page chrome (matched as whole words of the attribute, split at
 * spaces, hyphens, underscores and camelCase, or two of its words joined: `news-letter`):
 * comment threads, share bars, related-article lists, newsletter boxes, breadcrumbs, author boxes
 * and bios, tag lists, advertising, affiliate disclaimers, ratings, paywall and call-to-action
 * boxes, fact and info boxes beside the text (#15 item 2: each cleared its real pages' leftovers).
 */
const CHROME_WORDS = new Set([
  "comment",
  "comments",
  "kommentare",
  "share",
  "sharing",
  "shariff",
  "social",
  "socials",
  "related",
  "newsletter",
  "breadcrumb",
  "breadcrumbs",
  "authorbox",
  "byline",
  "tags",
  "taglist",
  "subscribe",
  "subscription",
  "promo",
  "advert",
  "advertisement",
  "ad",
  "ads",
  "sidebar",
  "widget",
  "recommended",
  "recommendations",
  "cookie",
  "popup",
  "modal",
  "pagination",
  "caption",
  "credit",
  "credits",
  "copyright",
  "rating",
  "ratings",
  "author",
  "bio",
  "cta",
  "paywall",
  "disclaimer",
  "affiliate",
  "shop",
  "factbox",
  "infobox",
]);

/** True when an element's class or id names page chrome. */
function looksLikeChrome(el: Element): boolean {
  // camelCase words are words too: `relatedPost`, `BorlabsCookie`, `shareBar`.
  const names = `${ownClasses(el).join(" ")} ${el.getAttribute("id") ?? ""}`
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  if (names.trim() === "") return false;
  const words = names.split(/[\s_-]+/);
  // Two words of one name written apart are the word too: `news-letter`, `side_bar`.
  return words.some((w, i) => CHROME_WORDS.has(w) || CHROME_WORDS.has(w + (words[i + 1] ?? "")));
}

/** Characters of paragraph text (`<p>` elements) under an element. */
function paragraphChars(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) n += (p.textContent ?? "").length;
  return n;
}

/** Characters of an element's text outside its links: prose, whatever elements break it (`<br>`). */
function proseChars(el: Element): number {
  let n = (el.textContent ?? "").replace(/\s+/g, "").length;
  for (const a of Array.from(el.querySelectorAll("a")))
    n -= (a.textContent ?? "").replace(/\s+/g, "").length;
  return n;
}

/**
 * Removes page chrome from the document's body, in place. An element is kept, whatever its name
 * or class, when it holds the page's `<h1>`, a third of its paragraph text, or half of its text
 * outside links (a page writing its article in lines broken by `<br>`, with few `<p>`): themes put
 * the whole article inside a `<form>` (ASP.NET pages), a `has-sidebar` wrapper, a `comment-content`
 * box or a blog engine's `widget` (#15 item 2).
 */
export function removePageChrome(document: Document): void {
  const body = document.body;
  if (!body) return;
  const total = paragraphChars(body);
  const prose = proseChars(body);
  const holdsArticle = (el: Element): boolean =>
    el.querySelector("h1") !== null || paragraphChars(el) > total / 3 || proseChars(el) > prose / 2;
  const keep = new Set(["BODY", "MAIN", "ARTICLE", "HTML"]);
  const chrome = [
    ...Array.from(body.querySelectorAll(CHROME_ELEMENTS)),
    ...Array.from(body.querySelectorAll("[class],[id]")).filter(
      (el) => !keep.has(el.tagName.toUpperCase()) && looksLikeChrome(el),
    ),
  ];
  for (const el of chrome) if (el.isConnected && !holdsArticle(el)) el.remove();
  for (const figure of Array.from(body.querySelectorAll("figure")))
    if (isPictureWithCaption(figure)) figure.remove();
}

/** Most characters of a figure's text read as a picture's caption and credit. */
const CAPTION_CHARS = 300;

/**
 * True when a `<figure>` is a picture (or a video) with its caption and credit, whatever elements
 * hold them (`<figcaption>`, a `<span>`, a `<div>`): its words are not the article's. A figure
 * of a table, a quotation or code is the article's, as is a long text.
 */
function isPictureWithCaption(figure: Element): boolean {
  if (!figure.querySelector("img,picture,video")) return false;
  if (figure.querySelector("table,blockquote,pre,code,p")) return false;
  return (figure.textContent ?? "").replace(/\s+/g, " ").trim().length <= CAPTION_CHARS;
}
