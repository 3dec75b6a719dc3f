/** The editors' settings and data files, as the views read them. */

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
  /** Whether the default topics (src/site/default-topics.json) are used beside `themes.json`; default true, false for the editor's taxonomy alone. */
  defaultTopics?: boolean;
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
  /** Keywords that count only in articles written in one language (ISO 639-1; the default topics'), added to `keywords`. */
  keywordsByLanguage?: Readonly<Record<string, string[]>>;
  /** Slug of the topic this one is under (a second-level topic), or absent for a top-level one. */
  parent?: string;
  /** `default` for a topic of the shipped taxonomy (src/site/default-topics.json), else the editor's. */
  origin?: "default" | "editor";
}

/** A person, place or organisation from the editor's lists (`data/people.json`, `places.json`, `organisations.json`). */
export interface EntityDefinition {
  /** URL name (read as the slug of `name` when the file leaves it out). */
  slug: string;
  /** Display name. */
  name: string;
  /** Other spellings that always mean this entity (accents and case ignored). */
  aliases: string[];
  /** Short forms (a bare surname) counted only when a full form appears in the same article. */
  shortForms?: string[];
  /** One line of context, e.g. "Russian foreign minister since 2004". */
  note?: string;
  /** True: `name` and `aliases` are not of this list's type, whatever the text suggests (`Villa` is no place). */
  exclude?: boolean;
}
