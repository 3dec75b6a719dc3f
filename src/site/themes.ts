/**
 * Assigning themes by rules over the text: each theme's keywords are counted in the headline
 * (three times the weight) and the body; an article gets every theme scoring at least half of
 * its best theme's score (and at least 2), and always its best one, so every article has a theme.
 * Themes in front matter replace the rules.
 */
import type { ArticleRecord } from "../archive/types.ts";
import { compilePhrases, type PhraseMatcher } from "./phrase-matcher.ts";
import type { ThemeDefinition } from "./types.ts";

/** Compiled theme rules. */
export interface ThemeRules {
  /** The taxonomy, in its file order. */
  themes: readonly ThemeDefinition[];
  /** One matcher per theme, same order. */
  matchers: readonly PhraseMatcher[];
}

/** Compiles the taxonomy's keywords. */
export function compileThemes(themes: readonly ThemeDefinition[]): ThemeRules {
  return { themes, matchers: themes.map((t) => compilePhrases(t.keywords)) };
}

/** Each theme's score for an article. */
export function scoreThemes(record: ArticleRecord, rules: ThemeRules): number[] {
  return rules.matchers.map((m) => 3 * m.find(record.headline).length + m.find(record.body).length);
}

/** The theme slugs of an article: front matter's when given, else the rules'. */
export function assignThemes(
  record: ArticleRecord,
  rules: ThemeRules,
): { slugs: string[]; from: "editor" | "rules" } {
  if (record.themes.length > 0) return { slugs: record.themes, from: "editor" };
  const scores = scoreThemes(record, rules);
  const best = Math.max(...scores);
  const bestIndex = Math.max(0, scores.indexOf(best));
  const slugs = rules.themes
    .filter((_, i) => i === bestIndex || (scores[i]! >= 2 && scores[i]! >= best / 2))
    .map((t) => t.slug);
  return { slugs, from: "rules" };
}
