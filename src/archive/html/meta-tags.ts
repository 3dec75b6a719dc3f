/**
 * The `<meta>` tags of a saved page, and the names read as its publication and last-modified
 * dates: Open Graph, Dublin Core, citation, CMS and analytics tags.
 */

/** `<meta>` names that name the publication date outright, most trusted first. */
export const PUBLISHED_META = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "datepublished",
  "dc.date.issued",
  "dcterms.issued",
  "citation_publication_date",
  "citation_online_date",
  "prism.publicationdate",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "published_time",
  "publication_date",
  "publication-date",
  "sailthru.date",
  "parsely-pub-date",
  "article.published",
  "originalpublicationdate",
  "dc.date.created",
  "dcterms.created",
  "datecreated",
  "uploaddate",
];

/** `<meta>` names that hold some date of the page, read after the page's markup says more: a CMS's `date` is often when the record was made. */
export const GENERIC_DATE_META = ["date", "dc.date", "dcterms.date"];

/** `<meta>` names read as the last-modified date. */
export const MODIFIED_META = [
  "article:modified_time",
  "og:updated_time",
  "datemodified",
  "dcterms.modified",
  "last-modified",
];

/** A `<meta>` name no list knows that still names a publication date (`sw-pubdate`, `article-publish-date`). */
const PUBLISH_NAME = /pub(?:lish(?:ed)?|lication)?[-_.:]?(?:date|time)|date[-_.:]?publi/;
const NOT_PUBLISH = /modif|updat|expir|revis|avail|index|valid/;

/** The page's `<meta>` tags, by name (`property`, `name` or `itemprop`, lowercased): the first of each. */
export function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const m of Array.from(document.querySelectorAll("meta[content]"))) {
    const name = (
      m.getAttribute("property") ??
      m.getAttribute("name") ??
      m.getAttribute("itemprop") ??
      ""
    ).toLowerCase();
    const content = (m.getAttribute("content") ?? "").replace(/\s+/g, " ").trim();
    if (name !== "" && content !== "" && !tags.has(name)) tags.set(name, content);
  }
  return tags;
}

/**
 * Names of the page's tags read as its publication date, in order of trust: the known names,
 * then any other that says `pubdate`. A known name miswritten (`"article:published_time "`) is
 * not read: what a tag the page's own software cannot name says is not known.
 */
export function publishedMetaNames(tags: ReadonlyMap<string, string>): string[] {
  const known = new Set([...PUBLISHED_META, ...GENERIC_DATE_META, ...MODIFIED_META]);
  const other = [...tags.keys()].filter(
    (n) => !known.has(n.trim()) && PUBLISH_NAME.test(n) && !NOT_PUBLISH.test(n),
  );
  return [...PUBLISHED_META, ...other];
}
