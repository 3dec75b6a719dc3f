/**
 * `npm run bench -- --html [--runs N]`: the same archive as copied text (generate.ts) and as saved
 * pages (generate-html.ts), built side by side: per run a cold build and a rebuild with nothing
 * changed of each, the order alternating (text first, then HTML first, …) so a busy machine
 * slows both alike. Prints each run, then the medians and the HTML/text ratio of wall time, CPU
 * time of the process tree, peak memory and the phases the build reports (`BUILD_TIMINGS`).
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { cacheDirFor } from "../src/pipeline/article-cache.ts";
import { generate } from "./generate.ts";
import { generateHtml } from "./generate-html.ts";
import type { Measurement } from "./measure.ts";

/** The two forms of the archive. */
type Form = "text" | "html";

/** One build as the comparison records it. */
interface Build {
  /** Wall seconds. */
  wall: number;
  /** CPU seconds of the process tree. */
  cpu: number;
  /** Peak memory of the process tree, MB. */
  peakMB: number;
  /** Milliseconds per phase (parse, views, render, index, swap), as the build reports them. */
  phases: Record<string, number>;
  /** Files of the site. */
  files: number;
}

/** A build of `articles` into `site`, with the build's phase timings (`BUILD_TIMINGS=1`) in its output. */
export type BuildCommand = (
  articles: string,
  site: string,
  env: Record<string, string>,
) => Promise<Measurement>;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The archive of `n` articles in `form`, generated once into bench/corpus/. */
function corpus(n: number, form: Form, log: (s: string) => void): string {
  const dir = join("bench/corpus", form === "text" ? String(n) : `${n}-html`);
  if (!existsSync(dir) || readdirSync(dir).length !== n) {
    log(`generating ${n} articles as ${form === "text" ? "copied text" : "saved pages"}…`);
    rmSync(dir, { recursive: true, force: true });
    (form === "text" ? generate : generateHtml)(n, dir);
  }
  return dir;
}

/** Runs `runs` alternating rounds of cold + unchanged builds of both forms of `n` articles and prints the medians and ratios. */
export async function compareHtml(
  n: number,
  runs: number,
  build: BuildCommand,
  log: (s: string) => void,
): Promise<void> {
  const results: Record<Form, { cold: Build[]; unchanged: Build[] }> = {
    text: { cold: [], unchanged: [] },
    html: { cold: [], unchanged: [] },
  };
  const once = async (form: Form, articles: string, site: string): Promise<Build> => {
    const m = await build(articles, site, { BUILD_TIMINGS: "1" });
    if (m.status !== 0) throw new Error(`${form} build failed (${n} articles):\n${m.output}`);
    const json = m.output.split("\n").find((l) => l.startsWith("{"));
    const reported = json ? (JSON.parse(json) as Record<string, number>) : {};
    const phases: Record<string, number> = {};
    for (const k of ["parse", "views", "render", "index", "swap"])
      if (reported[k] !== undefined) phases[k] = reported[k];
    const files = Number(/(\d+) files in/.exec(m.output)?.[1] ?? 0);
    return { wall: m.seconds, cpu: m.cpuSeconds, peakMB: m.peakMB, phases, files };
  };
  const dirs = { text: corpus(n, "text", log), html: corpus(n, "html", log) };
  for (let r = 0; r < runs; r++) {
    const order: Form[] = r % 2 === 0 ? ["text", "html"] : ["html", "text"];
    for (const form of order) {
      const site = join("bench/out", `${n}-${form}`, "site");
      rmSync(join("bench/out", `${n}-${form}`), { recursive: true, force: true });
      rmSync(cacheDirFor(resolve(site)), { recursive: true, force: true }); // a cold build: no cache
      const cold = await once(form, dirs[form], site);
      const unchanged = await once(form, dirs[form], site);
      results[form].cold.push(cold);
      results[form].unchanged.push(unchanged);
      const phases = Object.entries(cold.phases)
        .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)}`)
        .join(", ");
      log(
        `${n} ${form} run ${r + 1}: cold ${cold.wall.toFixed(1)} s wall, ${cold.cpu.toFixed(1)} s CPU, ` +
          `${cold.peakMB} MB (${phases}); unchanged ${unchanged.wall.toFixed(1)} s, ${cold.files} files`,
      );
    }
  }
  const row = (label: string, pick: (b: Build) => number, unit: string, digits = 1): string => {
    const [t, h] = (["text", "html"] as const).map((f) => median(results[f].cold.map(pick)));
    return `  ${label.padEnd(16)} ${`${t!.toFixed(digits)}${unit}`.padStart(10)} ${`${h!.toFixed(digits)}${unit}`.padStart(10)} ${(h! / t!).toFixed(2).padStart(7)}×`;
  };
  const phaseNames = Object.keys(results.text.cold[0]?.phases ?? {});
  log(`${n} articles, medians of ${runs} runs each:`);
  log(`  ${"".padEnd(16)} ${"text".padStart(10)} ${"html".padStart(10)} ${"ratio".padStart(8)}`);
  log(row("cold wall", (b) => b.wall, " s"));
  log(row("cold CPU", (b) => b.cpu, " s"));
  log(row("cold peak", (b) => b.peakMB, " MB", 0));
  for (const p of phaseNames) log(row(`  phase ${p}`, (b) => (b.phases[p] ?? 0) / 1000, " s"));
  const [ut, uh] = (["text", "html"] as const).map((f) =>
    median(results[f].unchanged.map((b) => b.wall)),
  );
  log(
    `  ${"unchanged wall".padEnd(16)} ${`${ut!.toFixed(1)} s`.padStart(10)} ${`${uh!.toFixed(1)} s`.padStart(10)} ${(uh! / ut!).toFixed(2).padStart(7)}×`,
  );
  log(
    `  ${"site files".padEnd(16)} ${String(results.text.cold[0]?.files).padStart(10)} ${String(results.html.cold[0]?.files).padStart(10)}`,
  );
}
