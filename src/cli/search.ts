/**
 * `npm run search -- "query" [--source S] [--theme T] [--year Y] [--person P] [--place P] [--sort newest|oldest] [--json]`
 * Searches the built site (`_site/`, run `npm run build` first) without a server or network,
 * with the engine and index the search page uses from disk. Filters repeat to allow several values.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { escapeForTerminal, stringifyForTerminal } from "../archive/terminal-text.ts";
import { searchSite } from "../search/terminal-search.ts";

const args = process.argv.slice(2).filter((a) => a !== "--");
const filters: Record<string, string[]> = {};
let query = "";
let json = false;
let sort = "";
let site = "_site";
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const m = /^--(source|theme|year|person|place)$/.exec(a);
  if (m?.[1]) (filters[m[1]] ??= []).push(args[++i] ?? "");
  else if (a === "--json") json = true;
  else if (a === "--sort")
    sort = { newest: "date-desc", oldest: "date-asc" }[args[++i] ?? ""] ?? "";
  else if (a === "--site") site = args[++i] ?? site;
  else if (a.startsWith("--")) {
    console.error(
      `Unknown option ${a}. Use --source, --theme, --year, --person, --place, --sort newest|oldest, --json.`,
    );
    process.exit(2);
  } else query = query ? `${query} ${a}` : a;
}
if (!existsSync(join(site, "search-data", "shards.js"))) {
  console.error(`No search index in ${site}/. Run \`npm run build\` first.`);
  process.exit(2);
}
if (!query && Object.keys(filters).length === 0) {
  console.error(
    'usage: npm run search -- "words" [--source S] [--theme T] [--year Y] [--person P] [--place P] [--sort newest|oldest] [--json]',
  );
  process.exit(2);
}
const { total, results } = await searchSite(site, query, filters, sort);
if (json) {
  process.stdout.write(
    stringifyForTerminal({
      query,
      filters,
      total,
      results: results.map(({ parts: _, ...r }) => r),
    }) + "\n",
  );
} else {
  // Every string from the index is article text: escaped before it reaches the terminal.
  const safe = escapeForTerminal;
  const bold = process.stdout.isTTY
    ? (s: string): string => `\x1b[1m${s}\x1b[0m`
    : (s: string): string => s;
  console.log(
    `${total} article${total === 1 ? "" : "s"} match${total === 1 ? "es" : ""}${query ? ` “${safe(query)}”` : ""}.`,
  );
  for (const r of results) {
    const snippet = r.parts.map((p) => (p.mark ? bold(safe(p.text)) : safe(p.text))).join("");
    console.log(
      `\n${bold(safe(r.headline))}\n  ${safe(r.date) || "Undated"} · ${safe(r.source)} · ${safe(r.path)}\n  ${snippet}`,
    );
  }
}
