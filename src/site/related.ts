/**
 * Related articles by text similarity: TF-IDF over content words, each article reduced to its
 * most distinctive terms, compared through an inverted index so the work grows with the number
 * of articles times a small constant, not with its square.
 */
import { STOPWORDS, wordsOf } from "../archive/language.ts";

/** Terms kept per article. */
const TERMS_PER_ARTICLE = 16;
/** Words read per article: headline and opening paragraphs carry a news story's subject. */
const WORDS_PER_ARTICLE = 400;
/** Articles kept per term in the index (the highest weights). */
const POSTINGS_PER_TERM = 200;

const isContentWord = (w: string): boolean =>
  w.length >= 3 &&
  !/^\d+$/.test(w) &&
  !STOPWORDS.en.has(w) &&
  !STOPWORDS.es.has(w) &&
  !STOPWORDS.ru.has(w);

/** An article's content words and how often each occurs (headline and first words), sorted by word. */
export function termCounts(text: string): [string, number][] {
  const tf = new Map<string, number>();
  for (const w of wordsOf(text.slice(0, WORDS_PER_ARTICLE * 8)).slice(0, WORDS_PER_ARTICLE))
    if (isContentWord(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
  return [...tf].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Words numbered in the order first seen, shared by many articles' encoded word counts. */
export interface Vocabulary {
  /** Word of each number. */
  words: string[];
  /** Number of each word. */
  ids: Map<string, number>;
}

/** A vocabulary holding `words`. */
export function vocabulary(words: string[] = []): Vocabulary {
  return { words, ids: new Map(words.map((w, i) => [w, i])) };
}

/** Word counts as pairs `[word number, count, …]` over a vocabulary (compact to keep and to read back). */
export function encodeTerms(
  terms: readonly (readonly [string, number])[],
  v: Vocabulary,
): Uint32Array {
  const out = new Uint32Array(terms.length * 2);
  terms.forEach(([word, count], i) => {
    let id = v.ids.get(word);
    if (id === undefined) {
      id = v.words.push(word) - 1;
      v.ids.set(word, id);
    }
    out[i * 2] = id;
    out[i * 2 + 1] = count;
  });
  return out;
}

/**
 * For each article (by index, given its encoded word counts), the indexes of the `k` most similar
 * others, best first. Ties are broken by word and by article index, never by word number, so the
 * result does not depend on the order words entered the vocabulary.
 */
export function relatedArticles(
  terms: readonly Uint32Array[],
  words: readonly string[],
  k = 3,
): number[][] {
  const n = terms.length;
  const df = new Uint32Array(words.length);
  for (const t of terms) for (let i = 0; i < t.length; i += 2) df[t[i]!]!++;
  // Each article's top terms, weighted by tf-idf and normalised. A term in every article says
  // nothing, and a term in only one links to nothing: both are left out.
  const vectors = terms.map((t) => {
    const weighted: [number, number][] = [];
    for (let i = 0; i < t.length; i += 2) {
      const id = t[i]!;
      const d = df[id]!;
      if (d <= 1) continue;
      const w = (1 + Math.log(t[i + 1]!)) * Math.log(n / d);
      if (w > 0) weighted.push([id, w]);
    }
    weighted.sort((a, b) => b[1] - a[1] || (words[a[0]]! < words[b[0]]! ? -1 : 1));
    const top = weighted.slice(0, TERMS_PER_ARTICLE);
    const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return top.map(([id, w]) => [id, w / norm] as const);
  });
  const postings = new Map<number, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [id, w] of v) {
      const list = postings.get(id);
      if (list) list.push([i, w]);
      else postings.set(id, [[i, w]]);
    }
  });
  for (const [id, list] of postings)
    if (list.length > POSTINGS_PER_TERM)
      postings.set(id, list.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, POSTINGS_PER_TERM));
  const scores = new Float64Array(n);
  return vectors.map((v, i) => {
    const touched: number[] = [];
    for (const [id, w] of v)
      for (const [j, wj] of postings.get(id) ?? []) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = scores[j]! + w * wj;
      }
    const best = touched
      .map((j) => [j, scores[j]!] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([j]) => j);
    for (const j of touched) scores[j] = 0;
    return best;
  });
}
