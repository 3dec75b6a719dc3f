/**
 * `npm run check [-- DIR]`: reads every article (default `articles/`) and reports each problem as
 * `path:line: what is wrong — how to fix it`, then counts. Exit status 1 when there are errors.
 */
import { formatDiagnostic } from "../archive/diagnostic.ts";
import { escapeForTerminal } from "../archive/terminal-text.ts";
import { loadSiteInputs, SITE_DATA_DIR } from "../site/site-inputs.ts";
import { compileRules } from "../site/article-facts.ts";
import { LIST_OF, namesToReview } from "../site/unknown-names.ts";
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
// Names found in the text that an editor may want to settle (issue 16): short and ranked.
const review = namesToReview(archive.records, compileRules(inputs).entities);
const show = (title: string, list: typeof review.uncertain): void => {
  if (list.length === 0) return;
  console.log(`\n${title}`);
  for (const n of list)
    console.log(
      `  ${String(n.articles).padStart(4)}  ${n.type.padEnd(12)} ${escapeForTerminal(n.name)} — ${escapeForTerminal(n.reason)}`,
    );
};
show(
  `Names found but uncertain (articles, type, name): list one in ${SITE_DATA_DIR}/${LIST_OF.person}, ${LIST_OF.place} or ${LIST_OF.organisation} to settle it, or with "exclude": true to drop it:`,
  review.uncertain,
);
show(
  `Spellings merged into one name: list a form as an alias of another entry to move it, or as its own entry to split it:`,
  review.merged,
);
