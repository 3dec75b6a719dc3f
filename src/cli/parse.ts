/**
 * `npm run --silent parse -- FILE...`: prints a JSON array, one record per file in the order
 * given. A file that cannot be read or parsed (or takes longer than the time limit) gives
 * `{ file, error, errors }` instead of a record.
 */
import { formatDiagnostic } from "../archive/diagnostic.ts";
import { loadWithinTimeLimit } from "../archive/load.ts";
import { stringifyForTerminal } from "../archive/terminal-text.ts";
import { helpText, parseCommand } from "./options.ts";

const spec = {
  usage: "npm run --silent parse -- FILE...",
  about:
    "Prints a JSON array, one record per file in the order given ({ file, error, errors } for a file that cannot be read or parsed).",
  options: {},
  positionals: true,
};
const files = parseCommand(spec).positionals;
if (files.length === 0) {
  process.stderr.write(`${helpText(spec)}\n`);
  process.exit(2);
}
const out: unknown[] = [];
loadWithinTimeLimit(files, new Date(), (file, { record, diagnostics }) => {
  if (record) out.push({ ...record, warnings: diagnostics });
  else {
    const errors = diagnostics.filter((d) => d.severity === "error");
    out.push({ file, error: errors.map(formatDiagnostic).join("\n"), errors: diagnostics });
  }
});
process.stdout.write(stringifyForTerminal(out) + "\n");
