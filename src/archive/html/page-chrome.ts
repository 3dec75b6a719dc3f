/**
 * What a saved page holds besides its article, removed from the tree before the extractor scores
 * it: navigation, sidebars, footers, comments, share and "related" boxes, captions and forms.
 * Readability's own rules keep much of it when it sits inside the article's container (a share
 * bar or a "read also" list under the last paragraph); naming it by its markup is safer than by
 * its words, which differ in every language.
 */

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
 * spaces, hyphens and underscores): comment threads, share bars, related-article lists,
 * newsletter boxes, breadcrumbs, author boxes, tag lists, advertising.
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
]);

/** True when an element's class or id names page chrome. */
function looksLikeChrome(el: Element): boolean {
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
  if (names.trim() === "") return false;
  return names.split(/[\s_-]+/).some((w) => CHROME_WORDS.has(w));
}

/** Characters of paragraph text (`<p>` elements) under an element. */
function paragraphChars(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) n += (p.textContent ?? "").length;
  return n;
}

/**
 * Removes page chrome from the document's body, in place. An element is kept, whatever its name
 * or class, when it holds the page's `<h1>` or a third of its paragraph text: themes put the whole
 * article inside a `<form>` (ASP.NET pages), a `has-sidebar` wrapper or a `comment-content` box.
 */
export function removePageChrome(document: Document): void {
  const body = document.body;
  if (!body) return;
  const total = paragraphChars(body);
  const holdsArticle = (el: Element): boolean =>
    el.querySelector("h1") !== null || paragraphChars(el) > total / 3;
  const keep = new Set(["BODY", "MAIN", "ARTICLE", "HTML"]);
  const chrome = [
    ...Array.from(body.querySelectorAll(CHROME_ELEMENTS)),
    ...Array.from(body.querySelectorAll("[class],[id]")).filter(
      (el) => !keep.has(el.tagName.toUpperCase()) && looksLikeChrome(el),
    ),
  ];
  for (const el of chrome) if (el.isConnected && !holdsArticle(el)) el.remove();
}
