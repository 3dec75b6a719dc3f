/**
 * Topic accuracy on the labelled set (tests/fixtures/labelled/, issue 16), by language.
 *
 * Only the default taxonomy's top-level topics (IPTC Media Topics) are scored. An article is
 * right when the slugs the rules assign include every labelled topic (`topics`) and nothing
 * outside `topics` ∪ `acceptable` (`acceptable` lists what fits partly, e.g. weather for a flood);
 * an article given no topic is wrong. Accuracy = right / articles.
 *
 * `node --import tsx tests/score-labelled.ts [--verbose] [--json]`; `scoreLabelledTopics()` for
 * `npm run score`. Also prints the cost per article of assigning topics, in microseconds.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadArticle } from "../src/archive/load.ts";
import type { ArticleRecord } from "../src/archive/types.ts";
import { withDefaultTopics } from "../src/site/default-topics.ts";
import { assignThemes, compileThemes } from "../src/site/themes.ts";

/** The labelled set's folder. */
export const LABELLED_DIR = fileURLToPath(new URL("./fixtures/labelled/", import.meta.url));

/** One article's labels (see tests/fixtures/labelled/README.md). */
export interface ArticleLabels {
  /** `en`, `es`, `ru` or `de` (ISO 639-1). */
  language: string;
  /** What the article is about, in a few words. */
  subject: string;
  /** Top-level topics it must get. */
  topics: string[];
  /** Top-level topics that fit partly: not wrong when assigned. */
  acceptable: string[];
}

/** One article's result. */
export interface TopicCase {
  /** File name. */
  file: string;
  /** Language (ISO 639-1). */
  language: string;
  /** Labelled topics. */
  expected: string[];
  /** Assigned top-level topics. */
  assigned: string[];
  /** Whether it is right (see the file's comment). */
  right: boolean;
}

/** Accuracy overall and per language, every case, and the cost of assigning. */
export interface TopicScore {
  /** Share of articles right. */
  accuracy: number;
  /** Per language: share right and how many articles. */
  byLanguage: Record<string, { accuracy: number; articles: number }>;
  /** Every article's result. */
  cases: TopicCase[];
  /** Mean microseconds to assign one article's topics (rules compiled once, parse excluded). */
  microsecondsPerArticle: number;
}

/** Reads the labels. */
export function readLabels(dir = LABELLED_DIR): Record<string, ArticleLabels> {
  return JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<
    string,
    ArticleLabels
  >;
}

/** Mean microseconds of `assign` over `records`, after a warm-up, repeated to about 200 ms. */
export function timePerArticle(
  records: readonly ArticleRecord[],
  assign: (r: ArticleRecord) => unknown,
): number {
  for (const r of records) assign(r);
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < 200_000_000n) {
    for (const r of records) assign(r);
    runs += records.length;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / 1000 / runs;
}

/** Scores the default taxonomy's rules on the labelled set in `dir`. */
export function scoreLabelledTopics(dir = LABELLED_DIR): TopicScore {
  const labels = readLabels(dir);
  const themes = withDefaultTopics([]);
  const tops = new Set(themes.filter((t) => !t.parent).map((t) => t.slug));
  const rules = compileThemes(themes);
  const now = new Date("2025-01-01T00:00:00Z");
  const records: ArticleRecord[] = [];
  const cases = Object.entries(labels).map(([file, l]): TopicCase => {
    const record = loadArticle(join(dir, "articles", file), now).record;
    if (!record) throw new Error(`${file}: does not parse — run npm run check -- ${dir}`);
    records.push(record);
    const assigned = assignThemes(record, rules).slugs.filter((s) => tops.has(s));
    const allowed = new Set([...l.topics, ...l.acceptable]);
    const right =
      l.topics.every((t) => assigned.includes(t)) && assigned.every((t) => allowed.has(t));
    return { file, language: l.language, expected: l.topics, assigned, right };
  });
  const share = (list: TopicCase[]): number => list.filter((c) => c.right).length / list.length;
  const byLanguage: TopicScore["byLanguage"] = {};
  for (const lang of [...new Set(cases.map((c) => c.language))]) {
    const list = cases.filter((c) => c.language === lang);
    if (list.length) byLanguage[lang] = { accuracy: share(list), articles: list.length };
  }
  const microsecondsPerArticle = timePerArticle(records, (r) => assignThemes(r, rules));
  return { accuracy: share(cases), byLanguage, cases, microsecondsPerArticle };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const score = scoreLabelledTopics();
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(score, null, 2));
  } else {
    const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
    console.log(
      `labelled set: ${score.cases.length} articles, topic accuracy ${pct(score.accuracy)}`,
    );
    for (const [lang, s] of Object.entries(score.byLanguage))
      console.log(`  ${lang}: ${pct(s.accuracy)} of ${s.articles}`);
    console.log(`  assigning topics: ${score.microsecondsPerArticle.toFixed(0)} µs per article`);
    for (const c of score.cases)
      if (!c.right || process.argv.includes("--verbose"))
        console.log(
          `  ${c.right ? "ok  " : "MISS"} ${c.file}: expected ${c.expected.join(", ")}; got ${c.assigned.join(", ") || "no topic"}`,
        );
  }
}
