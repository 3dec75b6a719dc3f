/**
 * The site's derived views: everything the templates render, computed from the archive's records
 * by pure functions (no Eleventy). Paths here are site-relative (`articles/x.html`); templates
 * turn them into links relative to the page they are on.
 */
import type { ArticleRecord } from "../archive/types.ts";
import type { SafeHtml } from "./raw-html.ts";

/** Site settings from `src/site/data/site.json`. */
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

/** Everything an article page shows. */
export interface ArticleView extends ArticleLink {
  /** The parsed record. */
  record: ArticleRecord;
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
  /** Paragraphs with sentence anchors. */
  paragraphs: ParagraphView[];
  /** Most similar articles by text. */
  related: ArticleLink[];
  /** The article before and after it by date (undated articles come last). */
  previous: ArticleLink | null;
  /** See `previous`. */
  next: ArticleLink | null;
  /** Site path of the page showing the original file with removed lines marked. */
  sourceFilePath: string;
  /** Short plain-text summary (first sentences) for meta tags and feeds. */
  summary: string;
}

/** A theme, person, place or source page. */
export interface TermPage extends TermLink {
  /** Which kind of page. */
  kind: TermKind;
  /** Description or note. */
  description: string;
  /** Articles, newest first (undated last). */
  articles: ArticleLink[];
  /** Sentences that mention the entity (people and places). */
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
  /** Article pages, newest first (undated last). */
  articles: ArticleView[];
  /** Theme pages in taxonomy order. */
  themes: TermPage[];
  /** People pages, by name. */
  people: TermPage[];
  /** Place pages, by name. */
  places: TermPage[];
  /** Source pages, by name; articles without a source are in `unsourced`. */
  sources: TermPage[];
  /** Articles whose source is not stated. */
  unsourced: ArticleLink[];
  /** Publication timeline, oldest year first. */
  years: TimelineYear[];
  /** Articles without a date. */
  undated: ArticleLink[];
  /** Events mentioned in the articles, oldest first. */
  events: TimelineEvent[];
  /** Articles per year for the home-page chart. */
  perYear: { year: number; count: number }[];
  /** Every term page of every kind, for one paginated template. */
  termPages: TermPage[];
  /** When the site was built (ISO 8601). */
  builtAt: string;
}
