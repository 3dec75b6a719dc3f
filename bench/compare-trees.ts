/**
 * Comparing two built sites file for file: how the benchmark, and the incremental-build test in
 * `npm test`, check that a rebuild left the site as a cold build of the same articles would.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every file of a tree with its content hash. */
export function treeHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) walk(p, r);
      else out.set(r, createHash("sha1").update(readFileSync(p)).digest("hex"));
    }
  };
  walk(dir, "");
  return out;
}

/** A Pagefind shard's folder (`pagefind/`, `pagefind-3/`) at the start of a path, or null. */
export const pagefindShard = (p: string): string | null =>
  /^(pagefind(?:-\d+)?)\//.exec(p)?.[1] ?? null;

/**
 * Differences between two trees, as short descriptions (empty when identical). Pagefind's own
 * bundles (`pagefind/`, `pagefind-<k>/`) are compared by the shards present and each one's page
 * count: Pagefind names its filter files differently on two identical runs (seen with pagefind
 * 1.5.2), so its bytes never match. Everything else, the fallback search index included, byte for byte.
 */
export function treeDifferences(a: string, b: string): string[] {
  const keep = (m: Map<string, string>): Map<string, string> =>
    new Map([...m].filter(([p]) => pagefindShard(p) === null));
  const ha = keep(treeHashes(a));
  const hb = keep(treeHashes(b));
  const shards = (d: string): Map<string, number> =>
    new Map(
      readdirSync(d)
        .filter((name) => pagefindShard(`${name}/`) !== null)
        .map((name) => {
          const entry = JSON.parse(readFileSync(join(d, name, "pagefind-entry.json"), "utf8")) as {
            languages: Record<string, { page_count: number }>;
          };
          return [name, Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)];
        }),
    );
  const diffs: string[] = [];
  for (const [p, h] of ha)
    if (hb.get(p) !== h)
      diffs.push(hb.has(p) ? `differs: ${p}` : `only in the incremental site: ${p}`);
  for (const p of hb.keys()) if (!ha.has(p)) diffs.push(`only in the cold build: ${p}`);
  const sa = shards(a);
  const sb = shards(b);
  for (const name of new Set([...sa.keys(), ...sb.keys()]))
    if (sa.get(name) !== sb.get(name))
      diffs.push(
        `${name}/ indexes ${sa.get(name) ?? "no"} pages, the cold build's ${sb.get(name) ?? "no"}`,
      );
  return diffs;
}
