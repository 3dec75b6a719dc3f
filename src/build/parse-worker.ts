/**
 * A worker thread that processes a share of an archive's files (see read-articles.ts): parsing
 * and deriving facts is pure CPU work, so a machine with several cores does several at once.
 * Records go straight to the cache; only the small facts come back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { compileRules } from "../site/article-facts.ts";
import type { SiteInputs } from "../site/build-site.ts";
import { processFile, type ProcessedFile } from "./process-article.ts";

const data = workerData as {
  jobs: [string, string | null][];
  cache: string;
  context: string;
  now: number;
  inputs: SiteInputs;
};
const ctx = {
  cache: data.cache,
  context: data.context,
  now: new Date(data.now),
  rules: compileRules(data.inputs),
};
// Results go back in batches: one message per file would spend more on messaging than on parsing.
let batch: ProcessedFile[] = [];
for (const [file, known] of data.jobs) {
  batch.push(processFile(file, known, ctx));
  if (batch.length === 50) {
    parentPort!.postMessage({ batch });
    batch = [];
  }
}
if (batch.length > 0) parentPort!.postMessage({ batch });
parentPort!.postMessage({ done: true });
