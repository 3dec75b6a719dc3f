/**
 * `npm start`: builds the archive, serves `_site/` on http://localhost:8080 (PORT overrides), and
 * rebuilds whenever a file in `articles/` (or a template, style or data file) is added, changed or
 * removed. A failed rebuild prints its errors and keeps serving the last good site.
 */
import { watch } from "node:fs";
import { formatDiagnostic } from "../archive/diagnostic.ts";
import { buildArchiveSite } from "../build/build-site.ts";
import { serveStatic } from "../build/static-server.ts";

const port = Number(process.env.PORT ?? 8080);
const WATCHED = ["articles", "templates", "public", "src/site/data"];

async function rebuild(reason: string): Promise<void> {
  const started = performance.now();
  try {
    const result = await buildArchiveSite();
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    for (const d of errors) console.error(formatDiagnostic(d));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.ok)
      console.log(`${reason}: built ${result.site?.articles.length ?? 0} articles in ${seconds}s`);
    else console.error(`${reason}: ${errors.length} error(s); still serving the previous site.`);
  } catch (e) {
    console.error(
      `${reason}: the build failed (${(e as Error).message}); still serving the previous site.`,
    );
  }
}

// Changes arrive in bursts (an editor saving several files); wait for quiet, and never run two builds at once.
let timer: NodeJS.Timeout | null = null;
let running: Promise<void> = Promise.resolve();
let pending = false;
function schedule(reason: string): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    if (pending) return;
    pending = true;
    running = running.then(async () => {
      pending = false;
      await rebuild(reason);
    });
  }, 300);
}

await rebuild("start");
await serveStatic("_site", port, "0.0.0.0");
console.log(
  `Serving _site/ on http://localhost:${port}/ — watching ${WATCHED.join(", ")} (Ctrl+C to stop)`,
);
for (const dir of WATCHED) {
  try {
    watch(dir, { recursive: true }, (_event, file) => schedule(`${dir}/${file ?? ""} changed`));
  } catch {
    // A folder that does not exist is simply not watched.
  }
}
