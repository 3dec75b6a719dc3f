/**
 * One page per topic, person, place, organisation, source and tag (`topics/<slug>.html`,
 * `people/…`, `places/…`, `organisations/…`, `sources/…`, `tags/…`): its newest articles, its articles per year, and for people and places the
 * sentences that mention them. A term with more articles than a page holds also has a page per
 * year (`topics/<slug>/2021.html`, then `topics/<slug>/2021/2.html`, …, and `…/undated.html`).
 */
import { relativeUrl, termYearPath } from "../src/site/paths.ts";
import type { SiteData, TermPage, TermSpan, TermSummary } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";
import { ArticleList, CitationList, Pager, plural } from "./_components/parts.tsx";

export const data = {
  pagination: { data: "batch.termPages", size: 1, alias: "term", addAllPagesToCollections: false },
  permalink: (d: { term: TermPage }): string => d.term.pagePath,
  eleventyExcludeFromCollections: true,
};

const KIND_LABEL: Record<TermPage["kind"], string> = {
  topics: "Topic",
  people: "Person",
  places: "Place",
  organisations: "Organisation",
  sources: "Source",
  tags: "Tag",
};

/** The term's articles per year: one bar per year, linked to the year's page when there is one. */
function PerYear(props: { here: string; summary: TermSummary }): JSX.Element {
  const { here, summary } = props;
  const years = summary.perYear;
  if (years.length < 2 && !summary.byYear) return <></>;
  const max = Math.max(...years.map((y) => y.count));
  const label = (year: number | null, text: string): JSX.Element =>
    summary.byYear ? (
      <a href={relativeUrl(here, termYearPath(summary.path, year))}>{text}</a>
    ) : (
      <>{text}</>
    );
  return (
    <section aria-labelledby="per-year-h">
      <h2 id="per-year-h">Articles per year</h2>
      <ol class="per-year">
        {years.map((y) => (
          <li>
            <span class="label">{label(y.year, String(y.year))}</span>
            <meter min="0" max={max} value={y.count} aria-label={`${y.count} in ${y.year}`}>
              {y.count}
            </meter>
            <span class="count">{String(y.count)}</span>
          </li>
        ))}
      </ol>
      {summary.byYear && summary.undated > 0 ? (
        <p>{label(null, plural(summary.undated, "undated article"))}</p>
      ) : null}
    </section>
  );
}

/** Links to the term's neighbouring years, on a year's pages. */
function YearNav(props: { here: string; name: string; span: TermSpan }): JSX.Element {
  const { here, span } = props;
  if (!span.previous && !span.next) return <></>;
  return (
    <nav class="pager year-nav" aria-label={`Years of ${props.name}`}>
      {span.previous ? (
        <a href={relativeUrl(here, span.previous.path)} rel="prev">
          ← {String(span.previous.year)}
        </a>
      ) : null}
      {span.next ? (
        <a href={relativeUrl(here, span.next.path)} rel="next">
          {span.next.year === null ? "Undated" : String(span.next.year)} →
        </a>
      ) : null}
    </nav>
  );
}

export function render(data: { site: SiteData; term: TermPage }): JSX.Element {
  const { site, term } = data;
  const here = term.pagePath;
  const { summary, span } = term;
  const pages = term.page.paths.length;
  const pageOf = pages > 1 ? `, page ${term.page.number} of ${pages}` : "";
  const when = span ? (span.year === null ? "without a date" : `in ${span.year}`) : "";
  const title = span
    ? `${term.name}: ${span.year === null ? "undated articles" : span.year}${pageOf}`
    : term.name;
  const heading = summary
    ? summary.byYear
      ? `${plural(summary.count, "article")}; the newest ${term.articles.length}`
      : plural(summary.count, "article")
    : `${plural(span!.count, "article")} ${when}${pageOf}`;
  return (
    <Page
      site={site}
      here={here}
      title={title}
      description={term.description || `${KIND_LABEL[term.kind]}: ${term.name}`}
      section={term.kind}
    >
      <p class="kicker">
        <a href={relativeUrl(here, `${term.kind}/index.html`)}>{KIND_LABEL[term.kind]}</a>
        {span ? (
          <>
            {" · "}
            <a href={relativeUrl(here, term.path)}>{term.name}</a>
          </>
        ) : null}
      </p>
      <h1>{span ? `${term.name}: ${span.year === null ? "undated" : span.year}` : term.name}</h1>
      {term.description && summary ? <p class="lede">{term.description}</p> : null}
      <section aria-labelledby="articles-h">
        <h2 id="articles-h">{heading}</h2>
        <ArticleList here={here} articles={term.articles} />
        <Pager here={here} page={term.page} label={`Pages of ${term.name} ${when}`} />
        {span ? <YearNav here={here} name={term.name} span={span} /> : null}
      </section>
      {summary ? <PerYear here={here} summary={summary} /> : null}
      {term.citations.length > 0 ? (
        <section aria-labelledby="cite-h">
          <h2 id="cite-h">
            Where {summary && !summary.byYear ? "the" : "these"} articles mention {term.name}
          </h2>
          <CitationList here={here} citations={term.citations} />
        </section>
      ) : null}
    </Page>
  );
}
