/**
 * The archive's domain types: one typed record per article file, and the diagnostics that
 * reading and parsing produce. Everything the site shows is derived from these.
 */

/** How severe a diagnostic is: errors stop the build, warnings are shown and kept. */
export type Severity = "error" | "warning";

/** One problem found in one file, as a value; the CLI decides how to print it. */
export interface Diagnostic {
  /** Path of the file, as given to the reader (relative to the working folder when possible). */
  path: string;
  /** 1-based line in the file (counting front matter), or null when the problem is the whole file. */
  line: number | null;
  /** Stable machine-readable code, e.g. `front-matter-unknown-key`. */
  code: string;
  /** Whether the build must stop. */
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it, in one sentence. */
  fix: string;
}

/** Where a field's value came from. */
export type Provenance =
  | {
      /** An editor supplied it in the file's YAML front matter. */
      from: "front-matter";
      /** 1-based line of the key in the file. */
      line: number;
      /** Name of the sidecar file that holds it (`NAME.html.yml`), when it is not the article's own file. */
      sidecar?: string;
    }
  | {
      /** The parser found it in the article text. */
      from: "text";
      /** 1-based line in the file where the evidence is. */
      line: number;
      /** The words on that line that were read as the value. */
      evidence: string;
    }
  | {
      /** A saved page (`.html`) states it in its own markup, outside its visible text. */
      from: "page";
      /** Which part of the page: its JSON-LD, a `<meta>` tag, microdata or a microformat on an element, a `<time>`, `<link rel=canonical>`, `<html lang>`, the page's title as the extractor read it, or a short element of its visible text near the headline (a date shown to readers). */
      part: "json-ld" | "meta" | "microdata" | "time" | "link" | "html" | "title" | "text";
      /** The property read, e.g. `datePublished`, `og:site_name`, `article:published_time`, `canonical`. */
      property: string;
      /** The value as the page writes it. */
      evidence: string;
      /** 1-based line of the file where it stands; null when it could not be placed. */
      line: number | null;
    }
  | {
      /** The parser found it in the body extracted from a saved page (`.html`), which has no lines of its own. */
      from: "extracted-text";
      /** The words of the extracted text that were read as the value. */
      evidence: string;
    }
  | {
      /** Derived from other fields (e.g. the slug from the headline). */
      from: "derived";
      /** Which field or rule it was derived from. */
      rule: string;
    };

/** The fields whose origin a record tracks. */
export type TrackedField =
  | "headline"
  | "date"
  | "time"
  | "updated"
  | "source"
  | "dateline"
  | "author"
  | "attribution"
  | "url"
  | "slug"
  | "themes"
  | "language";

/** Why the cleaner removed a line from the article text. */
export type RemovalReason =
  | "front-matter"
  | "label"
  | "headline"
  | "date-stamp"
  | "byline"
  | "share-button"
  | "credit"
  | "caption"
  | "teaser"
  | "image-noise"
  | "duplicate"
  | "chrome"
  | "after-end-marker";

/** A line of the original file that is not part of the article body, and why. */
export interface RemovedLine {
  /** 1-based line in the file. */
  line: number;
  /** The line's text as read (after BOM/CRLF normalisation). */
  text: string;
  /** Why it is not body text. */
  reason: RemovalReason;
}

/** A paragraph of the clean body, with the line it came from. */
export interface Paragraph {
  /** The paragraph text, page chrome removed. */
  text: string;
  /** 1-based line in the file where the paragraph starts. */
  line: number;
}

/** Languages the parser knows chrome words, months and stopwords for. */
export type Language = "en" | "es" | "ru";

/** One article, parsed: the single source of truth for every page built from it. */
export interface ArticleRecord {
  /** Path of the source file, as given (relative to the working folder when possible). */
  file: string;
  /** URL-safe name of the article's page; depends only on this file, so it is stable across rebuilds. */
  slug: string;
  /** The article's headline, one line of plain text. */
  headline: string;
  /** Publication date, ISO 8601 at the precision the evidence supports: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null if unknown. */
  date: string | null;
  /** Publication time of day `HH:MM` or `HH:MM:SS`, with `Z`/`±HH:MM` when the page states the zone; null if unknown. */
  time: string | null;
  /** Last-updated date (`YYYY-MM-DD`, or with `THH:MM`) when the page states one; never used as the publication date. */
  updated: string | null;
  /** Canonical name of the outlet that published the article (see the outlet registry); null if not stated. */
  source: string | null;
  /** Place named in the dateline, e.g. `Moscow`, `La Habana`, `Kyiv, Ukraine`; null if none. */
  dateline: string | null;
  /** Author(s) or editor, names only, comma-separated; null if not stated. */
  author: string | null;
  /** Canonical name of an outlet the article credits as its origin, e.g. `Prensa Latina`; null if none. */
  attribution: string | null;
  /** Address of the original page, when an editor supplied it. */
  url: string | null;
  /** Main language of the text. */
  language: Language;
  /** ISO 639-1 code of the prose as detected (`de` on a German page whose `language` is `en`), `""` when unknown. */
  proseLanguage: string;
  /** Theme slugs an editor assigned in front matter; empty when the site should assign them by rules. */
  themes: string[];
  /** The clean body: paragraphs separated by one blank line. */
  body: string;
  /** The clean body as paragraphs, each with its source line. */
  paragraphs: Paragraph[];
  /** Where each known field came from. */
  provenance: Partial<Record<TrackedField, Provenance>>;
  /** Lines of the file that the cleaner did not keep as body, with the reason. */
  removed: RemovedLine[];
  /** 1-based line where the article text starts, after any front matter. */
  textStartLine: number;
  /** Non-fatal problems: disagreements between front matter and text, rejected date candidates, … */
  warnings: Diagnostic[];
}

/** The facts an editor may supply in front matter; every key is optional. */
export interface FrontMatter {
  /** Overrides the headline. */
  headline?: string;
  /** Publication date `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally with `THH:MM[:SS]` or ` HH:MM[:SS]`. */
  date?: string;
  /** Outlet name or alias; normalised through the outlet registry. */
  source?: string;
  /** Dateline place. */
  dateline?: string;
  /** Author(s) or editor. */
  author?: string;
  /** Outlet the article credits as its origin. */
  attribution?: string;
  /** Address of the original page (http or https). */
  url?: string;
  /** Theme slugs, replacing the rule-assigned themes. */
  themes?: string[];
  /** Page name override, lowercase letters, digits and hyphens only: used to resolve slug collisions. */
  slug?: string;
  /** Language of the text (`en`, `es`, `ru`). */
  language?: Language;
}

/** A file after reading: text split from its front matter. */
export interface ReadFile {
  /** Path as given. */
  path: string;
  /** The text after the front matter, BOM removed and line ends normalised to `\n`. */
  text: string;
  /** 1-based line in the file where `text` starts (1 when there is no front matter). */
  firstLine: number;
  /** Validated front matter (empty when there was none). */
  frontMatter: FrontMatter;
  /** 1-based line of each front-matter key, for provenance. */
  frontMatterLines: Partial<Record<keyof FrontMatter, number>>;
  /** The front-matter lines, so the provenance view can show the whole file. */
  frontMatterText: string;
}

/** The result of loading a folder of articles (see src/pipeline/load-articles.ts). */
export interface Archive {
  /** Parsed records, sorted by file path; empty for files that had errors. */
  records: ArticleRecord[];
  /** Every error and warning found, over all files. */
  diagnostics: Diagnostic[];
}
