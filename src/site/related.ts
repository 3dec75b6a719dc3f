/**
 * Related articles: by the people, organisations and places two articles both name (weighted by
 * how few articles name them), their tags and topics (weakly) and their words (tf-idf), and none when
 * nothing reaches `RELATED_AT`. Compared through an inverted index, so the work grows with the
 * number of articles times a small constant, not with its square.
 */
import { isContentWord, wordsOfOnce } from "../archive/language.ts";
import { articleFeatures, type Features, type RelatedFacts } from "./related-features.ts";

export type { RelatedFacts } from "./related-features.ts";
/** Words read per article: headline and opening paragraphs carry a news story's subject. */
const WORDS_PER_ARTICLE = 400;
/** Articles kept per feature in the index (the highest weights). */
const POSTINGS_PER_TERM = 200;

/** The content words of `texts` (an article's headline and body) and how often each occurs, in the first words only, sorted by word. */
export function termCounts(...texts: string[]): [string, number][] {
  const tf = new Map<string, number>();
  let chars = WORDS_PER_ARTICLE * 8;
  let words = WORDS_PER_ARTICLE;
  for (const text of texts) {
    // Each text folded whole, not a slice of it: the body was folded already (foldOnce remembers).
    for (const w of wordsOfOnce(text.length <= chars ? text : text.slice(0, chars))) {
      if (words-- <= 0) break;
      if (isContentWord(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    }
    chars -= text.length + 1;
    if (chars <= 0 || words <= 0) break;
  }
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
    out[i * 2] = wordNumber(v, word);
    out[i * 2 + 1] = count;
  });
  return out;
}

/** The number of `word` in the vocabulary, which numbers it first if it is new. */
export function wordNumber(v: Vocabulary, word: string): number {
  let id = v.ids.get(word);
  if (id === undefined) v.ids.set(word, (id = v.words.push(word) - 1));
  return id;
}

/** Candidates per article scored in full (the best by the index's partial sums). */
const SHORTLIST = 24;
/**
 * The score from which two articles are related: one person or organisation both name, that at
 * most 1 in 64 articles names (see `specificity`); or two such places; or texts alike at cosine 0.5;
 * or weaker evidence adding up to as much. A score is a sum of shares of the archive, never of
 * counts, so the same pair is related or not in an archive of any size.
 */
export const RELATED_AT = 1;

/**
 * For each article (by index: its encoded word counts and its facts), the indexes of the at most
 * `k` others related to it, best first; none when none reaches `RELATED_AT`. The score of a pair
 * sums, over what both have: each person or organisation, 1 × its specificity (1 for one in at
 * most 1/64 of the archive, 1/6 for one in half of it, 0 for one in all; see `specificity`); each
 * place, 0.5 × its specificity; each tag (a key phrase of both, src/site/tags/), 0.3 × its
 * specificity; each topic, 0.06 × its specificity; and their words' cosine
 * similarity (tf-idf of each article's 16 heaviest words) × 2. A name mentioned in one sentence
 * only counts 7/8 on that side. Ties go to the earlier index: the result depends on the words,
 * names and article order, never on word numbers.
 *
 * Candidates come from an inverted index whose lists keep each feature's `POSTINGS_PER_TERM`
 * heaviest articles, so the work grows with the number of articles, not its square; the
 * `SHORTLIST` best by those partial sums are then scored in full. Arrays are flat and typed: at
 * 100,000 articles an object per posting was millions of short-lived objects.
 */
export function relatedArticles(
  terms: readonly Uint32Array[],
  words: readonly string[],
  facts: readonly RelatedFacts[],
  k = 3,
): number[][] {
  const n = terms.length;
  const features = articleFeatures(terms, words, facts);
  const { start, ids, weights } = features;
  const postings = postingLists(features);
  const partial = new Float64Array(n);
  const touched = new Int32Array(n);
  const mine = new Float64Array(features.size);
  const related: number[][] = [];
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let x = start[i]!; x < start[i + 1]!; x++) {
      const w = weights[x]!;
      const id = ids[x]!;
      mine[id] = w;
      for (let y = postings.start[id]!, stop = postings.start[id + 1]!; y < stop; y++) {
        const j = postings.articles[y]!;
        if (j === i) continue;
        if (partial[j] === 0) touched[count++] = j;
        partial[j] = partial[j]! + w * postings.weights[y]!;
      }
    }
    const shortlist = best(touched.subarray(0, count), partial, SHORTLIST, 0);
    for (let t = 0; t < count; t++) partial[touched[t]!] = 0;
    // In full, in j's feature order: the same sum whichever of the pair asks.
    for (const j of shortlist) {
      let score = 0;
      for (let x = start[j]!; x < start[j + 1]!; x++) score += mine[ids[x]!]! * weights[x]!;
      partial[j] = score;
    }
    related.push(best(shortlist, partial, k, RELATED_AT));
    for (const j of shortlist) partial[j] = 0;
    for (let x = start[i]!; x < start[i + 1]!; x++) mine[ids[x]!] = 0;
  }
  return related;
}

/** The at most `k` of `candidates` with the highest scores of at least `least`, best first (ties: the earlier), in one pass. */
function best(
  candidates: ArrayLike<number>,
  scores: Float64Array,
  k: number,
  least: number,
): number[] {
  const out: number[] = [];
  for (let t = 0; t < candidates.length; t++) {
    const j = candidates[t]!;
    const s = scores[j]!;
    if (s < least || s === 0) continue;
    let at = out.length;
    while (at > 0) {
      const b = out[at - 1]!;
      if (scores[b]! > s || (scores[b] === s && b < j)) break;
      at--;
    }
    if (at < k) {
      out.splice(at, 0, j);
      if (out.length > k) out.pop();
    }
  }
  return out;
}

/**
 * For each feature, the articles that have it (at most `POSTINGS_PER_TERM`, the heaviest; ties:
 * the earlier article), as one flat list: feature `id`'s are at [start[id], start[id + 1]).
 */
function postingLists({ start: from, ids, weights, size, unindexed }: Features): {
  start: Uint32Array;
  articles: Uint32Array;
  weights: Float64Array;
} {
  // Counted, then placed in article order (a counting sort by feature).
  const all = new Uint32Array(size + 1);
  for (const id of ids) if (!unindexed[id]) all[id + 1]!++;
  for (let id = 0; id < size; id++) all[id + 1]! += all[id]!;
  const next = all.slice(0, size);
  const placed = new Uint32Array(ids.length);
  const placedWeights = new Float64Array(ids.length);
  for (let article = 0; article + 1 < from.length; article++)
    for (let x = from[article]!; x < from[article + 1]!; x++) {
      if (unindexed[ids[x]!]) continue;
      const at = next[ids[x]!]!++;
      placed[at] = article;
      placedWeights[at] = weights[x]!;
    }
  // A long list keeps its heaviest postings (ties: the earlier article).
  const start = new Uint32Array(size + 1);
  for (let id = 0; id < size; id++)
    start[id + 1] = start[id]! + Math.min(all[id + 1]! - all[id]!, POSTINGS_PER_TERM);
  const articles = new Uint32Array(start[size]!);
  const kept = new Float64Array(start[size]!);
  for (let id = 0; id < size; id++) {
    const first = all[id]!;
    const length = all[id + 1]! - first;
    if (length <= POSTINGS_PER_TERM) {
      // Kept whole, already in article order.
      articles.set(placed.subarray(first, first + length), start[id]!);
      kept.set(placedWeights.subarray(first, first + length), start[id]!);
      continue;
    }
    const order = Array.from({ length }, (_, y) => first + y);
    order.sort((a, b) => placedWeights[b]! - placedWeights[a]! || placed[a]! - placed[b]!);
    for (let y = 0; y < POSTINGS_PER_TERM; y++) {
      articles[start[id]! + y] = placed[order[y]!]!;
      kept[start[id]! + y] = placedWeights[order[y]!]!;
    }
  }
  return { start, articles, weights: kept };
}
