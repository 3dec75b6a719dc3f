/**
 * The build: articles → records (errors collected over all files) → views → Eleventy renders into
 * a fresh folder → the folder is checked → it replaces `_site/`. Any failure before the swap leaves
 * the previous `_site/` exactly as it was; a deleted article's pages vanish because every build
 * starts from an empty folder.
 */
import Eleventy from "@11ty/eleventy";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { loadArchive } from "../archive/load.ts";
import type { Diagnostic } from "../archive/types.ts";
import { buildSite, checkSiteInputs, loadSiteInputs, SITE_DATA_DIR } from "../site/build-site.ts";
import { setCurrentSite } from "../site/current-site.ts";
import { writeFallbackIndex } from "../search/fallback-index.ts";
import { closePagefind, writePagefindIndex } from "../search/pagefind-index.ts";
import { searchDocument } from "../search/search-fields.ts";
import type { SiteData } from "../site/types.ts";

/** Options of a build. */
export interface BuildOptions {
  /** Folder of article files (default `articles`). */
  articles?: string;
  /** Folder the site is published in (default `_site`). */
  output?: string;
  /** Folder of the editable data files (default `src/site/data`). */
  data?: string;
  /** The moment the build treats as now (dates after it are rejected). */
  now?: Date;
  /** Called with progress messages. */
  onProgress?: (message: string) => void;
}

/** What a build did. */
export interface BuildResult {
  /** True when the new site replaced the old one. */
  ok: boolean;
  /** Every error and warning. */
  diagnostics: Diagnostic[];
  /** The views rendered (when the archive loaded). */
  site: SiteData | null;
  /** Files written. */
  pages: number;
  /** Milliseconds per phase. */
  timings: Record<string, number>;
}

/** Pages that every site has; their absence means the render went wrong. */
const REQUIRED = [
  "index.html",
  "timeline.html",
  "search.html",
  "404.html",
  "feed.xml",
  "feed.json",
  "sitemap.xml",
  "style.css",
  "pagefind/pagefind.js",
  "search-data/meta.js",
];

/** Builds the site. */
export async function buildArchiveSite(options: BuildOptions = {}): Promise<BuildResult> {
  const articles = options.articles ?? "articles";
  const output = resolve(options.output ?? "_site");
  const now = options.now ?? new Date();
  const progress = options.onProgress ?? ((): void => {});
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string): void => {
    timings[name] = Math.round(performance.now() - t);
    t = performance.now();
  };

  const archive = await loadArchive(articles, now, (done, total) => {
    if (done === total || done % 1000 === 0) progress(`parsed ${done}/${total} files`);
  });
  lap("parse");
  const inputs = loadSiteInputs(options.data ?? SITE_DATA_DIR);
  const diagnostics = [...archive.diagnostics, ...checkSiteInputs(archive.records, inputs)];
  if (diagnostics.some((d) => d.severity === "error"))
    return { ok: false, diagnostics, site: null, pages: 0, timings };

  const site = buildSite(archive.records, inputs, now);
  setCurrentSite(site);
  lap("views");

  // Render into a fresh folder beside the output, so the swap is a rename on one file system.
  const fresh = await mkdtemp(join(dirname(output), ".site-"));
  await chmod(fresh, 0o755);
  try {
    // The search indexes do not need the rendered pages: Pagefind indexes in its own process
    // while Eleventy renders, so on a machine with two cores the two overlap.
    const docs = site.articles.map((a) => ({
      doc: searchDocument(a),
      language: a.record.language,
    }));
    const pagefind = writePagefindIndex(docs, join(fresh, "pagefind"), site.config.language);
    pagefind.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
    const eleventy = new Eleventy("templates", fresh, {
      configPath: ".eleventy.ts",
      quietMode: true,
    });
    eleventy.disableLogger(); // errors still throw from write(); the build reports them
    const [, results] = await eleventy.write();
    lap("render");
    await writeFallbackIndex(
      docs.map((d) => d.doc),
      join(fresh, "search-data"),
    );
    await pagefind;
    lap("index");
    progress(`wrote ${results.length} pages and the search indexes`);
    const missing = [...REQUIRED, ...site.articles.slice(0, 1).map((a) => a.path)].filter(
      (p) => !existsSync(join(fresh, p)),
    );
    if (missing.length > 0) throw new Error(`the render did not write ${missing.join(", ")}`);
    await swapIn(fresh, output);
    lap("swap");
    return { ok: true, diagnostics, site, pages: results.length, timings };
  } catch (e) {
    await rm(fresh, { recursive: true, force: true });
    throw e;
  }
}

/** Replaces `output` with `fresh`: the old folder is moved aside, the new one renamed in, the old one removed. */
async function swapIn(fresh: string, output: string): Promise<void> {
  const old = `${fresh}-old`;
  const hadOld = await stat(output).then(
    () => true,
    () => false,
  );
  if (hadOld) await rename(output, old);
  try {
    await rename(fresh, output);
  } catch (e) {
    if (hadOld) await rename(old, output);
    throw e;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
