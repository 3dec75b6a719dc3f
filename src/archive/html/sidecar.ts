/**
 * The optional sidecar of a saved page, `NAME.html.yml` beside `NAME.html`: the same keys as a
 * text file's front matter (front-matter-keys.ts), checked the same way, with errors on the
 * sidecar's own lines. A saved page cannot take front matter without breaking it as a page, so
 * its facts are supplied beside it.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { decodeArticleBytes } from "../decode.ts";
import { splitFrontMatter } from "../front-matter.ts";
import type { Diagnostic, FrontMatter, ReadFile } from "../types.ts";

/** The sidecar's path for a saved page's path. */
export const sidecarPath = (pagePath: string): string => `${pagePath}.yml`;

/** A sidecar, read and checked. */
export interface Sidecar {
  /** The sidecar as a read file (empty text): its facts and each key's line, for `applyFrontMatter`. */
  file: ReadFile;
  /** The sidecar's file name, as the provenance names it. */
  name: string;
  /** Its problems, on its own lines. */
  diagnostics: Diagnostic[];
}

/** The sidecar's bytes, or null when the page has none (or it cannot be read: then it is reported as missing). */
export function readSidecarBytes(pagePath: string): Uint8Array | null {
  try {
    return readFileSync(sidecarPath(pagePath));
  } catch {
    return null;
  }
}

/**
 * Reads a sidecar's bytes: UTF-8 YAML, `key: value` lines, optionally between `---` lines. Its
 * keys are checked as front matter's are, so `date: 2024-02-30` or `title:` get the same message.
 */
export function readSidecar(pagePath: string, bytes: Uint8Array, now: Date): Sidecar {
  const path = sidecarPath(pagePath);
  const empty = (diagnostics: Diagnostic[]): Sidecar => ({
    file: emptyFile(path, {}, {}),
    name: basename(path),
    diagnostics,
  });
  if (bytes.length === 0) return empty([]);
  const decoded = decodeArticleBytes(path, bytes);
  if (!decoded.ok) return decoded.error.code === "empty-file" ? empty([]) : empty([decoded.error]);
  // Fenced already, it is read as it is; else it is fenced, and each line found moves up by one.
  const fenced = /^---\s*\n/.test(decoded.text);
  const shift = fenced ? 0 : -1;
  const split = splitFrontMatter(path, fenced ? decoded.text : `---\n${decoded.text}\n---\n`, now);
  const moved = (line: number): number => Math.max(1, line + shift);
  const lines: Partial<Record<keyof FrontMatter, number>> = {};
  for (const [k, line] of Object.entries(split.lines))
    lines[k as keyof FrontMatter] = moved(line as number);
  const diagnostics = [
    ...decoded.warnings,
    ...split.diagnostics.map((d) => (d.line === null ? d : { ...d, line: moved(d.line) })),
  ];
  if (fenced && split.text.trim() !== "")
    diagnostics.push({
      path,
      line: split.firstLine,
      code: "sidecar-text",
      severity: "error",
      message: "the sidecar has text after its closing `---`",
      fix: "a sidecar holds only `key: value` lines; the article is the page beside it",
    });
  return {
    file: emptyFile(path, split.frontMatter, lines),
    name: basename(path),
    diagnostics,
  };
}

/** A read file with facts and no text. */
function emptyFile(
  path: string,
  frontMatter: FrontMatter,
  frontMatterLines: Partial<Record<keyof FrontMatter, number>>,
): ReadFile {
  return { path, text: "", firstLine: 1, frontMatter, frontMatterLines, frontMatterText: "" };
}
