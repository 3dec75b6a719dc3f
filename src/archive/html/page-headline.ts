/**
 * The article's headline on a saved page. The page's `<h1>` is what readers see above the
 * article; the metadata's title (JSON-LD `headline`, `og:title`, `<title>`) is written for search
 * engines and feeds and often differs from it ("… | Site", a shorter or a longer wording). So the
 * `<h1>` wins when the page has one that names the article rather than the site; else the
 * metadata's title, less the site's name on either side.
 */
import { headingText, headlinePart } from "./heading-part.ts";
import { isAside } from "./page-zones.ts";

// Where tests and callers have always asked for the headline within an `<h1>`.
export { headlinePart };

/** Separators that join a page's title and its site's name ("Headline | Site", "Site » Headline"). */
const SEPARATOR = /\s+(?:[|–—·•»«~/]|\/\/|::|-{1,2})\s+|\s*\|\s*/;

/** Class or id words of a heading that carries the site's name (WordPress `site-title`, `logo`). */
const SITE_HEADING = /\b(?:site|blog)[-_]?(?:title|name)\b|\blogo\b|\bbranding\b|\bbrand\b/i;

/** A link to a site's home page: its root, or its index file. */
const HOME_LINK = /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?$/;

/** Class words of an element shown to screen readers only (an `<h1>` naming the site for them). */
const READER_ONLY =
  /\b(?:aural|sr-only|screen-reader-text|visually-?hidden|visuallyhidden|element-invisible)\b/i;

/** Most words a heading may have and still be read as a headline (a longer one is a paragraph). */
const MAX_HEADLINE_WORDS = 40;

/** Letters and digits of a text, lowercased: what two spellings of one name share. */
const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** HTML entities a CMS left encoded in a metadata value (`&#8222;`, `&quot;`, `&amp;#038;`). */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = {
    amp: "&",
    quot: '"',
    apos: "'",
    lt: "<",
    gt: ">",
    nbsp: " ",
  };
  let s = text;
  for (let i = 0; i < 2 && /&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(s); i++)
    s = s.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] !== "#") return named[e.toLowerCase()] ?? m;
      const code =
        e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    });
  return s.replace(/\s+/g, " ").trim();
}

/** What names the site: its name from the metadata and its host, to tell it from a headline. */
export interface SiteNames {
  /** Names the page gives its site (`og:site_name`, the JSON-LD publisher), as written. */
  names: string[];
  /** The page's host name, lowercased, without `www.` (empty when the page states no address). */
  host: string;
}

/** True when a text names the site (its stated name, or the host's letters), not an article. */
export function isSiteName(text: string, site: SiteNames): boolean {
  const l = letters(text);
  if (l === "") return true;
  if (site.names.some((n) => letters(n) === l)) return true;
  return l.length >= 4 && letters(site.host).includes(l);
}

/**
 * A title less the site's name on either side: a first or last part (between separators) that
 * names the site, or is an `<h1>` read as the site's name, with all that stands beyond it.
 */
export function trimSiteName(title: string, site: SiteNames, siteHeadings: string[] = []): string {
  const parts = title.split(SEPARATOR).map((p) => p.trim());
  const siteLike = (p: string): boolean =>
    isSiteName(p, site) || siteHeadings.some((h) => letters(h) === letters(p));
  // The site's name, and what follows it ("Headline | Site - Its Motto"), or what precedes it.
  let end = parts.length;
  for (let i = parts.length - 1; i >= 1; i--) if (siteLike(parts[i]!)) end = i;
  let start = 0;
  for (let i = 0; i < end - 1; i++) if (siteLike(parts[i]!)) start = i + 1;
  if (start === 0 && end === parts.length) return title.trim();
  const kept = parts.slice(start, end);
  // The separators inside what stays are the title's own ("Wochenbericht 14. - 20. Januar").
  const from = title.indexOf(kept[0]!);
  const last = kept[kept.length - 1]!;
  const to = title.indexOf(last, from) + last.length;
  return from >= 0 && to > from ? title.slice(from, to).trim() : kept.join(" | ");
}

/** True when an element is shown to screen readers only (by its class). */
export function isReaderOnly(el: Element): boolean {
  return READER_ONLY.test(el.getAttribute("class") ?? "");
}

/** True when a heading carries the site's name by its markup: a class naming it, a link home. */
function marksSite(h: Element): boolean {
  for (let e: Element | null = h; e !== null && e.tagName !== "BODY"; e = e.parentElement)
    if (SITE_HEADING.test(`${e.getAttribute("class") ?? ""} ${e.getAttribute("id") ?? ""}`))
      return true;
  // A link home inside the heading (a logo's): an archive's copy links home through its own
  // address, so the last address in the link counts.
  return Array.from(h.querySelectorAll("a[href]")).some((link) => {
    const href = (link.getAttribute("href") ?? "").replace(/^.*(?=https?:\/\/)/, "");
    return link.getAttribute("rel") === "home" || HOME_LINK.test(href);
  });
}

/** The page's `<h1>` elements read as candidates: text, and whether they name the site. */
export function pageHeadings(
  document: Document,
  site: SiteNames,
  title: string,
): { h: Element; text: string; site: boolean }[] {
  const titleParts = title.split(SEPARATOR).map(letters);
  return Array.from(document.querySelectorAll("body h1"))
    .filter((h) => !isAside(h))
    .map((h) => ({ h, text: headingText(h) }))
    .filter(({ text }) => text !== "" && text.split(" ").length <= MAX_HEADLINE_WORDS)
    .map(({ h, text }) => ({
      h,
      text,
      site:
        marksSite(h) ||
        isReaderOnly(h) ||
        isSiteName(text, site) ||
        lastShortPart(titleParts, letters(text)),
    }));
}

/**
 * True when a heading is the last part of a title of several parts, a short one, not its
 * longest: a blog's name in its `<h1>` and after its posts' titles ("Post | Blog").
 */
function lastShortPart(titleParts: string[], heading: string): boolean {
  const last = titleParts[titleParts.length - 1];
  const longest = Math.max(...titleParts.map((p) => p.length));
  return (
    titleParts.length > 1 && last === heading && heading.length < longest && heading.length <= 40
  );
}

/** Words of a text that hold a letter or digit, lowercased. */
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of a heading's words that a title has. */
function overlap(heading: string, title: string): number {
  const inTitle = new Set(words(title));
  const w = words(heading);
  return w.length === 0 ? 0 : w.filter((x) => inTitle.has(x)).length / w.length;
}

/**
 * True when the page's `<h1>` names its section and the metadata's title is the article's
 * headline, printed as an `<h2>` under it: the two share no word (a guide's topic over its
 * article, "Pensions" over "Saving for retirement with your employer's help").
 */
function namesSection(document: Document, h1: string, meta: string): boolean {
  if (meta === "" || words(meta).length < 3 || overlap(h1, meta) > 0) return false;
  const l = letters(meta);
  return Array.from(document.querySelectorAll("body h2")).some(
    (h) => letters(headingText(h)) === l && !isAside(h),
  );
}

/** Where the chosen headline came from. */
export type HeadlineSource = "h1" | "h2" | "metadata" | "title";

/**
 * The headline: the page's one `<h1>` that does not name the site (of several, the one whose
 * words the metadata's title has most, when it has half of them); else the metadata's title,
 * else the `<title>`, each less the site's name.
 */
export function chooseHeadline(
  document: Document,
  metadata: string | null,
  site: SiteNames,
): { text: string; from: HeadlineSource } | null {
  const title = decodeEntities(document.title ?? "");
  const headings = pageHeadings(document, site, title);
  const siteHeadings = headings.filter((h) => h.site).map((h) => h.text);
  const articleHeadings = headings.filter((h) => !h.site);
  const meta = metadata === null ? "" : trimSiteName(decodeEntities(metadata), site, siteHeadings);
  const reference = meta || title;
  const fromHeading = (h: Element): { text: string; from: HeadlineSource } => ({
    text: headlinePart(h, [meta, title]),
    from: "h1",
  });
  if (articleHeadings.length === 1 && !namesSection(document, articleHeadings[0]!.text, meta))
    return fromHeading(articleHeadings[0]!.h);
  if (articleHeadings.length > 1 && reference !== "") {
    const best = articleHeadings
      .map((h) => ({ h, score: overlap(h.text, reference) }))
      .sort((a, b) => b.score - a.score)[0]!;
    if (best.score >= 0.5) return fromHeading(best.h.h);
  }
  if (meta !== "") return { text: meta, from: "metadata" };
  // A page with neither an article `<h1>` nor a metadata title (an older or simpler site) sets
  // its article's title as an `<h2>`: its only one, or the one the `<title>` says (of two words
  // or more: a one-word `<h2>` there is a box's, "Help", "Search").
  const subheadings = Array.from(document.querySelectorAll("body h2"))
    .filter((h) => !isAside(h) && !isReaderOnly(h))
    .map(headingText)
    .filter((t) => t.split(" ").length >= 2 && t.split(" ").length <= MAX_HEADLINE_WORDS);
  if (articleHeadings.length === 0 && subheadings.length > 0) {
    const titled = subheadings.find((t) => overlap(t, title) >= 0.5);
    if (subheadings.length === 1 || titled) return { text: titled ?? subheadings[0]!, from: "h2" };
  }
  const trimmed = trimSiteName(title, site, siteHeadings);
  return trimmed === "" ? null : { text: trimmed, from: "title" };
}
