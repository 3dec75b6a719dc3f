/**
 * `npm run check [-- DIR]`: reads every article (default `articles/`) and reports each problem as
 * `path:line: what is wrong — how to fix it`, then counts. Exit status 1 when there are errors.
 */
import { formatDiagnostic } from "../archive/diagnostic.ts";
import { escapeForTerminal } from "../archive/terminal-text.ts";
import { loadSiteInputs, SITE_DATA_DIR } from "../site/site-inputs.ts";
import { compileGazetteer } from "../site/gazetteer.ts";
import { unknownNames } from "../site/unknown-names.ts";
import { loadArticleFolder } from "../pipeline/load-articles.ts";
import { parseCommand } from "./options.ts";

const { positionals } = parseCommand({
  usage: "npm run check [-- DIR]",
  about:
    "Reads every article in DIR (default articles/) and prints each problem as `path:line: what is wrong — how to fix it`, then counts. Exit status 1 when there are errors.",
  options: {},
  positionals: true,
});
const dir = positionals[0] ?? "articles";
// Read exactly as the build reads them (its loader, without its cache), so the two agree.
const { inputs, diagnostics: dataWarnings } = loadSiteInputs();
const archive = await loadArticleFolder(dir, inputs);
const diagnostics = [...dataWarnings, ...archive.diagnostics];
const errors = diagnostics.filter((d) => d.severity === "error");
const warnings = diagnostics.filter((d) => d.severity === "warning");
for (const d of [...errors, ...warnings]) console.log(formatDiagnostic(d));
const count = (test: (r: (typeof archive.records)[number]) => boolean): number =>
  archive.records.filter(test).length;
console.log(
  [
    "",
    `${archive.records.length} articles read, ${errors.length} errors, ${warnings.length} warnings`,
    `  without a date:   ${count((r) => r.date === null)}`,
    `  without a source: ${count((r) => r.source === null)}`,
    `  without a dateline: ${count((r) => r.dateline === null)}`,
  ].join("\n"),
);
process.exitCode = errors.length > 0 ? 1 : 0;
const missing = unknownNames(archive.records, [
  compileGazetteer(inputs.people),
  compileGazetteer(inputs.places),
]);
if (missing.length > 0) {
  console.log(
    `\nFrequent names the gazetteer lacks (add them to ${SITE_DATA_DIR}/people.json or places.json):`,
  );
  for (const m of missing)
    console.log(`  ${String(m.count).padStart(4)}  ${escapeForTerminal(m.name)}`);
}
