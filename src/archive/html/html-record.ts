/**
 * A saved page → the same ArticleRecord a text file gives. The body comes from the extractor
 * (extract-body.ts); the text parser then reads the extracted text as it reads a copied page
 * (headline line, chrome lines, dateline, bylines, date stamps). The page's own metadata
 * (page-metadata.ts) wins over that, and the sidecar (sidecar.ts) over both, as front matter
 * wins in a text file. Nothing is invented: a fact no layer states stays null.
 */
import { basename } from "node:path";
import { diagnostic } from "../diagnostic.ts";
import { applyFrontMatter, frontMatterProvenance } from "../front-matter-overrides.ts";
import { articleSlug } from "../article-slug.ts";
import { missingFactWarnings } from "../missing-facts.ts";
import { findOutlet } from "../outlets.ts";
import { parseArticle } from "../parse.ts";
import type { ArticleRecord, Diagnostic, Provenance, ReadFile, TrackedField } from "../types.ts";
import { choosePublished, firstPastDate } from "./choose-date.ts";
import { extractArticleBody } from "./extract-body.ts";
import { jsonLdNodes } from "./json-ld.ts";
import { jsonLdBody } from "./json-ld-body.ts";
import { keepExtractedBody } from "./kept-body.ts";
import type { MetadataDate } from "./metadata-date.ts";
import { readPageMetadata, type PageFact, type PageMetadata } from "./page-metadata.ts";
import { parseSavedPage } from "./saved-page.ts";
import type { Sidecar } from "./sidecar.ts";

/** Warning codes the text parser gives for facts missing from the extracted text: asked again of the finished record. */
const MISSING_FACT_CODES = new Set(["no-headline", "no-body", "no-date", "no-source"]);

/** Parses a saved page's HTML into a record. `now` bounds dates (nothing from the future). */
export function parseHtmlArticle(
  path: string,
  html: string,
  sidecar: Sidecar | null,
  now: Date,
): ArticleRecord {
  const document = parseSavedPage(html);
  // Metadata first: the extractor changes the tree (and removes the JSON-LD blocks).
  const nodes = jsonLdNodes(document);
  const meta = readPageMetadata(document, html, nodes);
  const extracted = extractArticleBody(document);
  const fm = sidecar?.file.frontMatter ?? {};
  const title: PageFact | null =
    meta.headline ??
    (extracted.title === null
      ? null
      : {
          value: extracted.title,
          provenance: {
            from: "page",
            part: "title",
            property: "title",
            evidence: extracted.title,
            line: null,
          },
        });
  // The extracted text as a copied page would have it: the headline, then one paragraph a line.
  // A page whose markup holds no article text may state it in its JSON-LD.
  const paragraphs = extracted.paragraphs.length > 0 ? extracted.paragraphs : jsonLdBody(nodes);
  const text = [title?.value ?? "", ...paragraphs].join("\n\n").trim();
  const language = fm.language ?? meta.language?.value;
  const read: ReadFile = {
    path,
    text,
    firstLine: 1,
    frontMatter: language === undefined ? {} : { language },
    frontMatterLines: {},
    frontMatterText: "",
  };
  const record = parseArticle(read, now);
  record.warnings = record.warnings.filter((w) => !MISSING_FACT_CODES.has(w.code));
  dropUpdateAsDate(record);
  keepExtractedBody(record, title?.value ?? null);
  for (const [field, p] of Object.entries(record.provenance))
    if (p.from === "text")
      record.provenance[field as TrackedField] = { from: "extracted-text", evidence: p.evidence };
  if (meta.language && fm.language === undefined)
    record.provenance.language = meta.language.provenance;
  applyPageMetadata(record, meta, title, now);
  if (sidecar) applySidecar(record, sidecar);
  const file: ReadFile = sidecar ? { ...sidecar.file, path } : read;
  const slug = articleSlug(sidecar ? file : { ...read, frontMatter: {} }, record.headline);
  record.slug = slug.slug;
  record.provenance.slug = withSidecar(slug.provenance, sidecar);
  record.warnings.push(...missingPageFactWarnings(record, sidecar));
  return record;
}

/**
 * A page's update stamp is never its publication date: the text parser, reading a copied page
 * that prints only "Updated …", takes it as the date with a note; a saved page keeps it as the
 * update only (its own metadata or header may still state the publication).
 */
function dropUpdateAsDate(record: ArticleRecord): void {
  if (!record.warnings.some((w) => w.code === "date-from-update")) return;
  record.warnings = record.warnings.filter((w) => !w.code.startsWith("date-"));
  record.date = null;
  record.time = null;
  delete record.provenance.date;
  delete record.provenance.time;
}

/** Puts the page's metadata over what the text parser read, field by field. */
function applyPageMetadata(
  record: ArticleRecord,
  meta: PageMetadata,
  title: PageFact | null,
  now: Date,
): void {
  const provenance = record.provenance;
  const set = (field: "headline" | "author" | "url", f: PageFact | null): void => {
    if (!f) return;
    record[field] = f.value;
    provenance[field] = f.provenance;
  };
  set("headline", title);
  set("author", meta.author);
  set("url", meta.url);
  if (meta.source) {
    record.source = findOutlet(meta.source.value)?.name ?? meta.source.value;
    provenance.source = meta.source.provenance;
  }
  const warn =
    (kind: string) =>
    (c: PageFact<MetadataDate>): void => {
      record.warnings.push(futureDateWarning(record, c, kind));
    };
  const published = choosePublished(meta.published, now, warn("publication"));
  if (published) {
    // The text's own date notes (an update stamp used as the date, an ambiguous day) no longer apply.
    record.warnings = record.warnings.filter((w) => !w.code.startsWith("date-"));
    record.date = published.value.date;
    record.time = published.value.time;
    provenance.date = published.provenance;
    if (published.value.time) provenance.time = published.provenance;
    else delete provenance.time;
  }
  const modified = firstPastDate(meta.modified, now, warn("last-modified"));
  if (modified) {
    const { date, time } = modified.value;
    record.updated = date + (time && modified.value.parts.day !== undefined ? `T${time}` : "");
    provenance.updated = modified.provenance;
  }
}

/** A warning for a future date of the page, passed over. */
function futureDateWarning(
  record: ArticleRecord,
  c: PageFact<MetadataDate>,
  kind: string,
): Diagnostic {
  return diagnostic(
    "warning",
    record.file,
    c.provenance.line,
    "date-in-future",
    `the page's ${kind} date "${c.provenance.evidence}" (${c.provenance.property}) is in the future, so it was not used`,
    `check the page; set \`date:\` in the sidecar ${basename(record.file)}.yml if the article's date is known`,
  );
}

/** The sidecar's facts over everything else, as front matter is applied to a text file. */
function applySidecar(record: ArticleRecord, sidecar: Sidecar): void {
  const fm = sidecar.file.frontMatter;
  record.warnings.push(...applyFrontMatter(record, sidecar.file));
  if (fm.url) record.url = fm.url;
  if (fm.themes) record.themes = fm.themes;
  if (fm.language) {
    record.language = fm.language;
    record.provenance.language = frontMatterProvenance(sidecar.file, "language");
  }
  for (const [field, p] of Object.entries(record.provenance))
    record.provenance[field as TrackedField] = withSidecar(p, sidecar);
}

/** A front-matter provenance marked as read from the sidecar. */
function withSidecar(p: Provenance, sidecar: Sidecar | null): Provenance {
  return sidecar && p.from === "front-matter" ? { ...p, sidecar: sidecar.name } : p;
}

/** The missing-fact warnings of a text file, reworded for a page and its sidecar. */
function missingPageFactWarnings(record: ArticleRecord, sidecar: Sidecar | null): Diagnostic[] {
  const name = sidecar?.name ?? `${basename(record.file)}.yml`;
  return missingFactWarnings(record).map((w) => ({
    ...w,
    message: w.message.replace("the text", "the page"),
    fix: w.fix
      .replace("put the headline on the first line, or set", "set")
      .replace("in front matter", `in a sidecar file ${name} beside the page`),
  }));
}
