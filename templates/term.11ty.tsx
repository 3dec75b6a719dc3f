/**
 * One page per topic, person, place and source (`topics/<slug>.html`, `people/…`, `places/…`,
 * `sources/…`): its articles, a mini-timeline, and for people and places the sentences that
 * mention them.
 */
import { relativeUrl } from "../src/site/paths.ts";
import type { SiteData, TermPage } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";
import { ArticleList, CitationList, DateTime } from "./_components/parts.tsx";

export const data = {
  pagination: { data: "site.termPages", size: 1, alias: "term", addAllPagesToCollections: false },
  permalink: (d: { term: TermPage }): string => d.term.path,
  eleventyExcludeFromCollections: true,
};

const KIND_LABEL: Record<TermPage["kind"], string> = {
  topics: "Topic",
  people: "Person",
  places: "Place",
  sources: "Source",
};

/** A small timeline of the term's articles: one mark per article on a line from first to last year. */
function MiniTimeline(props: { term: TermPage; here: string }): JSX.Element {
  const dated = props.term.articles
    .filter((a) => a.date !== null)
    .sort((a, b) => (a.date! < b.date! ? -1 : 1));
  if (dated.length === 0) return <></>;
  return (
    <section aria-labelledby="mini-h">
      <h2 id="mini-h">Timeline</h2>
      <ol class="mini-timeline">
        {dated.map((a) => (
          <li>
            <DateTime date={a.date} /> <a href={relativeUrl(props.here, a.path)}>{a.headline}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function render(data: { site: SiteData; term: TermPage }): JSX.Element {
  const { site, term } = data;
  const here = term.path;
  const headlines = new Map(site.articles.map((a) => [a.slug, a.headline]));
  return (
    <Page
      site={site}
      here={here}
      title={term.name}
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
          {term.articles.length} article{term.articles.length === 1 ? "" : "s"}
        </h2>
        <ArticleList here={here} articles={term.articles} />
      </section>
      {term.kind === "topics" ? <MiniTimeline term={term} here={here} /> : null}
      {term.citations.length > 0 ? (
        <section aria-labelledby="cite-h">
          <h2 id="cite-h">Where the articles mention {term.name}</h2>
          <CitationList here={here} citations={term.citations} headlines={headlines} />
        </section>
      ) : null}
    </Page>
  );
}
