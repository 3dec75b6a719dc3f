/**
 * The search page's two engines behind one interface: Pagefind (its WebAssembly search, loaded
 * from pagefind/) on a web server, and the script-file fallback (search-engine.js over
 * search-data/) when Pagefind cannot start — as on a copy opened from disk, where WebAssembly and
 * fetch are blocked.
 */
import { FILTER_KEYS } from "../search/search-fields.ts";
import type { ExcerptPart } from "../search/excerpt.ts";
import type { ArchiveSearchApi } from "./search-engine-script.ts";
import type { ChosenFilters, FilterCounts, ResultData } from "../search/search-engine.ts";

/** Filter counts as an engine reports them (Pagefind's may lack a filter). */
export type Counts = Partial<Record<string, Record<string, number>>>;

/** What a search found, with each result's data loaded on demand. */
export interface BackendResults {
  /** Number of results. */
  total: number;
  /** Filter counts over the results. */
  filters: Counts;
  /** Filter counts before filtering (absent when nothing was searched). */
  totalFilters?: Counts | undefined;
  /** Loads each result's data, in order. */
  results: (() => Promise<ResultData>)[];
}

/** One engine. */
export interface Backend {
  /** Its name, shown under the results. */
  name: string;
  /** Searches; null when a newer search superseded this one. */
  search(query: string, filters: ChosenFilters, sort: string): Promise<BackendResults | null>;
  /** Filter counts over every article. */
  filters(): Promise<Counts>;
}

/** The parts of Pagefind's browser API the page uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(o: { excerptLength: number }): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  search(
    query: string | null,
    options: { filters: Record<string, { any: readonly string[] }>; sort?: Record<string, string> },
  ): Promise<{
    results: { data(): Promise<PagefindData> }[];
    filters: Counts;
    totalFilters: Counts;
  } | null>;
  filters(): Promise<Counts>;
}

/** A Pagefind result's data. */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title: string; date: string; source: string };
  sub_results?: { url: string; excerpt: string }[];
}

/** Where Pagefind is, beside the page; a variable, so the bundler leaves the import to the browser. */
const PAGEFIND_SCRIPT = "./pagefind/pagefind.js";

/** Pagefind's excerpt (HTML with <mark>) as text parts, parsed inertly. */
function partsOfHtml(html: string | undefined): ExcerptPart[] {
  const doc = new DOMParser().parseFromString(`<p>${html ?? ""}</p>`, "text/html");
  const parts: ExcerptPart[] = [];
  doc.body.firstChild!.childNodes.forEach((node) =>
    parts.push({ text: node.textContent ?? "", mark: node.nodeName === "MARK" }),
  );
  return parts;
}

/** Pagefind, when it can start here; `shards` are the numbers of the extra index folders. */
async function pagefindBackend(shards: readonly string[]): Promise<Backend> {
  const pagefind = (await import(PAGEFIND_SCRIPT)) as Pagefind;
  await pagefind.options({ excerptLength: 30 });
  // The index is in shards (pagefind/, pagefind-1/, …); the first is imported, the others merged.
  await Promise.all(
    shards.map((k) => pagefind.mergeIndex(new URL(`pagefind-${k}/`, document.baseURI).pathname)),
  );
  return {
    name: "Pagefind",
    async search(query, filters, sort) {
      // Every filter is passed (an empty list filters nothing) so Pagefind counts them all.
      const any: Record<string, { any: readonly string[] }> = {};
      for (const key of FILTER_KEYS) any[key] = { any: filters[key] ?? [] };
      const opts: Parameters<Pagefind["search"]>[1] = { filters: any };
      if (sort === "date-desc") opts.sort = { date: "desc" };
      if (sort === "date-asc") opts.sort = { date: "asc" };
      const r = await pagefind.search(query || null, opts);
      if (!r) return null;
      return {
        total: r.results.length,
        filters: r.filters,
        totalFilters: r.totalFilters,
        results: r.results.map((result) => async (): Promise<ResultData> => {
          const d = await result.data();
          const sub = (d.sub_results ?? []).filter((s) => /#p\d+$/.test(s.url))[0];
          return {
            path: (sub ? sub.url : d.url).replace(/^\//, ""),
            headline: d.meta.title,
            date: d.meta.date,
            source: d.meta.source,
            excerpt: partsOfHtml(sub ? sub.excerpt : d.excerpt),
          };
        }),
      };
    },
    filters: () => pagefind.filters(),
  };
}

/** The script-file index, which works everywhere, from disk too. */
function fallbackBackend(): Backend {
  const search = (window as unknown as { ArchiveSearch: ArchiveSearchApi }).ArchiveSearch;
  const engine = search.createEngine(search.scriptLoader("search-data/"));
  return {
    name: "the built-in index",
    async search(query, filters, sort) {
      if (!query && !Object.values(filters).some((v) => v?.length))
        return { total: 0, filters: await engine.filters(), results: [] };
      const r = await engine.search(query, { filters, sort });
      return {
        total: r.results.length,
        filters: r.filters,
        totalFilters: r.totalFilters,
        results: r.results.map((result) => () => engine.data(result, query)),
      };
    },
    filters: (): Promise<FilterCounts> => engine.filters(),
  };
}

/** Pagefind where it can start, else the fallback. */
export function chooseBackend(shards: readonly string[]): Promise<Backend> {
  // From disk, Pagefind cannot load (and trying logs errors): go straight to the fallback.
  if (location.protocol === "file:" || !window.WebAssembly)
    return Promise.resolve(fallbackBackend());
  return pagefindBackend(shards).catch(() => fallbackBackend());
}
