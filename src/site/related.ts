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

/** For each article (by index), the indexes of the `k` most similar others, best first. */
export function relatedArticles(texts: readonly string[], k = 3): number[][] {
  const n = texts.length;
  const tfs = texts.map((t) => {
    const tf = new Map<string, number>();
    for (const w of wordsOf(t.slice(0, WORDS_PER_ARTICLE * 8)).slice(0, WORDS_PER_ARTICLE))
      if (isContentWord(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  // Each article's top terms, weighted by tf-idf and normalised. A term in every article says
  // nothing, and a term in only one links to nothing: both are left out.
  const vectors = tfs.map((tf) => {
    const weighted = [...tf]
      .filter(([term]) => (df.get(term) ?? 0) > 1)
      .map(
        ([term, count]) =>
          [term, (1 + Math.log(count)) * Math.log(n / (df.get(term) ?? n))] as const,
      )
      .filter(([, w]) => w > 0);
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = weighted.slice(0, TERMS_PER_ARTICLE);
    const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return top.map(([term, w]) => [term, w / norm] as const);
  });
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [term, w] of v) postings.set(term, [...(postings.get(term) ?? []), [i, w]]);
  });
  for (const [term, list] of postings)
    if (list.length > POSTINGS_PER_TERM)
      postings.set(term, list.sort((a, b) => b[1] - a[1]).slice(0, POSTINGS_PER_TERM));
  return vectors.map((v, i) => {
    const scores = new Map<number, number>();
    for (const [term, w] of v)
      for (const [j, wj] of postings.get(term) ?? [])
        if (j !== i) scores.set(j, (scores.get(j) ?? 0) + w * wj);
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([j]) => j);
  });
}
