/**
 * What the site needs to know about one article, derived from its record alone (and the data
 * files): sentences with anchors, themes, the people and places it mentions, the dates it cites,
 * a summary, its candidate key phrases and its word counts. Pure and per article, so a build can
 * compute it once per file version, in any worker, and keep it while the file is unchanged.
 */
import { slugLine } from "../archive/load.ts";
import type { ArticleRecord } from "../archive/types.ts";
import { findEventDates } from "./events.ts";
import { compileCuratedNames } from "./entities/curated-names.ts";
import { mentionsByKind } from "./entities/article-entities.ts";
import type { CuratedNames } from "./entities/types.ts";
import { articlePath } from "./paths.ts";
import { termCounts } from "./related.ts";
import { renderSentence } from "./render-body.ts";
import { splitSentences } from "./sentences.ts";
import { encodePhrases } from "./tags/phrase-codec.ts";
import { phraseCandidates } from "./tags/phrase-candidates.ts";
import { phraseLanguage } from "./tags/phrase-language.ts";
import { writtenLanguage } from "./written-language.ts";
import { assignThemes, compileThemes, type ThemeRules } from "./themes.ts";
import type {
  ArticleFacts,
  ArticleMentions,
  EntityDefinition,
  ParagraphView,
  ThemeDefinition,
} from "./types.ts";

/** The data files compiled for matching. */
export interface ArticleRules {
  /** Theme keywords. */
  themes: ThemeRules;
  /** The editor's lists of people, places and organisations, which win over what discovery finds. */
  entities: CuratedNames;
}

/** Compiles the taxonomy and gazetteers once for many articles. */
export function compileRules(inputs: {
  themes: ThemeDefinition[];
  people: EntityDefinition[];
  places: EntityDefinition[];
  organisations?: EntityDefinition[];
}): ArticleRules {
  return {
    themes: compileThemes(inputs.themes),
    entities: compileCuratedNames({
      person: inputs.people,
      place: inputs.places,
      organisation: inputs.organisations ?? [],
    }),
  };
}

/** An article's facts (small: kept for every article), its word counts, and what is read only to render pages. */
export interface DerivedArticle {
  /** The facts, but for the key, which the caller gives (the cache's key covers the whole derivation). */
  facts: Omit<ArticleFacts, "key">;
  /** Content words and their counts, sorted by word, for related articles. */
  terms: [string, number][];
  /** The sentences that mention each person, place and organisation. */
  mentions: ArticleMentions;
  /** Paragraphs with sentence anchors and HTML. */
  paragraphs: ParagraphView[];
  /**
   * Why the rules chose each theme, by slug: shown on the article's own page only, so kept with
   * its paragraphs rather than in the facts every build reads (it was a sixth of their bytes).
   */
  themeEvidence: Record<string, string>;
}

/** Derives the facts of one article. */
export function deriveArticle(
  record: ArticleRecord,
  rules: ArticleRules,
  now: Date,
): DerivedArticle {
  const format = record.file.toLowerCase().endsWith(".md") ? "md" : "txt";
  const flat: { text: string; anchor: string }[] = [];
  const paragraphs = record.paragraphs.map((p, i) => ({
    id: `p${i + 1}`,
    sentences: splitSentences(p.text).map((text, j) => {
      const id = `p${i + 1}s${j + 1}`;
      flat.push({ text, anchor: id });
      return { id, text, html: renderSentence(text, format) };
    }),
  }));
  const { facts: entityFacts, mentions, forms } = mentionsByKind(flat, rules.entities, record);
  const themes = assignThemes(record, rules.themes);
  const texts = record.paragraphs.map((p) => p.text);
  const language = phraseLanguage(record);
  // Words without spaces between them (Chinese, Japanese, Thai) make no phrases here; names found
  // have pages of their own, so a phrase that is only a name, in any of its forms, is no tag.
  const phrases = language
    ? phraseCandidates(record.headline, texts, language, forms)
    : { candidates: [], headlineWords: 0 };
  const themeLine =
    record.provenance.themes?.from === "front-matter" ? record.provenance.themes.line : null;
  return {
    facts: {
      file: record.file,
      slugLine: slugLine(record),
      link: {
        slug: record.slug,
        path: articlePath(record.slug),
        headline: record.headline,
        date: record.date,
        source: record.source,
      },
      author: record.author,
      language: writtenLanguage(record),
      themes: { slugs: themes.slugs, from: themes.from, line: themeLine },
      ...entityFacts,
      events: flat.flatMap((s) =>
        findEventDates(s.text, record.language, record.date, now).map((e) => ({
          anchor: s.anchor,
          sentence: s.text,
          date: e.date,
        })),
      ),
      summary: flat
        .slice(0, 2)
        .map((s) => s.text)
        .join(" ")
        .slice(0, 300),
      phrases: encodePhrases(phrases.candidates, phrases.headlineWords),
    },
    terms: termCounts(record.headline, record.body),
    mentions,
    paragraphs,
    themeEvidence: themes.evidence,
  };
}
