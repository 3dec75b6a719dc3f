import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { encodeTerms, relatedArticles, termCounts, vocabulary } from "../../src/site/related.ts";

/** The rule, as first written (objects per term and per posting): the new one must agree with it. */
function reference(terms: readonly Uint32Array[], words: readonly string[], k = 3): number[][] {
  const n = terms.length;
  const df = new Uint32Array(words.length);
  for (const t of terms) for (let i = 0; i < t.length; i += 2) df[t[i]!]!++;
  // Which of two weighted terms comes first: the heavier, then the earlier word.
  const before = (a: number, wa: number, b: number, wb: number): boolean =>
    wa > wb || (wa === wb && words[a]! < words[b]!);
  // Each article's top terms, weighted by tf-idf and normalised. A term in every article says
  // nothing, and a term in only one links to nothing: both are left out.
  const vectors = terms.map((t) => {
    // The heaviest terms, kept in order as they are found (no sort of all of them).
    const top: { id: number; w: number }[] = [];
    for (let i = 0; i < t.length; i += 2) {
      const id = t[i]!;
      const d = df[id]!;
      if (d <= 1) continue;
      const w = (1 + Math.log(t[i + 1]!)) * Math.log(n / d);
      if (w <= 0) continue;
      let at = top.length;
      while (at > 0 && before(id, w, top[at - 1]!.id, top[at - 1]!.w)) at--;
      if (at < 16) {
        top.splice(at, 0, { id, w });
        if (top.length > 16) top.pop();
      }
    }
    let norm = 0;
    for (const x of top) norm += x.w * x.w;
    norm = Math.sqrt(norm) || 1;
    const ids = new Uint32Array(top.length);
    const weights = new Float64Array(top.length);
    top.forEach((x, i) => {
      ids[i] = x.id;
      weights[i] = x.w / norm;
    });
    return { ids, weights };
  });
  // Postings: for each term, the articles that have it among their top terms, highest weight first.
  const lists: { article: number; w: number }[][] = Array.from({ length: words.length }, () => []);
  vectors.forEach((v, i) => {
    for (let x = 0; x < v.ids.length; x++) lists[v.ids[x]!]!.push({ article: i, w: v.weights[x]! });
  });
  const postings = lists.map((list) => {
    const kept =
      list.length > 200
        ? list.sort((a, b) => b.w - a.w || a.article - b.article).slice(0, 200)
        : list;
    return {
      articles: Uint32Array.from(kept, (p) => p.article),
      weights: Float64Array.from(kept, (p) => p.w),
    };
  });
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  return vectors.map((v, i) => {
    let count = 0;
    for (let x = 0; x < v.ids.length; x++) {
      const w = v.weights[x]!;
      const { articles, weights } = postings[v.ids[x]!]!;
      for (let y = 0; y < articles.length; y++) {
        const j = articles[y]!;
        if (j === i) continue;
        if (scores[j] === 0) touched[count++] = j;
        scores[j] = scores[j]! + w * weights[y]!;
      }
    }
    // The k best by score, then by index: one pass, no sort of everything touched.
    const best: number[] = [];
    for (let t = 0; t < count; t++) {
      const j = touched[t]!;
      const s = scores[j]!;
      let at = best.length;
      while (at > 0) {
        const b = best[at - 1]!;
        if (scores[b]! > s || (scores[b] === s && b < j)) break;
        at--;
      }
      if (at < k) {
        best.splice(at, 0, j);
        if (best.length > k) best.pop();
      }
    }
    for (let t = 0; t < count; t++) scores[touched[t]!] = 0;
    return best;
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

  it("agrees with the rule as first written, postings cut to the heaviest included", () => {
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
