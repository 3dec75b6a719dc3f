/**
 * A worker thread that writes the search shards (see search-shards.ts): reading each article's
 * record and building two indexes is work the pages' render does not wait for, so it runs on
 * another core. Progress and the result go back as messages; an error ends the worker with it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { closePagefind } from "../search/pagefind-index.ts";
import { indexShards, type SerializedResult, type ShardJob } from "./search-shards.ts";

try {
  const result = await indexShards(workerData as ShardJob, (done, total) =>
    parentPort!.postMessage({ progress: [done, total] }),
  );
  const message: SerializedResult = { ...result, fingerprints: [...result.fingerprints] };
  parentPort!.postMessage({ result: message });
} finally {
  await closePagefind(); // Pagefind's process would keep the worker alive
}
