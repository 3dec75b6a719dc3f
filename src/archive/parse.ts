/**
 * Text → ArticleRecord. Reads the headline, cleans the body, then gathers evidence for each fact
 * (date stamps, dateline, bylines, site names, credits) and keeps where it came from.
 * Front matter always wins; where the text disagrees, the record carries a warning.
 * Each step lives in a file named for what it makes; this file runs them in order and assembles
 * the record with the provenance of each fact read from the text.
 */
import { layOutArticle } from "./article-layout.ts";
import { chooseAuthors, findBylines } from "./article-bylines.ts";
import { datelineOfBody, placeInHeader } from "./article-dateline.ts";
import { articleSlug } from "./article-slug.ts";
import { findAttribution, moveClosingCredit } from "./attribution.ts";
import { collectDateEvidence } from "./date-evidence.ts";
import { diagnostic } from "./diagnostic.ts";
import { applyFrontMatter, frontMatterProvenance } from "./front-matter-overrides.ts";
import { detectLanguage } from "./language.ts";
import { detectTextLanguage } from "./prose-language.ts";
import { missingFactWarnings } from "./missing-facts.ts";
import { choosePublicationDate } from "./publication-date.ts";
import { chooseSource } from "./source.ts";
import { sourceLines } from "./source-lines.ts";
import type { ArticleRecord, Diagnostic, Provenance, ReadFile } from "./types.ts";

const fromText = (line: number, evidence: string): Provenance => ({ from: "text", line, evidence });

/** Parses one read file into a record. `now` bounds dates (nothing from the future). */
export function parseArticle(file: ReadFile, now: Date = new Date()): ArticleRecord {
  const fm = file.frontMatter;
  const lines = sourceLines(file.text, file.firstLine);
  const language = fm.language ?? detectLanguage(file.text);
  const reading = detectTextLanguage(file.text, language, fm.language);
  const layout = layOutArticle(lines, reading);
  const { headline, body, removed, firstBody, lastBody } = layout;
  const dateline = datelineOfBody(body, language);
  const bylines = findBylines(layout);
  const source = chooseSource({ dateline, bylines, removed, firstBody, lastBody });
  const dates = collectDateEvidence(layout, dateline, language, source?.outlet.monthFirst === true);
  const headerPlace = dateline ? null : placeInHeader(layout.headerLines, language);
  const chosen = choosePublicationDate(dates, now);
  const warnings: Diagnostic[] = chosen.notes.map((n) =>
    diagnostic("warning", file.path, n.line, n.code, n.message, n.fix),
  );
  // Last of the text steps: it rewrites the last paragraph (which may hold the dateline) and adds
  // a line to `removed` (which the source and the dates were read from).
  const attribution = findAttribution(body.paragraphs, layout.beforeEnd);
  if (attribution) moveClosingCredit(attribution, body.paragraphs, removed);
  const authors = chooseAuthors(bylines, firstBody);

  const record: ArticleRecord = {
    file: file.path,
    slug: "",
    headline: fm.headline ?? headline?.text ?? "",
    date: chosen.date,
    time: chosen.time,
    updated: chosen.updated,
    source: source?.outlet.name ?? null,
    dateline: dateline?.place ?? headerPlace?.place ?? null,
    author: authors.names,
    attribution: attribution && attribution.name !== source?.outlet.name ? attribution.name : null,
    url: fm.url ?? null,
    language,
    proseLanguage: reading.prose,
    themes: fm.themes ?? [],
    body: body.paragraphs.map((p) => p.text).join("\n\n"),
    paragraphs: body.paragraphs,
    provenance: {
      language: fm.language
        ? frontMatterProvenance(file, "language")
        : { from: "derived", rule: "stopword counts" },
    },
    removed,
    textStartLine: file.firstLine,
    warnings,
  };
  const provenance = record.provenance;
  if (headline) provenance.headline = fromText(headline.n, headline.text);
  Object.assign(provenance, chosen.provenance);
  if (source) provenance.source = fromText(source.line, source.evidence);
  if (dateline) provenance.dateline = fromText(dateline.line, dateline.text.trim());
  else if (headerPlace) provenance.dateline = fromText(headerPlace.line, headerPlace.text);
  if (authors.byline) provenance.author = fromText(authors.byline.line, authors.byline.text);
  if (record.attribution && attribution)
    provenance.attribution = fromText(attribution.line, attribution.evidence);

  for (const w of applyFrontMatter(record, file)) warnings.push(w);
  const slug = articleSlug(file, record.headline);
  record.slug = slug.slug;
  provenance.slug = slug.provenance;
  for (const w of missingFactWarnings(record)) warnings.push(w);
  return record;
}
