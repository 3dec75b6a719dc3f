/**
 * Where things stand on a copied page: the headline, the body, and the lines around the body.
 * Later steps read their evidence (bylines, date stamps, credits) from these regions, so a name
 * in a comment or a date in a photo caption is never taken for the article's.
 */
import { cleanBody, type CleanBody } from "./clean-body.ts";
import type { SourceLine } from "./source-lines.ts";
import { pickHeadline } from "./headline.ts";
import type { TextLanguage } from "./prose-language.ts";
import { findProseRun } from "./prose-run.ts";
import { isServerErrorLine } from "./server-error-line.ts";
import type { RemovedLine } from "./types.ts";

/** The page split into headline, body and the removed lines that may hold evidence. */
export interface ArticleLayout {
  /** The headline's line, or null when no line looked like one. */
  headline: SourceLine | null;
  /** The clean body; attribution.ts may still move a closing credit out of its last paragraph. */
  body: CleanBody;
  /** Every line that is not body (labels, headline, chrome, …), in file order. */
  removed: RemovedLine[];
  /** Line of the first body paragraph, Infinity when there is none (so nothing is "below" it). */
  firstBody: number;
  /** Line of the last body paragraph, -Infinity when there is none. */
  lastBody: number;
  /** Removed lines that may hold evidence: not the headline, nothing after an end marker (comments). */
  beforeEnd: RemovedLine[];
  /** Evidence lines between the headline and the body. */
  headerLines: RemovedLine[];
  /** The first two evidence lines after the body, where sign-offs and bylines stand. */
  closingLines: RemovedLine[];
}

/** Finds the article's run of prose, the headline above it, the body in it, and the regions around. */
export function layOutArticle(all: readonly SourceLine[], lang: TextLanguage): ArticleLayout {
  // A server's warnings printed into the page are no part of it: left out before any counting, so
  // a hundred of them neither start the article nor push the headline out of the header's reach.
  const lines = all.filter((l) => !isServerErrorLine(l.text));
  const run = findProseRun(lines, lang);
  // Headline: the title above the run; everything above it is labels and logos.
  const h = pickHeadline(
    lines.map((l) => l.text),
    lang,
    run.start,
  );
  const headline = lines[h] ?? null;
  const removed: RemovedLine[] = lines
    .slice(0, Math.max(h, 0))
    .map((l) => ({ line: l.n, text: l.text, reason: "label" }));
  if (headline) removed.push({ line: headline.n, text: headline.text, reason: "headline" });
  const body = cleanBody(lines.slice(h + 1), lang, headline?.text ?? "", {
    first: lines[run.start]?.n ?? Infinity,
    last: lines[run.end - 1]?.n ?? -Infinity,
    marker: lines[run.marker]?.n ?? Infinity,
  });
  for (const l of all)
    if (isServerErrorLine(l.text)) removed.push({ line: l.n, text: l.text, reason: "chrome" });
  // One by one: spreading 100,000 removed lines into push() overflows the stack.
  for (const r of body.removed) removed.push(r);
  removed.sort((a, b) => a.line - b.line);

  const firstBody = body.paragraphs[0]?.line ?? Infinity;
  const lastBody = body.paragraphs[body.paragraphs.length - 1]?.line ?? -Infinity;
  const beforeEnd = removed.filter(
    (r) => r.reason !== "after-end-marker" && r.reason !== "headline",
  );
  const headerLines = beforeEnd.filter((r) => r.line > (headline?.n ?? 0) && r.line <= firstBody);
  const closingLines = beforeEnd.filter((r) => r.line > lastBody).slice(0, 2);
  return { headline, body, removed, firstBody, lastBody, beforeEnd, headerLines, closingLines };
}
