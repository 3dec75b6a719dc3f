/**
 * The Pagefind index, built with Pagefind's Node API from an index document per article — the
 * article's own text, arranged for search: the headline as an `h1` weighted 10, each paragraph as
 * a heading with its anchor (`#p3`), so a result can link to the paragraph that matched (Pagefind
 * makes sub-results from headings with ids), and filters, metadata and the date sort as attributes.
 * Only articles are indexed.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";
import { escapeHtml } from "../site/escape-html.ts";
import { FILTER_KEYS, type SearchDocument } from "./search-fields.ts";

/** The HTML Pagefind indexes for one article (never served; the page itself is rendered by Eleventy). */
export function indexDocumentHtml(doc: SearchDocument, language: string): string {
  // Filters as element text (values may hold commas), inside an element Pagefind does not index.
  const filters = FILTER_KEYS.flatMap((k) =>
    doc.filters[k].map((v) => `<span data-pagefind-filter="${k}">${escapeHtml(v)}</span>`),
  );
  return [
    `<html lang="${escapeHtml(language)}"><body><main data-pagefind-body>`,
    `<div data-pagefind-ignore="index">`,
    `<span data-pagefind-meta="date:${escapeHtml(doc.date)}" data-pagefind-sort="date:${escapeHtml(doc.date || "0000")}"></span>`,
    `<span data-pagefind-meta="source">${escapeHtml(doc.source)}</span>`,
    ...filters,
    `</div>`,
    `<h1 data-pagefind-weight="10">${escapeHtml(doc.headline)}</h1>`,
    ...doc.paragraphs.map(
      (p, i) => `<h6 id="p${i + 1}" data-pagefind-weight="1">${escapeHtml(p)}</h6>`,
    ),
    "</main></body></html>",
  ].join("\n");
}

/**
 * Writes a Pagefind bundle for the documents into `outputPath`. The index documents are written
 * to a scratch folder and indexed with one `addDirectory` call: Pagefind reads them in parallel,
 * ten times faster than sending each through the Node API.
 */
export async function writePagefindIndex(
  docs: readonly { doc: SearchDocument; language: string }[],
  outputPath: string,
  siteLanguage: string,
): Promise<void> {
  const scratch = await mkdtemp(join(dirname(outputPath), ".pagefind-src-"));
  try {
    for (const { doc, language } of docs) {
      const file = join(scratch, doc.path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, indexDocumentHtml(doc, language));
    }
    // One index for every language: Pagefind would otherwise split articles by language and the
    // search page (in the site's language) would never find the Spanish or Russian ones.
    const { index, errors } = await pagefind.createIndex({
      keepIndexUrl: true,
      forceLanguage: siteLanguage,
    });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    try {
      const added = await index.addDirectory({ path: scratch });
      if (added.errors.length > 0)
        throw new Error(`Pagefind could not index the articles: ${added.errors.join("; ")}`);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    } finally {
      await index.deleteIndex();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Starts Pagefind's background process ahead of the first index, so its start overlaps other
 * work (an index made and dropped: the Node API starts the process on its first request).
 */
export async function startPagefind(): Promise<void> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  await index.deleteIndex();
}

/** Stops Pagefind's background process (the build calls it when done). */
export async function closePagefind(): Promise<void> {
  await pagefind.close();
}
