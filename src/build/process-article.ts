/**
 * One article file → its facts, with the record and paragraphs stored in the cache. Run in the
 * main thread for a few files and in worker threads for many (parse-worker.ts). A file whose
 * content hashes to the key the cache already has is not parsed again.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { loadArticleBytes } from "../archive/load.ts";
import { parseTimeLimitError } from "../archive/time-bound.ts";
import { unreadableFile } from "../archive/unreadable-file.ts";
import type { Diagnostic } from "../archive/types.ts";
import { deriveArticle, type ArticleRules } from "../site/article-facts.ts";
import type { ArticleFacts } from "../site/types.ts";
import { storeArticle } from "./article-cache.ts";

/** What processing needs besides the file. */
export interface ProcessContext {
  /** Cache folder. */
  cache: string;
  /** Fingerprint of the code, data files and day the facts depend on. */
  context: string;
  /** The moment the build treats as now. */
  now: Date;
  /** Compiled data files. */
  rules: ArticleRules;
}

/** One processed file. */
export interface ProcessedFile {
  /** Path of the file. */
  file: string;
  /** Size, modification time and inode read before the content. */
  size: number;
  /** See `size`. */
  mtimeMs: number;
  /** See `size`. */
  ino: number;
  /** Key of the file version. */
  key: string;
  /** True when the key is the one the cache had: facts and diagnostics are the cached ones. */
  unchanged: boolean;
  /** Facts (null when the file had errors or is unchanged). */
  facts: ArticleFacts | null;
  /** Word counts (null with the facts). */
  terms: [string, number][] | null;
  /** Errors and warnings (empty when unchanged). */
  diagnostics: Diagnostic[];
}

const NOTHING = { facts: null, terms: null };

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
    key: "",
    unchanged: false,
    ...NOTHING,
    diagnostics,
  };
}

/**
 * Processes one file; `knownKey` is the key the cache holds for it, if any. Synchronous: in a
 * worker thread, waiting for the disk through callbacks left the thread idle a fifth of the time.
 */
export function processFile(
  file: string,
  knownKey: string | null,
  ctx: ProcessContext,
): ProcessedFile {
  let info;
  let bytes: Buffer;
  try {
    info = statSync(file);
    bytes = readFileSync(file);
  } catch (e) {
    return failedFile(file, [unreadableFile(file, e)]);
  }
  const key = createHash("sha256")
    .update(ctx.context)
    .update("\0")
    .update(file)
    .update("\0")
    .update(bytes)
    .digest("hex")
    .slice(0, 32);
  const base = { file, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, key };
  if (key === knownKey) return { ...base, unchanged: true, ...NOTHING, diagnostics: [] };
  const loaded = loadArticleBytes(file, bytes, ctx.now);
  if (!loaded.record)
    return { ...base, unchanged: false, ...NOTHING, diagnostics: loaded.diagnostics };
  const derived = deriveArticle(loaded.record, ctx.rules, ctx.now, key);
  storeArticle(
    ctx.cache,
    key,
    { record: loaded.record, paragraphs: derived.paragraphs },
    derived.mentions,
  );
  return {
    ...base,
    unchanged: false,
    facts: derived.facts,
    terms: derived.terms,
    diagnostics: loaded.diagnostics,
  };
}
