/**
 * Running a command as the benchmark sees it: wall time, CPU time and peak memory of the whole
 * process tree (the command, its Node workers and Pagefind's process), memory sampled from /proc
 * every 50 ms.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** What one run cost. */
export interface Measurement {
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds (user + system) of the process tree: its waited-for children's, as /proc counts them. */
  cpuSeconds: number;
  /** Peak resident memory of the process tree, in MB (sum over processes at each sample). */
  peakMB: number;
  /** Exit status. */
  status: number | null;
  /** Standard output and error, for diagnosis. */
  output: string;
}

/** Resident memory (kB) of `pid` and all its descendants. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      total += Number(m?.[1] ?? 0);
    } catch {
      // ended
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** User + system CPU seconds of this process's waited-for children and theirs (/proc/self/stat, USER_HZ 100). */
function childrenCpuSeconds(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 16 and 17 of stat(5), cutime and cstime: 13 and 14 counted from field 3.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Runs a command and measures it. */
export function measure(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<Measurement> {
  return new Promise((resolve) => {
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 50);
    child.on("close", (status) => {
      clearInterval(timer);
      resolve({
        seconds: (performance.now() - started) / 1000,
        cpuSeconds: childrenCpuSeconds() - cpuBefore,
        peakMB: Math.round(peak / 1024),
        status,
        output,
      });
    });
  });
}
