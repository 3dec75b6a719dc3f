/**
 * One file → its record or its errors: read, decoded, split from its front matter and parsed. And
 * what no single file can show: two articles claiming the same page. The loader
 * (src/pipeline/load-articles.ts) runs this for every file of an archive.
 */
import { readFileSync } from "node:fs";
import { diagnostic } from "./diagnostic.ts";
import { isHtmlPath, loadHtmlBytes } from "./html/load-html.ts";
import { readSidecarBytes } from "./html/sidecar.ts";
import { parseArticle } from "./parse.ts";
import { readArticleText, type ReadResult } from "./read.ts";
import { forEachWithinTimeLimit, parseTimeLimitError, PARSE_TIME_LIMIT_MS } from "./time-bound.ts";
import { unreadableFile } from "./unreadable-file.ts";
import type { ArticleRecord, Diagnostic } from "./types.ts";

/** One file's record (null when it had errors) and its diagnostics. */
export interface LoadedArticle {
  /** The record, or null. */
  record: ArticleRecord | null;
  /** Its errors and warnings. */
  diagnostics: Diagnostic[];
}

/** Reads and parses one file, or returns its errors. */
export function loadArticle(path: string, now: Date = new Date()): LoadedArticle {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { record: null, diagnostics: [unreadableFile(path, e)] };
  }
  return loadArticleBytes(path, bytes, now);
}

/** What a file whose parse ran over the time limit loads as: its error. */
export function timedOutArticle(file: string, limitMs: number): LoadedArticle {
  return { record: null, diagnostics: [parseTimeLimitError(file, limitMs)] };
}

/** `loadArticle` of each file, each within `limitMs` (see time-bound.ts), handed to `onResult`: `npm run parse`. */
export function loadWithinTimeLimit(
  files: readonly string[],
  now: Date,
  onResult: (file: string, result: LoadedArticle) => void,
  limitMs: number = PARSE_TIME_LIMIT_MS,
): void {
  forEachWithinTimeLimit(
    files,
    (file) => ({ file, result: loadArticle(file, now) }),
    (file) => ({ file, result: timedOutArticle(file, limitMs) }),
    ({ file, result }) => onResult(file, result),
    limitMs,
  );
}

/**
 * Parses one file's bytes, already read, or returns its errors: a saved web page (`.html`,
 * `.htm`) through src/archive/html/, with its sidecar's bytes (read here when not given; null:
 * none), any other file as text.
 */
export function loadArticleBytes(
  path: string,
  bytes: Uint8Array,
  now: Date = new Date(),
  sidecar?: Uint8Array | null,
): LoadedArticle {
  if (isHtmlPath(path))
    return loadHtmlBytes(
      path,
      bytes,
      sidecar === undefined ? readSidecarBytes(path) : sidecar,
      now,
    );
  return parseRead(readArticleText(path, bytes, now), now);
}

/** The parsed record of a read file; a parser failure is that file's error, not the whole run's. */
function parseRead(read: ReadResult, now: Date): LoadedArticle {
  if (!read.ok) return { record: null, diagnostics: read.errors };
  try {
    const record = parseArticle(read.file, now);
    return { record, diagnostics: [...read.warnings, ...record.warnings] };
  } catch (e) {
    const failed = diagnostic(
      "error",
      read.file.path,
      null,
      "parser-failed",
      `the parser failed on this file (${(e as Error).message})`,
      "please report this file as a bug; meanwhile move it out of the articles folder",
    );
    return { record: null, diagnostics: [failed, ...read.warnings] };
  }
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
