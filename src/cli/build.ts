/**
 * `npm run build [-- --articles DIR --output DIR]` (`--help` for the options): builds `_site/` from `articles/`. Problems are printed as
 * `path:line: what is wrong — how to fix it`; with any error nothing is written and the exit
 * status is 1. Progress goes to a terminal, not to CI logs.
 */
import { formatDiagnostic } from "../archive/diagnostic.ts";
import { buildArchiveSite } from "../pipeline/build-site.ts";
import { closePagefind } from "../search/pagefind-index.ts";
import { parseCommand } from "./options.ts";

const interactive = process.stderr.isTTY && !process.env.CI;
const { values } = parseCommand({
  usage: "npm run build [-- --articles DIR --output DIR]",
  about:
    "Builds the site from the article files: into a fresh folder, checked, then put in place of the output. With any error nothing is written.",
  options: {
    articles: { type: "string", default: "articles", describe: "folder of article files" },
    output: {
      type: "string",
      default: "_site",
      describe: "folder the site is published in (only a folder a build made is replaced)",
    },
  },
});
const started = performance.now();
const output = values.output as string;
try {
  const result = await buildArchiveSite({
    articles: values.articles as string,
    output,
    // A fixed build time makes builds byte-for-byte reproducible (feeds carry it); the benchmark sets it.
    ...(process.env.ARCHIVE_BUILD_TIME ? { now: new Date(process.env.ARCHIVE_BUILD_TIME) } : {}),
    onProgress: (m) => interactive && process.stderr.write(`\r\x1b[K${m}`),
  });
  if (interactive) process.stderr.write("\r\x1b[K");
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  const warnings = result.diagnostics.filter((d) => d.severity === "warning");
  for (const d of errors) console.error(formatDiagnostic(d));
  if (!result.ok) {
    console.error(
      `\n${errors.length} error(s): nothing was written; the previous ${output}/ is unchanged.`,
    );
    process.exitCode = 1;
  } else {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (process.env.BUILD_TIMINGS)
      console.log(JSON.stringify({ ...result.timings, ...result.counts }));
    console.log(
      `Built ${output}/: ${result.site?.articles.length ?? 0} articles, ${result.pages} files in ${seconds}s (${warnings.length} warnings: npm run check lists them).`,
    );
  }
} catch (e) {
  // Not a problem of the articles (those are diagnostics): a fault of the machine or of the code.
  // One line says what happened; the stack only when asked for, to attach to a bug report.
  const error = e as NodeJS.ErrnoException;
  console.error(
    `The build failed: ${error.message ?? e} — nothing was written and the previous ${output}/ is unchanged; ` +
      (error.code
        ? `check the path it names (free disk space, permissions) and run the build again.`
        : `run it again with ARCHIVE_DEBUG=1 to see where, and report it as a bug.`),
  );
  if (process.env.ARCHIVE_DEBUG) console.error(error.stack);
  process.exitCode = 1;
} finally {
  // Pagefind indexes in a helper process; stop it so the command ends.
  await closePagefind();
}
