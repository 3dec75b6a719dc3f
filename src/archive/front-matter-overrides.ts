/**
 * Front matter wins over the text. Where the two disagree the record carries a warning, so an
 * editor can check which is right.
 */
import { diagnostic } from "./diagnostic.ts";
import { parseDateValue } from "./front-matter.ts";
import { fold } from "./language.ts";
import { findOutlet } from "./outlets.ts";
import type { ArticleRecord, Diagnostic, FrontMatter, Provenance, ReadFile } from "./types.ts";

/** The text fields an editor may override with a plain value. */
type OverriddenField = "headline" | "source" | "dateline" | "author" | "attribution";

/** Provenance of a front-matter key: its line, or line 1 when the reader did not record one. */
export function frontMatterProvenance(file: ReadFile, key: keyof FrontMatter): Provenance {
  return { from: "front-matter", line: file.frontMatterLines[key] ?? 1 };
}

/** Same words, ignoring case, accents, spaces and punctuation. */
const loose = (a: string, b: string): boolean =>
  fold(a).replace(/\W+/g, "") === fold(b).replace(/\W+/g, "");

/** An outlet name or alias given in front matter, as the registry spells it. */
const outletName = (given: string | undefined): string | undefined =>
  given === undefined ? undefined : (findOutlet(given)?.name ?? given);

/**
 * Overwrites the record's fields (and their provenance) with the file's front matter, in place.
 * Returns a warning for each field the text states differently.
 */
export function applyFrontMatter(record: ArticleRecord, file: ReadFile): Diagnostic[] {
  const fm = file.frontMatter;
  const provenance = record.provenance;
  const warnings: Diagnostic[] = [];
  const disagrees = (key: keyof FrontMatter, message: string): void => {
    warnings.push(
      diagnostic(
        "warning",
        file.path,
        file.frontMatterLines[key] ?? null,
        "front-matter-disagrees",
        message,
        "the front matter is used; remove it if the text is right",
      ),
    );
  };
  const override = (field: OverriddenField, value: string | undefined): void => {
    if (value === undefined) return;
    const textValue = record[field];
    const textProv = provenance[field];
    if (textValue && !loose(textValue, value)) {
      disagrees(
        field,
        `front matter says ${field} "${value}" but the text says "${textValue}"${textProv?.from === "text" ? ` (line ${textProv.line})` : ""}`,
      );
    }
    record[field] = value;
    provenance[field] = frontMatterProvenance(file, field);
  };
  override("headline", fm.headline);
  override("source", outletName(fm.source));
  override("dateline", fm.dateline);
  override("author", fm.author);
  override("attribution", outletName(fm.attribution));
  if (fm.url) provenance.url = frontMatterProvenance(file, "url");
  if (fm.themes) provenance.themes = frontMatterProvenance(file, "themes");
  const given = fm.date ? parseDateValue(fm.date) : null;
  if (given) {
    if (record.date && !record.date.startsWith(given.date) && !given.date.startsWith(record.date)) {
      disagrees(
        "date",
        `front matter says date ${given.date} but the text says ${record.date} (line ${provenance.date?.from === "text" ? provenance.date.line : "?"})`,
      );
    }
    // A time read from the text stays when front matter gives the same day without one.
    const keepTextTime = record.time && record.date === given.date && !given.time;
    record.date = given.date;
    if (!keepTextTime) {
      record.time = given.time;
      if (given.time) provenance.time = frontMatterProvenance(file, "date");
      else delete provenance.time;
    }
    provenance.date = frontMatterProvenance(file, "date");
  }
  return warnings;
}
