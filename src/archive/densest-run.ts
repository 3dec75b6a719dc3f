/**
 * The densest run of lines: the stretch with the greatest sum of line weights (Kadane's maximum
 * subarray, one pass), as prose-run.ts weighs lines (prose for, anything else against).
 */
import type { LineSpan } from "./headed-run.ts";

/** The densest run among the lines before `cut` and its weight; `start` is -1 when no sum is positive. */
export function densestRun(weights: readonly number[], cut: number): LineSpan & { weight: number } {
  let best = 0;
  let start = -1;
  let end = 0;
  // The best sum ending at each line, and where that run began.
  for (let i = 0, sum = 0, from = 0; i < cut; i++) {
    if (sum <= 0) [sum, from] = [0, i];
    sum += weights[i]!;
    if (sum > best) [best, start, end] = [sum, from, i + 1];
  }
  return { start, end, weight: best };
}
