/**
 * Bylines and authors. A line counts as a byline by its opener (`By`, `Por`, `Автор:`) anywhere
 * outside the body; a bare name counts only where bylines stand, between headline and body or
 * just after the body, so names in teasers and captions elsewhere are not taken for authors.
 */
import { parseByline, type Byline } from "./byline.ts";
import type { ArticleLayout } from "./article-layout.ts";
import { isSiteNameLine } from "./headline.ts";

/** A byline with the line it was read from. */
export type PlacedByline = Byline & {
  /** 1-based line in the file. */
  line: number;
  /** The whole line, the evidence (a line can hold several bylines split by ` | `). */
  text: string;
};

/** The article's author(s) and the byline they were read from. */
export interface Authors {
  /** Names, comma-separated, co-authors included; null when no byline names a person. */
  names: string | null;
  /** The first author's byline, for provenance; undefined when there is none. */
  byline: PlacedByline | undefined;
}

/** Every byline in the removed lines before any end marker, in file order. */
export function findBylines(layout: ArticleLayout): PlacedByline[] {
  // Sets, not arrays: asking `includes` of every removed line was quadratic on long pages.
  const bylineSpots = new Set([...layout.headerLines, ...layout.closingLines]);
  const bylines: PlacedByline[] = [];
  for (const r of layout.beforeEnd) {
    const parts = r.text.split(/\s+\|\s+/);
    // Names alone count only where bylines stand: between headline and body, or just after the body.
    const bare =
      bylineSpots.has(r) &&
      (r.reason === "byline" ||
        r.reason === "teaser" ||
        r.reason === "label" ||
        r.reason === "chrome");
    for (const part of parts) {
      const b = parseByline(part, bare && !isSiteNameLine(part));
      if (b) bylines.push({ ...b, line: r.line, text: r.text });
    }
  }
  return bylines;
}

/** The author: a byline above the body first, else any; co-authors on the lines right under it join. */
export function chooseAuthors(bylines: readonly PlacedByline[], firstBody: number): Authors {
  const author =
    bylines.find((b) => b.author !== null && b.line < firstBody) ??
    bylines.find((b) => b.author !== null);
  // Co-authors printed one per line under the first (the first byline read from each line).
  const bylineAt = new Map<number, Byline>();
  for (const b of bylines) if (!bylineAt.has(b.line)) bylineAt.set(b.line, b);
  let names = author?.author ?? null;
  for (
    let line = author?.line ?? -1, b = bylineAt.get(line + 1);
    b;
    line++, b = bylineAt.get(line + 1)
  ) {
    if (b.author) names = `${names}, ${b.author}`;
  }
  return { names, byline: author };
}
