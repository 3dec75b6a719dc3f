/**
 * Related articles by text similarity: TF-IDF over content words, each article reduced to its
 * most distinctive terms, compared through an inverted index so the work grows with the number
 * of articles times a small constant, not with its square.
 */
import { isContentWord, wordsOf } from "../archive/language.ts";

/** Terms kept per article. */
const TERMS_PER_ARTICLE = 16;
/** Words read per article: headline and opening paragraphs carry a news story's subject. */
const WORDS_PER_ARTICLE = 400;
/** Articles kept per term in the index (the highest weights). */
const POSTINGS_PER_TERM = 200;

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
 * result does not depend on the order words entered the vocabulary. Vectors and postings are kept
 * in flat typed arrays: at 100,000 articles, an object per term and per posting was 3 million
 * short-lived objects.
 */
export function relatedArticles(
  terms: readonly Uint32Array[],
  words: readonly string[],
  k = 3,
): number[][] {
  const n = terms.length;
  const df = new Uint32Array(words.length);
  for (const t of terms) for (let i = 0; i < t.length; i += 2) df[t[i]!]!++;
  // A term in every article says nothing, and a term in only one links to nothing: weight 0.
  const idf = Float64Array.from(df, (d) => (d <= 1 ? 0 : Math.log(n / d)));
  // Which of two weighted terms comes first: the heavier, then the earlier word.
  const before = (a: number, wa: number, b: number, wb: number): boolean =>
    wa > wb || (wa === wb && words[a]! < words[b]!);
  // Each article's top terms, weighted by tf-idf and normalised: article i's are at
  // [i * TERMS_PER_ARTICLE, + size[i]) of `vectorIds` and `vectorWeights`.
  const vectorIds = new Uint32Array(n * TERMS_PER_ARTICLE);
  const vectorWeights = new Float64Array(n * TERMS_PER_ARTICLE);
  const size = new Uint8Array(n);
  const topIds = new Uint32Array(TERMS_PER_ARTICLE + 1);
  const topWeights = new Float64Array(TERMS_PER_ARTICLE + 1);
  terms.forEach((t, article) => {
    // The heaviest terms, kept in order as they are found (no sort of all of them).
    let count = 0;
    for (let i = 0; i < t.length; i += 2) {
      const id = t[i]!;
      if (idf[id]! === 0) continue;
      const w = (1 + Math.log(t[i + 1]!)) * idf[id]!;
      if (w <= 0) continue;
      let at = count;
      while (at > 0 && before(id, w, topIds[at - 1]!, topWeights[at - 1]!)) at--;
      if (at < TERMS_PER_ARTICLE) {
        topIds.copyWithin(at + 1, at, count);
        topWeights.copyWithin(at + 1, at, count);
        topIds[at] = id;
        topWeights[at] = w;
        if (count < TERMS_PER_ARTICLE) count++;
      }
    }
    let norm = 0;
    for (let x = 0; x < count; x++) norm += topWeights[x]! * topWeights[x]!;
    norm = Math.sqrt(norm) || 1;
    const base = article * TERMS_PER_ARTICLE;
    for (let x = 0; x < count; x++) {
      vectorIds[base + x] = topIds[x]!;
      vectorWeights[base + x] = topWeights[x]! / norm;
    }
    size[article] = count;
  });
  const postings = postingLists(vectorIds, vectorWeights, size, words.length);
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  const related: number[][] = [];
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let x = i * TERMS_PER_ARTICLE, end = x + size[i]!; x < end; x++) {
      const w = vectorWeights[x]!;
      const id = vectorIds[x]!;
      for (let y = postings.start[id]!, stop = postings.start[id + 1]!; y < stop; y++) {
        const j = postings.articles[y]!;
        if (j === i) continue;
        if (scores[j] === 0) touched[count++] = j;
        scores[j] = scores[j]! + w * postings.weights[y]!;
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
    related.push(best);
  }
  return related;
}

/**
 * For each term, the articles that have it among their top terms (at most `POSTINGS_PER_TERM`,
 * the highest weights), as one flat list: term `id`'s are at [start[id], start[id + 1]).
 */
function postingLists(
  vectorIds: Uint32Array,
  vectorWeights: Float64Array,
  size: Uint8Array,
  terms: number,
): { start: Uint32Array; articles: Uint32Array; weights: Float64Array } {
  // Counted, then placed in article order (a counting sort by term).
  const all = new Uint32Array(terms + 1);
  size.forEach((count, article) => {
    for (let x = 0; x < count; x++) all[vectorIds[article * TERMS_PER_ARTICLE + x]! + 1]!++;
  });
  for (let id = 0; id < terms; id++) all[id + 1]! += all[id]!;
  const next = all.slice(0, terms);
  const placed = new Uint32Array(all[terms]!);
  const placedWeights = new Float64Array(all[terms]!);
  size.forEach((count, article) => {
    for (let x = 0; x < count; x++) {
      const at = next[vectorIds[article * TERMS_PER_ARTICLE + x]!]!++;
      placed[at] = article;
      placedWeights[at] = vectorWeights[article * TERMS_PER_ARTICLE + x]!;
    }
  });
  // A long list keeps its heaviest postings (ties: the earlier article).
  const start = new Uint32Array(terms + 1);
  for (let id = 0; id < terms; id++)
    start[id + 1] = start[id]! + Math.min(all[id + 1]! - all[id]!, POSTINGS_PER_TERM);
  const articles = new Uint32Array(start[terms]!);
  const weights = new Float64Array(start[terms]!);
  for (let id = 0; id < terms; id++) {
    const from = all[id]!;
    const length = all[id + 1]! - from;
    if (length <= POSTINGS_PER_TERM) {
      // Kept whole, already in article order.
      articles.set(placed.subarray(from, from + length), start[id]!);
      weights.set(placedWeights.subarray(from, from + length), start[id]!);
      continue;
    }
    const order = Array.from({ length }, (_, y) => from + y);
    order.sort((a, b) => placedWeights[b]! - placedWeights[a]! || placed[a]! - placed[b]!);
    for (let y = 0; y < POSTINGS_PER_TERM; y++) {
      articles[start[id]! + y] = placed[order[y]!]!;
      weights[start[id]! + y] = placedWeights[order[y]!]!;
    }
  }
  return { start, articles, weights };
}
