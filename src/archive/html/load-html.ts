/**
 * One saved page's bytes (and its sidecar's) → its record or its errors, as load.ts does for a
 * text file: decoded as UTF-8 (the same checks), the sidecar read and checked, the page parsed.
 */
import { decodeArticleBytes } from "../decode.ts";
import { diagnostic } from "../diagnostic.ts";
import type { ArticleRecord, Diagnostic } from "../types.ts";
import { parseHtmlArticle } from "./html-record.ts";
import { readSidecar } from "./sidecar.ts";

// Where the rest of the pipeline has always asked which files are saved pages.
export { HTML_EXTENSIONS, isHtmlPath } from "./html-path.ts";

/** A saved page's record (null when it had errors) and its diagnostics. */
export interface LoadedPage {
  /** The record, or null. */
  record: ArticleRecord | null;
  /** Its errors and warnings, the sidecar's included. */
  diagnostics: Diagnostic[];
}

/** Parses a saved page from its bytes and its sidecar's bytes (null: no sidecar). */
export function loadHtmlBytes(
  path: string,
  bytes: Uint8Array,
  sidecarBytes: Uint8Array | null,
  now: Date,
): LoadedPage {
  const decoded = decodeArticleBytes(path, bytes);
  if (!decoded.ok) return { record: null, diagnostics: [decoded.error] };
  const sidecar = sidecarBytes === null ? null : readSidecar(path, sidecarBytes, now);
  const sidecarProblems = sidecar?.diagnostics ?? [];
  if (sidecarProblems.some((d) => d.severity === "error"))
    return { record: null, diagnostics: [...sidecarProblems, ...decoded.warnings] };
  const warnings = [...decoded.warnings, ...sidecarProblems];
  try {
    const record = parseHtmlArticle(path, decoded.text, sidecar, now);
    return { record, diagnostics: [...warnings, ...record.warnings] };
  } catch (e) {
    const failed = diagnostic(
      "error",
      path,
      null,
      "parser-failed",
      `the page could not be read (${(e as Error).message})`,
      "please report this file as a bug; meanwhile save the article's text as a .txt file instead",
    );
    return { record: null, diagnostics: [failed, ...warnings] };
  }
}
