/**
 * A worker thread that parses a share of an archive's files (see load.ts): the parser is pure
 * CPU work, so a machine with several cores parses several files at once.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadArticle } from "./load.ts";

const { files, now } = workerData as { files: string[]; now: number };
// Results go back in batches: one message per file would spend more on messaging than on parsing.
let batch: { file: string; result: unknown }[] = [];
for (const file of files) {
  batch.push({ file, result: await loadArticle(file, new Date(now)) });
  if (batch.length === 50) {
    parentPort!.postMessage({ batch });
    batch = [];
  }
}
if (batch.length > 0) parentPort!.postMessage({ batch });
parentPort!.postMessage({ done: true });
