/**
 * Assigning topics by keyword rules over the text. Each topic's keywords are counted in the
 * headline (three times the weight) and the body; for the default topics a keyword counts once in
 * the headline and at most three times in the body, so one word repeated cannot carry a topic.
 *
 * A keyword written with a leading `~` only supports a topic: words that turn up in stories on
 * anything (rescuers, the rouble, a budget, the dead) add 1 to a topic's score wherever they occur,
 * but are not evidence that the article is about it.
 *
 * Two families are scored apart, each against its own best:
 *
 * - the editor's themes (`data/themes.json`): every theme scoring at least 2 and half the best;
 * - the default topics (src/site/default-topics.json): a top-level topic needs evidence, three
 *   different (not supporting) keywords, or two when one of them is in the headline; of those, the
 *   best-scoring topic is taken, and every other scoring at least half of it with three different
 *   keywords. Under each top-level topic, its second-level topics scoring at least 2 and half the
 *   best of them.
 *
 * An article that reaches no threshold gets no topic (issue 16: a football report was filed under
 * "Diplomacy and visits" when the best of five themes was forced on it). Themes in front matter
 * replace the rules. Measured on tests/fixtures/labelled/ (`npm run score`).
 */
import type { ArticleRecord } from "../archive/types.ts";
import { compileKeywords, type KeywordMatcher } from "./keyword-matcher.ts";
import type { ThemeDefinition } from "./types.ts";
import { writtenLanguage } from "./written-language.ts";

/** Compiled rules of a taxonomy. */
export interface ThemeRules {
  /** The taxonomy, in its order. */
  themes: readonly ThemeDefinition[];
  /**
   * Per language (ISO 639-1: en, es, ru, and every other the taxonomy has keywords in): one
   * matcher over every keyword that counts in it, each keyword's themes, and for each of those
   * whether the keyword only supports it (`~`).
   */
  byLanguage: Record<
    string,
    { matcher: KeywordMatcher; keywords: string[]; owners: number[][]; supporting: boolean[][] }
  >;
}

/** A theme's score for an article and the keywords that made it. */
export interface ThemeScore {
  /** Weighted count: headline hits ×3, body hits (see the file's comment for the caps). */
  score: number;
  /** Different keywords found that are evidence (not only supporting). */
  evidence: number;
  /** Of those, how many are in the headline. */
  inHeadline: number;
  /** Each keyword found: how often in the headline and in the body; whether it only supports. */
  hits: { keyword: string; headline: number; body: number; supporting?: boolean }[];
}

/** What the rules (or an editor) chose for an article. */
export interface ThemeAssignment {
  /** Theme slugs, top-level ones before their subtopics. */
  slugs: string[];
  /** Who chose: front matter or the rules. */
  from: "editor" | "rules";
  /** Why the rules chose each slug, in words (empty when an editor chose). */
  evidence: Record<string, string>;
}

/** Languages every taxonomy is compiled for: those the parser reads dates in (a record's `language`). */
const LANGUAGES: readonly string[] = ["en", "es", "ru"];
const HEADLINE_WEIGHT = 3;
const BODY_CAP = 3;

/** Compiles a taxonomy's keywords, once per language. */
export function compileThemes(themes: readonly ThemeDefinition[]): ThemeRules {
  // A top-level topic also counts its subtopics' keywords: "striker" is evidence of sport.
  const children = new Map<string, number[]>();
  themes.forEach((t, i) => {
    if (t.parent) children.set(t.parent, [...(children.get(t.parent) ?? []), i]);
  });
  const ownKeywords = (t: ThemeDefinition, lang: string): string[] => [
    ...t.keywords,
    ...(t.keywordsByLanguage?.[lang] ?? []),
  ];
  const byLanguage: ThemeRules["byLanguage"] = {};
  const languages = new Set([
    ...LANGUAGES,
    ...themes.flatMap((t) => Object.keys(t.keywordsByLanguage ?? {})),
  ]);
  for (const lang of languages) {
    const index = new Map<string, number>();
    const keywords: string[] = [];
    const owners: number[][] = [];
    const supporting: boolean[][] = [];
    const add = (written: string, theme: number): void => {
      const weak = written.startsWith("~");
      const keyword = weak ? written.slice(1).trim() : written;
      let k = index.get(keyword);
      if (k === undefined) {
        index.set(keyword, (k = keywords.length));
        keywords.push(keyword);
        owners.push([]);
        supporting.push([]);
      }
      const at = owners[k]!.indexOf(theme);
      if (at < 0) {
        owners[k]!.push(theme);
        supporting[k]!.push(weak);
      } else if (!weak) supporting[k]![at] = false; // evidence for the theme anywhere: evidence
    };
    themes.forEach((t, i) => {
      for (const kw of ownKeywords(t, lang)) add(kw, i);
      for (const c of children.get(t.slug) ?? [])
        for (const kw of ownKeywords(themes[c]!, lang)) add(kw, i);
    });
    byLanguage[lang] = { matcher: compileKeywords(keywords), keywords, owners, supporting };
  }
  return { themes, byLanguage };
}

/** Each theme's score for an article, in the taxonomy's order. */
export function scoreThemes(record: ArticleRecord, rules: ThemeRules): ThemeScore[] {
  // The rules of the language the text is written in when the taxonomy has them (a German page's
  // German keywords), else of the language its dates were read in.
  const { matcher, keywords, owners, supporting } =
    rules.byLanguage[writtenLanguage(record)] ?? rules.byLanguage[record.language]!;
  const scores: ThemeScore[] = rules.themes.map(() => ({
    score: 0,
    evidence: 0,
    inHeadline: 0,
    hits: [],
  }));
  // A word counts once per theme: where "economic" and "econom*" both match, the exact one does.
  const tally = (text: string): Map<number, number> => {
    const counts = new Map<number, number>();
    const credited = new Set<number>();
    for (const place of matcher.find(text)) {
      credited.clear();
      for (const k of place) {
        if (owners[k]!.every((t) => credited.has(t))) continue;
        for (const t of owners[k]!) credited.add(t);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
    return counts;
  };
  const inHeadline = tally(record.headline);
  const inBody = tally(record.body);
  for (const k of new Set([...inHeadline.keys(), ...inBody.keys()])) {
    const headline = inHeadline.get(k) ?? 0;
    const body = inBody.get(k) ?? 0;
    // The editor's themes keep the weights they were tuned with (every hit counts).
    const capped = HEADLINE_WEIGHT * Math.min(headline, 1) + Math.min(body, BODY_CAP);
    const uncapped = HEADLINE_WEIGHT * headline + body;
    owners[k]!.forEach((t, j) => {
      const s = scores[t]!;
      if (supporting[k]![j]) {
        s.score += 1;
        s.hits.push({ keyword: keywords[k]!, headline, body, supporting: true });
        return;
      }
      s.score += rules.themes[t]!.origin === "default" ? capped : uncapped;
      s.evidence += 1;
      if (headline > 0) s.inHeadline += 1;
      s.hits.push({ keyword: keywords[k]!, headline, body });
    });
  }
  return scores;
}

/** The themes among `candidates` with `min` points, `minKeywords` keywords and half the best. */
function chosen(
  candidates: number[],
  scores: readonly ThemeScore[],
  min: number,
  minKeywords: number,
): number[] {
  const ok = candidates.filter(
    (i) => scores[i]!.score >= min && scores[i]!.hits.length >= minKeywords,
  );
  const best = Math.max(0, ...ok.map((i) => scores[i]!.score));
  return ok.filter((i) => scores[i]!.score >= best / 2);
}

/**
 * The default top-level topics an article is about: those with evidence (three different keywords,
 * or two with one in the headline); the best of them, and the others scoring half of it with three.
 */
function chosenTops(candidates: number[], scores: readonly ThemeScore[]): number[] {
  const ok = candidates.filter((i) => {
    const s = scores[i]!;
    return s.evidence >= 3 || (s.evidence >= 2 && s.inHeadline >= 1);
  });
  if (ok.length === 0) return [];
  const top = ok.reduce((a, b) => (scores[b]!.score > scores[a]!.score ? b : a));
  const best = scores[top]!.score;
  return ok.filter((i) => i === top || (scores[i]!.score >= best / 2 && scores[i]!.evidence >= 3));
}

/** "'central bank' ×3 in the body, 'fed' in the headline": the strongest keywords first. */
export function describeHits(hits: ThemeScore["hits"], most = 4): string {
  const weight = (h: ThemeScore["hits"][number]): number =>
    h.supporting ? 0.5 : HEADLINE_WEIGHT * Math.min(h.headline, 1) + Math.min(h.body, BODY_CAP);
  return [...hits]
    .sort((a, b) => weight(b) - weight(a) || a.keyword.localeCompare(b.keyword))
    .slice(0, most)
    .map((h) => {
      const where = [
        h.headline > 0 ? "in the headline" : "",
        h.body > 0 ? `${h.body > 1 ? `×${h.body} ` : ""}in the body` : "",
      ].filter(Boolean);
      return `‘${h.keyword}’ ${where.join(" and ")}`;
    })
    .join(", ");
}

/** The themes of an article: front matter's when given, else the rules', with their evidence. */
export function assignThemes(record: ArticleRecord, rules: ThemeRules): ThemeAssignment {
  if (record.themes.length > 0) return { slugs: record.themes, from: "editor", evidence: {} };
  const scores = scoreThemes(record, rules);
  const indexes = rules.themes.map((_, i) => i);
  const isDefault = (i: number): boolean => rules.themes[i]!.origin === "default";
  const editors = chosen(
    indexes.filter((i) => !isDefault(i)),
    scores,
    2,
    1,
  );
  const tops = chosenTops(
    indexes.filter((i) => isDefault(i) && !rules.themes[i]!.parent),
    scores,
  );
  const picked = [...editors];
  for (const t of tops) {
    picked.push(t);
    const slug = rules.themes[t]!.slug;
    picked.push(
      ...chosen(
        indexes.filter((i) => rules.themes[i]!.parent === slug),
        scores,
        2,
        1,
      ),
    );
  }
  const evidence: Record<string, string> = {};
  for (const i of picked) evidence[rules.themes[i]!.slug] = describeHits(scores[i]!.hits);
  return { slugs: picked.map((i) => rules.themes[i]!.slug), from: "rules", evidence };
}
