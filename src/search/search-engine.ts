/**
 * The fallback search engine: searches the script-file index in search-data/ (written by
 * src/search/fallback-index.ts). The search page uses it when Pagefind cannot start (a copy opened
 * from disk) and `npm run search` uses it in the terminal, so both give the same results.
 *
 * Semantics follow the Pagefind setup of the site: every query word must match (a word matches
 * the indexed words it begins, so "blockade" finds "blockades"); headline words weigh 10, body
 * words 1; ranking is BM25; filters are OR within a group and AND across groups.
 */
import {
  DOCS_PER_CHUNK,
  metaFile,
  SHARD_LIST,
  termFile,
  textFile,
  type FallbackMeta,
  type ShardList,
  type TermBucket,
  type TextChunk,
} from "./fallback-format.ts";
import { FILTER_KEYS, type FilterKey } from "./search-fields.ts";
import { termKey, tokenize } from "./tokenize.ts";
import { excerpt, type ExcerptPart } from "./excerpt.ts";
import { filterIndexes, locate, mergeShards, type MergedMeta } from "./merge-shards.ts";

/** BM25's term-frequency saturation. */
const K1 = 1.2;
/** BM25's length normalisation. */
const B = 0.75;
/** Weight of a word that a query word only begins, against 1 for the word itself. */
const PREFIX_WEIGHT = 0.7;

/** Returns the data of an index file by name (`0/meta`), at once or when it has loaded. */
export type IndexLoader = (name: string) => unknown;

/** Each filter's values and how many articles have each. */
export type FilterCounts = Record<FilterKey, Record<string, number>>;

/** Filter values wanted, by filter (OR within a filter, AND across filters). */
export type ChosenFilters = Partial<Record<FilterKey, readonly string[]>>;

/** How to search. */
export interface SearchOptions {
  /** Filter values wanted (default: none). */
  filters?: ChosenFilters | undefined;
  /** "date-desc", "date-asc", or anything else for the best match first. */
  sort?: string | undefined;
}

/** One matching article. */
export interface ScoredResult {
  /** Its number in the merged index. */
  doc: number;
  /** BM25 score (0 when listed by filters alone). */
  score: number;
  /** The first body paragraph (from 1) holding a query word, or 0. */
  paragraph: number;
}

/** What a search found. */
export interface SearchOutcome {
  /** Matching articles, in the order asked for. */
  results: ScoredResult[];
  /** Filter counts over the results. */
  filters: FilterCounts;
  /** Filter counts over the articles the words match, before filtering. */
  totalFilters: FilterCounts;
  /** Number of articles the words match, before filtering. */
  unfiltered: number;
}

/** What a result shows. */
export interface ResultData {
  /** Site path of the article, with the anchor of the paragraph that matched. */
  path: string;
  /** Headline. */
  headline: string;
  /** Date at its precision, or "" when undated. */
  date: string;
  /** Source, or `NO_SOURCE`. */
  source: string;
  /** Excerpt with the matched words marked. */
  excerpt: ExcerptPart[];
}

/** A search engine over one index. */
export interface SearchEngine {
  /** Searches; an empty query with filters lists the filtered articles. */
  search(query: string, options?: SearchOptions): Promise<SearchOutcome>;
  /** The displayable data of a result (default excerpt: 30 words). */
  data(result: ScoredResult, query: string, excerptWords?: number): Promise<ResultData>;
  /** Filter counts over every article. */
  filters(): Promise<FilterCounts>;
  /** The merged metadata of all shards. */
  meta(): Promise<MergedMeta>;
}

/** A document's values for a filter. */
const valuesOf = (m: MergedMeta, doc: number, key: FilterKey): string[] =>
  filterIndexes(m.docs[doc]!, FILTER_KEYS.indexOf(key)).map((i) => m.filterValues[key][i]!);

/** True when the document has one of the wanted values of every filter with a choice. */
function passes(m: MergedMeta, doc: number, selected: ChosenFilters): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = selected[key];
    if (!wanted || wanted.length === 0) return true;
    const values = valuesOf(m, doc, key);
    return wanted.some((v) => values.includes(v));
  });
}

/** Filter counts over `docs`. */
function countFilters(m: MergedMeta, docs: readonly number[]): FilterCounts {
  const counts = {} as FilterCounts;
  for (const key of FILTER_KEYS) counts[key] = {};
  for (const doc of docs)
    for (const key of FILTER_KEYS)
      for (const v of valuesOf(m, doc, key)) counts[key][v] = (counts[key][v] ?? 0) + 1;
  return counts;
}

/** Orders the results as asked and counts their filters. */
function finish(
  m: MergedMeta,
  results: ScoredResult[],
  unfiltered: readonly number[],
  options: SearchOptions,
): SearchOutcome {
  const date = (r: ScoredResult): string => m.docs[r.doc]![2] || "";
  if (options.sort === "date-desc" || options.sort === "date-asc") {
    const dir = options.sort === "date-desc" ? -1 : 1;
    results.sort((a, b) => {
      const da = date(a);
      const db = date(b);
      if (!da !== !db) return da ? -1 : 1; // undated last either way
      return da < db ? -dir : da > db ? dir : b.score - a.score;
    });
  } else results.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return {
    results,
    filters: countFilters(
      m,
      results.map((r) => r.doc),
    ),
    totalFilters: countFilters(m, unfiltered),
    unfiltered: unfiltered.length,
  };
}

/** Every document number of the index. */
const everyDoc = (m: MergedMeta): number[] => Array.from({ length: m.count }, (_, i) => i);

/** A search engine over an index that `load(name)` returns parts of (see fallback-format.ts). */
export function createEngine(load: IndexLoader): SearchEngine {
  const file = <T>(name: string): Promise<T> => Promise.resolve(load(name) as T);
  let metaPromise: Promise<MergedMeta> | null = null;
  const meta = (): Promise<MergedMeta> =>
    (metaPromise ??= file<ShardList>(SHARD_LIST).then((list) =>
      Promise.all(
        Array.from({ length: list.count }, (_, k) => file<FallbackMeta>(metaFile(k))),
      ).then(mergeShards),
    ));

  /** Documents matching one query word: doc → its weight and first paragraph. */
  async function matchWord(
    m: MergedMeta,
    word: string,
  ): Promise<Map<number, { weight: number; first: number }>> {
    const key = termKey(word);
    const docs = new Map<number, { weight: number; first: number }>();
    await Promise.all(
      m.shards.map(async (shard, k) => {
        if (!shard.termKeys.includes(key)) return;
        const bucket = await file<TermBucket>(termFile(k, key));
        for (const [term, list] of Object.entries(bucket)) {
          if (!term.startsWith(word)) continue;
          const factor = term === word ? 1 : PREFIX_WEIGHT;
          for (let i = 0; i < list.length; i += 3) {
            const doc = shard.offset + list[i]!;
            const weight = list[i + 1]! * factor;
            const first = list[i + 2]!;
            const d = docs.get(doc);
            if (!d) docs.set(doc, { weight, first });
            else {
              d.weight += weight;
              if (first > 0 && (d.first === 0 || first < d.first)) d.first = first;
            }
          }
        }
      }),
    );
    return docs;
  }

  async function search(query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
    const selected = options.filters ?? {};
    const m = await meta();
    const words = tokenize(query || "").filter((w, i, all) => all.indexOf(w) === i);
    const all = everyDoc(m);
    if (words.length === 0) {
      if (!FILTER_KEYS.some((k) => selected[k]?.length)) {
        const counts = countFilters(m, all);
        return { results: [], filters: counts, totalFilters: countFilters(m, all), unfiltered: 0 };
      }
      const listed = all.filter((d) => passes(m, d, selected));
      return finish(
        m,
        listed.map((doc) => ({ doc, score: 0, paragraph: 0 })),
        all,
        options,
      );
    }
    const maps = await Promise.all(words.map((w) => matchWord(m, w)));
    const base = maps.reduce((a, b) => (a.size <= b.size ? a : b));
    const matched = [...base.keys()].filter((doc) => maps.every((mp) => mp.has(doc)));
    const scored = matched.map((doc): ScoredResult => {
      let score = 0;
      let paragraph = 0;
      for (const mp of maps) {
        const hit = mp.get(doc)!;
        const idf = Math.log(1 + (m.count - mp.size + 0.5) / (mp.size + 0.5));
        const len = m.docs[doc]![4] / (m.averageLength || 1);
        score += (idf * (hit.weight * (K1 + 1))) / (hit.weight + K1 * (1 - B + B * len));
        if (hit.first > 0 && (paragraph === 0 || hit.first < paragraph)) paragraph = hit.first;
      }
      return { doc, score, paragraph };
    });
    return finish(
      m,
      scored.filter((r) => passes(m, r.doc, selected)),
      matched,
      options,
    );
  }

  async function data(result: ScoredResult, query: string, excerptWords = 30): Promise<ResultData> {
    const m = await meta();
    const d = m.docs[result.doc]!;
    const at = locate(m, result.doc);
    const chunk = await file<TextChunk>(textFile(at.shard, Math.floor(at.local / DOCS_PER_CHUNK)));
    const paras = chunk[at.local % DOCS_PER_CHUNK] ?? [];
    const index = result.paragraph > 0 ? result.paragraph - 1 : 0;
    return {
      path: d[0] + (result.paragraph > 0 ? `#p${result.paragraph}` : ""),
      headline: d[1],
      date: d[2],
      source: d[3],
      excerpt: excerpt(paras[index] ?? "", tokenize(query || ""), excerptWords),
    };
  }

  const filters = async (): Promise<FilterCounts> => {
    const m = await meta();
    return countFilters(m, everyDoc(m));
  };

  return { search, data, filters, meta };
}
