/**
 * `npm run --silent parse -- FILE...`: prints a JSON array, one record per file in the order
 * given. A file that cannot be read or parsed (or takes longer than the time limit) gives
 * `{ file, error, errors }` instead of a record.
 */
import { formatDiagnostic } from "../archive/diagnostic.ts";
import { loadWithinTimeLimit } from "../archive/load.ts";
import { stringifyForTerminal } from "../archive/terminal-text.ts";

const files = process.argv.slice(2).filter((a) => a !== "--");
if (files.length === 0) {
  process.stderr.write("usage: npm run --silent parse -- FILE...\n");
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
