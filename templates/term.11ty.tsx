/**
 * One page per topic, person, place and source (`topics/<slug>.html`, `people/…`, `places/…`,
 * `sources/…`), split into pages of a fixed number of articles (`topics/<slug>/2.html`, …): its
 * articles, its articles per year, and for people and places the sentences that mention them.
 */
import { relativeUrl } from "../src/site/paths.ts";
import type { SiteData, TermPage } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";
import { ArticleList, CitationList, Pager } from "./_components/parts.tsx";

export const data = {
  pagination: { data: "plan.termPages", size: 1, alias: "term", addAllPagesToCollections: false },
  permalink: (d: { term: TermPage }): string => d.term.pagePath,
  eleventyExcludeFromCollections: true,
};

const KIND_LABEL: Record<TermPage["kind"], string> = {
  topics: "Topic",
  people: "Person",
  places: "Place",
  sources: "Source",
};

/** The term's articles per year: one bar per year from the first to the last. */
function PerYear(props: { term: TermPage }): JSX.Element {
  const years = props.term.perYear;
  if (years.length < 2) return <></>;
  const max = Math.max(...years.map((y) => y.count));
  return (
    <section aria-labelledby="per-year-h">
      <h2 id="per-year-h">Articles per year</h2>
      <ol class="per-year">
        {years.map((y) => (
          <li>
            <span class="year">{y.year}</span>
            <meter min="0" max={max} value={y.count} aria-label={`${y.count} in ${y.year}`}>
              {y.count}
            </meter>
            <span class="count">{String(y.count)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function render(data: { site: SiteData; term: TermPage }): JSX.Element {
  const { site, term } = data;
  const here = term.pagePath;
  const pages = term.page.paths.length;
  const title = pages > 1 ? `${term.name} (page ${term.page.number} of ${pages})` : term.name;
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
      </p>
      <h1>{term.name}</h1>
      {term.description ? <p class="lede">{term.description}</p> : null}
      <section aria-labelledby="articles-h">
        <h2 id="articles-h">
          {term.count} article{term.count === 1 ? "" : "s"}
          {pages > 1 ? `, page ${term.page.number} of ${pages}` : ""}
        </h2>
        <ArticleList here={here} articles={term.articles} />
        <Pager here={here} page={term.page} label={`Pages of ${term.name}`} />
      </section>
      {term.page.number === 1 ? <PerYear term={term} /> : null}
      {term.citations.length > 0 ? (
        <section aria-labelledby="cite-h">
          <h2 id="cite-h">
            Where {pages > 1 ? "these" : "the"} articles mention {term.name}
          </h2>
          <CitationList here={here} citations={term.citations} />
        </section>
      ) : null}
    </Page>
  );
}
