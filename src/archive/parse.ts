/**
 * Text → ArticleRecord. Reads the headline, cleans the body, then gathers evidence for each fact
 * (date stamps, dateline, bylines, site names, credits) and keeps where it came from.
 * Front matter always wins; where the text disagrees, the record carries a warning.
 */
import { parseAttribution, parseByline, type Byline } from "./byline.ts";
import { cleanBody, type SourceLine } from "./clean-body.ts";
import { readDateStamp } from "./date-stamp.ts";
import { isPlaceLine, parseDateline, placeOfStamp, titleCasePlace } from "./dateline.ts";
import { diagnostic } from "./diagnostic.ts";
import { parseDateValue } from "./front-matter.ts";
import { isSiteNameLine, pickHeadline } from "./headline.ts";
import { detectLanguage, fold } from "./language.ts";
import { findOutlet } from "./outlets.ts";
import { choosePublicationDate, type DateEvidence } from "./publication-date.ts";
import { slugify } from "./slug.ts";
import { chooseSource } from "./source.ts";
import type {
  ArticleRecord,
  Diagnostic,
  Provenance,
  ReadFile,
  RemovedLine,
  TrackedField,
} from "./types.ts";

/** Splits text into non-empty, whitespace-normalised lines with their line numbers in the file. */
export function sourceLines(text: string, firstLine: number): SourceLine[] {
  const out: SourceLine[] = [];
  text.split("\n").forEach((raw, i) => {
    const t = raw
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
      .replace(/[\s\u00a0]+/g, " ")
      .trim();
    if (t !== "") out.push({ n: firstLine + i, text: t });
  });
  return out;
}

const fromText = (line: number, evidence: string): Provenance => ({ from: "text", line, evidence });

/** Parses one read file into a record. `now` bounds dates (nothing from the future). */
export function parseArticle(file: ReadFile, now: Date = new Date()): ArticleRecord {
  const fm = file.frontMatter;
  const fmLine = (k: keyof typeof fm): Provenance => ({
    from: "front-matter",
    line: file.frontMatterLines[k] ?? 1,
  });
  const warnings: Diagnostic[] = [];
  const warn = (line: number | null, code: string, message: string, fix: string): void => {
    warnings.push(diagnostic("warning", file.path, line, code, message, fix));
  };
  const provenance: Partial<Record<TrackedField, Provenance>> = {};
  const lines = sourceLines(file.text, file.firstLine);
  const language = fm.language ?? detectLanguage(file.text);
  provenance.language = fm.language
    ? fmLine("language")
    : { from: "derived", rule: "stopword counts" };

  // Headline: the first title-like line; everything above it is labels and logos.
  const h = pickHeadline(
    lines.map((l) => l.text),
    language,
  );
  const headlineLine = lines[h];
  const removed: RemovedLine[] = lines
    .slice(0, Math.max(h, 0))
    .map((l) => ({ line: l.n, text: l.text, reason: "label" }));
  if (headlineLine)
    removed.push({ line: headlineLine.n, text: headlineLine.text, reason: "headline" });
  const rest = lines.slice(h + 1);
  const body = cleanBody(rest, language, headlineLine?.text ?? "");
  // One by one: spreading 100,000 removed lines into push() overflows the stack.
  for (const r of body.removed) removed.push(r);

  const datelineParagraph = body.paragraphs[body.datelineParagraph];
  const datelineRead = datelineParagraph ? parseDateline(datelineParagraph.text, language) : null;
  const dateline =
    datelineRead && datelineParagraph ? { ...datelineRead, line: datelineParagraph.line } : null;
  let stampPlace: { place: string; line: number; text: string } | null = null;

  // Evidence from the lines that are not body, above and below it (never from comments).
  const firstBody = body.paragraphs[0]?.line ?? Infinity;
  const lastBody = body.paragraphs[body.paragraphs.length - 1]?.line ?? -Infinity;
  removed.sort((a, b) => a.line - b.line);
  const beforeEnd = removed.filter(
    (r) => r.reason !== "after-end-marker" && r.reason !== "headline",
  );
  const headerLines = beforeEnd.filter(
    (r) => r.line > (headlineLine?.n ?? 0) && r.line <= firstBody,
  );
  const closingLines = beforeEnd.filter((r) => r.line > lastBody).slice(0, 2);
  // Sets, not arrays: asking `includes` of every removed line was quadratic on long pages.
  const bylineSpots = new Set([...headerLines, ...closingLines]);
  const bylines: (Byline & { line: number; text: string })[] = [];
  for (const r of beforeEnd) {
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
  const source = chooseSource({ dateline, bylines, removed, firstBody, lastBody });
  const monthFirst = source?.outlet.monthFirst === true;
  const dates: DateEvidence[] = [];
  // Image-file names, credits and captions carry dates of photos, never of the article.
  const stampLines = beforeEnd.filter(
    (r) => !["image-noise", "credit", "caption", "share-button", "duplicate"].includes(r.reason),
  );
  for (const r of stampLines) {
    const place =
      headlineLine && r.line < headlineLine.n
        ? "masthead"
        : r.line < firstBody
          ? "header"
          : "footer";
    for (const part of r.text.split(/\s+\|\s+/)) {
      for (const s of readDateStamp(part, language, monthFirst) ?? []) {
        dates.push({
          date: s.mention.date,
          time: s.mention.time,
          line: r.line,
          evidence: s.mention.text,
          label: s.label,
          place,
          ambiguous: s.mention.ambiguous,
        });
      }
    }
  }
  if (dateline?.date) {
    dates.push({
      date: dateline.date.date,
      time: dateline.date.time,
      line: dateline.line,
      evidence: dateline.date.text,
      label: "none",
      place: "dateline",
      ambiguous: false,
    });
  }
  if (!dateline) {
    for (const [k, r] of headerLines.entries()) {
      // El País style: a stamp that opens with the place, or a place alone on the line after a byline.
      const prev = headerLines[k - 1];
      const afterByline =
        prev?.reason === "byline" &&
        prev.line === r.line - 1 &&
        r.reason === "teaser" &&
        isPlaceLine(r.text)
          ? titleCasePlace(r.text)
          : null;
      const place = r.reason === "date-stamp" ? placeOfStamp(r.text, language) : afterByline;
      if (place) {
        stampPlace = { place, line: r.line, text: r.text };
        break;
      }
    }
  }
  const chosen = choosePublicationDate(dates, now);
  for (const n of chosen.notes) warn(n.line, n.code, n.message, n.fix);

  // Attribution: an origin credit at the end of the body or on a line around it.
  let attribution: { name: string; line: number; evidence: string } | null = null;
  const creditCandidates = [...body.paragraphs.slice(-3).reverse(), ...beforeEnd];
  for (const c of creditCandidates) {
    const a = parseAttribution(c.text);
    if (a) {
      attribution = { ...a, line: c.line };
      break;
    }
  }
  // An origin credit in brackets closing the last paragraph moves into the record: `… supplies. (Source: Prensa Latina).`
  const last = body.paragraphs[body.paragraphs.length - 1];
  if (
    attribution &&
    last &&
    attribution.line === last.line &&
    attribution.evidence.startsWith("(")
  ) {
    const at = last.text.lastIndexOf(attribution.evidence);
    if (at > 0) {
      removed.push({ line: last.line, text: last.text.slice(at), reason: "credit" });
      last.text = last.text.slice(0, at).trimEnd();
    }
  }
  const author =
    bylines.find((b) => b.author !== null && b.line < firstBody) ??
    bylines.find((b) => b.author !== null);
  // Co-authors printed one per line under the first (the first byline read from each line).
  const bylineAt = new Map<number, Byline>();
  for (const b of bylines) if (!bylineAt.has(b.line)) bylineAt.set(b.line, b);
  let authors = author?.author ?? null;
  for (
    let line = author?.line ?? -1, b = bylineAt.get(line + 1);
    b;
    line++, b = bylineAt.get(line + 1)
  ) {
    if (b.author) authors = `${authors}, ${b.author}`;
  }

  const textHeadline = headlineLine?.text ?? "";
  const record: ArticleRecord = {
    file: file.path,
    slug: "",
    headline: fm.headline ?? textHeadline,
    date: chosen.date,
    time: chosen.time,
    updated: chosen.updated,
    source: source?.outlet.name ?? null,
    dateline: dateline?.place ?? stampPlace?.place ?? null,
    author: authors,
    attribution: attribution && attribution.name !== source?.outlet.name ? attribution.name : null,
    url: fm.url ?? null,
    language,
    themes: fm.themes ?? [],
    body: body.paragraphs.map((p) => p.text).join("\n\n"),
    paragraphs: body.paragraphs,
    provenance,
    removed,
    textStartLine: file.firstLine,
    warnings,
  };
  if (headlineLine) provenance.headline = fromText(headlineLine.n, headlineLine.text);
  Object.assign(provenance, chosen.provenance);
  if (source) provenance.source = fromText(source.line, source.evidence);
  if (dateline) provenance.dateline = fromText(dateline.line, dateline.text.trim());
  else if (stampPlace) provenance.dateline = fromText(stampPlace.line, stampPlace.text);
  if (author) provenance.author = fromText(author.line, author.text);
  if (record.attribution && attribution)
    provenance.attribution = fromText(attribution.line, attribution.evidence);

  // Front matter wins; a disagreement with the text is a warning, so an editor can check it.
  const override = (
    field: "headline" | "source" | "dateline" | "author" | "attribution",
    value: string | undefined,
    same: (a: string, b: string) => boolean,
  ): void => {
    if (value === undefined) return;
    const textValue = record[field];
    const textProv = provenance[field];
    if (textValue && !same(textValue, value)) {
      warn(
        file.frontMatterLines[field] ?? null,
        "front-matter-disagrees",
        `front matter says ${field} "${value}" but the text says "${textValue}"${textProv?.from === "text" ? ` (line ${textProv.line})` : ""}`,
        "the front matter is used; remove it if the text is right",
      );
    }
    record[field] = value;
    provenance[field] = fmLine(field);
  };
  const loose = (a: string, b: string): boolean =>
    fold(a).replace(/\W+/g, "") === fold(b).replace(/\W+/g, "");
  override("headline", fm.headline, loose);
  override(
    "source",
    fm.source === undefined ? undefined : (findOutlet(fm.source)?.name ?? fm.source),
    loose,
  );
  override("dateline", fm.dateline, loose);
  override("author", fm.author, loose);
  override(
    "attribution",
    fm.attribution === undefined ? undefined : (findOutlet(fm.attribution)?.name ?? fm.attribution),
    loose,
  );
  if (fm.url) provenance.url = fmLine("url");
  if (fm.themes) provenance.themes = fmLine("themes");
  if (fm.date) {
    const given = parseDateValue(fm.date);
    if (given) {
      if (
        record.date &&
        !record.date.startsWith(given.date) &&
        !given.date.startsWith(record.date)
      ) {
        warn(
          file.frontMatterLines.date ?? null,
          "front-matter-disagrees",
          `front matter says date ${given.date} but the text says ${record.date} (line ${provenance.date?.from === "text" ? provenance.date.line : "?"})`,
          "the front matter is used; remove it if the text is right",
        );
      }
      const keepTextTime = record.time && record.date === given.date && !given.time;
      record.date = given.date;
      if (!keepTextTime) {
        record.time = given.time;
        if (given.time) provenance.time = fmLine("date");
        else delete provenance.time;
      }
      provenance.date = fmLine("date");
    }
  }

  record.slug =
    fm.slug ??
    (slugify(record.headline) ||
      slugify(file.path.replace(/^.*\//, "").replace(/\.[^.]+$/, "")) ||
      "article");
  provenance.slug = fm.slug ? fmLine("slug") : { from: "derived", rule: "headline" };
  if (record.headline === "")
    warn(
      null,
      "no-headline",
      "no headline was found",
      "put the headline on the first line, or set `headline:` in front matter",
    );
  if (body.paragraphs.length === 0)
    warn(
      null,
      "no-body",
      "no article text was found: every line looked like page chrome",
      "check the file; paragraphs must be full sentences",
    );
  if (record.date === null)
    warn(
      null,
      "no-date",
      "the text states no full publication date",
      "set `date:` in front matter (YYYY, YYYY-MM or YYYY-MM-DD) if it is known",
    );
  if (record.source === null)
    warn(
      null,
      "no-source",
      "the text names no outlet",
      "set `source:` in front matter if the outlet is known",
    );
  return record;
}
