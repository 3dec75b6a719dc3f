/**
 * The article page's table of facts and their origins: each fact with the line of the text or of
 * the front matter it came from, or the rule that derived it.
 */
import { NO_SOURCE } from "../../src/archive/labels.ts";
import type { Provenance, TrackedField } from "../../src/archive/types.ts";
import { formatDate } from "../../src/site/format-date.ts";
import { relativeUrl } from "../../src/site/paths.ts";
import type { ArticleTag, ArticleView } from "../../src/site/types.ts";

/** The parts of a saved page a fact can be read from, as a reader would name them. */
const PAGE_PARTS: Record<Extract<Provenance, { from: "page" }>["part"], string> = {
  "json-ld": "the page's JSON-LD",
  meta: "the page's meta tags",
  microdata: "the page's microdata",
  time: "the page's <time> element",
  link: "the page's canonical link",
  html: "the page's <html lang>",
  title: "the page's title",
  text: "the page's visible text",
};

/** Quoted words, cut at 90 characters. */
const quoted = (words: string): string =>
  `“${words.length > 90 ? `${words.slice(0, 90)}…` : words}”`;

/** Where a fact came from, in words. */
function origin(p: Provenance | undefined): string {
  if (!p) return "Not stated in the text";
  if (p.from === "front-matter")
    return `Supplied by an editor (${p.sidecar === undefined ? "front matter" : `the file ${p.sidecar}`}, line ${p.line})`;
  if (p.from === "text") return `From the text, line ${p.line}: ${quoted(p.evidence)}`;
  if (p.from === "page")
    return `From ${PAGE_PARTS[p.part]} (${p.property}${p.line === null ? "" : `, line ${p.line}`}): ${quoted(p.evidence)}`;
  if (p.from === "extracted-text")
    return `From the text extracted from the page: ${quoted(p.evidence)}`;
  return `Derived from the ${p.rule}`;
}

/** How a tag was chosen: "key phrase: in the headline, ×3 in the text; shared with other articles". */
function tagOrigin(t: ArticleTag): string {
  const where = `${t.inHeadline ? "in the headline, " : ""}×${t.count} in the text`;
  const shared = t.path
    ? "shared with other articles"
    : "too few other articles share it for a page";
  return `${t.name} — key phrase: ${where}; ${shared}`;
}

/** The table of the article's facts, each with where it came from, and the parser's notes. */
export function ProvenanceTable(props: { article: ArticleView; here: string }): JSX.Element {
  const r = props.article.record;
  const rows: [string, TrackedField, string | null][] = [
    ["Headline", "headline", r.headline],
    ["Date", "date", r.date ? formatDate(r.date) : null],
    ["Time", "time", r.time],
    ["Updated", "updated", r.updated],
    ["Source", "source", r.source],
    ["Dateline", "dateline", r.dateline],
    ["Author", "author", r.author],
    ["Original source", "attribution", r.attribution],
    ["Address", "url", r.url],
  ];
  return (
    <section class="provenance" aria-labelledby="facts">
      <h2 id="facts">Facts and where they came from</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Fact</th>
            <th scope="col">Value</th>
            <th scope="col">Origin</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, field, value]) => {
            const p = r.provenance[field];
            return (
              <tr
                class={
                  p?.from === "front-matter"
                    ? "editor"
                    : p?.from === "text" || p?.from === "page" || p?.from === "extracted-text"
                      ? "text"
                      : "missing"
                }
              >
                <th scope="row">{label}</th>
                <td>{value ?? (field === "source" ? NO_SOURCE : "—")}</td>
                <td>{value === null && !p ? "Not stated in the text" : origin(p)}</td>
              </tr>
            );
          })}
          <tr class={props.article.themesFrom === "editor" ? "editor" : "derived"}>
            <th scope="row">Themes</th>
            <td>{props.article.themes.map((t) => t.name).join(", ") || "No topic"}</td>
            <td>
              {props.article.themesFrom === "editor" ? (
                origin(r.provenance.themes)
              ) : props.article.themes.length === 0 ? (
                "No topic's keyword rules matched enough of the text"
              ) : (
                <ul class="topic-evidence">
                  {props.article.themes.map((t) => (
                    <li>
                      {t.name} — rules: {props.article.themeEvidence?.[t.slug] ?? "keywords"}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
          {props.article.tags.length > 0 ? (
            <tr class="derived">
              <th scope="row">Tags</th>
              <td>{props.article.tags.map((t) => t.name).join(", ")}</td>
              <td>
                <ul class="topic-evidence">
                  {props.article.tags.map((t) => (
                    <li>{tagOrigin(t)}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <p>
        <a href={relativeUrl(props.here, props.article.sourceFilePath)}>See the original file</a>,
        with {r.removed.length === 1 ? "the line" : `the ${r.removed.length} lines`} the cleaner
        removed marked and why.
      </p>
      {r.warnings.length > 0 ? (
        <details>
          <summary>Notes from the parser ({r.warnings.length})</summary>
          <ul>
            {r.warnings.map((w) => (
              <li>
                {w.line !== null ? `Line ${w.line}: ` : ""}
                {w.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
