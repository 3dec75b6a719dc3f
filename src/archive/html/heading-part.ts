/**
 * The headline within a page's `<h1>`: a heading may print a kicker, a date or its categories in
 * elements of their own beside the headline; the page's titles (metadata, `<title>`) tell which
 * of its parts is the headline.
 */
import { textOf } from "./page-zones.ts";

/** Letters and digits of a text, lowercased: what two spellings of one name share. */
const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Words of a text that hold a letter or digit, lowercased. */
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A heading's text, less the readings of its ruby (`<rt>`, furigana over the words). */
export function headingText(h: Element): string {
  if (!h.querySelector("rt")) return textOf(h);
  const copy = h.cloneNode(true) as Element;
  for (const r of Array.from(copy.querySelectorAll("rt, rp"))) r.remove();
  return textOf(copy);
}

/**
 * The headline within an `<h1>` that also prints a kicker, a date or its categories in elements
 * of their own: of its parts (each child element, each run of its own text), the last of two
 * words or more that the metadata's title or the `<title>` says; the whole heading when the
 * titles say all of it, none of its parts, or only a kicker before the headline — unless a title
 * opens with the headline and so sets the kicker apart (`leadingHeadline`).
 */
export function headlinePart(h: Element, titles: string[]): string {
  const full = headingText(h);
  if (h.querySelector("rt")) return full;
  const refs = titles.map(letters).filter((r) => r !== "");
  const said = (t: string): boolean => refs.some((r) => r.includes(letters(t)));
  if (refs.length === 0) return full;
  const parts = headingParts(h);
  if (said(full)) return leadingHeadline(h, parts, refs) ?? full;
  const named = parts.filter((p) => words(p).length >= 2 && said(p));
  const part = named[named.length - 1];
  // A short first part the titles say, in an element of its own before a longer one is the kicker.
  const kicker =
    part === parts[0] &&
    h.firstElementChild !== null &&
    textOf(h.firstElementChild) === part &&
    parts.some((p) => words(p).length > words(part).length);
  return part === undefined || kicker ? full : part;
}

/** A heading's parts: each child element's text, each run of its own text. */
function headingParts(h: Element): string[] {
  const parts: string[] = [];
  let run = "";
  for (let c = h.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) run += c.nodeValue ?? "";
    else if (c.nodeType === 1) {
      if (run.trim() !== "") parts.push(run.replace(/\s+/g, " ").trim());
      run = "";
      parts.push(textOf(c as Element));
    }
  }
  if (run.trim() !== "") parts.push(run.replace(/\s+/g, " ").trim());
  return parts;
}

/**
 * The headline of a heading of two parts, a kicker in an element of its own and then the
 * headline, when a title opens with the headline: the title puts the kicker after it or leaves
 * it out, so it is not part of the headline ("Headline - Kicker" in `og:title`). Null otherwise.
 */
function leadingHeadline(h: Element, parts: string[], refs: string[]): string | null {
  const [kicker, headline] = parts;
  if (parts.length !== 2 || kicker === undefined || headline === undefined) return null;
  if (h.firstElementChild === null || textOf(h.firstElementChild) !== kicker) return null;
  if (words(headline).length < 2) return null;
  return refs.some((r) => r.startsWith(letters(headline))) ? headline : null;
}
