/**
 * Who writes the search shards. A large archive's indexer is a worker thread (search-worker.ts),
 * started when the build begins, before its job is known: the worker loads its modules and starts
 * Pagefind's process while the articles are parsed, so once the views are assembled it indexes at
 * once. A small archive's shards are written in this thread (a worker's start would cost more).
 */
import { tsWorker } from "../archive/ts-worker.ts";
import { indexShards, type ShardJob, type ShardResult } from "./search-shards.ts";

/** Archives of at least this many files index in a worker thread. */
const WORKER_MIN_FILES = 400;

/** Writes the search shards once it has a job. */
export interface SearchIndexer {
  /** Writes (or links) every shard of `job`; call once. */
  index(job: ShardJob, onShard?: (done: number, total: number) => void): Promise<ShardResult>;
  /** Stops the indexer and Pagefind's process, whatever it was doing (a failed build calls it). */
  stop(): Promise<void>;
}

/** A `ShardResult` as the worker sends it. */
export type SerializedResult = Omit<ShardResult, "fingerprints"> & {
  /** Marker file → fingerprint. */
  fingerprints: [string, string][];
};

/** What the worker sends: progress, the result, or that it stopped on request. */
export type IndexerMessage = {
  /** Shards done and their number. */
  progress?: [number, number];
  /** What writing the shards did. */
  result?: SerializedResult;
};

/** What the worker is sent: its job, or to stop. */
export type IndexerCommand = { job: ShardJob } | { stop: true };

/** Starts the indexer for an archive of `files` article files. */
export function startSearchIndexer(files: number): SearchIndexer {
  if (files < WORKER_MIN_FILES) return { index: indexShards, stop: async () => {} };
  const worker = tsWorker(new URL("./search-worker.ts", import.meta.url), null);
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  let onShard: ((done: number, total: number) => void) | undefined;
  let settle: { resolve: (r: ShardResult) => void; reject: (e: Error) => void } | null = null;
  // A failure before the job is sent (the worker could not start) is kept for `index` to report.
  let failure: Error | null = null;
  const fail = (e: Error): void => {
    failure ??= e;
    settle?.reject(e);
  };
  worker.on("message", (m: IndexerMessage) => {
    if (m.progress) onShard?.(...m.progress);
    if (m.result) settle?.resolve({ ...m.result, fingerprints: new Map(m.result.fingerprints) });
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the search indexer stopped with code ${code}`)));
  return {
    index: (job, progress) => {
      onShard = progress;
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        settle = { resolve, reject };
        worker.postMessage({ job } satisfies IndexerCommand);
      });
    },
    stop: async () => {
      // Asked first, so the worker closes Pagefind's process; forced if it does not end soon.
      worker.postMessage({ stop: true } satisfies IndexerCommand);
      const timer = setTimeout(() => void worker.terminate(), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}
