/**
 * A worker thread that processes a share of an archive's files (see load-articles.ts): parsing
 * and deriving facts is pure CPU work, so a machine with several cores does several at once.
 * Records go straight to the cache; only the small facts come back (and the records, when the
 * loader keeps them).
 */
import { workerData } from "node:worker_threads";
import { sendInBatches } from "../archive/ts-worker.ts";
import { compileRules } from "../site/article-facts.ts";
import type { SiteInputs } from "../site/site-inputs.ts";
import { processFile, timedOutFile, type KnownVersion } from "./process-article.ts";
import { workerWords } from "./word-numbers.ts";

/** What the loader hands each worker. */
export interface WorkerData {
  /** The files to process, each with the key the cache holds for it. */
  jobs: [string, KnownVersion | null][];
  /** Cache folder, or null for none. */
  cache: string | null;
  /** Return the records too. */
  keepRecords: boolean;
  /** Fingerprint of what the facts depend on besides the file. */
  context: string;
  /** The moment the build treats as now (milliseconds). */
  now: number;
  /** The editors' data files. */
  inputs: SiteInputs;
  /** Most milliseconds one file may take to parse. */
  limitMs: number;
}

const data = workerData as WorkerData;
const { words, withNewWords } = workerWords();
const ctx = {
  cache: data.cache,
  keepRecords: data.keepRecords,
  context: data.context,
  now: new Date(data.now),
  rules: compileRules(data.inputs),
  words,
};
sendInBatches(
  data.jobs,
  ([file, known]) => processFile(file, known, ctx),
  ([file]) => timedOutFile(file, data.limitMs),
  data.limitMs,
  // Outside the time bound: a group of files that runs out of time is processed again.
  withNewWords,
);
