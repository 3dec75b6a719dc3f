/**
 * Worker for linear-time.test.ts: times one hostile shape at two sizes, in CPU time (a loaded
 * machine deschedules a process; its CPU time stays honest). Run in a worker so that a parse that
 * never ends can be stopped.
 */
import { parentPort, workerData } from "node:worker_threads";
import { parseArticle } from "../../src/archive/parse.ts";
import type { ReadFile } from "../../src/archive/types.ts";
import { findEventDates } from "../../src/site/events.ts";
import { splitSentences } from "../../src/site/sentences.ts";
import { SHAPES, type Target } from "./hostile-inputs.ts";

/** What the test asks. */
export interface TimeRequest {
  shape: string;
  small: number;
  large: number;
  /** Ratio above which the large size is timed again (the least time counts). */
  retryAbove: number;
}

/** What the worker answers. */
export interface TimeResult {
  smallMs: number;
  largeMs: number;
  largeChars: number;
}

const NOW = new Date("2026-01-01T00:00:00Z");

/** Runs the shape's target on the text. */
function run(target: Target, text: string): void {
  if (target === "sentences") splitSentences(text);
  else if (target === "events") findEventDates(text, "en", "2025-06-01", NOW);
  else {
    const file: ReadFile = {
      path: "hostile.txt",
      text,
      firstLine: 1,
      frontMatter: {},
      frontMatterLines: {},
      frontMatterText: "",
    };
    parseArticle(file, NOW);
  }
}

/** CPU milliseconds of one run. */
function cpuMs(target: Target, text: string): number {
  const start = process.cpuUsage();
  run(target, text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const request = workerData as TimeRequest;
const shape = SHAPES[request.shape]!;
// Warm up (compilation), then the least of three runs of the small input.
run(shape.target, shape.make(1000));
const small = shape.make(request.small);
let smallMs = Infinity;
for (let i = 0; i < 3; i++) smallMs = Math.min(smallMs, cpuMs(shape.target, small));
const large = shape.make(request.large);
let largeMs = cpuMs(shape.target, large);
for (let i = 0; i < 2 && largeMs / Math.max(smallMs, 1) > request.retryAbove; i++)
  largeMs = Math.min(largeMs, cpuMs(shape.target, large));
const result: TimeResult = { smallMs, largeMs, largeChars: large.length };
parentPort?.postMessage(result);
