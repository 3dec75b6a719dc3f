/**
 * The three changes an editor makes to an archive — add, edit and delete one article — as the
 * benchmark and the incremental-build test in `npm test` make them.
 */
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate, SECTION_LABELS } from "./generate.ts";

/** Article files of a folder, sorted by name. */
const articleFiles = (articles: string): string[] =>
  readdirSync(articles)
    .filter((name) => /\.(?:txt|md)$/.test(name))
    .sort();

/**
 * Adds one new article, generated with seed `seed` (unlike the archive's, so its headline is new),
 * as `bench-added.txt`. Returns its path.
 */
export function addArticle(articles: string, seed: number): string {
  const extra = mkdtempSync(join(tmpdir(), "bench-extra-"));
  try {
    const [name] = generate(1, extra, seed);
    const to = join(articles, "bench-added.txt");
    copyFileSync(join(extra, name!), to);
    return to;
  } finally {
    rmSync(extra, { recursive: true, force: true });
  }
}

/** Gives the middle article (by name) the headline `headline`. Returns its path. */
export function editArticle(articles: string, headline: string): string {
  const files = articleFiles(articles);
  const victim = join(articles, files[Math.floor(files.length / 2)]!);
  const lines = readFileSync(victim, "utf8").split("\n");
  // The headline: the first line of text after the front matter (if any) and a section label.
  let h = lines[0] === "---" ? lines.indexOf("---", 1) + 1 : 0;
  while (lines[h]!.trim() === "" || (SECTION_LABELS as readonly string[]).includes(lines[h]!)) h++;
  lines[h] = headline;
  writeFileSync(victim, lines.join("\n"));
  return victim;
}

/** Deletes the second article (by name). Returns its path. */
export function deleteArticle(articles: string): string {
  const victim = join(articles, articleFiles(articles)[1]!);
  rmSync(victim);
  return victim;
}
