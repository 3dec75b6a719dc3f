/**
 * `npm run bench [-- --sizes 1000,10000,50000,100000] [--no-peer] [--no-browser] [--quick-verify]`
 *
 * For each archive size: a cold build, a rebuild with nothing changed, adding, editing and
 * deleting one article — each timed until the site is fully correct, which is checked: by default
 * against a cold build of the same articles, file for file. Peak memory of the whole process tree;
 * pages written, index size, bytes a first search transfers (in Chromium, when present). The peer,
 * Hugo + the Pagefind CLI, runs on the same articles in the same session. Writes bench/RESULTS.md
 * and bench/results.svg.
 */
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { cacheDirFor } from "../src/build/article-cache.ts";
import { generate } from "./generate.ts";
import { measure, type Measurement } from "./measure.ts";
import { firstSearchBytes } from "./first-search.ts";
import { writeResults, type SizeResult } from "./results.ts";

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const value = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const sizes = value("sizes", "1000,10000").split(",").map(Number);
const BUILD_TIME = "2026-11-23T12:00:00Z";
const env = { ARCHIVE_BUILD_TIME: BUILD_TIME, CI: "1" };
const node = process.execPath;
const tsx = ["--import", "tsx"];

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
const pagefindShard = (p: string): string | null => /^(pagefind(?:-\d+)?)\//.exec(p)?.[1] ?? null;

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

/** Builds `articles` into `site`. */
export function build(articles: string, site: string): Promise<Measurement> {
  return measure(node, [...tsx, "src/cli/build.ts", "--articles", articles, "--output", site], env);
}

/** Runs every operation for one size; `check` decides how "fully correct" is verified. */
export async function benchSize(
  n: number,
  options: { peer: boolean; browser: boolean; fullVerify: boolean; log: (s: string) => void },
): Promise<SizeResult> {
  const corpus = join("bench/corpus", String(n));
  if (!existsSync(corpus) || readdirSync(corpus).length !== n) {
    options.log(`generating ${n} articles…`);
    rmSync(corpus, { recursive: true, force: true });
    generate(n, corpus);
  }
  const work = join("bench/out", String(n));
  const articles = join(work, "articles");
  const site = join(work, "site");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(corpus, articles, { recursive: true });
  const verify = async (label: string): Promise<string[]> => {
    if (!options.fullVerify) return [];
    const check = join(work, "check-site");
    rmSync(check, { recursive: true, force: true });
    rmSync(cacheDirFor(resolve(check)), { recursive: true, force: true }); // a cold build: no cache
    const cold = await build(articles, check);
    if (cold.status !== 0) return [`${label}: the checking cold build failed: ${cold.output}`];
    return treeDifferences(site, check).map((d) => `${label}: ${d}`);
  };
  const run = async (label: string): Promise<Measurement> => {
    const m = await build(articles, site);
    if (m.status !== 0) throw new Error(`${label} build failed (${n} articles):\n${m.output}`);
    options.log(`${n}: ${label} ${m.seconds.toFixed(1)} s, ${m.peakMB} MB`);
    return m;
  };
  const cold = await run("cold");
  const unchanged = await run("unchanged");
  const problems: string[] = [];
  // Add: one new article (generated with another seed, so its headline is new).
  const extra = join(work, "extra");
  generate(1, extra, 7_000_000 + n);
  cpSync(join(extra, "bench-000001.txt"), join(articles, "bench-added.txt"));
  const add = await run("add");
  problems.push(...(await verify("add")));
  // Edit: a new headline for an existing article.
  const victim = join(articles, readdirSync(articles).sort()[Math.floor(n / 2)]!);
  const lines = readFileSync(victim, "utf8").split("\n");
  const h = lines.findIndex(
    (l, i) =>
      i > 0 &&
      l.trim() !== "" &&
      l !== "---" &&
      !/^[a-z]+:/.test(l) &&
      lines.slice(0, i).filter((x) => x === "---").length !== 1,
  );
  lines[h] = `Edited headline about zymurgical Havana talks number ${n}`;
  writeFileSync(victim, lines.join("\n"));
  const edit = await run("edit");
  problems.push(...(await verify("edit")));
  // Delete: one article goes.
  rmSync(join(articles, readdirSync(articles).sort()[1]!));
  const del = await run("delete");
  problems.push(...(await verify("delete")));
  const files = treeHashes(site);
  const indexBytes = [...files.keys()]
    .filter((p) => pagefindShard(p) !== null || p.startsWith("search-data/"))
    .reduce((s, p) => s + statSync(join(site, p)).size, 0);
  const firstSearch = options.browser ? await firstSearchBytes(site, "havana") : null;
  let peer: SizeResult["peer"] = null;
  if (options.peer) {
    const hugoDir = join(work, "hugo");
    const convert = await measure(node, [...tsx, "bench/hugo-convert.ts", articles, hugoDir], env);
    if (convert.status !== 0) throw new Error(`converting for Hugo failed:\n${convert.output}`);
    const hugo = await measure("hugo", ["--quiet", "-s", hugoDir, "-d", "public"]);
    const pagefind = await measure("node_modules/.bin/pagefind", [
      "--site",
      join(hugoDir, "public"),
      "--silent",
    ]);
    if (hugo.status !== 0 || pagefind.status !== 0)
      throw new Error(`the peer failed:\n${hugo.output}\n${pagefind.output}`);
    options.log(
      `${n}: peer hugo ${hugo.seconds.toFixed(1)} s + pagefind ${pagefind.seconds.toFixed(1)} s`,
    );
    peer = {
      hugo: hugo.seconds,
      pagefind: pagefind.seconds,
      peakMB: Math.max(hugo.peakMB, pagefind.peakMB),
    };
  }
  return {
    size: n,
    cold: cold.seconds,
    unchanged: unchanged.seconds,
    add: add.seconds,
    edit: edit.seconds,
    delete: del.seconds,
    peakMB: Math.max(cold.peakMB, unchanged.peakMB, add.peakMB, edit.peakMB, del.peakMB),
    pages: [...files.keys()].filter((p) => p.endsWith(".html")).length,
    files: files.size,
    indexMB: indexBytes / 1e6,
    firstSearchKB: firstSearch === null ? null : firstSearch / 1024,
    verified: options.fullVerify
      ? problems.length === 0
        ? "identical to a cold build"
        : `${problems.length} differences`
      : "not checked",
    problems,
    peer,
  };
}

if (process.argv[1]?.endsWith("run.ts")) {
  const results: SizeResult[] = [];
  for (const n of sizes) {
    results.push(
      await benchSize(n, {
        peer: !flag("no-peer"),
        browser: !flag("no-browser") && existsSync("/usr/bin/chromium"),
        fullVerify: !flag("quick-verify") && n <= 10000,
        log: (s) => console.log(s),
      }),
    );
    writeResults(results, {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      memoryGB: Math.round(totalmem() / 2 ** 30),
      date: new Date().toISOString().slice(0, 10),
      node: process.version,
    });
  }
  for (const r of results) for (const p of r.problems.slice(0, 10)) console.error(p);
  console.log("wrote bench/RESULTS.md and bench/results.svg");
}
