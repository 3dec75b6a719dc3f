/**
 * Worker threads that run TypeScript modules, through ts-worker.mjs, or a script bundled from one
 * (the build's parse worker, src/pipeline/worker-bundle.ts): the loader's, the build's parser and
 * the search indexer all start theirs this way. The loader and the parser spread a list of files
 * over one worker per core with `inWorkers`, each worker answering with `sendInBatches`.
 */
import { availableParallelism } from "node:os";
import { parentPort, Worker } from "node:worker_threads";
import { forEachWithinTimeLimit } from "./time-bound.ts";

/**
 * A worker running the module at `module` with `data`: a TypeScript module (e.g.
 * `new URL("./load-worker.ts", import.meta.url)`) through tsx, a script (a bundle) as it is.
 */
export function tsWorker(module: URL, data: unknown): Worker {
  if (module.protocol !== "file:" || !module.pathname.endsWith(".ts"))
    return new Worker(module, { workerData: data, execArgv: withoutTsx(process.execArgv) });
  return new Worker(new URL("./ts-worker.mjs", import.meta.url), {
    argv: [module.href],
    workerData: data,
  });
}

/**
 * The process's options without `--import tsx`, for a worker running a script: it has no use for
 * tsx, whose loading cost each worker about 50 ms more to start.
 */
export function withoutTsx(execArgv: readonly string[]): string[] {
  return execArgv.filter(
    (arg, i) =>
      arg !== "--import=tsx" &&
      !(arg === "--import" && execArgv[i + 1] === "tsx") &&
      !(arg === "tsx" && execArgv[i - 1] === "--import"),
  );
}

/** Most workers `inWorkers` starts, whatever the number of cores. */
const MAX_WORKERS = 4;
/** Results per message: one message per item would spend more on messaging than on the work. */
const BATCH = 50;

/**
 * Runs `module` in one worker thread per core (at most four), each started with `data(share)`
 * for its share of `items` (dealt in turn); the results the workers send (see `sendInBatches`)
 * are handed to `onBatch` as they come, with the number of the worker that sent them.
 */
export async function inWorkers<I, R>(
  module: URL,
  items: readonly I[],
  data: (share: I[]) => unknown,
  onBatch: (results: R[], worker: number) => void,
): Promise<void> {
  const count = Math.min(MAX_WORKERS, Math.max(1, availableParallelism()));
  const shares = Array.from({ length: count }, (_, w) => items.filter((_, i) => i % count === w));
  await Promise.all(
    shares.map(
      (share, w) =>
        new Promise<void>((resolve, reject) => {
          const worker = tsWorker(module, data(share));
          worker.on("message", (m: { done?: boolean; batch?: R[] }) => {
            // Resolved once the thread has exited, so no worker outlives the call.
            if (m.done) void worker.terminate().then(() => resolve(), reject);
            else onBatch(m.batch ?? [], w);
          });
          worker.on("error", reject);
        }),
    ),
  );
}

/**
 * In a worker thread started by `inWorkers`: sends `work(item)` of each item back in batches, then
 * the end. Each item's work is bounded in time (see time-bound.ts): `overrun(item)` is sent for an
 * item that did not finish within `limitMs`. `finish`, if given, is applied to each result as it is
 * sent, outside the time bound: work the bound stops is done again, but each result is finished once.
 */
export function sendInBatches<I, R>(
  items: readonly I[],
  work: (item: I) => R,
  overrun: (item: I) => R,
  limitMs?: number,
  finish: (result: R) => R = (result) => result,
): void {
  let batch: R[] = [];
  const send = (result: R): void => {
    batch.push(finish(result));
    if (batch.length === BATCH) {
      parentPort!.postMessage({ batch });
      batch = [];
    }
  };
  forEachWithinTimeLimit(items, work, overrun, send, limitMs);
  if (batch.length > 0) parentPort!.postMessage({ batch });
  parentPort!.postMessage({ done: true });
}
