/**
 * The loader: the archive's files → every article's facts, and every problem found in them. The
 * one way articles are read, by `npm run build` (with its cache) and `npm run check` (without).
 * With a cache, a file whose size, time and inode are unchanged is not read and one whose content
 * hashes the same is not parsed; the rest are parsed (src/archive/load.ts) and their facts derived,
 * in worker threads when there are many. Errors of all files are collected, then what no single
 * file shows: two articles claiming one page, themes missing from the taxonomy.
 */
import { availableParallelism } from "node:os";
import { listArticleFiles } from "../archive/article-files.ts";
import { findSlugCollisions } from "../archive/load.ts";
import type { Archive, ArticleRecord, Diagnostic } from "../archive/types.ts";
import { compileRules } from "../site/article-facts.ts";
import type { ArticleTerms } from "../site/assemble-site.ts";
import { checkSiteInputs, type SiteInputs } from "../site/site-inputs.ts";
import { vocabulary, type Vocabulary } from "../site/related.ts";
import type { ArticleFacts } from "../site/types.ts";
import { clearCache, pruneRecords, type FileEntry } from "./article-cache.ts";
import { articleStamp } from "./article-stat.ts";
import { factsContext } from "./cache-keys.ts";
import { readFileIndex, writeFileIndex } from "./file-index.ts";
import { holdsOn } from "../archive/watched-now.ts";
import { inWorkers } from "../archive/ts-worker.ts";
import {
  processFile,
  timedOutFile,
  type KnownVersion,
  type ProcessContext,
  type ProcessedFile,
} from "./process-article.ts";
import { forEachWithinTimeLimit, PARSE_TIME_LIMIT_MS } from "../archive/time-bound.ts";
import type { WorkerData } from "./parse-worker.ts";
import { renumberWords } from "./word-numbers.ts";
import { workerBundle } from "./worker-bundle.ts";

/** How many files need parsing before the work is spread over worker threads. */
const PARALLEL_THRESHOLD = 400;

/** The articles' facts, in file order, and what reading them found. */
export interface LoadedArticles {
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
  /** The records of the files without errors, in file order, when asked for (`keepRecords`); else empty. */
  records: ArticleRecord[];
}

/** Keys of file versions whose stored records were found damaged: parsed again ("all": every file). */
export type Distrust = ReadonlySet<string> | "all";

/** Where and when articles are read. */
export interface LoadContext {
  /** The moment the build treats as now. */
  now: Date;
  /** Cache folder; absent, nothing is read from or written to a cache. */
  cache?: string | undefined;
  /** Also return every record (for `npm run check`; the build reads records from its cache). */
  keepRecords?: boolean;
  /** Cached file versions not to trust (default: none). */
  distrust?: Distrust;
  /** Most milliseconds one file may take to parse (default `PARSE_TIME_LIMIT_MS`). */
  limitMs?: number;
}

/** Loads the article files (as `listArticleFiles` lists them). */
export async function loadArticles(
  files: readonly string[],
  inputs: SiteInputs,
  {
    now,
    cache,
    keepRecords = false,
    distrust = new Set(),
    limitMs = PARSE_TIME_LIMIT_MS,
  }: LoadContext,
  onProgress?: (done: number, total: number) => void,
): Promise<LoadedArticles> {
  // Facts depend on the code and the data files (and on the day, within each entry's span).
  const context = factsContext(inputs);
  const known = cache ? readFileIndex(cache, context) : null;
  if (cache && !known) await clearCache(cache);
  const index = distrust === "all" ? {} : (known?.files ?? {});
  // A copy: the vocabulary grows, and the index as read tells what must be written again.
  const words = vocabulary(known?.words.slice() ?? []);
  const entries: (FileEntry | null)[] = new Array(files.length).fill(null);
  const jobs: [number, KnownVersion | null][] = [];
  await Promise.all(
    files.map(async (file, i) => {
      const cached = index[file];
      const old = cached && distrust !== "all" && !distrust.has(cached.key) ? cached : undefined;
      const info = old ? await articleStamp(file) : null;
      if (
        old &&
        info &&
        info.size === old.size &&
        info.mtimeMs === old.mtimeMs &&
        info.ino === old.ino &&
        holdsOn(old.span, now)
      )
        entries[i] = old;
      else jobs.push([i, old ? { fileKey: old.fileKey, span: old.span } : null]);
    }),
  );
  jobs.sort((a, b) => a[0] - b[0]);
  let done = files.length - jobs.length;
  const records: (ArticleRecord | null)[] = [];
  const store = (i: number, p: ProcessedFile): void => {
    if (p.record) records[i] = p.record;
    const old = index[files[i]!];
    if (p.unchanged && old) entries[i] = { ...old, size: p.size, mtimeMs: p.mtimeMs, ino: p.ino };
    else {
      entries[i] = {
        size: p.size,
        mtimeMs: p.mtimeMs,
        ino: p.ino,
        fileKey: p.fileKey,
        span: p.span,
        key: p.key,
        facts: p.facts,
        terms: p.terms,
        diagnostics: p.diagnostics,
      };
    }
    onProgress?.(++done, files.length);
  };
  if (jobs.length >= PARALLEL_THRESHOLD && availableParallelism() > 1) {
    const shared = {
      cache: cache ?? null,
      keepRecords,
      context,
      now: now.getTime(),
      inputs,
      limitMs,
    };
    await processInWorkers(files, jobs, shared, words, store);
  } else {
    const rules = compileRules(inputs);
    const ctx: ProcessContext = { cache: cache ?? null, keepRecords, context, now, rules, words };
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
    ...checkSiteInputs(
      facts.map((f) => ({
        file: f.file,
        themes: f.themes.from === "editor" ? f.themes.slugs : [],
        line: f.themes.line,
      })),
      inputs,
    ),
  ];
  if (cache) {
    const next = Object.fromEntries(
      files.map((f, i) => [f, entries[i]!]).filter(([, e]) => (e as FileEntry).size >= 0),
    );
    await writeFileIndex(cache, context, { files: next, words: words.words }, known);
    if (jobs.length > 0)
      await pruneRecords(cache, new Set(Object.values(next).map((e) => (e as FileEntry).key)));
  }
  return {
    records: records.filter((r): r is ArticleRecord => r != null),
    facts,
    terms: { encoded: kept.map((e) => e.terms!), words: words.words },
    diagnostics,
    parsed: jobs.length,
    reused: files.length - jobs.length,
  };
}

/**
 * Loads every article under `dir` as the build does, but without its cache (`npm run check` and
 * tools): the records, and the folder's problems (see `listArticleFiles`), then the articles'.
 */
export async function loadArticleFolder(
  dir: string,
  inputs: SiteInputs,
  now: Date = new Date(),
  limitMs: number = PARSE_TIME_LIMIT_MS,
): Promise<Archive> {
  const listing = await listArticleFiles(dir);
  const loaded = await loadArticles(listing.files, inputs, { now, keepRecords: true, limitMs });
  return {
    records: loaded.records,
    diagnostics: [...listing.diagnostics, ...loaded.diagnostics],
  };
}

/** Processes jobs in worker threads, one per core (at most four); word counts come numbered in `words`. */
async function processInWorkers(
  files: readonly string[],
  jobs: readonly [number, KnownVersion | null][],
  shared: Omit<WorkerData, "jobs">,
  words: Vocabulary,
  onResult: (i: number, p: ProcessedFile) => void,
): Promise<void> {
  const index = new Map(files.map((f, i) => [f, i]));
  const renumber = renumberWords(words);
  const module = new URL("./parse-worker.ts", import.meta.url);
  await inWorkers(
    (await workerBundle(module)) ?? module,
    jobs,
    (share) => ({ ...shared, jobs: share.map(([i, key]) => [files[i], key]) }),
    (batch: ProcessedFile[], worker) => {
      for (const p of batch) onResult(index.get(p.file)!, renumber(worker, p));
    },
  );
}
