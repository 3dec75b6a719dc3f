/**
 * Search in the terminal over the built site's fallback index, with the same engine the search
 * page uses from disk (src/search/search-engine.ts, which the page's search-engine.js is bundled
 * from): the same article sets, ranked the same way, without a server or network.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { createEngine } from "./search-engine.ts";
import { DATA_GLOBAL } from "./fallback-format.ts";

/** One result. Its strings are article text as indexed: escape them (`escapeForTerminal`) before printing. */
export interface TerminalResult {
  /** Headline. */
  headline: string;
  /** Date at its precision, or "" when undated. */
  date: string;
  /** Source, or `NO_SOURCE` (src/archive/labels.ts). */
  source: string;
  /** Site path with the paragraph anchor. */
  path: string;
  /** Excerpt with the matched words. */
  snippet: string;
  /** Excerpt parts, `mark` for matched words. */
  parts: { text: string; mark: boolean }[];
}

/** Runs a search over `site` (the built `_site/` folder). */
export async function searchSite(
  site: string,
  query: string,
  filters: Record<string, string[]>,
  sort = "",
  limit = 20,
): Promise<{ total: number; results: TerminalResult[] }> {
  const dataDir = join(site, "search-data");
  // Index files are scripts that call ArchiveSearchData.add(name, data): run each in a context of
  // its own, with a sink defined inside it (no function of this process is handed in), and keep
  // what it hands over.
  const context = createContext({});
  runInContext(
    `globalThis.${DATA_GLOBAL} = { add: function (name, data) { globalThis.__last = data; } };`,
    context,
  );
  const load = (name: string): unknown => {
    runInContext(readFileSync(join(dataDir, `${name}.js`), "utf8"), context);
    return (context as { __last?: unknown }).__last;
  };
  const engine = createEngine(load);
  const found = await engine.search(query, { filters, sort });
  const results: TerminalResult[] = [];
  for (const r of found.results.slice(0, limit)) {
    const d = await engine.data(r, query);
    results.push({
      headline: d.headline,
      date: d.date,
      source: d.source,
      path: d.path,
      snippet: d.excerpt.map((p) => p.text).join(""),
      parts: d.excerpt,
    });
  }
  return { total: found.results.length, results };
}
