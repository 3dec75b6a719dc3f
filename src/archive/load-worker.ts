/**
 * A worker thread that parses a share of an archive's files (see load.ts): the parser is pure
 * CPU work, so a machine with several cores parses several files at once.
 */
import { workerData } from "node:worker_threads";
import { loadArticle, timedOutArticle, type LoadedArticle } from "./load.ts";
import { sendInBatches } from "./ts-worker.ts";

const { files, now, limitMs } = workerData as { files: string[]; now: number; limitMs: number };
sendInBatches(
  files,
  (file): { file: string; result: LoadedArticle } => ({
    file,
    result: loadArticle(file, new Date(now)),
  }),
  (file) => ({ file, result: timedOutArticle(file, limitMs) }),
  limitMs,
);
