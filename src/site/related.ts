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
      if (at < TERMS_PER_ARTICLE) {
        top.splice(at, 0, { id, w });
        if (top.length > TERMS_PER_ARTICLE) top.pop();
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
      list.length > POSTINGS_PER_TERM
        ? list.sort((a, b) => b.w - a.w || a.article - b.article).slice(0, POSTINGS_PER_TERM)
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
