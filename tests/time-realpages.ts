/**
 * Parse time per copied page: `loadArticle` on every file of ../shared/realpages/text (twice: the
 * first pass warms the JIT and the caches, the second is reported), total and p95 in ms, and the
 * process's CPU time over the second pass (steadier than wall time on a shared, loaded machine).
 * Run: node --import tsx tests/time-realpages.ts
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadArticle } from "../src/archive/load.ts";

const dir = join(import.meta.dirname, "..", "..", "shared", "realpages", "text");
if (!existsSync(dir)) {
  console.log(`no ${dir}: skipped`);
} else {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(dir, f));
  const now = new Date("2026-12-01T00:00:00Z");
  let ms: number[] = [];
  let cpu = process.cpuUsage();
  for (let pass = 0; pass < 2; pass++) {
    cpu = process.cpuUsage();
    ms = files.map((f) => {
      const t = performance.now();
      loadArticle(f, now);
      return performance.now() - t;
    });
  }
  const cpuUsed = process.cpuUsage(cpu);
  const cpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
  const sorted = [...ms].sort((a, b) => a - b);
  const total = ms.reduce((a, b) => a + b, 0);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  console.log(
    `${files.length} files: total ${total.toFixed(0)} ms, mean ${(total / files.length).toFixed(2)} ms, ` +
      `p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(1)} ms; ` +
      `cpu ${cpuMs.toFixed(0)} ms, ${(cpuMs / files.length).toFixed(2)} ms a file`,
  );
}
