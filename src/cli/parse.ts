/**
 * `npm run --silent parse -- FILE...`: prints a JSON array, one record per file in the order
 * given. A file that cannot be read gives `{ file, error, errors }` instead of a record.
 */
import { parseArticle } from "../archive/parse.ts";
import { readArticleFile } from "../archive/read.ts";
import { formatDiagnostic } from "../archive/diagnostic.ts";
import { stringifyForTerminal } from "../archive/terminal-text.ts";

const files = process.argv.slice(2).filter((a) => a !== "--");
if (files.length === 0) {
  process.stderr.write("usage: npm run --silent parse -- FILE...\n");
  process.exit(2);
}
const out: unknown[] = [];
for (const file of files) {
  const read = await readArticleFile(file);
  if (!read.ok) {
    out.push({ file, error: read.errors.map(formatDiagnostic).join("\n"), errors: read.errors });
    continue;
  }
  try {
    const record = parseArticle(read.file);
    out.push({ ...record, warnings: [...read.warnings, ...record.warnings] });
  } catch (e) {
    out.push({
      file,
      error: `${file}: the parser failed: ${(e as Error).message} — please report this file as a bug`,
    });
  }
}
process.stdout.write(stringifyForTerminal(out) + "\n");
