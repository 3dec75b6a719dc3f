/**
 * `npm run bench [-- --sizes 1000,10000,50000,100000] [--no-peer] [--no-browser] [--quick-verify] [--no-write]`
 *
 * For each archive size: a cold build, a rebuild with nothing changed, adding, editing and
 * deleting one article — each timed until the site is fully correct, which is checked: by default
 * (up to 10,000 articles) against a cold build of the same articles, file for file, and then every
 * internal link of the final site and the HTML of its large terms' pages. Peak memory of the whole
 * process tree; pages written, index size, bytes a first search transfers (in Chromium, when
 * present). The peer, Hugo + the Pagefind CLI, runs on the same articles in the same session.
 * Writes bench/RESULTS.md and bench/results.svg (not with `--no-write`); exits with status 1 when
 * a check found a problem.
 *
 * `npm run bench -- --sizes 1000 --no-peer --no-browser --no-write` is the 1,000-article check
 * that was part of `npm test`.
 *
 * `npm run bench -- --html [--sizes 1000] [--runs 2]` instead builds each size as copied text and
 * as saved web pages (html-ratio.ts): cold and unchanged builds, alternating, and the ratio.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { cacheDirFor } from "../src/pipeline/article-cache.ts";
import { addArticle, deleteArticle, editArticle } from "./changes.ts";
import { pagefindShard, treeDifferences, treeHashes } from "./compare-trees.ts";
import { generate } from "./generate.ts";
import { compareHtml } from "./html-ratio.ts";
import { measure, type Measurement } from "./measure.ts";
import { firstSearchBytes } from "./first-search.ts";
import { writeResults, type SizeResult } from "./results.ts";
import { siteProblems } from "./site-checks.ts";

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

/** Builds `articles` into `site` (`extra`: more environment variables). */
export function build(
  articles: string,
  site: string,
  extra: Record<string, string> = {},
): Promise<Measurement> {
  return measure(node, [...tsx, "src/cli/build.ts", "--articles", articles, "--output", site], {
    ...env,
    ...extra,
  });
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
  addArticle(articles, 7_000_000 + n);
  const add = await run("add");
  problems.push(...(await verify("add")));
  // Edit: a new headline for an existing article.
  editArticle(articles, `Edited headline about zymurgical Havana talks number ${n}`);
  const edit = await run("edit");
  problems.push(...(await verify("edit")));
  // Delete: one article goes.
  deleteArticle(articles);
  const del = await run("delete");
  problems.push(...(await verify("delete")));
  // Links and HTML of the pages only a large archive has (terms split by year).
  if (options.fullVerify) problems.push(...(await siteProblems(site)));
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
        : `${problems.length} problems`
      : "not checked",
    problems,
    peer,
  };
}

if (process.argv[1]?.endsWith("run.ts") && flag("html")) {
  for (const n of sizes) await compareHtml(n, Number(value("runs", "2")), build, console.log);
} else if (process.argv[1]?.endsWith("run.ts")) {
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
    if (!flag("no-write"))
      writeResults(results, {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? "unknown",
        memoryGB: Math.round(totalmem() / 2 ** 30),
        date: new Date().toISOString().slice(0, 10),
        node: process.version,
      });
  }
  for (const r of results) {
    console.log(`${r.size}: ${r.verified}`);
    for (const p of r.problems.slice(0, 10)) console.error(p);
  }
  if (!flag("no-write")) console.log("wrote bench/RESULTS.md and bench/results.svg");
  // A site that is not what a cold build makes, or has broken links or invalid pages, fails the run.
  if (results.some((r) => r.problems.length > 0)) process.exitCode = 1;
}
