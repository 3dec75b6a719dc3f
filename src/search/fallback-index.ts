/**
 * The from-disk search index. A page opened from `file://` cannot load Pagefind (WebAssembly and
 * `fetch` are blocked there, Pagefind issue 202), but it can load scripts with `<script>` tags.
 * So the index is also written as small script files that call `ArchiveSearchData.add(name, data)`,
 * one folder per shard (src/search/shards.ts) so one article's change rewrites one shard:
 *   search-data/shards.js            how many shards there are (loaded first)
 *   search-data/<k>/meta.js          the shard's documents' metadata and filter values
 *   search-data/<k>/terms/<key>.js   postings of the terms starting with a two-letter key
 *   search-data/<k>/docs/<n>.js      paragraphs of 100 documents, for excerpts (loaded for shown results)
 * Their names and shapes are in fallback-format.ts. The same engine (src/search/search-engine.ts) merges the shards, in the browser and in the terminal;
 * its scores use the totals over all shards, so sharding does not change the ranking.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  DATA_GLOBAL,
  DOCS_PER_CHUNK,
  metaFile,
  SHARD_LIST,
  termFile,
  textFile,
  type FallbackMeta,
  type TermBucket,
} from "./fallback-format.ts";
import { FILTER_KEYS, type FilterKey, type SearchDocument } from "./search-fields.ts";
import { termKey, tokenize } from "./tokenize.ts";

/** Weight of a word in the headline, against 1 in the body (as in the Pagefind index). */
export const HEADLINE_WEIGHT = 10;

const script = (name: string, data: unknown): string =>
  `${DATA_GLOBAL}.add(${JSON.stringify(name)},${JSON.stringify(data)});\n`;

/** Writes the file naming the number of shards into `dir` (e.g. `_site/search-data`). */
export async function writeShardList(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "shards.js"), script(SHARD_LIST, { count }));
}

/** Writes shard `shard` of the fallback index for the documents into `dir` (e.g. `_site/search-data/0`). */
export async function writeFallbackIndex(
  docs: readonly SearchDocument[],
  dir: string,
  shard: number,
): Promise<{ files: number; bytes: number }> {
  const filterValues = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, [] as string[]]),
  ) as unknown as Record<FilterKey, string[]>;
  const valueIndex = new Map<string, number>();
  const indexOf = (k: FilterKey, v: string): number => {
    const key = `${k}\u0000${v}`;
    let i = valueIndex.get(key);
    if (i === undefined) {
      i = filterValues[k].push(v) - 1;
      valueIndex.set(key, i);
    }
    return i;
  };
  // term → flat postings [doc, weighted count, first paragraph (0 = headline), …]
  const postings = new Map<string, number[]>();
  const metaDocs: FallbackMeta["docs"] = [];
  let totalLength = 0;
  docs.forEach((doc, id) => {
    const counts = new Map<string, { weight: number; first: number }>();
    const add = (text: string, weight: number, para: number): number => {
      const words = tokenize(text);
      for (const w of words) {
        const c = counts.get(w);
        if (!c) counts.set(w, { weight, first: para });
        else {
          c.weight += weight;
          // The first body paragraph with the word (0 means: only in the headline).
          if (c.first === 0 && para > 0) c.first = para;
        }
      }
      return words.length * weight;
    };
    let length = add(doc.headline, HEADLINE_WEIGHT, 0);
    doc.paragraphs.forEach((p, i) => (length += add(p, 1, i + 1)));
    totalLength += length;
    for (const [term, c] of counts) {
      const list = postings.get(term);
      if (list) list.push(id, c.weight, c.first);
      else postings.set(term, [id, c.weight, c.first]);
    }
    metaDocs.push([
      doc.path,
      doc.headline,
      doc.date,
      doc.source,
      length,
      ...FILTER_KEYS.map((k) => doc.filters[k].map((v) => indexOf(k, v))),
    ]);
  });
  const byKey = new Map<string, TermBucket>();
  for (const [term, list] of postings) {
    const key = termKey(term);
    const bucket = byKey.get(key) ?? {};
    bucket[term] = list;
    byKey.set(key, bucket);
  }
  await mkdir(join(dir, "terms"), { recursive: true });
  await mkdir(join(dir, "docs"), { recursive: true });
  const meta: FallbackMeta = {
    version: 1,
    count: docs.length,
    averageLength: docs.length ? totalLength / docs.length : 0,
    filterValues,
    docs: metaDocs,
    termKeys: [...byKey.keys()].sort(),
  };
  const files: [string, string][] = [["meta.js", script(metaFile(shard), meta)]];
  for (const [key, bucket] of byKey)
    files.push([`terms/${key}.js`, script(termFile(shard, key), bucket)]);
  for (let start = 0; start < docs.length; start += DOCS_PER_CHUNK) {
    const chunk = start / DOCS_PER_CHUNK;
    files.push([
      `docs/${chunk}.js`,
      script(
        textFile(shard, chunk),
        docs.slice(start, start + DOCS_PER_CHUNK).map((d) => d.paragraphs),
      ),
    ]);
  }
  let bytes = 0;
  for (const [name, text] of files) {
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, name), text);
  }
  return { files: files.length, bytes };
}
