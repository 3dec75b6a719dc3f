/**
 * Folder → Archive: reads every article file, parses it, and checks what no single file can:
 * two articles claiming the same page. All problems are collected; none stops the others.
 */
import { readdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { inWorkers } from "./ts-worker.ts";
import { join, relative } from "node:path";
import { diagnostic } from "./diagnostic.ts";
import { parseArticle } from "./parse.ts";
import { readArticleFile, readArticleText, type ReadResult } from "./read.ts";
import type { Archive, ArticleRecord, Diagnostic } from "./types.ts";

/** File endings read as articles. */
export const ARTICLE_EXTENSIONS = [".txt", ".md"];

/** How many files are read at once. */
const CONCURRENCY = 32;

/** The article files in a folder (not its subfolders' hidden files), sorted by path. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter(
      (e) =>
        e.isFile() &&
        !e.name.startsWith(".") &&
        ARTICLE_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x)),
    )
    .map((e) => join(e.parentPath ?? dir, e.name))
    .filter(
      (p) =>
        !relative(dir, p)
          .split(/[\\/]/)
          .some((part) => part.startsWith(".")),
    )
    .sort();
}

/** One file's record (null when it had errors) and its diagnostics. */
export interface LoadedArticle {
  /** The record, or null. */
  record: ArticleRecord | null;
  /** Its errors and warnings. */
  diagnostics: Diagnostic[];
}

/** Parses one file, or returns its errors. */
export async function loadArticle(path: string, now: Date = new Date()): Promise<LoadedArticle> {
  return parseRead(await readArticleFile(path, now), now);
}

/** Parses one file's bytes, already read, or returns its errors. */
export function loadArticleBytes(
  path: string,
  bytes: Uint8Array,
  now: Date = new Date(),
): LoadedArticle {
  return parseRead(readArticleText(path, bytes, now), now);
}

function parseRead(read: ReadResult, now: Date): LoadedArticle {
  if (!read.ok) return { record: null, diagnostics: read.errors };
  const record = parseArticle(read.file, now);
  return { record, diagnostics: [...read.warnings, ...record.warnings] };
}

/** An article's claim on a page: its file, slug, and the line the slug came from. */
export interface SlugClaim {
  /** Path of the file. */
  file: string;
  /** The slug. */
  slug: string;
  /** Line of the front-matter `slug`, else of the headline; null when neither is on a line. */
  line: number | null;
}

/** The line an article's slug came from: its front-matter `slug`, else its headline. */
export function slugLine(r: ArticleRecord): number | null {
  return r.provenance.slug?.from === "front-matter"
    ? r.provenance.slug.line
    : r.provenance.headline?.from === "text"
      ? r.provenance.headline.line
      : null;
}

/** Reports every slug claimed by more than one article, naming all the files. */
export function findSlugCollisions(claims: readonly SlugClaim[]): Diagnostic[] {
  const bySlug = new Map<string, SlugClaim[]>();
  for (const r of claims) bySlug.set(r.slug, [...(bySlug.get(r.slug) ?? []), r]);
  const out: Diagnostic[] = [];
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    for (const r of group) {
      const others = group.filter((o) => o !== r).map((o) => o.file);
      out.push(
        diagnostic(
          "error",
          r.file,
          r.line,
          "slug-collision",
          `this article and ${others.join(", ")} would share the page articles/${slug}.html`,
          "give one of them a different headline, or add `slug: a-unique-name` to its front matter",
        ),
      );
    }
  }
  return out;
}

/** How many files an archive needs before parsing is spread over worker threads. */
const PARALLEL_THRESHOLD = 400;

/** Parses files in worker threads, one per core (at most four); results come back in file order. */
async function loadInWorkers(
  files: readonly string[],
  now: Date,
  onResult: (i: number, r: LoadedArticle) => void,
): Promise<void> {
  const index = new Map(files.map((f, i) => [f, i]));
  await inWorkers(
    new URL("./load-worker.ts", import.meta.url),
    files,
    (share) => ({ files: share, now: now.getTime() }),
    (batch: { file: string; result: LoadedArticle }[]) => {
      for (const { file, result } of batch) onResult(index.get(file)!, result);
    },
  );
}

/** Loads every article under a folder. Records of files with errors are left out; their errors are in `diagnostics`. */
export async function loadArchive(
  dir: string,
  now: Date = new Date(),
  onProgress?: (done: number, total: number) => void,
): Promise<Archive> {
  const files = await listArticleFiles(dir);
  const results: LoadedArticle[] = new Array(files.length);
  let done = 0;
  const store = (i: number, r: LoadedArticle): void => {
    results[i] = r;
    onProgress?.(++done, files.length);
  };
  if (files.length >= PARALLEL_THRESHOLD && availableParallelism() > 1) {
    await loadInWorkers(files, now, store);
  } else {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < files.length) {
        const i = next++;
        store(i, await loadArticle(files[i]!, now));
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  }
  const records = results.flatMap((r) => (r.record ? [r.record] : []));
  const diagnostics = [
    ...results.flatMap((r) => r.diagnostics),
    ...findSlugCollisions(records.map((r) => ({ file: r.file, slug: r.slug, line: slugLine(r) }))),
  ];
  return { records, diagnostics };
}
