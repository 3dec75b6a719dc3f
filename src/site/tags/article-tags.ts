/**
 * Tags from the archive's own words: each article's key phrases (phrase-candidates.ts) scored by
 * how salient they are in it times how specific they are to it in the archive (tf-idf, the idf in
 * whole bits, see `tagSpecificity`). An article keeps its best few; a tag gets a page when several
 * articles keep it. Issue 16, item 2.
 */
import { slugify } from "../../archive/slug.ts";
import { readPhrases } from "./phrase-codec.ts";
import { salience } from "./phrase-candidates.ts";

/** Most tags shown per article. */
export const TAGS_PER_ARTICLE = 5;
/** Articles that must keep a tag for it to get a page (and be shown as a link). */
export const TAG_PAGE_MIN_ARTICLES = 3;
/** Least score of a tag: a word twice in the body (1.69) at nearly full specificity. */
export const MIN_TAG_SCORE = 1.5;
/** A phrase among the candidates of more than this share of the archive names no subject of its own. */
const MAX_SHARE = 0.5;

/** Bits of information (log2 of n / df) at which a phrase is fully specific. */
const SPECIFIC_BITS = 6;

/**
 * How specific a phrase that `df` of `n` articles have is, from 0 to 1: the whole bits of
 * information (log2 of n / df) that an article has it, out of `SPECIFIC_BITS`. A phrase shared by
 * up to `TAG_PAGE_MIN_ARTICLES` articles counts as one in that many: tags are meant to be shared,
 * and sharing that few must not lose to a phrase of one article alone; and an archive is measured
 * as if it held at least 2^6 times that many (the rest without the phrase). Whole bits, unlike
 * related-features.ts's `specificity`: the value then changes only when n reaches df × a power of
 * two, so adding an article seldom changes other articles' tags (and the pages an incremental
 * build renders again).
 */
export function tagSpecificity(df: number, n: number): number {
  const least = TAG_PAGE_MIN_ARTICLES;
  const bits = Math.floor(Math.log2(Math.max(n, least * 2 ** SPECIFIC_BITS) / Math.max(df, least)));
  return Math.max(0, Math.min(SPECIFIC_BITS, bits)) / SPECIFIC_BITS;
}

/** A tag some article keeps. */
export interface Tag {
  /** Key of the phrase (its words' keys, see phrase-words.ts). */
  key: string;
  /** How it is shown: the form most of its articles write. */
  name: string;
  /** Slug of its page (from the key), unique among tags, or null when it has none. */
  slug: string | null;
  /** Articles that keep it. */
  articles: number;
}

/** One of an article's tags. */
export interface ArticleTagChoice {
  /** The tag (shared by the articles that keep it). */
  tag: Tag;
  /** Times the article has the phrase. */
  count: number;
  /** True when the headline has it. */
  inHeadline: boolean;
}

/** Each article's tags, best first (`byArticle[i]` for the i-th encoded candidates given), and every tag with a page, by name. */
export interface ArchiveTags {
  /** By article, its tags, best first. */
  byArticle: ArticleTagChoice[][];
  /** Tags with a page, by name. */
  withPages: Tag[];
}

/** True when one phrase is a span of the other ("rate" in "interest rate"): one of them is enough. */
const overlaps = (a: string, b: string): boolean =>
  ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);

/**
 * The tags of every article, from each one's encoded candidates (`ArticleFacts.phrases`; an
 * article without them has none). Deterministic: ties go to the earlier key.
 */
export function archiveTags(encoded: readonly (string | undefined)[]): ArchiveTags {
  const n = encoded.length;
  // Every candidate of every article in flat lists (article i's at [start[i], start[i + 1])), its
  // key by number: an object per candidate was most of this function's time, in garbage.
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const wordsIn: number[] = [];
  const df: number[] = [];
  const start = new Uint32Array(n + 1);
  const headlineWords = new Uint32Array(n);
  const cand: number[] = [];
  const counts: number[] = [];
  const firsts: number[] = [];
  const inHeadline: boolean[] = [];
  const names = new Map<number, string>();
  encoded.forEach((e, i) => {
    if (e)
      headlineWords[i] = readPhrases(e, (key, count, first, headline, name) => {
        let id = ids.get(key);
        if (id === undefined) {
          ids.set(key, (id = keys.push(key) - 1));
          wordsIn.push(key.split(" ").length);
          df.push(0);
        }
        df[id]!++;
        if (name !== undefined) names.set(cand.length, name);
        cand.push(id);
        counts.push(count);
        firsts.push(first);
        inHeadline.push(headline);
      });
    start[i + 1] = cand.length;
  });
  const tooCommon = Math.max(TAG_PAGE_MIN_ARTICLES, n * MAX_SHARE);
  const score = new Float64Array(cand.length);
  for (let i = 0; i < n; i++)
    for (let x = start[i]!; x < start[i + 1]!; x++) {
      const id = cand[x]!;
      if (df[id]! > tooCommon) continue;
      const own = salience(wordsIn[id]!, counts[x]!, firsts[x]!, inHeadline[x]!, headlineWords[i]!);
      score[x] = own * tagSpecificity(df[id]!, n);
    }
  const tags = new Map<number, Tag>();
  const forms = new Map<number, Map<string, number>>();
  const byArticle: ArticleTagChoice[][] = [];
  for (let i = 0; i < n; i++) {
    const order: number[] = [];
    for (let x = start[i]!; x < start[i + 1]!; x++) if (score[x]! >= MIN_TAG_SCORE) order.push(x);
    order.sort((a, b) => score[b]! - score[a]! || (keys[cand[a]!]! < keys[cand[b]!]! ? -1 : 1));
    const chosen: ArticleTagChoice[] = [];
    for (const x of order) {
      if (chosen.length === TAGS_PER_ARTICLE) break;
      const id = cand[x]!;
      if (chosen.some((t) => overlaps(t.tag.key, keys[id]!))) continue;
      let tag = tags.get(id);
      if (!tag) tags.set(id, (tag = { key: keys[id]!, name: "", slug: null, articles: 0 }));
      tag.articles++;
      const name = names.get(x) ?? keys[id]!;
      const seen = forms.get(id) ?? new Map<string, number>();
      forms.set(id, seen.set(name, (seen.get(name) ?? 0) + 1));
      chosen.push({ tag, count: counts[x]!, inHeadline: inHeadline[x]! });
    }
    byArticle.push(chosen);
  }
  // Names and slugs in key order, so a slug two keys would share goes to the same one every time.
  const taken = new Set<string>();
  const withPages: Tag[] = [];
  for (const id of [...tags.keys()].sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1))) {
    const tag = tags.get(id)!;
    tag.name = [...forms.get(id)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    if (tag.articles < TAG_PAGE_MIN_ARTICLES) continue;
    // From the key, not the name: the name can change as articles come, the page's address not.
    const base = slugify(tag.key) || "tag";
    let slug = base;
    for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
    taken.add(slug);
    tag.slug = slug;
    withPages.push(tag);
  }
  withPages.sort((a, b) => a.name.localeCompare(b.name) || (a.key < b.key ? -1 : 1));
  return { byArticle, withPages };
}
