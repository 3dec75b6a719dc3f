/**
 * Starting a worker thread that runs a TypeScript module, through ts-worker.mjs: the loader's,
 * the build's parser and the search indexer all start theirs this way.
 */
import { Worker } from "node:worker_threads";

/** A worker running the module at `module` (e.g. `new URL("./load-worker.ts", import.meta.url)`) with `data`. */
export function tsWorker(module: URL, data: unknown): Worker {
  return new Worker(new URL("./ts-worker.mjs", import.meta.url), {
    argv: [module.href],
    workerData: data,
  });
}
