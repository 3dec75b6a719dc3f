/**
 * Entry of `search-engine.js`, a classic script (no modules: they cannot load from file://) that
 * publishes the fallback engine as `ArchiveSearch` and the index files' sink as
 * `ArchiveSearchData`. The search page's own script (search.js) finds the engine there, so the
 * engine's code is on the page once. Bundled by src/pipeline/browser-scripts.ts.
 */
import { DATA_GLOBAL } from "../search/fallback-format.ts";
import { FILTER_KEYS } from "../search/search-fields.ts";
import { termKey, tokenize } from "../search/tokenize.ts";
import { excerpt } from "../search/excerpt.ts";
import { scriptLoader, searchData } from "./script-loader.ts";
import { createEngine } from "../search/search-engine.ts";

/** What `search-engine.js` publishes as `ArchiveSearch`. */
export interface ArchiveSearchApi {
  /** The index builder's tokenizer. */
  tokenize: typeof tokenize;
  /** The index builder's term-file key. */
  termKey: typeof termKey;
  /** A search engine over an index. */
  createEngine: typeof createEngine;
  /** A loader of index files by `<script>` tags. */
  scriptLoader: typeof scriptLoader;
  /** Excerpt parts around the first match. */
  excerpt: typeof excerpt;
  /** The filters, in the order the page shows them. */
  FILTER_KEYS: typeof FILTER_KEYS;
}

const api: ArchiveSearchApi = {
  tokenize,
  termKey,
  createEngine,
  scriptLoader,
  excerpt,
  FILTER_KEYS,
};
Object.assign(globalThis, { ArchiveSearch: api, [DATA_GLOBAL]: searchData });
