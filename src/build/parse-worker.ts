/**
 * A worker thread that processes a share of an archive's files (see read-articles.ts): parsing
 * and deriving facts is pure CPU work, so a machine with several cores does several at once.
 * Records go straight to the cache; only the small facts come back.
 */
import { workerData } from "node:worker_threads";
import { sendInBatches } from "../archive/ts-worker.ts";
import { compileRules } from "../site/article-facts.ts";
import type { SiteInputs } from "../site/site-inputs.ts";
import { processFile, timedOutFile } from "./process-article.ts";

const data = workerData as {
  jobs: [string, string | null][];
  cache: string;
  context: string;
  now: number;
  inputs: SiteInputs;
  limitMs: number;
};
const ctx = {
  cache: data.cache,
  context: data.context,
  now: new Date(data.now),
  rules: compileRules(data.inputs),
};
sendInBatches(
  data.jobs,
  ([file, known]) => processFile(file, known, ctx),
  ([file]) => timedOutFile(file, data.limitMs),
  data.limitMs,
);
