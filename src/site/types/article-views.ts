/** What the site keeps and shows of each article: facts, mentions, stubs and full views. */
import type { ArticleRecord } from "../../archive/types.ts";
import type { SafeHtml } from "../raw-html.ts";

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

/** How often one article mentions one person, place or organisation. */
export interface Mention {
  /** Id of the entity: the editor's slug, or the key all spellings of its name share (see src/site/entities/name-key.ts). */
  slug: string;
  /** The name as this article gives it in full. */
  name: string;
  /** Number of sentences that mention it. */
  count: number;
}

/** The sentences of one article that mention each person and place (kept apart from the facts: they are read only to render the pages that quote them). */
export interface ArticleMentions {
  /** Person slug → sentences, in text order. */
  people: Record<string, CitedSentence[]>;
  /** Place slug → sentences, in text order. */
  places: Record<string, CitedSentence[]>;
  /** Organisation slug → sentences, in text order. */
  organisations: Record<string, CitedSentence[]>;
}

/** Reads the sentences of article `key` that mention the name `slug` of `kind` (a term page quotes them). */
export type CitationsOf = (
  key: string,
  kind: keyof ArticleMentions,
  slug: string,
) => Promise<CitedSentence[]>;

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
  /** ISO 639-1 code of the language the text is written in (src/site/written-language.ts). */
  language: string;
  /** Theme slugs, whether an editor or the rules chose them, and the front-matter line when an editor did (src/site/themes.ts). */
  themes: {
    slugs: string[];
    from: "editor" | "rules";
    line: number | null;
  };
  /** People mentioned, with how many sentences mention each. */
  people: Mention[];
  /** Places mentioned. */
  places: Mention[];
  /** Organisations mentioned. */
  organisations: Mention[];
  /** Dates the sentences mention. */
  events: (CitedSentence & { date: string })[];
  /** Short plain-text summary (first sentences). */
  summary: string;
  /** Candidate key phrases, encoded as one string (src/site/tags/phrase-codec.ts); absent: none. */
  phrases?: string;
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

/** One of an article's key phrases, shown as a tag. */
export interface ArticleTag {
  /** The phrase as shown. */
  name: string;
  /**
   * Site path of the tag's page, or null when too few articles share it to have one. How many do
   * is on that page, not here: every article page of the tag would change with each article added.
   */
  path: string | null;
  /** Times this article has the phrase. */
  count: number;
  /** True when the headline has it. */
  inHeadline: boolean;
}

/** Everything about an article except its text: enough for every page but its own. */
export interface ArticleStub extends ArticleLink {
  /** Key of the file version (see `ArticleFacts.key`): the page changes when it does. */
  key: string;
  /** Author, or null. */
  author: string | null;
  /** ISO 639-1 code of the language the text is written in. */
  language: string;
  /** Themes, rule-assigned or from front matter. */
  themes: TermLink[];
  /** Whether the themes came from front matter (`editor`) or from the rules (`rules`). */
  themesFrom: "editor" | "rules";
  /** People mentioned, with how many sentences mention each. */
  people: (TermLink & { count: number })[];
  /** Places mentioned. */
  places: (TermLink & { count: number })[];
  /** Organisations mentioned. */
  organisations: (TermLink & { count: number })[];
  /** Key phrases shown as tags, best first (src/site/tags/article-tags.ts). */
  tags: ArticleTag[];
  /** The source outlet's page, or null when the source is not stated. */
  sourcePage: TermLink | null;
  /** Related articles, best first: by names, tags, topics and words shared (src/site/related.ts); empty when none is. */
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
  /** Why the rules chose each theme, by slug ("'central bank' ×3 in the body"); empty when an editor chose. */
  themeEvidence: Readonly<Record<string, string>>;
}
