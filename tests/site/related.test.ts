import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { encodeTerms, relatedArticles, termCounts, vocabulary } from "../../src/site/related.ts";

/**
 * The rule, spelled out with plain sorts: each article's 16 heaviest terms by tf-idf (ties: the
 * earlier word), normalised; each term's 200 heaviest postings (ties: the earlier article); the k
 * articles with the highest summed products (ties: the earlier article).
 */
function reference(terms: readonly Uint32Array[], words: readonly string[], k = 3): number[][] {
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
    return top.map((x) => ({ id: x.id, w: x.w / norm }));
  });
  const postings = new Map<number, { article: number; w: number }[]>();
  vectors.forEach((v, article) => {
    for (const { id, w } of v) {
      if (!postings.has(id)) postings.set(id, []);
      postings.get(id)!.push({ article, w });
    }
  });
  for (const [id, list] of postings)
    postings.set(id, list.sort((a, b) => b.w - a.w || a.article - b.article).slice(0, 200));
  return vectors.map((v, i) => {
    const scores = new Map<number, number>();
    for (const { id, w } of v)
      for (const p of postings.get(id)!)
        if (p.article !== i) scores.set(p.article, (scores.get(p.article) ?? 0) + w * p.w);
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([j]) => j);
  });
}

/** Word counts drawn at a fixed seed: a Zipf-like vocabulary, so common words have long postings. */
function randomTerms(
  articles: number,
  vocabularySize: number,
  seed: number,
): { terms: Uint32Array[]; words: string[] } {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const v = vocabulary();
  // Word numbers in an order unlike the words' (the rule must not depend on it).
  for (let i = vocabularySize - 1; i >= 0; i--) encodeTerms([[`w${i.toString(36)}`, 1]], v);
  const terms = Array.from({ length: articles }, () => {
    const counts = new Map<string, number>();
    const length = 5 + Math.floor(next() * 60);
    for (let j = 0; j < length; j++) {
      const word = `w${Math.floor(vocabularySize ** next() - 1).toString(36)}`;
      counts.set(word, (counts.get(word) ?? 0) + (next() < 0.7 ? 1 : 2));
    }
    return encodeTerms(
      [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      v,
    );
  });
  return { terms, words: v.words };
}

describe("relatedArticles", () => {
  it("relates articles that share distinctive words", () => {
    const v = vocabulary();
    const texts = [
      "Putin and Díaz-Canel met in Moscow to discuss oil shipments",
      "Oil shipments from Russia reached Havana after the Moscow meeting",
      "The baseball season opened in Havana with a festival",
      "A festival of baseball and music filled the Havana stadium",
    ];
    const terms = texts.map((t) => encodeTerms(termCounts(t), v));
    const related = relatedArticles(terms, v.words, 1);
    assert.deepEqual(related, [[1], [0], [3], [2]]);
  });

  it("agrees with the rule spelled out, postings cut to the heaviest included", () => {
    for (const [articles, size, seed] of [
      [300, 80, 1],
      [1500, 400, 2],
      [2500, 3000, 3],
    ] as const) {
      const { terms, words } = randomTerms(articles, size, seed);
      assert.deepEqual(relatedArticles(terms, words), reference(terms, words, 3), `case ${seed}`);
      assert.deepEqual(
        relatedArticles(terms, words, 5),
        reference(terms, words, 5),
        `case ${seed}, k 5`,
      );
    }
  });
});
