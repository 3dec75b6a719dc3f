/**
 * What related articles are compared by: each article's features, one flat list. A feature is a
 * word, a person, an organisation, a place, a topic or a tag; two articles' score is the sum, over the
 * features they share, of the products of their weights (see `relatedArticles` for the scale).
 */
import type { ArticleFacts } from "./types.ts";

/** Words kept per article: its heaviest by tf-idf. */
export const TERMS_PER_ARTICLE = 16;
/** Weight of the words' similarity (cosine, 0 to 1): texts alike at 0.5 are related by their words alone. */
const WORDS = 2;
/** Weight of a person or organisation both name, at full specificity. */
const PERSON = 1;
/** Weight of a place both name, at full specificity: places are broad (a capital is in many stories). */
const PLACE = 0.5;
/** Weight of a topic both have, at full specificity: topics are broad and rule-assigned. */
const TOPIC = 0.06;
/**
 * Weight of a tag both have, at full specificity: a key phrase of each (src/site/tags/), stronger
 * evidence than a topic, weaker than a name (a phrase can be a common expression).
 */
const TAG = 0.3;
/**
 * Least weight of a name or topic through which candidates are found: a common one (a person in a
 * third of the archive, any topic) would bring hundreds of candidates that it barely links. It
 * still counts in the score of candidates found otherwise.
 */
const INDEXED_FROM = 0.25;
/** Weight on its side of a name that an article mentions in one sentence only. */
const PASSING = 7 / 8;
/** Kinds of names and topics, and the weight of each. */
const KINDS = ["people", "organisations", "places", "topics", "tags"] as const;
const KIND_WEIGHTS = [PERSON, PERSON, PLACE, TOPIC, TAG];
/** An entity or topic in at most 1 in 2^SPECIFIC_BITS articles counts in full; one in all, not at all. */
const SPECIFIC_BITS = 6;
/** An archive smaller than this is measured as if it were this size, the rest naming nothing. */
const ARCHIVE_FLOOR = 2 ** SPECIFIC_BITS;

/** What of an article's facts related articles read. */
export type RelatedFacts = Pick<ArticleFacts, "people" | "places" | "organisations"> & {
  themes: { slugs: readonly string[] };
  /** Keys of the article's tags (src/site/tags/article-tags.ts); absent: none. */
  tags?: readonly string[];
};

/** Every article's features: article i's are at [start[i], start[i + 1]) of `ids` and `weights`. */
export interface Features {
  start: Uint32Array;
  ids: Uint32Array;
  weights: Float64Array;
  /** Number of distinct feature ids (words first, then entities and topics by key). */
  size: number;
  /** By feature id, 1 for a name or topic too weak to find candidates by (see `INDEXED_FROM`). */
  unindexed: Uint8Array;
}

/**
 * How specific a name or topic that `df` of `n` articles have is, from 0 to 1: the bits of
 * information that an article has it (log2 of n / df), out of `SPECIFIC_BITS`. It depends on the
 * share of the archive, not its size: a country in half the articles is 1/6 at any size.
 */
export function specificity(df: number, n: number): number {
  return Math.max(0, Math.min(1, Math.log2(Math.max(n, ARCHIVE_FLOOR) / df) / SPECIFIC_BITS));
}

/**
 * Each article's features, in an order independent of word numbers: its words (heaviest first,
 * ties by word), then its names and topics by key. A name is weighted on each side by the root of
 * its weight times 7/8 when that article mentions it in one sentence only (1 when more), so a
 * pair's product is its weight, less for a passing mention. Words, names and topics only one
 * article has link nothing and are left out.
 */
export function articleFeatures(
  terms: readonly Uint32Array[],
  words: readonly string[],
  facts: readonly RelatedFacts[],
): Features {
  const n = terms.length;
  const names = nameWeights(facts, words.length);
  const df = new Uint32Array(words.length);
  for (const t of terms) for (let i = 0; i < t.length; i += 2) df[t[i]!]!++;
  // A word in every article says nothing, and one in only one links to nothing: weight 0.
  const idf = Float64Array.from(df, (d) => (d <= 1 ? 0 : Math.log(n / d)));
  const ids = new Uint32Array(n * TERMS_PER_ARTICLE + names.codes.length);
  const weights = new Float64Array(ids.length);
  let length = 0;
  const start = new Uint32Array(n + 1);
  const topIds = new Uint32Array(TERMS_PER_ARTICLE + 1);
  const topWeights = new Float64Array(TERMS_PER_ARTICLE + 1);
  // Which of two weighted words comes first: the heavier, then the earlier word.
  const before = (a: number, wa: number, b: number, wb: number): boolean =>
    wa > wb || (wa === wb && words[a]! < words[b]!);
  terms.forEach((t, article) => {
    // The heaviest words, kept in order as they are found (no sort of all of them).
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
    norm = Math.sqrt(norm / WORDS) || 1;
    for (let x = 0; x < count; x++) {
      ids[length] = topIds[x]!;
      weights[length++] = topWeights[x]! / norm;
    }
    for (let x = names.start[article]!; x < names.start[article + 1]!; x++) {
      const id = names.codes[x]! >>> 1;
      ids[length] = id;
      weights[length++] = names.weight[id - words.length]! * (names.codes[x]! & 1 ? PASSING : 1);
    }
    start[article + 1] = length;
  });
  return {
    start,
    ids: ids.subarray(0, length),
    weights: weights.subarray(0, length),
    size: words.length + names.weight.length,
    unindexed: Uint8Array.from({ length: words.length + names.weight.length }, (_, id) =>
      id >= words.length && names.weight[id - words.length]! ** 2 < INDEXED_FROM ? 1 : 0,
    ),
  };
}

/**
 * Each article's names and topics, numbered from `first` in key order: article i's are at
 * [start[i], start[i + 1]) of `codes`, by number, each `2 × number + 1` when mentioned in passing
 * (`2 × number` else); `weight[number - first]` is the root of its weight.
 */
function nameWeights(
  facts: readonly RelatedFacts[],
  first: number,
): { start: Uint32Array; codes: Uint32Array; weight: Float64Array } {
  const n = facts.length;
  // By kind, then slug: no key string is built per mention.
  const numbers = KINDS.map(() => new Map<string, number>());
  const keys: string[] = [];
  const kinds: number[] = [];
  const df: number[] = [];
  const seenIn: number[] = [];
  const at: number[] = [];
  const mentions: number[] = [];
  const start = new Uint32Array(n + 1);
  facts.forEach((f, article) => {
    const add = (kind: number, slug: string, count: number): void => {
      let k = numbers[kind]!.get(slug);
      if (k === undefined) {
        numbers[kind]!.set(slug, (k = keys.push(`${KINDS[kind]}/${slug}`) - 1));
        (kinds.push(kind), df.push(0), seenIn.push(-1), at.push(0));
      }
      if (seenIn[k] !== article) {
        seenIn[k] = article;
        df[k]!++;
        at[k] = mentions.push(k, count) - 1;
      } else mentions[at[k]!]! += count;
    };
    for (const m of f.people) add(0, m.slug, m.count);
    for (const m of f.organisations) add(1, m.slug, m.count);
    for (const m of f.places) add(2, m.slug, m.count);
    for (const slug of f.themes.slugs) add(3, slug, 2);
    for (const key of f.tags ?? []) add(4, key, 2);
    start[article + 1] = mentions.length / 2;
  });
  // Numbered in key order, leaving out what only one article has.
  const order = keys.map((_, k) => k).filter((k) => df[k]! > 1);
  order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
  const id = new Int32Array(keys.length).fill(-1);
  const weight = new Float64Array(order.length);
  order.forEach((k, rank) => {
    id[k] = first + rank;
    weight[rank] = Math.sqrt(KIND_WEIGHTS[kinds[k]!]! * specificity(df[k]!, n));
  });
  const codes = new Uint32Array(mentions.length / 2);
  let kept = 0;
  for (let article = 0; article < n; article++) {
    const from = kept;
    for (let x = start[article]! * 2; x < start[article + 1]! * 2; x += 2) {
      const k = mentions[x]!;
      if (id[k]! >= 0 && weight[id[k]! - first]! > 0)
        codes[kept++] = id[k]! * 2 + (mentions[x + 1]! > 1 ? 0 : 1);
    }
    codes.subarray(from, kept).sort();
    start[article] = from;
  }
  start[n] = kept;
  return { start, codes: codes.subarray(0, kept), weight };
}
