/**
 * The archive's files → every article's facts, reusing the cache: a file whose size, time and
 * inode are unchanged is not read; one whose content hashes the same is not parsed; the rest are
 * parsed, in worker threads when there are many. Errors of all files are collected.
 */
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { findSlugCollisions } from "../archive/load.ts";
import type { Diagnostic } from "../archive/types.ts";
import { compileRules } from "../site/article-facts.ts";
import type { ArticleTerms } from "../site/assemble-site.ts";
import type { SiteInputs } from "../site/site-inputs.ts";
import { encodeTerms, vocabulary } from "../site/related.ts";
import type { ArticleFacts } from "../site/types.ts";
import {
  clearCache,
  pruneRecords,
  readCacheFile,
  writeCacheFile,
  type FileEntry,
  type FileIndex,
} from "./article-cache.ts";
import { codeVersion, fingerprint } from "./code-version.ts";
import { inWorkers } from "../archive/ts-worker.ts";
import {
  processFile,
  timedOutFile,
  type ProcessContext,
  type ProcessedFile,
} from "./process-article.ts";
import { forEachWithinTimeLimit, PARSE_TIME_LIMIT_MS } from "../archive/time-bound.ts";

/** How many files need parsing before the work is spread over worker threads. */
const PARALLEL_THRESHOLD = 400;

/** The articles' facts, in file order, and what reading them found. */
export interface ReadArticles {
  /** Facts of every file without errors. */
  facts: ArticleFacts[];
  /** Their word counts. */
  terms: ArticleTerms;
  /** Every error and warning. */
  diagnostics: Diagnostic[];
  /** Files parsed in this build. */
  parsed: number;
  /** Files whose facts came from the cache. */
  reused: number;
}

/** Keys of file versions whose stored records were found damaged: parsed again ("all": every file). */
export type Distrust = ReadonlySet<string> | "all";

/** Where and when articles are read. */
export interface ReadContext {
  /** The moment the build treats as now. */
  now: Date;
  /** Cache folder. */
  cache: string;
  /** Cached file versions not to trust (default: none). */
  distrust?: Distrust;
  /** Most milliseconds one file may take to parse (default `PARSE_TIME_LIMIT_MS`). */
  limitMs?: number;
}

/** Reads the article files (as `listArticleFiles` lists them). */
export async function readArticles(
  files: readonly string[],
  inputs: SiteInputs,
  { now, cache, distrust = new Set(), limitMs = PARSE_TIME_LIMIT_MS }: ReadContext,
  onProgress?: (done: number, total: number) => void,
): Promise<ReadArticles> {
  // Facts depend on the code, the taxonomy and gazetteers, and the day (no dates after today).
  const context = fingerprint(
    codeVersion(),
    inputs.themes,
    inputs.people,
    inputs.places,
    now.toISOString().slice(0, 10),
  );
  const known = readCacheFile<FileIndex>(cache, "files.v8", context);
  if (!known) await clearCache(cache);
  const index = distrust === "all" ? {} : (known?.files ?? {});
  const words = vocabulary(known?.words ?? []);
  const entries: (FileEntry | null)[] = new Array(files.length).fill(null);
  const jobs: [number, string | null][] = [];
  await Promise.all(
    files.map(async (file, i) => {
      const cached = index[file];
      const old = cached && distrust !== "all" && !distrust.has(cached.key) ? cached : undefined;
      const info = old ? await stat(file).catch(() => null) : null;
      if (
        old &&
        info &&
        info.size === old.size &&
        info.mtimeMs === old.mtimeMs &&
        info.ino === old.ino
      )
        entries[i] = old;
      else jobs.push([i, old?.key ?? null]);
    }),
  );
  jobs.sort((a, b) => a[0] - b[0]);
  let done = files.length - jobs.length;
  const store = (i: number, p: ProcessedFile): void => {
    const old = index[files[i]!];
    if (p.unchanged && old) entries[i] = { ...old, size: p.size, mtimeMs: p.mtimeMs, ino: p.ino };
    else {
      entries[i] = {
        size: p.size,
        mtimeMs: p.mtimeMs,
        ino: p.ino,
        key: p.key,
        facts: p.facts,
        terms: p.terms ? encodeTerms(p.terms, words) : null,
        diagnostics: p.diagnostics,
      };
    }
    onProgress?.(++done, files.length);
  };
  if (jobs.length >= PARALLEL_THRESHOLD && availableParallelism() > 1) {
    const shared = { cache, context, now: now.getTime(), inputs, limitMs };
    await processInWorkers(files, jobs, shared, store);
  } else {
    const ctx: ProcessContext = { cache, context, now, rules: compileRules(inputs) };
    forEachWithinTimeLimit(
      jobs,
      ([i, key]): [number, ProcessedFile] => [i, processFile(files[i]!, key, ctx)],
      ([i]): [number, ProcessedFile] => [i, timedOutFile(files[i]!, limitMs)],
      ([i, p]) => store(i, p),
      limitMs,
    );
  }
  const kept = entries.filter((e): e is FileEntry => e?.facts != null && e.terms !== null);
  const facts = kept.map((e) => e.facts!);
  const diagnostics = [
    ...entries.flatMap((e) => e?.diagnostics ?? []),
    ...findSlugCollisions(
      facts.map((f) => ({ file: f.file, slug: f.link.slug, line: f.slugLine })),
    ),
  ];
  const next = Object.fromEntries(
    files.map((f, i) => [f, entries[i]!]).filter(([, e]) => (e as FileEntry).size >= 0),
  );
  await writeCacheFile(cache, "files.v8", context, { files: next, words: words.words });
  if (jobs.length > 0)
    await pruneRecords(cache, new Set(Object.values(next).map((e) => (e as FileEntry).key)));
  return {
    facts,
    terms: { encoded: kept.map((e) => e.terms!), words: words.words },
    diagnostics,
    parsed: jobs.length,
    reused: files.length - jobs.length,
  };
}

/** Processes jobs in worker threads, one per core (at most four). */
async function processInWorkers(
  files: readonly string[],
  jobs: readonly [number, string | null][],
  shared: { cache: string; context: string; now: number; inputs: SiteInputs; limitMs: number },
  onResult: (i: number, p: ProcessedFile) => void,
): Promise<void> {
  const index = new Map(files.map((f, i) => [f, i]));
  await inWorkers(
    new URL("./parse-worker.ts", import.meta.url),
    jobs,
    (share) => ({ ...shared, jobs: share.map(([i, key]) => [files[i], key]) }),
    (batch: ProcessedFile[]) => {
      for (const p of batch) onResult(index.get(p.file)!, p);
    },
  );
}
