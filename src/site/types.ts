/**
 * The site's derived views: everything the templates render, computed from the archive's records
 * by pure functions (no Eleventy). Paths here are site-relative (`articles/x.html`); templates
 * turn them into links relative to the page they are on.
 */
import type { ArticleRecord, Language, RemovalReason } from "../archive/types.ts";
import type { SafeHtml } from "./raw-html.ts";

/** Site settings from `data/site.json`. */
export interface SiteConfig {
  /** Name of the archive, shown in every page header. */
  title: string;
  /** One-sentence description for the home page, feeds and meta tags. */
  description: string;
  /** Absolute address where the site is published (`https://example.org/archive/`), or null: enables canonical URLs and absolute feed links. */
  url: string | null;
  /** Language of the interface (BCP 47). */
  language: string;
  /** How many articles the home page lists as latest. */
  latestCount: number;
}

/** A theme from the taxonomy data file. */
export interface ThemeDefinition {
  /** URL name, e.g. `sanctions-and-embargo`. */
  slug: string;
  /** Display name. */
  name: string;
  /** One sentence shown on the theme page. */
  description: string;
  /** Words and phrases (any language, accents ignored) whose presence suggests the theme; a trailing `*` matches any ending. */
  keywords: string[];
}

/** A person or place from the gazetteer data file. */
export interface EntityDefinition {
  /** URL name. */
  slug: string;
  /** Display name. */
  name: string;
  /** Other spellings that always mean this entity (accents and case ignored). */
  aliases: string[];
  /** Short forms (a bare surname) counted only when a full form appears in the same article. */
  shortForms?: string[];
  /** One line of context, e.g. "Russian foreign minister since 2004". */
  note?: string;
}

/** Where an article mentions something: a sentence, by paragraph and sentence index. */
export interface Citation {
  /** Slug of the article. */
  article: string;
  /** Site path of the article page. */
  path: string;
  /** Anchor of the sentence on that page, e.g. `p3s2`. */
  anchor: string;
  /** The sentence, plain text. */
  sentence: string;
  /** Headline of the article. */
  headline: string;
}

/** A sentence of an article, by its anchor. */
export interface CitedSentence {
  /** Anchor of the sentence, e.g. `p3s2`. */
  anchor: string;
  /** The sentence, plain text. */
  sentence: string;
}

/** How often one article mentions one person or place. */
export interface Mention {
  /** Slug of the person or place. */
  slug: string;
  /** Number of sentences that mention it. */
  count: number;
}

/** The sentences of one article that mention each person and place (kept apart from the facts: they are read only to render the pages that quote them). */
export interface ArticleMentions {
  /** Person slug → sentences, in text order. */
  people: Record<string, CitedSentence[]>;
  /** Place slug → sentences, in text order. */
  places: Record<string, CitedSentence[]>;
}

/** What the site keeps about every article, derived from its record alone (src/site/article-facts.ts). */
export interface ArticleFacts {
  /** Identifies the file version (path and content) and the code and data it was derived with. */
  key: string;
  /** Path of the article file. */
  file: string;
  /** Line that gave the slug (front matter `slug`, else the headline), for collision errors. */
  slugLine: number | null;
  /** The article as a list item. */
  link: ArticleLink;
  /** Author, or null. */
  author: string | null;
  /** Language of the text. */
  language: Language;
  /** Theme slugs, whether an editor or the rules chose them, and the front-matter line when an editor did. */
  themes: { slugs: string[]; from: "editor" | "rules"; line: number | null };
  /** People mentioned, with how many sentences mention each. */
  people: Mention[];
  /** Places mentioned. */
  places: Mention[];
  /** Dates the sentences mention. */
  events: (CitedSentence & { date: string })[];
  /** Short plain-text summary (first sentences). */
  summary: string;
}

/** One rendered sentence of a paragraph. */
export interface SentenceView {
  /** Anchor id, e.g. `p3s2`. */
  id: string;
  /** Plain text. */
  text: string;
  /** HTML of the sentence rendered by markdown-it (`html: false`): the only raw HTML in a page. */
  html: SafeHtml;
}

/** One paragraph of an article page. */
export interface ParagraphView {
  /** Anchor id, e.g. `p3`. */
  id: string;
  /** Its sentences. */
  sentences: SentenceView[];
}

/** A short reference to an article, for lists. */
export interface ArticleLink {
  /** Slug. */
  slug: string;
  /** Site path, `articles/<slug>.html`. */
  path: string;
  /** Headline. */
  headline: string;
  /** Date at its precision, or null. */
  date: string | null;
  /** Source outlet name, or null. */
  source: string | null;
}

/** A named thing with a page: theme, person, place or source. */
export interface TermLink {
  /** Slug. */
  slug: string;
  /** Display name. */
  name: string;
  /** Site path of its page. */
  path: string;
}

/** Everything about an article except its text: enough for every page but its own. */
export interface ArticleStub extends ArticleLink {
  /** Key of the file version (see `ArticleFacts.key`): the page changes when it does. */
  key: string;
  /** Author, or null. */
  author: string | null;
  /** Themes, rule-assigned or from front matter. */
  themes: TermLink[];
  /** Whether the themes came from front matter (`editor`) or from the rules (`rules`). */
  themesFrom: "editor" | "rules";
  /** People mentioned, with how many sentences mention each. */
  people: (TermLink & { count: number })[];
  /** Places mentioned. */
  places: (TermLink & { count: number })[];
  /** The source outlet's page, or null when the source is not stated. */
  sourcePage: TermLink | null;
  /** Most similar articles by text. */
  related: ArticleLink[];
  /** The article before and after it by date (undated articles come last). */
  previous: ArticleLink | null;
  /** See `previous`. */
  next: ArticleLink | null;
  /** Site path of the page showing the original file with removed lines marked. */
  sourceFilePath: string;
  /** The article's file, relative to the articles folder (shown on the original-file page). */
  sourceName: string;
  /** Short plain-text summary (first sentences) for meta tags and feeds. */
  summary: string;
}

/** Everything an article page shows: the stub with the record and its paragraphs. */
export interface ArticleView extends ArticleStub {
  /** The parsed record. */
  record: ArticleRecord;
  /** Paragraphs with sentence anchors. */
  paragraphs: ParagraphView[];
}

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
export type TermKind = "topics" | "people" | "places" | "sources";

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
  /** Sources, most articles first; articles without a source are counted in `unsourced`. */
  sources: TermSummary[];
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

/** The pages a render writes (a build leaves out pages whose data did not change) and what every page needs. */
export interface RenderPlan {
  /** Articles whose page to render. */
  articles: ArticleStub[];
  /** Articles whose original-file page to render. */
  sources: ArticleStub[];
  /** Term pages to render. */
  termPages: TermPage[];
  /** Publication-timeline pages to render. */
  yearPages: TimelineYearPage[];
  /** Events-timeline pages to render. */
  eventPages: EventPage[];
  /** The Pagefind shards the search page merges into the first (`pagefind-<k>/`). */
  searchShards: number[];
}

/** One line of an article's original file. */
export interface SourceFileLine {
  /** 1-based line number. */
  n: number;
  /** The line as read. */
  text: string;
  /** What became of it: editor-supplied, body, read as a fact (headline, byline, date), removed, or empty. */
  status: "front-matter" | "body" | "fact" | "removed" | "blank";
  /** Why it was removed (several when the page glued pieces together). */
  reasons: RemovalReason[];
}

/** An article's original-file page. */
export interface SourcePage {
  /** The article's full view. */
  article: ArticleView;
  /** Its file's lines, marked; null when the file can no longer be read. */
  lines: SourceFileLine[] | null;
}

/**
 * What one Eleventy run renders: the pages of one batch of a plan, each with every piece of data
 * its template shows, read before the run (templates read nothing themselves).
 */
export interface RenderBatch {
  /** Article pages, with each article's full view. */
  articles: ArticleView[];
  /** Original-file pages. */
  sources: SourcePage[];
  /** Term pages, with the sentences they quote. */
  termPages: TermPage[];
  /** Publication-timeline pages. */
  yearPages: TimelineYearPage[];
  /** Events-timeline pages. */
  eventPages: EventPage[];
  /** The Pagefind shards the search page merges into the first (`pagefind-<k>/`). */
  searchShards: number[];
  /** Full views of the feed's articles; empty when the batch does not write the whole-site pages. */
  feed: ArticleView[];
  /** True when the batch also writes the pages built from the whole archive and the static files (the first batch of a render). */
  wholeSite: boolean;
}
