/**
 * Precision and recall of name discovery (issue 16) on the labelled set
 * (`tests/fixtures/labelled/articles/` with `labels.json`): each article is read as the build reads
 * it (`loadArticleBytes`, then `deriveArticle` with the data files), and its people, places and
 * organisations are compared with the labels.
 *
 * Matching, per article and per type: a discovered entity matches a labelled entity of the same
 * type when one of its forms (its name or any form the article uses for it) and one of the
 * labelled entity's forms (its name or an alias) have the same `nameKey` (case, accents and
 * transliteration variants ignored). Precision = discovered entities that match a labelled one ÷
 * discovered entities; recall = labelled entities matched by a discovered one ÷ labelled
 * entities. Both are summed over the articles (micro-averaged).
 *
 * `node --import tsx tests/score-entities.ts [--misses]` prints the table (and each miss).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadArticleBytes } from "../src/archive/load.ts";
import { compileRules, deriveArticle } from "../src/site/article-facts.ts";
import { articleEntities } from "../src/site/entities/article-entities.ts";
import { nameKey } from "../src/site/entities/name-key.ts";
import type { EntityType } from "../src/site/entities/types.ts";
import { loadSiteInputs } from "../src/site/site-inputs.ts";

/** A labelled entity. */
interface LabelledEntity {
  /** Canonical name. */
  name: string;
  /** Forms the article uses. */
  aliases?: string[];
}

/** Labels of one article. */
interface ArticleLabels {
  /** People. */
  people: LabelledEntity[];
  /** Places. */
  places: LabelledEntity[];
  /** Organisations. */
  organisations: LabelledEntity[];
}

/** Precision and recall of one type. */
export interface TypeScore {
  /** Matched discovered ÷ discovered. */
  precision: number;
  /** Matched labelled ÷ labelled. */
  recall: number;
  /** Discovered entities. */
  found: number;
  /** Labelled entities. */
  labelled: number;
}

/** Scores per type, and what was missed or wrongly found. */
export interface EntityScores {
  /** Scores by type. */
  scores: Record<EntityType, TypeScore>;
  /** `file: type name` of each labelled entity not found. */
  missed: string[];
  /** `file: type name` of each entity found that no label matches. */
  wrong: string[];
  /** Microseconds per article spent in discovery (sentences given). */
  microsPerArticle: number;
}

const LABEL_KEY: Record<EntityType, keyof ArticleLabels> = {
  person: "people",
  place: "places",
  organisation: "organisations",
};

/** Scores discovery on the labelled set in `dir` (default the repository's). */
export function scoreEntities(dir = "tests/fixtures/labelled"): EntityScores {
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<
    string,
    ArticleLabels
  >;
  const rules = compileRules(loadSiteInputs().inputs);
  const counts = new Map<
    EntityType,
    { found: number; right: number; labelled: number; hit: number }
  >();
  const missed: string[] = [];
  const wrong: string[] = [];
  let micros = 0;
  const files = Object.keys(labels).sort();
  for (const file of files) {
    const loaded = loadArticleBytes(
      join(dir, "articles", file),
      readFileSync(join(dir, "articles", file)),
      new Date(),
    );
    if (!loaded.record) continue;
    const derived = deriveArticle(loaded.record, rules, new Date());
    const sentences = derived.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
    const t = performance.now();
    // As the site reads an article: headline, sentences, dateline and byline.
    const found = articleEntities(loaded.record, sentences, rules.entities);
    micros += (performance.now() - t) * 1000;
    for (const type of ["person", "place", "organisation"] as const) {
      const c =
        counts.get(type) ??
        counts.set(type, { found: 0, right: 0, labelled: 0, hit: 0 }).get(type)!;
      const want = labels[file]![LABEL_KEY[type]] ?? [];
      const wantKeys = want.map((l) => new Set([l.name, ...(l.aliases ?? [])].map(nameKey)));
      const got = found.filter((e) => e.type === type);
      const gotKeys = got.map((e) => new Set([e.name, ...e.aliases].map(nameKey)));
      const meets = (a: Set<string>, b: Set<string>): boolean => [...a].some((k) => b.has(k));
      c.found += got.length;
      c.labelled += want.length;
      got.forEach((e, i) => {
        if (wantKeys.some((w) => meets(w, gotKeys[i]!))) c.right++;
        else wrong.push(`${file}: ${type} ${e.name}${e.doubt ? ` (${e.doubt})` : ""}`);
      });
      want.forEach((l, i) => {
        if (gotKeys.some((g) => meets(wantKeys[i]!, g))) c.hit++;
        else missed.push(`${file}: ${type} ${l.name}`);
      });
    }
  }
  const scores = Object.fromEntries(
    [...counts].map(([type, c]) => [
      type,
      {
        precision: c.found ? c.right / c.found : 1,
        recall: c.labelled ? c.hit / c.labelled : 1,
        found: c.found,
        labelled: c.labelled,
      },
    ]),
  ) as Record<EntityType, TypeScore>;
  return { scores, missed, wrong, microsPerArticle: micros / Math.max(1, files.length) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const { scores, missed, wrong, microsPerArticle } = scoreEntities(dir);
  console.log(
    "| type | precision | recall | found | labelled |\n| --- | ---: | ---: | ---: | ---: |",
  );
  for (const [type, s] of Object.entries(scores))
    console.log(
      `| ${type} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.found} | ${s.labelled} |`,
    );
  console.log(`\ndiscovery: ${Math.round(microsPerArticle)} µs per article`);
  if (process.argv.includes("--misses")) {
    console.log("\nmissed:\n  " + missed.join("\n  "));
    console.log("\nfound, not labelled:\n  " + wrong.join("\n  "));
  }
}
