/**
 * The address a saved page gives for itself (`<link rel=canonical>`, `og:url`, the JSON-LD
 * article's `url`), and the date its path states: `/2022/01/27/` is a day, `/2022/01/` a month
 * (kept a month), `/news/2012-06/04/` a day. An archive's own stamp (`web.archive.org/web/2014…/`)
 * is when the copy was made, so it is read past.
 */
import { isRealDate, parseIsoPartialDate, type PartialDate } from "../calendar.ts";
import type { JsonLdNode } from "./json-ld.ts";
import { textValue } from "./json-ld.ts";
import type { MetadataDate } from "./metadata-date.ts";
import type { FactMaker, PageFact } from "./page-fact.ts";

/** An http(s) address, normalised, or null. */
function webAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The page's own addresses, most trusted first: canonical link, `og:url`, the JSON-LD article's `url`. */
export function pageAddresses(
  document: Document,
  meta: ReadonlyMap<string, string>,
  article: JsonLdNode | null,
  fact: FactMaker,
): PageFact[] {
  const found: PageFact[] = [];
  const canonical = document.querySelector("link[rel=canonical][href]")?.getAttribute("href");
  const fromLink = webAddress(canonical);
  if (fromLink && canonical) found.push(fact(fromLink, "link", "canonical", canonical, canonical));
  const og = meta.get("og:url");
  const fromOg = webAddress(og);
  if (fromOg && og) found.push(fact(fromOg, "meta", "og:url", og, og));
  const ld = article ? textValue(article, "url") : null;
  const fromLd = webAddress(ld);
  if (fromLd && ld) found.push(fact(fromLd, "json-ld", "url", ld, ld));
  return found;
}

/** `/web/20140226054445/` or `/web/20140226054445id_/`: an archive's copy stamp before the page's own address. */
const ARCHIVE_STAMP = /^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\//i;
/** `/2022/01/27/`, `/2022-01-27/`, `/2012-06/04/`, `/2022/01/` (the day or month then ends a segment, or a slug follows). */
const PATH_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})(?:[/-](\d{1,2}))?(?=[/_.-]|$)/;

/** The date an address's path states, at the precision it states; null if none. */
export function addressDate(address: string): MetadataDate | null {
  const inner = address.replace(ARCHIVE_STAMP, "http://");
  let path: string;
  try {
    path = new URL(inner).pathname;
  } catch {
    return null;
  }
  const m = PATH_DATE.exec(path);
  if (!m) return null;
  const parts: PartialDate = { year: Number(m[1]), month: Number(m[2]) };
  if (m[3] !== undefined) parts.day = Number(m[3]);
  if (!isRealDate(parts)) return null;
  const date = [m[1], m[2], m[3]]
    .filter((x) => x !== undefined)
    .map((x) => (x ?? "").padStart(2, "0"))
    .join("-");
  return parseIsoPartialDate(date) ? { parts, date, time: null } : null;
}
