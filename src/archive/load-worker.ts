/**
 * A worker thread that parses a share of an archive's files (see load.ts): the parser is pure
 * CPU work, so a machine with several cores parses several files at once.
 */
import { workerData } from "node:worker_threads";
import { loadArticle } from "./load.ts";
import { sendInBatches } from "./ts-worker.ts";

const { files, now } = workerData as { files: string[]; now: number };
await sendInBatches(files, async (file) => ({
  file,
  result: await loadArticle(file, new Date(now)),
}));
