/** The views of pages that list articles: terms, timelines, events, and the whole site. */
import type { ArticleLink, ArticleStub, Citation, TermLink } from "./article-views.ts";
import type { SiteConfig } from "./inputs.ts";

/** Where a page stands in a list split over several pages. */
export interface PageNumber {
  /** 1-based number of this page. */
  number: number;
  /** Site paths of all the pages, in order. */
  paths: string[];
}

/** A theme, person, place or source with its article count, for indexes. */
export interface TermSummary extends TermLink {
  /** Which kind. */
  kind: TermKind;
  /** Description or note. */
  description: string;
  /** Number of articles. */
  count: number;
  /** Articles per year (dated articles only), oldest year first. */
  perYear: { year: number; count: number }[];
  /** Articles without a date. */
  undated: number;
  /** True when the term has more articles than one page holds: its first page lists the newest, and each year (and the undated ones) has pages of its own. */
  byYear: boolean;
}

/** The year a page of a term lists (see `TermPage.span`), and its neighbours. */
export interface TermSpan {
  /** The year, or null for the articles without a date. */
  year: number | null;
  /** The term's articles in that year. */
  count: number;
  /** The nearest earlier year with articles of the term (its first page), or null. */
  previous: { year: number; path: string } | null;
  /** The nearest later year with articles of the term, or the undated ones, or null. */
  next: { year: number | null; path: string } | null;
}

/**
 * One page of a theme, person, place or source. The first page (`path`) carries the term's totals
 * and lists its newest articles; a term with more than a page of articles also has pages per
 * year. A year's pages know nothing of the other years' articles, so adding an article re-renders
 * only the term's first page and its own year's pages.
 */
export interface TermPage extends TermLink {
  /** Which kind. */
  kind: TermKind;
  /** Description or note. */
  description: string;
  /** Site path of this page (`path` is the term's first page). */
  pagePath: string;
  /** On the first page, the term's totals; null on a year's pages. */
  summary: TermSummary | null;
  /** On a year's pages, that year; null on the first page. */
  span: TermSpan | null;
  /** Where this page stands among its year's pages (the first page is a single page). */
  page: PageNumber;
  /** This page's articles, newest first (undated last). */
  articles: ArticleLink[];
  /** Keys of this page's articles (see `ArticleFacts.key`), in the same order: the page's sentences are read through them. */
  keys: string[];
  /** Sentences of this page's articles that mention the entity (people and places); filled in just before the page is rendered. */
  citations: Citation[];
}

/** One article on the publication timeline. */
export interface TimelineEntry extends ArticleLink {
  /** Day of month when known. */
  day: number | null;
}

/** A month on the publication timeline. */
export interface TimelineMonth {
  /** 1–12, or null for articles known only to the year. */
  month: number | null;
  /** Articles in it; those without a day first. */
  entries: TimelineEntry[];
}

/** A year on the publication timeline. */
export interface TimelineYear {
  /** The year. */
  year: number;
  /** Months with articles, in order (null month first). */
  months: TimelineMonth[];
  /** Number of articles that year. */
  count: number;
}

/** One page of the publication timeline: a year, or a slice of a busy year, or of the undated articles. */
export interface TimelineYearPage {
  /** Site path. */
  path: string;
  /** The year, or null for the undated articles. */
  year: number | null;
  /** Articles that year in all. */
  count: number;
  /** Where this page stands among the year's pages. */
  page: PageNumber;
  /** This page's months and articles. */
  months: TimelineMonth[];
}

/** One page of the events timeline: the events of a decade, or a slice of them. */
export interface EventPage {
  /** Site path. */
  path: string;
  /** First year of the decade, e.g. 1950. */
  decade: number;
  /** Events in the decade in all. */
  count: number;
  /** Where this page stands among the decade's pages. */
  page: PageNumber;
  /** This page's events, oldest first. */
  events: TimelineEvent[];
}

/** An event the articles mention, with every citation. */
export interface TimelineEvent {
  /** Date at the precision stated: `1902`, `1942-10`, `1952-04-03`. */
  date: string;
  /** Short label: the sentence of the first citation. */
  label: string;
  /** Where articles mention it. */
  citations: Citation[];
}

/** The kinds of term pages, each with its folder. */
export type TermKind = "topics" | "people" | "places" | "organisations" | "sources" | "tags";

/** All views of the site. */
export interface SiteData {
  /** Settings. */
  config: SiteConfig;
  /** Every article, newest first (undated last), without its text. */
  articles: ArticleStub[];
  /** Themes in taxonomy order. */
  themes: TermSummary[];
  /** People mentioned, by name. */
  people: TermSummary[];
  /** Places mentioned, by name. */
  places: TermSummary[];
  /** Organisations mentioned, by name. */
  organisations: TermSummary[];
  /** Sources, most articles first; articles without a source are counted in `unsourced`. */
  sources: TermSummary[];
  /** Tags with a page (key phrases several articles share, src/site/tags/article-tags.ts), by name. */
  tags: TermSummary[];
  /** The articles whose source is not stated (a page of kind `sources` without a slug), or null when there are none. */
  unsourced: TermSummary | null;
  /** Publication timeline summary, oldest year first (each year's articles are on its pages). */
  years: {
    year: number;
    count: number;
    path: string | null;
    months: { month: number | null; count: number }[];
  }[];
  /** How many articles have no date, and the first page listing them (null when none). */
  undated: { count: number; path: string } | null;
  /** Decades of the events timeline, with counts and their first page. */
  eventDecades: { decade: number; count: number; path: string }[];
  /** Every page of every term, for one paginated template. */
  termPages: TermPage[];
  /** Every page of the publication timeline. */
  yearPages: TimelineYearPage[];
  /** Every page of the events timeline. */
  eventPages: EventPage[];
  /** Numbers of the sitemap's parts when it lists more pages than one file may (see src/site/feeds.ts); empty otherwise. */
  sitemapParts: number[];
  /** When the site was built (ISO 8601). */
  builtAt: string;
}
