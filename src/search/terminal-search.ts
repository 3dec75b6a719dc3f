/**
 * Search in the terminal over the built site's fallback index, with the same engine the search
 * page uses from disk (public/search-engine.js, run in a `vm` context): the same article sets,
 * ranked the same way, without a server or network.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";

/** One result. Its strings are article text as indexed: escape them (`escapeForTerminal`) before printing. */
export interface TerminalResult {
  /** Headline. */
  headline: string;
  /** Date at its precision, or "" when undated. */
  date: string;
  /** Source, or "Source not stated". */
  source: string;
  /** Site path with the paragraph anchor. */
  path: string;
  /** Excerpt with the matched words. */
  snippet: string;
  /** Excerpt parts, `mark` for matched words. */
  parts: { text: string; mark: boolean }[];
}

interface Engine {
  search(
    query: string,
    options: { filters: Record<string, string[]>; sort?: string },
  ): Promise<{ results: unknown[] }>;
  data(
    result: unknown,
    query: string,
  ): Promise<{
    path: string;
    headline: string;
    date: string;
    source: string;
    excerpt: { text: string; mark: boolean }[];
  }>;
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
  const sandbox: Record<string, unknown> = {};
  sandbox.globalThis = sandbox;
  const context = createContext(sandbox);
  runInContext(readFileSync(join(site, "search-engine.js"), "utf8"), context);
  const load = (name: string): unknown => {
    runInContext(readFileSync(join(dataDir, `${name}.js`), "utf8"), context);
    return (context as { __last?: unknown }).__last;
  };
  // Index files call ArchiveSearchData.add(name, data); keep what they hand over.
  runInContext(
    "ArchiveSearchData.add = function (name, data) { globalThis.__last = data; };",
    context,
  );
  const api = (
    context as { ArchiveSearch: { createEngine(load: (name: string) => unknown): Engine } }
  ).ArchiveSearch;
  const engine = api.createEngine(load);
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
