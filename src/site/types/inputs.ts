/** The editors' settings and data files, as the views read them. */
import type { Language } from "../../archive/types.ts";

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
