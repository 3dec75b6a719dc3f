/**
 * Entry of `search.js`, the search page's script: one interface over two engines
 * (search-backends.ts). The address carries the query and filters
 * (search.html?q=blockade&source=TASS), so a search can be shared; it runs on load.
 * A classic script (no modules: they cannot load from file://), bundled by
 * src/pipeline/browser-scripts.ts.
 */
import { FILTER_KEYS } from "../search/search-fields.ts";
import { chooseBackend, type Backend, type Counts } from "./search-backends.ts";
import type { ResultData } from "../search/search-engine.ts";
import { renderFilters, renderResult } from "./search-view.ts";

/** Results shown at first and added by each "More results". */
const PAGE_SIZE = 10;

/** What the page is showing. */
interface SearchState {
  /** The words searched for. */
  query: string;
  /** Filter values chosen, by filter. */
  filters: Record<string, string[]>;
  /** The order chosen ("" for best match). */
  sort: string;
  /** Loaders of the current search's results. */
  results: (() => Promise<ResultData>)[];
  /** How many of them are on the page. */
  shown: number;
  /** Number of the latest search; an answer to an older one is dropped. */
  search: number;
}

function start(): void {
  const form = document.getElementById("search-form");
  const input = document.getElementById("q") as HTMLInputElement | null;
  const status = document.getElementById("search-status")!;
  const filterBox = document.getElementById("search-filters");
  const list = document.getElementById("search-results");
  const sortSelect = document.getElementById("search-sort") as HTMLSelectElement | null;
  const moreButton = document.getElementById("search-more");
  const engineNote = document.getElementById("search-engine");
  if (!form || !input || !list) return;

  const state: SearchState = { query: "", filters: {}, sort: "", results: [], shown: 0, search: 0 };
  let backend: Backend;

  /** Reads query, filters and sort from the address. */
  const readAddress = (): void => {
    const params = new URLSearchParams(location.search);
    state.query = params.get("q") ?? "";
    state.sort = params.get("sort") ?? "";
    state.filters = {};
    for (const key of FILTER_KEYS) state.filters[key] = params.getAll(key);
  };

  /** Writes them back, so the address can be shared. */
  const writeAddress = (): void => {
    const params = new URLSearchParams();
    if (state.query) params.set("q", state.query);
    for (const key of FILTER_KEYS) for (const v of state.filters[key] ?? []) params.append(key, v);
    if (state.sort) params.set("sort", state.sort);
    const query = params.toString();
    try {
      history.replaceState(null, "", query ? `?${query}` : location.pathname.split("/").pop());
    } catch {
      // some file:// contexts refuse; the search still works
    }
  };

  const showFilters = (counts: Counts): void => {
    if (filterBox) renderFilters(filterBox, counts, state.filters, () => void run());
  };

  const showMore = async (): Promise<void> => {
    const id = state.search;
    const batch = state.results.slice(state.shown, state.shown + PAGE_SIZE);
    state.shown += batch.length;
    const items = await Promise.all(batch.map((load) => load()));
    if (id !== state.search) return;
    for (const d of items) list.appendChild(renderResult(d));
    if (moreButton) moreButton.hidden = state.shown >= state.results.length;
  };

  const run = async (): Promise<void> => {
    const id = ++state.search;
    writeAddress();
    const anyFilter = FILTER_KEYS.some((key) => (state.filters[key] ?? []).length);
    if (!state.query && !anyFilter) {
      list.textContent = "";
      status.textContent = "Type a word to search the archive, or pick a filter.";
      if (moreButton) moreButton.hidden = true;
      const f = await backend.filters();
      if (id === state.search) showFilters(f);
      return;
    }
    status.textContent = "Searching…";
    const r = await backend.search(state.query, state.filters, state.sort);
    if (id !== state.search || !r) return;
    state.results = r.results;
    state.shown = 0;
    list.textContent = "";
    // A group with a choice made shows what choosing another value would add (OR within a group).
    const counts: Counts = {};
    for (const key of FILTER_KEYS)
      counts[key] = ((state.filters[key] ?? []).length ? r.totalFilters : r.filters)?.[key] ?? {};
    showFilters(counts);
    const what = state.query ? `“${state.query}”` : "the chosen filters";
    list.setAttribute("aria-busy", "true");
    // The count is announced once the first results are on the page.
    await showMore();
    if (id !== state.search) return;
    list.removeAttribute("aria-busy");
    status.textContent =
      r.total === 0
        ? `No articles match ${what}.`
        : `${r.total}${r.total === 1 ? " article matches " : " articles match "}${what}.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.query = input.value.trim();
      void run();
    }, 150);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    state.query = input.value.trim();
    void run();
  });
  sortSelect?.addEventListener("change", () => {
    state.sort = sortSelect.value;
    void run();
  });
  moreButton?.addEventListener("click", () => void showMore());

  readAddress();
  input.value = state.query;
  if (sortSelect) sortSelect.value = state.sort;
  document.documentElement.classList.add("search-ready");
  const shards = (form.getAttribute("data-shards") ?? "").split(" ").filter(Boolean);
  void chooseBackend(shards).then((b) => {
    backend = b;
    if (engineNote) engineNote.textContent = `Searching with ${b.name}.`;
    return run();
  });
}

start();
