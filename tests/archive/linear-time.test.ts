/**
 * The parser (and the site's per-article passes) run in time linear in the input, whatever it
 * holds: each hostile shape in hostile-inputs.ts is timed at n and 8n characters (8n up to 1.6 MB)
 * in a worker. The machine is shared and noisy, so no tight wall-clock bound is asserted: the
 * CPU-time ratio for 8× the input must stay well below quadratic (64), and a generous ceiling
 * (and a worker that is stopped when it does not answer) catches a hang.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tsWorker } from "../../src/archive/ts-worker.ts";
import { SHAPES } from "./hostile-inputs.ts";
import type { TimeRequest, TimeResult } from "./time-shape-worker.ts";

const SMALL = 200_000;
const LARGE = 8 * SMALL;
/** Linear is 8; quadratic would be 64. */
const MAX_RATIO = 20;
/** Below this, a large input is fast whatever its ratio (fixed costs and collection dominate). */
const FAST_MS = 250;
/**
 * Least CPU time the small input is counted as: below it, the process's CPU clock and a collection
 * of the large input's strings are jitter of the same size (a 12 ms small input made a linear
 * 254 ms large one read as ratio 21 on a loaded machine), while a quadratic pass still shows.
 */
const SMALL_FLOOR_MS = 25;
/** Backstop against a hang: one large input in CPU time, and the whole worker in wall time. */
const CEILING_MS = 20_000;
const WORKER_LIMIT_MS = 120_000;

/** Times one shape in a worker; rejects when the worker does not answer in time. */
function timeShape(shape: string): Promise<TimeResult> {
  const request: TimeRequest = { shape, small: SMALL, large: LARGE, retryAbove: MAX_RATIO };
  const worker = tsWorker(new URL("./time-shape-worker.ts", import.meta.url), request);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`no answer in ${WORKER_LIMIT_MS / 1000} s: the pass hangs`));
    }, WORKER_LIMIT_MS);
    worker.once("message", (m: TimeResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

describe("linear time on hostile inputs", () => {
  for (const shape of Object.keys(SHAPES)) {
    it(`${shape}: 8× the input costs well under 64× the time`, async () => {
      const r = await timeShape(shape);
      const ratio = r.largeMs / Math.max(r.smallMs, SMALL_FLOOR_MS);
      const detail = `${r.smallMs.toFixed(0)} ms for ${SMALL} chars, ${r.largeMs.toFixed(0)} ms for ${r.largeChars}`;
      assert.ok(r.largeMs < CEILING_MS, `over the ceiling: ${detail}`);
      assert.ok(ratio < MAX_RATIO || r.largeMs < FAST_MS, `ratio ${ratio.toFixed(1)}: ${detail}`);
    });
  }
});
