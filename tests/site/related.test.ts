import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { loadArticle } from "../../src/archive/load.ts";
import {
  encodeTerms,
  RELATED_AT,
  relatedArticles,
  termCounts,
  vocabulary,
  type RelatedFacts,
} from "../../src/site/related.ts";
import { specificity } from "../../src/site/related-features.ts";
import { siteFromRecords } from "../../src/site/site-from-records.ts";
import { loadSiteInputs } from "../../src/site/site-inputs.ts";
import { NOW, SEED_ARCHIVE } from "../helpers/built-site.ts";

/** Facts naming `people`, `organisations`, `places` (slugs, each in `count` sentences) and `topics`. */
function named(
  { people = [], organisations = [], places = [], topics = [] }: Record<string, string[]>,
  count = 1,
): RelatedFacts {
  const mentions = (slugs: string[]) => slugs.map((slug) => ({ slug, name: slug, count }));
  return {
    people: mentions(people),
    organisations: mentions(organisations),
    places: mentions(places),
    themes: { slugs: topics },
  };
}

/** Words no other article has: `i` spelled in letters. */
function ownWords(i: number): string {
  const spelled = [...i.toString(10)].map((d) => "bcdfghjklm"[Number(d)]).join("");
  return `vor${spelled}ax ${spelled}ukel tir${spelled}`;
}

/** Related articles of texts with their facts. */
function relate(articles: [string, RelatedFacts][], k = 3): number[][] {
  const v = vocabulary();
  const terms = articles.map(([text]) => encodeTerms(termCounts(text), v));
  return relatedArticles(
    terms,
    v.words,
    articles.map(([, facts]) => facts),
    k,
  );
}

/** Texts on subjects of their own: no content word in common. */
const UNRELATED = [
  "Oil prices climbed as producers trimmed output quotas",
  "The municipal library reopened its reading rooms after renovation",
  "Rovers won the football derby with a late penalty",
  "Farmers expect a generous harvest of apricots this summer",
  "Engineers tested a quieter tram through the old quarter",
  "Choir rehearsals resume before the winter concert season",
];

/**
 * The rule, spelled out over every pair: each article's 16 heaviest words by tf-idf (ties: the
 * earlier word), normalised, cosine × 2; each shared name and topic, its kind's weight × its
 * specificity (× 7/8 per side mentioning it in one sentence); the k best from `RELATED_AT` on
 * (ties: the earlier article). The index finds every such pair when no list is cut.
 */
function reference(
  terms: readonly Uint32Array[],
  words: readonly string[],
  facts: readonly RelatedFacts[],
  k = 3,
): number[][] {
  const n = terms.length;
  const df = new Map<number, number>();
  for (const t of terms)
    for (let i = 0; i < t.length; i += 2) df.set(t[i]!, (df.get(t[i]!) ?? 0) + 1);
  const vectors = terms.map((t) => {
    const weighted: { id: number; w: number }[] = [];
    for (let i = 0; i < t.length; i += 2) {
      const d = df.get(t[i]!)!;
      const w = d <= 1 ? 0 : (1 + Math.log(t[i + 1]!)) * Math.log(n / d);
      if (w > 0) weighted.push({ id: t[i]!, w });
    }
    const top = weighted
      .sort((a, b) => b.w - a.w || (words[a.id]! < words[b.id]! ? -1 : 1))
      .slice(0, 16);
    const norm = Math.sqrt(top.reduce((sum, x) => sum + x.w * x.w, 0)) || 1;
    return new Map(top.map((x) => [x.id, x.w / norm]));
  });
  const KIND = { people: 1, organisations: 1, places: 0.5 } as const;
  const namesOf = facts.map((f) => {
    const m = new Map<string, { kind: number; count: number }>();
    for (const kind of ["people", "organisations", "places"] as const)
      for (const x of f[kind]) m.set(`${kind}/${x.slug}`, { kind: KIND[kind], count: x.count });
    for (const slug of f.themes.slugs) m.set(`topics/${slug}`, { kind: 0.06, count: 2 });
    return m;
  });
  const nameDf = new Map<string, number>();
  for (const m of namesOf) for (const key of m.keys()) nameDf.set(key, (nameDf.get(key) ?? 0) + 1);
  const side = (count: number) => (count > 1 ? 1 : 7 / 8);
  return vectors.map((v, i) => {
    const scores: [number, number][] = [];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      let s = 0;
      for (const [id, w] of v) s += 2 * w * (vectors[j]!.get(id) ?? 0);
      for (const [key, { kind, count }] of namesOf[i]!) {
        const other = namesOf[j]!.get(key);
        if (other) s += kind * specificity(nameDf.get(key)!, n) * side(count) * side(other.count);
      }
      if (s >= RELATED_AT - 1e-9) scores.push([j, s]);
    }
    return scores
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([j]) => j);
  });
}

/** Word counts and names drawn at a fixed seed: a Zipf-like vocabulary; a few names of a pool. */
function randomArticles(
  articles: number,
  vocabularySize: number,
  seed: number,
): { terms: Uint32Array[]; words: string[]; facts: RelatedFacts[] } {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const v = vocabulary();
  // Word numbers in an order unlike the words' (the rule must not depend on it).
  for (let i = vocabularySize - 1; i >= 0; i--) encodeTerms([[`w${i.toString(36)}`, 1]], v);
  const terms: Uint32Array[] = [];
  const facts: RelatedFacts[] = [];
  for (let a = 0; a < articles; a++) {
    const counts = new Map<string, number>();
    const length = 5 + Math.floor(next() * 60);
    for (let j = 0; j < length; j++) {
      const word = `w${Math.floor(vocabularySize ** next() - 1).toString(36)}`;
      counts.set(word, (counts.get(word) ?? 0) + (next() < 0.7 ? 1 : 2));
    }
    terms.push(
      encodeTerms(
        [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1)),
        v,
      ),
    );
    const pick = (pool: number, most: number) => [
      ...new Set(
        Array.from({ length: Math.floor(next() * (most + 1)) }, () => Math.floor(next() * pool)),
      ),
    ];
    const mentions = (prefix: string, pool: number, most: number) =>
      pick(pool, most).map((x) => ({
        slug: `${prefix}${x}`,
        name: `${prefix}${x}`,
        count: next() < 0.5 ? 1 : 2,
      }));
    facts.push({
      people: mentions("p", 60, 3),
      organisations: mentions("o", 30, 2),
      places: mentions("l", 20, 3),
      themes: { slugs: pick(4, 2).map((x) => `t${x}`) },
    });
  }
  return { terms, words: v.words, facts };
}

describe("relatedArticles", () => {
  it("agrees with the rule spelled out over every pair, and is deterministic", () => {
    for (const [articles, size, seed] of [
      [120, 80, 1],
      [200, 400, 2],
      [200, 3000, 3],
    ] as const) {
      const { terms, words, facts } = randomArticles(articles, size, seed);
      const got = relatedArticles(terms, words, facts);
      assert.deepEqual(got, reference(terms, words, facts, 3), `case ${seed}`);
      assert.deepEqual(relatedArticles(terms, words, facts), got, `case ${seed}, again`);
      assert.deepEqual(
        relatedArticles(terms, words, facts, 5),
        reference(terms, words, facts, 5),
        `case ${seed}, k 5`,
      );
      assert.ok(
        got.some((l) => l.length > 0) && got.some((l) => l.length < 3),
        `case ${seed} mixed`,
      );
    }
  });

  it("relates articles that share distinctive words", () => {
    const texts = [
      "Putin and Díaz-Canel met in Moscow to discuss oil shipments",
      "Oil shipments from Russia reached Havana after the Moscow meeting",
      "The baseball season opened in Havana with a festival",
      "A festival of baseball and music filled the Havana stadium",
    ];
    const related = relate(
      texts.map((t) => [t, named({})]),
      1,
    );
    assert.deepEqual(related, [[1], [0], [3], [2]]);
  });

  it("relates two articles that name the same person and organisation", () => {
    const related = relate([
      [
        "Shipping rates rose on the northern route",
        named({ people: ["ana-lopez"], organisations: ["acme-mining"] }),
      ],
      ...UNRELATED.slice(0, 3).map((t, i): [string, RelatedFacts] => [
        t,
        named({ people: [`p${i}`] }),
      ]),
      [
        "Copper exports resumed from the southern mine",
        named({ people: ["ana-lopez"], organisations: ["acme-mining"] }),
      ],
    ]);
    assert.deepEqual(related[0], [4]);
    assert.deepEqual(related[4], [0]);
    assert.deepEqual(related.slice(1, 4), [[], [], []]);
  });

  it("relates through a shared tag what a shared name alone does not, and a tag alone does not", () => {
    // One person both name, in 2 of 8 articles: 5/6 of the way to related; a tag both have adds 0.25.
    const pair = (tags: string[]): [string, RelatedFacts][] => [
      [
        "Shipping rates rose on the northern route",
        { ...named({ people: ["ana-lopez"] }, 2), tags },
      ],
      ...UNRELATED.map((t, i): [string, RelatedFacts] => [t, named({ people: [`p${i}`] })]),
      [
        "Copper exports resumed from the southern mine",
        { ...named({ people: ["ana-lopez"] }, 2), tags },
      ],
    ];
    assert.deepEqual(relate(pair([]))[0], []);
    assert.deepEqual(relate(pair(["heat pump"]))[0], [UNRELATED.length + 1]);
    const tagOnly = relate(
      pair(["heat pump"]).map(([text, facts], i): [string, RelatedFacts] => [
        text,
        i === 0 || i === UNRELATED.length + 1 ? { ...named({}), tags: ["heat pump"] } : facts,
      ]),
    );
    assert.deepEqual(tagOnly[0], []);
  });

  it("does not relate different subjects that share only a country, in a small or large archive", () => {
    for (const size of [6, 200]) {
      const articles = Array.from({ length: size }, (_, i): [string, RelatedFacts] => [
        // Six real subjects, then words of their own.
        UNRELATED[i] ?? `Subject ${ownWords(i)}`,
        // Half the archive names France; each article has its own person.
        named({ people: [`person-${i}`], places: i % 2 ? [] : ["france"] }, 3),
      ]);
      const related = relate(articles);
      assert.deepEqual(related[0], [], `size ${size}`);
      assert.deepEqual(related[2], [], `size ${size}`);
    }
    // Even a place only two articles name is not enough alone: places are broad.
    const two = relate(UNRELATED.map((t, i) => [t, named({ places: i < 2 ? ["tromso"] : [] }, 3)]));
    assert.deepEqual(two[0], []);
  });

  it("gives none to an article with nothing in common with any other", () => {
    const related = relate([
      ...UNRELATED.map((t, i): [string, RelatedFacts] => [t, named({ people: [`p${i}`] })]),
      [
        "Talks on the mining code resumed in the capital",
        named({ people: ["ana-lopez"], organisations: ["acme-mining"], places: ["lima"] }, 2),
      ],
      [
        "The mining code talks ended without a deal",
        named({ people: ["ana-lopez"], organisations: ["acme-mining"], places: ["lima"] }, 2),
      ],
    ]);
    assert.deepEqual(
      related.slice(0, UNRELATED.length),
      UNRELATED.map(() => []),
    );
    assert.deepEqual(related.slice(UNRELATED.length), [[UNRELATED.length + 1], [UNRELATED.length]]);
  });

  it("weighs a name by the share of the archive naming it, not the archive's size", () => {
    assert.equal(specificity(1, 10), 1);
    assert.equal(specificity(500, 1000), specificity(50_000, 100_000));
    assert.ok(Math.abs(specificity(500, 1000) - 1 / 6) < 1e-12);
    assert.equal(specificity(1000, 1000), 0);
    assert.equal(RELATED_AT, 1);
  });

  it("still relates the seed archive's five Russia–Cuba articles to each other", () => {
    const records = readdirSync(SEED_ARCHIVE)
      .sort()
      .map((f) => loadArticle(join(SEED_ARCHIVE, f), NOW).record!);
    const { site } = siteFromRecords(records, loadSiteInputs().inputs, NOW);
    assert.equal(site.articles.length, 5);
    for (const a of site.articles) {
      assert.equal(a.related.length, 3, a.slug);
      assert.ok(!a.related.some((r) => r.slug === a.slug));
    }
  });

  it("gives the same lists whatever order the words were numbered in", () => {
    const texts = [
      "Putin met Díaz-Canel in Moscow on oil",
      "Oil talks in Moscow with Díaz-Canel",
      "Oil quotas",
    ];
    const facts = texts.map(() => named({ people: ["vladimir-putin"] }, 2));
    const forward = vocabulary();
    const backward = vocabulary(
      [...new Set(texts.flatMap((t) => termCounts(t).map(([w]) => w)))].reverse(),
    );
    const a = relatedArticles(
      texts.map((t) => encodeTerms(termCounts(t), forward)),
      forward.words,
      facts,
    );
    const b = relatedArticles(
      texts.map((t) => encodeTerms(termCounts(t), backward)),
      backward.words,
      facts,
    );
    assert.deepEqual(a, b);
  });
});
