/**
 * The original file of an article, line by line, each line marked: supplied by an editor (front
 * matter), kept as body, or removed by the cleaner (with the reason). Read for each batch of the
 * render, not kept in the records, so that records stay small in large archives.
 */
import { readFileSync } from "node:fs";
import { decodeArticleBytes } from "../archive/decode.ts";
import { isHtmlPath } from "../archive/html/load-html.ts";
import type { ArticleRecord, RemovalReason } from "../archive/types.ts";
import type { SourceFileLine } from "./types.ts";

/** Lines the parser read as facts of the record rather than threw away. */
const FACT_REASONS = new Set<RemovalReason>(["headline", "byline", "date-stamp"]);

/**
 * Reads the article's file and marks each line; null when the file can no longer be read.
 * Synchronous, as the batch's other reads (see `readStoredArticle`): one small file per page.
 */
export function readSourceFile(record: ArticleRecord): SourceFileLine[] | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(record.file);
  } catch {
    return null;
  }
  const decoded = decodeArticleBytes(record.file, bytes);
  if (!decoded.ok) return null;
  if (isHtmlPath(record.file)) return savedPageLines(record, decoded.text);
  const bodyLines = new Set(record.paragraphs.map((p) => p.line));
  const reasons = new Map<number, RemovalReason[]>();
  for (const r of record.removed) reasons.set(r.line, [...(reasons.get(r.line) ?? []), r.reason]);
  return decoded.text.split("\n").map((text, i) => {
    const n = i + 1;
    const why = reasons.get(n) ?? [];
    const fact = why.length > 0 && why.every((r) => FACT_REASONS.has(r));
    const status =
      n < record.textStartLine
        ? "front-matter"
        : fact
          ? "fact"
          : bodyLines.has(n)
            ? "body"
            : why.length > 0
              ? "removed"
              : text.trim() === ""
                ? "blank"
                : n < record.textStartLine
                  ? "front-matter"
                  : "removed";
    return { n, text, status, reasons: why };
  });
}

/** Characters of a saved page's line shown: minified pages have lines of a megabyte. */
const MAX_PAGE_LINE = 200;

/**
 * A saved page's lines, as text (the page escapes them; nothing is rendered as HTML). Its body was
 * extracted from the markup, so no line is "body" or "removed"; the lines its metadata facts
 * were read from are marked as facts.
 */
function savedPageLines(record: ArticleRecord, text: string): SourceFileLine[] {
  const factLines = new Set<number>();
  for (const p of Object.values(record.provenance))
    if (p.from === "page" && p.line !== null) factLines.add(p.line);
  return text.split("\n").map((line, i) => ({
    n: i + 1,
    text:
      line.length > MAX_PAGE_LINE
        ? `${line.slice(0, MAX_PAGE_LINE)}… (${line.length - MAX_PAGE_LINE} more characters)`
        : line,
    status: factLines.has(i + 1) ? "fact" : "blank",
    reasons: [],
  }));
}
