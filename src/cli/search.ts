/**
 * `npm run search -- "query" [--source S] [--theme T] [--year Y] [--person P] [--place P] [--sort newest|oldest] [--json]`
 * Searches the built site (`_site/`, run `npm run build` first) without a server or network,
 * with the engine and index the search page uses from disk. Filters repeat to allow several values.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { escapeForTerminal, stringifyForTerminal } from "../archive/terminal-text.ts";
import { searchSite } from "../search/terminal-search.ts";
import { helpText, parseCommand, type CommandSpec } from "./options.ts";

/** The filters the search page offers, each an option that may repeat. */
const FILTERS = ["source", "theme", "year", "person", "place"] as const;

const spec: CommandSpec = {
  usage:
    'npm run search -- "words" [--source S] [--theme T] [--year Y] [--person P] [--place P] [--sort newest|oldest] [--json]',
  about:
    "Searches the built site without a server or network, with the index and ranking the search page uses from disk.",
  options: {
    source: { type: "string", multiple: true, describe: "only articles from this source" },
    theme: { type: "string", multiple: true, describe: "only articles on this topic" },
    year: { type: "string", multiple: true, describe: "only articles of this year" },
    person: { type: "string", multiple: true, describe: "only articles naming this person" },
    place: { type: "string", multiple: true, describe: "only articles naming this place" },
    sort: { type: "string", describe: "newest or oldest first (default: best match first)" },
    json: { type: "boolean", describe: "print the results as JSON" },
    site: { type: "string", default: "_site", describe: "the built site to search" },
  },
  positionals: true,
};
const { values, positionals } = parseCommand(spec);
const filters: Record<string, string[]> = {};
for (const key of FILTERS) {
  const given = values[key] as string[] | undefined;
  if (given?.length) filters[key] = given;
}
const query = positionals.join(" ");
const json = values.json === true;
const site = values.site as string;
const SORTS: Record<string, string> = { newest: "date-desc", oldest: "date-asc" };
const sortName = values.sort as string | undefined;
if (sortName !== undefined && !Object.hasOwn(SORTS, sortName)) {
  console.error(
    `--sort takes newest or oldest, not ${JSON.stringify(sortName)} — leave it out to sort by best match`,
  );
  process.exit(2);
}
const sort = sortName ? SORTS[sortName]! : "";
if (!existsSync(join(site, "search-data", "shards.js"))) {
  console.error(`No search index in ${site}/. Run \`npm run build\` first.`);
  process.exit(2);
}
if (!query && Object.keys(filters).length === 0) {
  console.error(helpText(spec));
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
