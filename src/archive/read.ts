/**
 * Reading one article file: bytes → text (UTF-8 only, BOM and CRLF handled) → front matter split
 * and validated. Problems come back as diagnostics, never as exceptions.
 */
import { decodeArticleBytes } from "./decode.ts";
import { diagnostic } from "./diagnostic.ts";
import { splitFrontMatter } from "./front-matter.ts";
import type { Diagnostic, ReadFile } from "./types.ts";

/** A read file, or the errors that stopped it (with any warnings found on the way: check `severity`). */
export type ReadResult =
  { ok: true; file: ReadFile; warnings: Diagnostic[] } | { ok: false; errors: Diagnostic[] };

/** Reads text that is already in memory (tests, the parse command after decoding). */
export function readArticleText(
  path: string,
  bytes: Uint8Array,
  now: Date = new Date(),
): ReadResult {
  const decoded = decodeArticleBytes(path, bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  // Control characters are already gone here, so front matter and every page see clean text.
  const split = splitFrontMatter(path, decoded.text, now);
  const errors = split.diagnostics.filter((d) => d.severity === "error");
  const warnings = [
    ...decoded.warnings,
    ...split.diagnostics.filter((d) => d.severity !== "error"),
  ];
  // A failed read still reports its warnings: the callers keep only `errors` then.
  if (errors.length > 0) return { ok: false, errors: [...errors, ...warnings] };
  if (split.text.trim() === "") {
    return {
      ok: false,
      errors: [
        diagnostic(
          "error",
          path,
          split.firstLine,
          "no-text",
          "the file has front matter but no article text",
          "paste the article text below the closing `---`",
        ),
        ...warnings,
      ],
    };
  }
  const file: ReadFile = {
    path,
    text: split.text,
    firstLine: split.firstLine,
    frontMatter: split.frontMatter,
    frontMatterLines: split.lines,
    frontMatterText: split.raw,
  };
  return { ok: true, file, warnings };
}
