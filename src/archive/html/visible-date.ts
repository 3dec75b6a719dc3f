/**
 * The date a page shows its readers at the top of the article, the way most pages without
 * metadata state it: a short element near the headline (`<span class="date">27.01.2022</span>`,
 * `<p class="meta">Published on 3 March 2021</p>`, `<p>23.10.2018</p>` under the `<h1>`), read
 * before the body text starts. An element whose class or id names a date (`date`, `meta`,
 * `byline`, `posted`…) may hold a few other words; an unmarked one must be mostly a date.
 */
import { readLeadingDate, readTextDate, type PageLanguage } from "./date-text.ts";
import type { MetadataDate } from "./metadata-date.ts";
import { articleHeading, isAside, nameWords, textOf } from "./page-zones.ts";

/** A date shown near the article's headline. */
export interface VisibleDate {
  /** The date. */
  value: MetadataDate;
  /** The element that shows it: `span.date`, `p`. */
  property: string;
  /** The element's text. */
  evidence: string;
  /** Words of the element as the page's source writes them, to find its line. */
  needle: string;
}

/** The first of an element's own pieces of text that holds a digit: words as the source has them. */
export function sourceWords(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const t = (n.textContent ?? "").trim();
    if (/\d/.test(t)) return t;
  }
  return textOf(el);
}

/** Words of a class or id that mark an element holding the article's date, wherever in the word (`liveArticleAuthorDateBlock`, `post-date`)… */
const DATE_WORD = /date|datum|posted|pubdate|byline|submitted/;
/** …and words that mark it only as a whole word or its start (`h-time`, `meta`, not `timeline`, `metadata`). */
const DATE_WORD_START = /^(?:time|zeit|publi|meta|info|fecha|subline|stand)/;
/** An update's mark is not a publication's. */
const UPDATE_WORD = /updat|modif/;
/** Elements read before the heading (a date above the headline), at most; unmarked ones only this near. */
const BEFORE = 30;
const BEFORE_UNMARKED = 5;
/** Elements read after the heading when no body paragraph stops the search, at most. */
const AFTER = 150;
/** Elements of the article read after its body for a marked date (`Gespeichert von … am 24. Juli 2017`), at most. */
const AFTER_BODY = 400;
/** Length from which a paragraph is the body's first, whose dateline may date it. */
const LEAD_TEXT = 80;
/** Length from which a paragraph is the body text, where the header's dates end. */
const BODY_TEXT = 250;
/** Child elements a date's element has at most (`<li><span>Datum:</span>26. Januar 2022</li>`). */
const MAX_CHILDREN = 6;
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IMG", "H2", "H3"]);

/** True when the element or its parent names a date in its class or id. */
function dateMarked(el: Element): boolean {
  const parent = el.parentElement;
  return [el, ...(parent ? [parent] : [])].some((e) =>
    nameWords(e).some(
      (w) => !UPDATE_WORD.test(w) && (DATE_WORD.test(w) || DATE_WORD_START.test(w)),
    ),
  );
}

/** True when the element's class or id names an update (`time.updated`) and nothing else of a date. */
function updateMarked(el: Element): boolean {
  const words = nameWords(el);
  return (
    words.some((w) => UPDATE_WORD.test(w)) &&
    !words.some((w) => !UPDATE_WORD.test(w) && (DATE_WORD.test(w) || DATE_WORD_START.test(w)))
  );
}

/** `span.date`: how the property names an element. */
function describe(el: Element): string {
  const cls = (el.getAttribute("class") ?? "").trim().split(/\s+/)[0];
  return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ""} text`;
}

/** The element's publication date, when it is a short text with one (mostly a date, unless marked). */
function dateIn(el: Element, marked: boolean, language: PageLanguage): VisibleDate | null {
  // A date stands in a small element: a wrapper of many (or of the headline) is passed over
  // before its text, which may be the whole page's, is read.
  if (SKIP.has(el.tagName) || el.childElementCount > MAX_CHILDREN) return null;
  const text = textOf(el);
  if (text.length > 160 || !/\d{4}/.test(text)) return null;
  // The innermost element that holds the words: a wrapper with the same text is passed over.
  if (Array.from(el.children).some((c) => textOf(c) === text)) return null;
  if (isAside(el) || updateMarked(el)) return null;
  const read = readTextDate(text, language, !marked);
  if (!read || read.label === "updated") return null;
  return { value: read.value, property: describe(el), evidence: text, needle: sourceWords(el) };
}

/**
 * Publication dates shown near the article's heading: marked elements about it, then unmarked
 * ones that are mostly a date, then the body's dateline, then marked ones at the end of the
 * article's body; each
 * element's date unless its text labels it an update. `titles`, the page's headline and
 * title, find the heading.
 */
export function visibleDates(
  document: Document,
  titles: readonly string[],
  language: PageLanguage,
): VisibleDate[] {
  const heading = articleHeading(document, titles);
  if (!heading || isAside(heading)) return [];
  const all = Array.from(document.querySelectorAll("body *"));
  const aboveHeading = new Set<Element>();
  for (let e: Element | null = heading; e !== null; e = e.parentElement) aboveHeading.add(e);
  const at = all.indexOf(heading);
  const marked: Found[] = [];
  const plain: Found[] = [];
  let body: Element | null = null;
  let lead: Element | null = null;
  for (let i = Math.max(0, at - BEFORE); i < Math.min(all.length, at + AFTER); i++) {
    const el = all[i];
    if (!el || aboveHeading.has(el)) continue;
    const paragraph = i > at && el.tagName === "P" && !inside(el, heading);
    if (paragraph && lead === null && textOf(el).length >= LEAD_TEXT) lead = el;
    if (paragraph && textOf(el).length >= BODY_TEXT) {
      body = el;
      break;
    }
    const isMarked = dateMarked(el);
    if (i < at && !isMarked && i < at - BEFORE_UNMARKED) continue;
    const found = dateIn(el, isMarked, language);
    if (found) (isMarked ? marked : plain).push({ ...found, el });
  }
  return [
    ...innermost(marked, [...marked, ...plain]),
    ...innermost(plain, plain),
    ...(lead ? dateline(lead, language) : []),
    ...(body ? afterBody(heading, body, language) : []),
  ];
}

/** True when `el` is `container` or stands in it (up its ancestors: linkedom's `contains` walks the container's subtree). */
function inside(el: Element, container: Element): boolean {
  for (let e: Element | null = el; e !== null; e = e.parentElement)
    if (e === container) return true;
  return false;
}

/** A date found, with its element. */
type Found = VisibleDate & { el: Element };

/** The dates found, less those of an element that holds another element of `all` with the same date: the innermost states it. */
function innermost(found: readonly Found[], all: readonly Found[]): VisibleDate[] {
  return found
    .filter((f) => !all.some((g) => g !== f && g.value.date === f.value.date && inside(g.el, f.el)))
    .map(({ el: _el, ...date }) => date);
}

/** The dateline that opens the body's first paragraph (`27.1.2022 - Bei der Erinnerung…`). */
function dateline(body: Element, language: PageLanguage): VisibleDate[] {
  const text = textOf(body);
  const read = readLeadingDate(text, language);
  if (!read || read.label === "updated") return [];
  const evidence = text.slice(0, 40);
  return [{ value: read.value, property: "dateline", evidence, needle: sourceWords(body) }];
}

/** Marked dates after the start of the body, then its sign-off's, in the smallest part of the page that holds both heading and body. */
function afterBody(heading: Element, body: Element, language: PageLanguage): VisibleDate[] {
  let article: Element | null = heading.parentElement;
  while (article && !inside(body, article)) article = article.parentElement;
  if (!article || article.tagName === "BODY" || article.tagName === "HTML") return [];
  const elements = Array.from(article.querySelectorAll("*"));
  const from = elements.indexOf(body);
  const found: VisibleDate[] = [];
  for (const el of elements.slice(from + 1, from + 1 + AFTER_BODY)) {
    const date = dateMarked(el) ? dateIn(el, true, language) : null;
    if (date) found.push(date);
  }
  // A letter's or a blog post's sign-off: its last paragraph, a name and a date (`Benni 10.
  // September 2017`), short and mostly a date.
  const last = elements.filter((e) => e.tagName === "P" && textOf(e) !== "").at(-1);
  const signOff = last && last !== body ? dateIn(last, false, language) : null;
  if (signOff && signOff.value.parts.day !== undefined) found.push(signOff);
  return found;
}
