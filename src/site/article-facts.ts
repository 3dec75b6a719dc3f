/**
 * What the site needs to know about one article, derived from its record alone (and the data
 * files): sentences with anchors, themes, the people and places it mentions, the dates it cites,
 * a summary and its word counts. Pure and per article, so a build can compute it once per file
 * version, in any worker, and keep it while the file is unchanged.
 */
import { slugLine } from "../archive/load.ts";
import type { ArticleRecord } from "../archive/types.ts";
import { findEventDates } from "./events.ts";
import { compileGazetteer, findMentions, type Gazetteer } from "./gazetteer.ts";
import { articlePath } from "./paths.ts";
import { termCounts } from "./related.ts";
import { renderSentence } from "./render-body.ts";
import { splitSentences } from "./sentences.ts";
import { assignThemes, compileThemes, type ThemeRules } from "./themes.ts";
import type {
  ArticleFacts,
  ArticleMentions,
  CitedSentence,
  EntityDefinition,
  Mention,
  ParagraphView,
  ThemeDefinition,
} from "./types.ts";

/** The data files compiled for matching. */
export interface ArticleRules {
  /** Theme keywords. */
  themes: ThemeRules;
  /** People's names. */
  people: Gazetteer;
  /** Places' names. */
  places: Gazetteer;
}

/** Compiles the taxonomy and gazetteers once for many articles. */
export function compileRules(inputs: {
  themes: ThemeDefinition[];
  people: EntityDefinition[];
  places: EntityDefinition[];
}): ArticleRules {
  return {
    themes: compileThemes(inputs.themes),
    people: compileGazetteer(inputs.people),
    places: compileGazetteer(inputs.places),
  };
}

/** An article's facts (small: kept for every article), its word counts, and what is read only to render pages. */
export interface DerivedArticle {
  /** The facts, but for the key, which the caller gives (the cache's key covers the whole derivation). */
  facts: Omit<ArticleFacts, "key">;
  /** Content words and their counts, sorted by word, for related articles. */
  terms: [string, number][];
  /** The sentences that mention each person and place. */
  mentions: ArticleMentions;
  /** Paragraphs with sentence anchors and HTML. */
  paragraphs: ParagraphView[];
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
  const found = (g: Gazetteer): [string, CitedSentence[]][] =>
    [
      ...findMentions(
        flat.map((s) => s.text),
        g,
      ),
    ].map(([slug, ks]) => [
      slug,
      ks.map((k) => ({ anchor: flat[k]!.anchor, sentence: flat[k]!.text })),
    ]);
  const people = found(rules.people);
  const places = found(rules.places);
  const counts = (list: [string, CitedSentence[]][]): Mention[] =>
    list.map(([slug, cites]) => ({ slug, count: cites.length }));
  const themes = assignThemes(record, rules.themes);
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
      language: record.language,
      themes: { ...themes, line: themeLine },
      people: counts(people),
      places: counts(places),
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
    },
    terms: termCounts(`${record.headline}\n${record.body}`),
    mentions: { people: Object.fromEntries(people), places: Object.fromEntries(places) },
    paragraphs,
  };
}
