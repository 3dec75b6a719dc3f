/**
 * The facts a saved page states about itself: schema.org JSON-LD, Open Graph and other `<meta>`
 * tags, microdata and `<time>` elements, the date in its own address, the date it shows near its
 * headline, `<link rel=canonical>`, `<html lang>`. Each fact keeps where it was read (provenance
 * `from: "page"`, with the line of the file). Dates are returned as candidates in order of
 * trust; choose-date.ts picks among them and refuses future ones.
 */
import type { Language } from "../types.ts";
import type { DateCandidate } from "./choose-date.ts";
import {
  articleNode,
  namesOf,
  soleDatedNode,
  textValue,
  webPageNode,
  type JsonLdNode,
} from "./json-ld.ts";
import { microdataDates, timeDates, type MarkedDate } from "./markup-dates.ts";
import { GENERIC_DATE_META, MODIFIED_META, metaTags, publishedMetaNames } from "./meta-tags.ts";
import { parseMetadataDate, type MetadataDate } from "./metadata-date.ts";
import { addressDate, pageAddresses } from "./page-address.ts";
import { factMaker, type FactMaker, type PageFact } from "./page-fact.ts";
import { chooseHeadline, type SiteNames } from "./page-headline.ts";
import { readLeadingDate } from "./date-text.ts";
import { visibleDates } from "./visible-date.ts";

/** A fact read from the page, with where it was read (page-fact.ts). */
export type { PageFact } from "./page-fact.ts";

/** Everything a page's metadata says about its article. */
export interface PageMetadata {
  /** The headline: the article's `<h1>`, else JSON-LD `headline`, `og:title` or `twitter:title`, else `<title>`, less the site's name (page-headline.ts). */
  headline: PageFact | null;
  /** Publication dates the page states, most trusted first (markup, address, visible text). */
  published: DateCandidate[];
  /** Last-modified dates the page states, most trusted first; never a publication date. */
  modified: PageFact<MetadataDate>[];
  /** Author names, comma-separated: JSON-LD `author`, else the `author` meta tag. */
  author: PageFact | null;
  /** The outlet's name: `og:site_name`, else the JSON-LD publisher's name. */
  source: PageFact | null;
  /** The page's address: `<link rel=canonical>`, else `og:url`, else JSON-LD `url` (http/https only). */
  url: PageFact | null;
  /** The page's language, when `<html lang>` names one the parser knows. */
  language: PageFact<Language> | null;
}

const KNOWN_LANGUAGES: readonly Language[] = ["en", "es", "ru"];

/**
 * Reads the page's metadata. `html` is the page's text, used only to find each fact's line;
 * `nodes` are its JSON-LD blocks' nodes (json-ld.ts, read before the extractor removes them);
 * `title` is the title the extractor read, to find the headline the visible date stands by.
 */
export function readPageMetadata(
  document: Document,
  html: string,
  nodes: readonly JsonLdNode[],
  title: string | null = null,
): PageMetadata {
  const fact = factMaker(html);
  const meta = metaTags(document);
  const metaFact = (name: string): PageFact | null => {
    const value = meta.get(name);
    return value === undefined ? null : fact(value, "meta", name, value, name);
  };
  const article = articleNode(nodes);
  const node = (n: JsonLdNode | null, key: string, label = key): PageFact | null => {
    const value = n ? textValue(n, key) : null;
    return value === null ? null : fact(value, "json-ld", label, value, `"${key}"`);
  };
  const ldText = (key: string): PageFact | null => node(article, key);
  const ldNames = (key: string): PageFact | null => {
    const names = article ? namesOf(article, key, nodes) : [];
    return names.length === 0
      ? null
      : fact(names.join(", "), "json-ld", key, names.join(", "), `"${key}"`);
  };
  const page = webPageNode(nodes);
  const sole = article || page ? null : soleDatedNode(nodes);
  const headline = ldText("headline") ?? metaFact("og:title");
  const source = metaFact("og:site_name") ?? publisherFact(article, nodes, fact);
  const lang = document.documentElement?.getAttribute("lang")?.trim().toLowerCase();
  const language = lang ? lang.split(/[-_]/)[0] : undefined;
  const marked =
    (kind: DateCandidate["kind"]) =>
    (m: MarkedDate): DateCandidate => ({
      ...fact(m.value, m.part, m.property, m.evidence, m.needle),
      kind,
    });
  const addresses = pageAddresses(document, meta, article, fact);
  const inAddress = addresses.flatMap((a) => {
    const value = addressDate(a.value);
    const provenance = { ...a.provenance, property: `${a.provenance.property} address` };
    return value ? [{ value, provenance, kind: "address" as const }] : [];
  });
  const titles = [headline?.value, title, document.title].filter((t): t is string => !!t);
  const visible = visibleDates(document, titles, language).map((v) => ({
    ...fact(v.value, "text", v.property, v.evidence, v.needle),
    kind: "text" as const,
  }));
  const titleText = (headline?.value ?? document.title).replace(/\s+/g, " ").trim();
  const titled = readLeadingDate(titleText, language);
  const titleDate: DateCandidate[] =
    titled && titled.label !== "updated"
      ? [{ ...fact(titled.value, "title", "title dateline", titleText, titleText), kind: "text" }]
      : [];
  const addressed = addresses[0] ?? null;
  return {
    headline: headlineFact(
      document,
      headline ?? metaFact("twitter:title"),
      source,
      addressed,
      fact,
    ),
    published: [
      ...dates([ldText("datePublished"), ...publishedMetaNames(meta).map(metaFact)], "markup"),
      ...microdataDates(document, language).map(marked("markup")),
      ...timeDates(document, language, false).map(marked("markup")),
      ...dates(
        [
          ldText("dateCreated"),
          node(page, "datePublished", "WebPage datePublished"),
          node(sole, "datePublished"),
          node(sole, "uploadDate"),
        ],
        "markup",
      ),
      ...inAddress.filter((d) => d.value.parts.day !== undefined),
      ...visible,
      ...titleDate,
      ...dates(GENERIC_DATE_META.map(metaFact), "markup"),
      ...timeDates(document, language, true).map(marked("loose")),
      ...inAddress.filter((d) => d.value.parts.day === undefined),
    ],
    modified: dates(
      [ldText("dateModified"), ...MODIFIED_META.map(metaFact), node(page, "dateModified")],
      "markup",
    ),
    author: ldNames("author") ?? nameFact(metaFact("author")),
    source,
    url: addressed,
    language: languageFact(document, fact),
  };
}

/** The chosen headline (page-headline.ts) as a fact: read from the `<h1>`, the metadata or the `<title>`. */
function headlineFact(
  document: Document,
  metadata: PageFact | null,
  source: PageFact | null,
  url: PageFact | null,
  fact: FactMaker,
): PageFact | null {
  const site: SiteNames = { names: source ? [source.value] : [], host: hostOf(url?.value ?? "") };
  const chosen = chooseHeadline(document, metadata?.value ?? null, site);
  if (!chosen) return null;
  // The `<h1>` saying what the metadata says is credited to the metadata, as before (#15).
  const same = (a: string, b: string): boolean =>
    a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "") ===
    b.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  if (metadata && (chosen.from === "metadata" || same(chosen.text, metadata.value)))
    return chosen.text === metadata.value
      ? metadata
      : { value: chosen.text, provenance: { ...metadata.provenance, evidence: metadata.value } };
  return chosen.from === "h1" || chosen.from === "h2"
    ? fact(chosen.text, "text", chosen.from, chosen.text, `<${chosen.from}`)
    : fact(chosen.text, "title", "title", document.title, "<title");
}

/** The host of an address, lowercased, without `www.`; empty when it is not one. */
function hostOf(address: string): string {
  try {
    return new URL(address).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** The facts whose values read as dates, as candidates of one kind. */
function dates(facts: (PageFact | null)[], kind: DateCandidate["kind"]): DateCandidate[] {
  return facts.flatMap((f) => {
    const parsed = f ? parseMetadataDate(f.value) : null;
    return f && parsed ? [{ value: parsed, provenance: f.provenance, kind }] : [];
  });
}

/** A name fact, unless its value is an address (`article:author` and `author` often hold a profile URL). */
function nameFact(f: PageFact | null): PageFact | null {
  return f && !/^https?:\/\//i.test(f.value) ? f : null;
}

/** The JSON-LD publisher's name, as a source fact. */
function publisherFact(
  article: JsonLdNode | null,
  nodes: readonly JsonLdNode[],
  fact: FactMaker,
): PageFact | null {
  const names = article ? namesOf(article, "publisher", nodes) : [];
  const name = names[0];
  return name === undefined ? null : fact(name, "json-ld", "publisher", name, `"publisher"`);
}

/** `<html lang>`, when it names a language the parser knows (`en-GB` is `en`). */
function languageFact(document: Document, fact: FactMaker): PageFact<Language> | null {
  const lang = document.documentElement?.getAttribute("lang")?.trim() ?? "";
  const code = lang.toLowerCase().split(/[-_]/)[0] as Language;
  return KNOWN_LANGUAGES.includes(code) ? fact(code, "html", "lang", lang, `lang="${lang}"`) : null;
}
