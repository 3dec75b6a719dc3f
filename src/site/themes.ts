/**
 * Assigning themes by rules over the text: each theme's keywords are counted in the headline
 * (three times the weight) and the body; an article gets every theme scoring at least half of
 * its best theme's score (and at least 2), and always its best one, so every article has a theme.
 * Themes in front matter replace the rules.
 */
import type { ArticleRecord } from "../archive/types.ts";
import { compilePhraseGroups, type PhraseMatcher } from "./phrase-matcher.ts";
import type { ThemeDefinition } from "./types.ts";

/** Compiled theme rules. */
export interface ThemeRules {
  /** The taxonomy, in its file order. */
  themes: readonly ThemeDefinition[];
  /** All keywords, one group per theme. */
  matcher: PhraseMatcher;
}

/** Compiles the taxonomy's keywords. */
export function compileThemes(themes: readonly ThemeDefinition[]): ThemeRules {
  return { themes, matcher: compilePhraseGroups(themes.map((t) => t.keywords)) };
}

/** Each theme's score for an article. */
export function scoreThemes(record: ArticleRecord, rules: ThemeRules): number[] {
  const scores = rules.themes.map(() => 0);
  for (const h of rules.matcher.find(record.headline)) scores[h.group]! += 3;
  for (const h of rules.matcher.find(record.body)) scores[h.group]! += 1;
  return scores;
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
