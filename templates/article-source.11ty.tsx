/**
 * The original file behind an article (`articles/<slug>.source.html`): every line, numbered, with
 * the lines an editor supplied and the lines the cleaner removed marked, and why.
 */
import { relativeUrl } from "../src/site/paths.ts";
import type { SiteData, SourcePage } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";

export const data = {
  pagination: { data: "batch.sources", size: 1, alias: "source", addAllPagesToCollections: false },
  permalink: (d: { source: SourcePage }): string => d.source.article.sourceFilePath,
  eleventyExcludeFromCollections: true,
};

const REASONS: Record<string, string> = {
  "front-matter": "front matter",
  label: "label above the headline",
  headline: "headline",
  "date-stamp": "date stamp",
  byline: "byline",
  "share-button": "share buttons",
  credit: "credit",
  caption: "caption or standfirst",
  teaser: "teaser or label",
  "image-noise": "image file name",
  duplicate: "repeated text",
  chrome: "page chrome",
  "after-end-marker": "after the end of the article",
};

export function render(data: { site: SiteData; source: SourcePage }): JSX.Element {
  const { site } = data;
  const { article, lines } = data.source;
  const here = article.sourceFilePath;
  return (
    <Page site={site} here={here} title={`Original file: ${article.headline}`}>
      <h1>Original file</h1>
      {/\.html?$/i.test(article.sourceName) ? (
        <p>
          <a href={relativeUrl(here, article.path)}>{article.headline}</a> was read from the saved
          page <code>{article.sourceName}</code>, shown below as text (never as a page; long lines
          cut). Its body was extracted from the HTML by Mozilla’s Readability, so no line is marked
          as body; lines marked <span class="legend fact">fact</span> hold the page’s metadata the
          facts were read from.
          {article.record.removed.length > 0
            ? ` Of the extracted text, the cleaner left out: ${article.record.removed
                .map(
                  (r) =>
                    `“${r.text.length > 60 ? `${r.text.slice(0, 60)}…` : r.text}” (${REASONS[r.reason] ?? r.reason})`,
                )
                .join("; ")}.`
            : ""}
        </p>
      ) : (
        <p>
          <a href={relativeUrl(here, article.path)}>{article.headline}</a> was parsed from{" "}
          <code>{article.sourceName}</code>. Lines marked
          <span class="legend removed">removed</span> are page chrome the cleaner left out; lines
          marked <span class="legend fact">fact</span> were read as the headline, byline or date;
          lines marked <span class="legend front-matter">editor</span> were supplied in front
          matter; the rest is the article as shown.
        </p>
      )}
      {lines === null ? (
        <p class="empty">The file can no longer be read.</p>
      ) : (
        <ol class="source-file">
          {lines.map((l) => (
            <li class={l.status} id={`L${l.n}`}>
              <span class="ln">{l.n}</span>
              <code>{l.text === "" ? " " : l.text}</code>
              {l.status === "removed" || l.status === "front-matter" || l.status === "fact" ? (
                <span class="why">
                  {l.status === "front-matter"
                    ? "editor"
                    : [...new Set(l.reasons)].map((r) => REASONS[r] ?? r).join(", ") ||
                      (l.status === "fact" ? "page metadata" : "removed")}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}
