/**
 * Loading the from-disk index in the browser. A page opened from `file://` may not `fetch`, but it
 * may add `<script>` tags: each index file is a script that hands its data to
 * `ArchiveSearchData.add(name, data)` (src/search/fallback-index.ts), which this file provides.
 */
import type { IndexLoader } from "../search/search-engine.ts";

/** Index files loaded so far, by name. */
const store = new Map<string, unknown>();
/** Callers waiting for an index file that is loading, by name. */
const waiting = new Map<string, ((data: unknown) => void)[]>();

/** What index files call when they load. */
export interface SearchDataSink {
  /** Keeps the data of index file `name` and hands it to those waiting for it. */
  add(name: string, data: unknown): void;
}

/** The sink the index files call, published as the page's `ArchiveSearchData`. */
export const searchData: SearchDataSink = {
  add(name, data) {
    store.set(name, data);
    for (const resolve of waiting.get(name) ?? []) resolve(data);
    waiting.delete(name);
  },
};

/** A loader that adds a `<script>` tag for each index file under `base` (works from file://). */
export function scriptLoader(base: string): IndexLoader {
  return (name) => {
    if (store.has(name)) return Promise.resolve(store.get(name));
    return new Promise((resolve, reject) => {
      const queue = waiting.get(name);
      if (queue) return void queue.push(resolve);
      waiting.set(name, [resolve]);
      const s = document.createElement("script");
      s.src = `${base}${name}.js`;
      s.onerror = () => reject(new Error(`The search index file ${name}.js could not be loaded.`));
      document.head.appendChild(s);
    });
  };
}
