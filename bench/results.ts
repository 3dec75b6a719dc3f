/**
 * bench/RESULTS.md (a table per archive size) and bench/results.svg (build time and peak memory
 * against archive size, ours and the peer's).
 */
import { writeFileSync } from "node:fs";

/** What the benchmark measured for one archive size. */
export interface SizeResult {
  /** Number of articles. */
  size: number;
  /** Seconds: cold full build. */
  cold: number;
  /** Seconds: rebuild with nothing changed. */
  unchanged: number;
  /** Seconds: one article added, until the site is correct. */
  add: number;
  /** Seconds: one article edited. */
  edit: number;
  /** Seconds: one article deleted. */
  delete: number;
  /** Peak memory of the process tree over all runs, MB. */
  peakMB: number;
  /** HTML pages written. */
  pages: number;
  /** All files written. */
  files: number;
  /** Size of both search indexes, MB. */
  indexMB: number;
  /** Bytes transferred by a first search in Chromium, KB (null without a browser). */
  firstSearchKB: number | null;
  /** How the incremental results were checked. */
  verified: string;
  /** Differences found, if any. */
  problems: string[];
  /** The peer: Hugo and Pagefind CLI seconds, peak MB; null when not run. */
  peer: { hugo: number; pagefind: number; peakMB: number } | null;
}

/** The machine the numbers come from. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  date: string;
  node: string;
}

const s = (x: number): string => x.toFixed(1);

/** Writes RESULTS.md and results.svg. */
export function writeResults(results: readonly SizeResult[], machine: Machine): void {
  const rows = results.map((r) => {
    const peer = r.peer ? r.peer.hugo + r.peer.pagefind : null;
    return `| ${r.size.toLocaleString("en")} | ${s(r.cold)} | ${peer === null ? "—" : `${s(peer)} (${s(r.peer!.hugo)} + ${s(r.peer!.pagefind)})`} | ${peer === null ? "—" : (r.cold / peer).toFixed(2)} | ${s(r.unchanged)} | ${s(r.add)} | ${s(r.edit)} | ${s(r.delete)} | ${r.peakMB} | ${r.peer ? r.peer.peakMB : "—"} | ${r.pages.toLocaleString("en")} | ${r.indexMB.toFixed(1)} | ${r.firstSearchKB === null ? "—" : r.firstSearchKB.toFixed(0)} | ${r.verified} |`;
  });
  const md = [
    "# Benchmark results",
    "",
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB; Node ${machine.node}; ${machine.date}. Written by \`npm run bench\`.`,
    "Times are seconds of wall clock for one run (the machine is shared and noisy: compare ratios within one run, not across runs).",
    "Memory is the peak resident size of the whole process tree (Node, its workers, Pagefind's process), sampled every 50 ms.",
    "The peer is Hugo (Debian's package) with a minimal theme rendering the same kinds of pages, then the Pagefind CLI; it receives the articles already parsed.",
    "",
    "| articles | cold build | Hugo + Pagefind | ratio | unchanged | add one | edit one | delete one | peak MB | peer peak MB | pages | index MB | first search KB | add/edit/delete checked |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows,
    "",
    "![Build time and peak memory against archive size](results.svg)",
    "",
  ].join("\n");
  writeFileSync("bench/RESULTS.md", md);
  writeFileSync("bench/results.json", JSON.stringify({ machine, results }, null, 2) + "\n");
  writeFileSync("bench/results.svg", plot(results));
}

/** Two small line charts side by side: seconds and MB against articles (log scale on x). */
function plot(results: readonly SizeResult[]): string {
  const W = 360;
  const H = 220;
  const pad = 44;
  const xs = results.map((r) => Math.log10(r.size));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs, Math.min(...xs) + 1)];
  const chart = (
    ox: number,
    title: string,
    series: { label: string; color: string; values: (number | null)[] }[],
  ): string => {
    const max =
      Math.max(1, ...series.flatMap((se) => se.values.filter((v): v is number => v !== null))) *
      1.1;
    const px = (i: number): number => ox + pad + ((xs[i]! - x0) / (x1 - x0)) * (W - 2 * pad);
    const py = (v: number): number => H - pad + 10 - (v / max) * (H - 2 * pad);
    const lines = series.map((se, k) => {
      const pts = se.values
        .map((v, i) => (v === null ? null : `${px(i).toFixed(1)},${py(v).toFixed(1)}`))
        .filter(Boolean);
      const dots = se.values
        .map((v, i) =>
          v === null
            ? ""
            : `<circle cx="${px(i).toFixed(1)}" cy="${py(v).toFixed(1)}" r="3" fill="${se.color}"/>`,
        )
        .join("");
      return (
        `<polyline fill="none" stroke="${se.color}" stroke-width="2" points="${pts.join(" ")}"/>${dots}` +
        `<text x="${ox + pad + 6}" y="${28 + 14 * k}" fill="${se.color}" font-size="11">${se.label}</text>`
      );
    });
    const ticks = results.map(
      (r, i) =>
        `<text x="${px(i).toFixed(1)}" y="${H - 14}" font-size="10" text-anchor="middle">${r.size >= 1000 ? `${r.size / 1000}k` : r.size}</text>`,
    );
    return `<g><text x="${ox + W / 2}" y="14" font-size="12" text-anchor="middle">${title}</text><line x1="${ox + pad}" y1="${H - pad + 10}" x2="${ox + W - pad}" y2="${H - pad + 10}" stroke="#888"/><line x1="${ox + pad}" y1="${pad - 10}" x2="${ox + pad}" y2="${H - pad + 10}" stroke="#888"/><text x="${ox + 6}" y="${pad}" font-size="10">${max.toFixed(0)}</text>${ticks.join("")}${lines.join("")}</g>`;
  };
  const time = chart(0, "Cold build, seconds", [
    { label: "ours", color: "#8a2f1c", values: results.map((r) => r.cold) },
    {
      label: "Hugo + Pagefind",
      color: "#1a5fb4",
      values: results.map((r) => (r.peer ? r.peer.hugo + r.peer.pagefind : null)),
    },
    { label: "ours, add one", color: "#c47a00", values: results.map((r) => r.add) },
  ]);
  const mem = chart(W, "Peak memory, MB", [
    { label: "ours", color: "#8a2f1c", values: results.map((r) => r.peakMB) },
    {
      label: "Hugo + Pagefind",
      color: "#1a5fb4",
      values: results.map((r) => (r.peer ? r.peer.peakMB : null)),
    },
  ]);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${2 * W} ${H}" font-family="system-ui, sans-serif" role="img" aria-label="Build time and peak memory against archive size"><rect width="100%" height="100%" fill="#fff"/>${time}${mem}</svg>\n`;
}
