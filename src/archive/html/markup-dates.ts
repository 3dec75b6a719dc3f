/**
 * Publication dates marked in a page's body: schema.org microdata or RDFa on any element, the
 * hAtom microformat, and `<time>` elements. A marked element's attribute is read first
 * (`content`, `datetime`, `title`); without one, or with one no calendar reads, its text is.
 */
import { readTextDate, type PageLanguage } from "./date-text.ts";
import { parseMetadataDate, type MetadataDate } from "./metadata-date.ts";
import type { Part } from "./page-fact.ts";
import { isAside, textOf } from "./page-zones.ts";
import { sourceWords } from "./visible-date.ts";

/** A date marked on an element of the page. */
export interface MarkedDate {
  /** The date. */
  value: MetadataDate;
  /** `microdata` or `time`. */
  part: Part;
  /** The property: `datePublished`, `hAtom published`, `time datetime`, `time text`. */
  property: string;
  /** The attribute's value or the element's text, as written. */
  evidence: string;
  /** Words of the element as the page's source writes them, to find its line. */
  needle: string;
}

/** Marks that name an element's date as an update, never the publication. */
const UPDATE_MARK = /updated|modified|dateModified/i;

/** An element's date: its attribute, else its text (unless the text labels it an update). */
function dateOf(
  el: Element,
  attribute: string | null,
  language: PageLanguage,
): { value: MetadataDate; evidence: string; needle: string; fromText: boolean } | null {
  const parsed = attribute === null ? null : parseMetadataDate(attribute);
  if (parsed && attribute !== null)
    return { value: parsed, evidence: attribute, needle: attribute, fromText: false };
  const text = textOf(el);
  const read = readTextDate(text, language, false);
  return read && read.label !== "updated"
    ? { value: read.value, evidence: text, needle: sourceWords(el), fromText: true }
    : null;
}

/**
 * Dates marked as the publication on any element (`itemprop=datePublished`,
 * `property="schema:dateCreated"`, `<abbr class="published" title=…>`), those in the article
 * before those in the page's chrome.
 */
export function microdataDates(document: Document, language: PageLanguage): MarkedDate[] {
  const marked = Array.from(
    document.querySelectorAll(
      "[itemprop=datePublished]:not(meta), [property$=datePublished], [property$=dateCreated], .published[title], .hentry .updated[title]",
    ),
  );
  const found: MarkedDate[] = [];
  for (const el of [...marked.filter((e) => !isAside(e)), ...marked.filter(isAside)]) {
    const attribute =
      el.getAttribute("content") ?? el.getAttribute("datetime") ?? el.getAttribute("title");
    const date = dateOf(el, attribute, language);
    if (!date) continue;
    const property =
      el.getAttribute("itemprop") ?? el.getAttribute("property") ?? "hAtom published";
    found.push({ ...date, part: "microdata", property });
  }
  return found;
}

/**
 * The `<time>` element that dates the article: one marked `pubdate`, else the first in the
 * article outside what surrounds it (comments, related articles), none marked as an update.
 * `loose`: the first such element anywhere on the page, a weaker sign.
 */
export function timeDates(
  document: Document,
  language: PageLanguage,
  loose: boolean,
): MarkedDate[] {
  const usable = (t: Element): boolean =>
    !isAside(t) &&
    !(UPDATE_MARK.test(t.getAttribute("class") ?? "") && !/publish/i.test(t.className)) &&
    !UPDATE_MARK.test(t.getAttribute("itemprop") ?? "");
  const el = loose
    ? Array.from(document.querySelectorAll("body time")).find(usable)
    : (document.querySelector("time[pubdate]") ??
      Array.from(document.querySelectorAll("article time, main time")).find(usable));
  if (!el) return [];
  const date = dateOf(el, el.getAttribute("datetime"), language);
  if (!date) return [];
  const property = date.fromText ? "time text" : "time datetime";
  return [{ ...date, part: "time", property }];
}
