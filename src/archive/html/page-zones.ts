/**
 * Where on a saved page an element stands: in the article, or in what surrounds it (menus,
 * sidebars, related articles, comments, the site's header and footer), whose dates belong to
 * other articles or to readers' comments and never to the page's own article.
 */

const ASIDE_TAGS = new Set(["NAV", "ASIDE", "FOOTER", "FORM", "SELECT", "BUTTON"]);
const ASIDE_ROLES = new Set(["navigation", "complementary", "contentinfo", "banner"]);
/**
 * Words that begin a class or id of the parts around an article (`comment-list`, `relatedPosts`);
 * a menu's only as a word of its own (`menu`, `menue`, `menus`): `menueenter` names a script's
 * hook on an article's own header (#15 item 2).
 */
const ASIDE_NAMES =
  /^(?:comment|kommentar|related|teaser|recommend|breadcrumb|share|social|newsletter|morenews|weitere|popular|trending|navbar|menu(?:e|s)?$)/;
/** Words that begin a class or id of the page's side columns: inside an article, a column of its own facts. */
const SIDE_NAMES = /^(?:sidebar|widget)/;

/** A class that names a blog post's category, tag or author (`category-popular-posts`, `tag-social`, `author-jane`). */
const TAXONOMY_CLASS = /^(?:category|tag|author)-/;

/** A class that marks a blog post's own container (WordPress's `post-715`, `type-post`, `hentry`). */
const POST_CLASS = /^(?:post-\d+|type-[a-z]+|hentry)$/;

/**
 * The class names of an element that say what it is: on a post's own container, the classes
 * naming its categories, tags and author are left out (a post filed under "Popular posts" or
 * tagged "social" is not a list of popular posts or a share bar, nor is it an author box).
 */
export function ownClasses(e: Element): string[] {
  const classes = (e.getAttribute("class") ?? "").split(/\s+/).filter((c) => c !== "");
  return classes.some((c) => POST_CLASS.test(c))
    ? classes.filter((c) => !TAXONOMY_CLASS.test(c))
    : classes;
}

/** The words of an element's class and id: `sidebar__item relatedPosts` → sidebar, item, relatedposts. */
export function nameWords(e: Element): string[] {
  const names = `${ownClasses(e).join(" ")} ${e.getAttribute("id") ?? ""}`;
  return names
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter((w) => w !== "");
}

/** True when the element stands in a part of the page around the article, not in the article. */
export function isAside(el: Element): boolean {
  for (let e: Element | null = el; e !== null && e.tagName !== "BODY"; e = e.parentElement) {
    if (ASIDE_TAGS.has(e.tagName)) return true;
    if (e.tagName === "HEADER" && !within(e, ARTICLE_TAGS) && !e.querySelector("h1")) return true;
    const role = e.getAttribute("role") ?? "";
    // A `role=banner` header inside the article is the article's own header (its headline).
    if (ASIDE_ROLES.has(role) && (role !== "banner" || !within(e, ARTICLE_TAGS))) return true;
    const words = nameWords(e);
    if (words.some((w) => ASIDE_NAMES.test(w))) return true;
    if (words.some((w) => SIDE_NAMES.test(w)) && !within(e, ARTICLE_TAGS)) return true;
    if (e.tagName === "ARTICLE" || e.tagName === "MAIN") return false;
  }
  return false;
}

/** Collapsed text of an element. */
export function textOf(el: Element): string {
  return (el.textContent ?? "")
    .replace(/[\u00ad\u200b]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a text that hold a letter, lowercased. */
const lettered = (s: string): string[] => s.toLowerCase().match(/[\p{L}][\p{L}\p{N}]*/gu) ?? [];

/** Tags of the elements that hold an article. */
const ARTICLE_TAGS = new Set(["ARTICLE", "MAIN"]);

/** True when an ancestor of the element has one of the tags (`closest`, which is slow in linkedom). */
function within(el: Element, tags: ReadonlySet<string>): boolean {
  for (let e = el.parentElement; e !== null; e = e.parentElement)
    if (tags.has(e.tagName)) return true;
  return false;
}

const HEADING_TAGS = new Set(["H1", "H2", "H3", "H4"]);

/** Elements of the body that may be the article's heading: `<h1>`–`<h4>`, `itemprop=headline`, a class naming a title or headline. */
function headings(document: Document): Element[] {
  return Array.from(document.querySelectorAll("body *")).filter(
    (e) =>
      HEADING_TAGS.has(e.tagName) ||
      e.getAttribute("itemprop") === "headline" ||
      /title|headline/i.test(e.getAttribute("class") ?? ""),
  );
}

/** How much a heading tag says it is the headline: an `<h1>` most. */
const TAG_WEIGHT: Record<string, number> = { H1: 3, H2: 2, H3: 1 };

/** The heading whose words the title has best; null when none has at least two of them and little else. */
function headingFor(document: Document, title: string): Element | null {
  const inTitle = new Set(lettered(title));
  let best: Element | null = null;
  let bestScore = 0;
  for (const h of headings(document)) {
    if (h.tagName !== "H1" && isAside(h)) continue;
    const words = lettered(textOf(h));
    if (words.length === 0 || words.length > 40) continue;
    const hits = words.filter((w) => inTitle.has(w)).length;
    if (hits < 2 || hits / words.length < 0.6) continue;
    const score = hits + (TAG_WEIGHT[h.tagName] ?? 0);
    if (score > bestScore) [best, bestScore] = [h, score];
  }
  return best;
}

/**
 * The article's heading: of the headings and title-marked elements, the one most of whose words
 * the first of the titles that names one has (the headline the metadata gives, then the page's
 * `<title>`, which adds the site's name), an `<h1>` first; else a small element that says
 * the page's title word for word (`<b><font>` in a table layout); else the first `<h1>` in
 * the article, else the first outside the page's chrome.
 */
export function articleHeading(document: Document, titles: readonly string[]): Element | null {
  for (const title of titles) {
    const found = headingFor(document, title);
    if (found) return found;
  }
  const named = titledElement(document, titles[titles.length - 1] ?? "");
  if (named) return named;
  const h1s = Array.from(document.querySelectorAll("body h1")).filter((h) => textOf(h) !== "");
  return h1s.find((h) => within(h, ARTICLE_TAGS)) ?? h1s.find((h) => !isAside(h)) ?? null;
}

/** The first small element of the body (two child elements at most) whose text is the title's. */
function titledElement(document: Document, title: string): Element | null {
  const words = lettered(title).join(" ");
  if (words.length < 8) return null;
  for (const el of Array.from(document.querySelectorAll("body *"))) {
    if (el.childElementCount > 2 || (el.textContent ?? "").length > 300) continue;
    if (lettered(textOf(el)).join(" ") === words && !isAside(el)) return el;
  }
  return null;
}
