/**
 * Builds a site from an articles folder into a temporary output folder, once per test file,
 * and lists its pages. The build is the real one: Eleventy renders the real templates.
 */
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import {
  buildArchiveSite,
  type BuildOptions,
  type BuildResult,
} from "../../src/pipeline/build-site.ts";
import { SEED_ARCHIVE } from "./seed-archive.ts";

export { SEED_ARCHIVE };

/** A fixed "now" so builds are reproducible. */
export const NOW = new Date("2026-11-23T12:00:00Z");

/** Builds `articles` into a fresh temporary folder. */
export async function buildInto(
  articles: string,
  output = join(mkdtempSync(join(tmpdir(), "site-")), "_site"),
  options: Pick<BuildOptions, "searchShards" | "renderBatch"> = {},
): Promise<{ dir: string; result: BuildResult }> {
  const result = await buildArchiveSite({
    articles,
    output,
    now: NOW,
    ...options,
  });
  return { dir: output, result };
}

/** Every file under a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}
