/**
 * One article file → its facts, with the record and paragraphs stored in the cache (when there is
 * one). Run by the loader (load-articles.ts) in the main thread for a few files and in worker
 * threads for many (parse-worker.ts). A file whose content hashes to the key the cache already
 * has is not parsed again.
 */
import { readFileSync } from "node:fs";
import { isHtmlPath } from "../archive/html/load-html.ts";
import { readSidecarBytes } from "../archive/html/sidecar.ts";
import { loadArticleBytes } from "../archive/load.ts";
import { parseTimeLimitError } from "../archive/time-bound.ts";
import { unreadableFile } from "../archive/unreadable-file.ts";
import type { ArticleRecord, Diagnostic } from "../archive/types.ts";
import { deriveArticle, type ArticleRules } from "../site/article-facts.ts";
import { encodeTerms, type Vocabulary } from "../site/related.ts";
import type { ArticleFacts } from "../site/types.ts";
import { storeArticle, type FileVersion } from "./article-cache.ts";
import { articleStampSync } from "./article-stat.ts";
import { fileKey, recordKey } from "./cache-keys.ts";
import { holdsOn, spanOf, WatchedNow, type DaySpan } from "../archive/watched-now.ts";

/** What processing needs besides the file. */
export interface ProcessContext {
  /** Cache folder the record goes to; null: none (the record is only returned, if kept). */
  cache: string | null;
  /** Return the record with the facts. */
  keepRecords: boolean;
  /** Fingerprint of the code and data files the facts depend on (see `factsContext`). */
  context: string;
  /** The moment the build treats as now. */
  now: Date;
  /** Compiled data files. */
  rules: ArticleRules;
  /** The words that word counts are numbered in: the archive's, or a worker thread's own (see word-numbers.ts). */
  words: Vocabulary;
}

/** One processed file. */
export interface ProcessedFile extends FileVersion {
  /** Path of the file. */
  file: string;
  /** True when the content and the day are ones the cache's entry holds for: facts and diagnostics are the cached ones. */
  unchanged: boolean;
  /** Facts (null when the file had errors or is unchanged). */
  facts: ArticleFacts | null;
  /** Word counts as pairs `[word number, count, …]` over the context's `words` (null with the facts). */
  terms: Uint32Array | null;
  /** Words a worker thread numbered since its previous result, in order (set by parse-worker.ts). */
  newWords?: string[];
  /** Errors and warnings (empty when unchanged). */
  diagnostics: Diagnostic[];
  /** The record, when asked for (`keepRecords`) and parsed without errors. */
  record?: ArticleRecord;
}

const NOTHING = { facts: null, terms: null };
const ALL_DAYS: DaySpan = { from: null, until: null };

/** What the cache holds of a file's last version: enough to tell whether it still holds. */
export type KnownVersion = Pick<FileVersion, "fileKey" | "span">;

/** A file whose parse ran over the time limit (see time-bound.ts): its error. */
export function timedOutFile(file: string, limitMs: number): ProcessedFile {
  return failedFile(file, [parseTimeLimitError(file, limitMs)]);
}

/** A file that could not be processed, with the errors that say why. */
export function failedFile(file: string, diagnostics: Diagnostic[]): ProcessedFile {
  return {
    file,
    size: -1,
    mtimeMs: -1,
    ino: -1,
    fileKey: "",
    span: ALL_DAYS,
    key: "",
    unchanged: false,
    ...NOTHING,
    diagnostics,
  };
}

/**
 * Processes one file; `known` is what the cache holds of it, if anything. Synchronous: in a
 * worker thread, waiting for the disk through callbacks left the thread idle a fifth of the time.
 */
export function processFile(
  file: string,
  known: KnownVersion | null,
  ctx: ProcessContext,
): ProcessedFile {
  let info;
  let bytes: Buffer;
  let sidecar: Uint8Array | null;
  try {
    info = articleStampSync(file);
    bytes = readFileSync(file);
    sidecar = isHtmlPath(file) ? readSidecarBytes(file) : null;
  } catch (e) {
    return failedFile(file, [unreadableFile(file, e)]);
  }
  // A saved page's sidecar is part of its content (see article-stat.ts).
  const content = fileKey(
    ctx.context,
    file,
    sidecar ? Buffer.concat([bytes, Buffer.from("\0sidecar\0"), sidecar]) : bytes,
  );
  const base = { file, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, fileKey: content };
  if (known && content === known.fileKey && holdsOn(known.span, ctx.now))
    return { ...base, span: known.span, key: "", unchanged: true, ...NOTHING, diagnostics: [] };
  // Watched, so the record's key says on which days its answers about today hold.
  const now = new WatchedNow(ctx.now.getTime());
  const loaded = loadArticleBytes(file, bytes, now, sidecar);
  if (!loaded.record) {
    const span = spanOf(now);
    const key = recordKey(content, span);
    return { ...base, span, key, unchanged: false, ...NOTHING, diagnostics: loaded.diagnostics };
  }
  // Derived with the same watched now (an undated article's events stop at today), then keyed
  // by the span both noted.
  const derived = deriveArticle(loaded.record, ctx.rules, now);
  const span = spanOf(now);
  const key = recordKey(content, span);
  if (ctx.cache)
    storeArticle(
      ctx.cache,
      key,
      {
        record: loaded.record,
        paragraphs: derived.paragraphs,
        themeEvidence: derived.themeEvidence,
      },
      derived.mentions,
    );
  return {
    ...base,
    span,
    key,
    unchanged: false,
    facts: { ...derived.facts, key },
    terms: encodeTerms(derived.terms, ctx.words),
    diagnostics: loaded.diagnostics,
    ...(ctx.keepRecords ? { record: loaded.record } : {}),
  };
}
