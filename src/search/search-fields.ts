/**
 * What search knows about an article, for both indexes (Pagefind online, the script-tag fallback
 * from disk) and the terminal: the same filters, the same metadata, the same text.
 */
import { NO_SOURCE } from "../archive/labels.ts";
import type { ArticleStub } from "../site/types.ts";

/** The filters search offers, in the order the page shows them. */
export const FILTER_KEYS = ["source", "theme", "year", "person", "place"] as const;

/** One filter's name. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The searchable view of one article. */
export interface SearchDocument {
  /** Site path of the article page. */
  path: string;
  /** Headline (weighted above the body). */
  headline: string;
  /** Publication date at its precision, or "" when undated. */
  date: string;
  /** Source, or `NO_SOURCE`. */
  source: string;
  /** Body paragraphs; a result links to `#p<n>` of the one that matched. */
  paragraphs: string[];
  /** Filter values. */
  filters: Record<FilterKey, string[]>;
}

/** The year filter's value for an undated article. */
export const NO_YEAR = "Undated";

/** Builds the searchable view of an article from its stub and its paragraphs' text. */
export function searchDocument(a: ArticleStub, paragraphs: readonly string[]): SearchDocument {
  return {
    path: a.path,
    headline: a.headline,
    date: a.date ?? "",
    source: a.source ?? NO_SOURCE,
    paragraphs: [...paragraphs],
    filters: {
      source: [a.source ?? NO_SOURCE],
      theme: a.themes.map((t) => t.name),
      year: [a.date ? a.date.slice(0, 4) : NO_YEAR],
      person: a.people.map((p) => p.name),
      place: a.places.map((p) => p.name),
    },
  };
}
