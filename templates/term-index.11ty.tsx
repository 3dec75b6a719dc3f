/**
 * The index of each kind of term page: `topics/index.html`, `people/index.html`,
 * `places/index.html`, `sources/index.html` (which also lists articles whose source is not stated).
 */
import { relativeUrl } from "../src/site/paths.ts";
import type { SiteData, TermKind, TermPage } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";
import { ArticleList } from "./_components/parts.tsx";

interface IndexPage {
  kind: TermKind;
  title: string;
  intro: string;
}

const INDEXES: IndexPage[] = [
  {
    kind: "topics",
    title: "Topics",
    intro:
      "Themes assigned by keyword rules over each article's text (an editor can set them in front matter).",
  },
  {
    kind: "people",
    title: "People",
    intro: "People the articles mention, matched by name and its spellings, accents ignored.",
  },
  {
    kind: "places",
    title: "Places",
    intro: "Places the articles mention, matched by name and its spellings, accents ignored.",
  },
  {
    kind: "sources",
    title: "Sources",
    intro: "The outlets that published the articles, as the text or an editor states them.",
  },
];

export const data = {
  pagination: { data: "indexes", size: 1, alias: "index", addAllPagesToCollections: false },
  indexes: INDEXES,
  permalink: (d: { index: IndexPage }): string => `${d.index.kind}/index.html`,
  eleventyExcludeFromCollections: true,
};

export function render(data: { site: SiteData; index: IndexPage }): JSX.Element {
  const { site, index } = data;
  const here = `${index.kind}/index.html`;
  const terms: TermPage[] = site.termPages.filter((t) => t.kind === index.kind);
  const total = site.articles.length || 1;
  return (
    <Page
      site={site}
      here={here}
      title={index.title}
      description={index.intro}
      section={index.kind}
    >
      <h1>{index.title}</h1>
      <p class="lede">{index.intro}</p>
      {terms.length === 0 ? <p class="empty">None yet.</p> : null}
      <ul class={index.kind === "sources" ? "term-index share" : "term-index"}>
        {terms.map((t) => (
          <li>
            <a href={relativeUrl(here, t.path)}>{t.name}</a>{" "}
            <span class="count">{t.articles.length}</span>
            {index.kind === "sources" ? (
              <meter
                min="0"
                max={total}
                value={t.articles.length}
                aria-label={`${t.articles.length} of ${total} articles`}
              >
                {t.articles.length}
              </meter>
            ) : null}
            {t.description && index.kind !== "topics" ? (
              <span class="note"> — {t.description}</span>
            ) : null}
          </li>
        ))}
        {index.kind === "sources" && site.unsourced.length > 0 ? (
          <li>
            <a href="#unsourced">Source not stated</a>{" "}
            <span class="count">{site.unsourced.length}</span>
            <meter
              min="0"
              max={total}
              value={site.unsourced.length}
              aria-label={`${site.unsourced.length} of ${total} articles`}
            >
              {site.unsourced.length}
            </meter>
          </li>
        ) : null}
      </ul>
      {index.kind === "sources" && site.unsourced.length > 0 ? (
        <section aria-labelledby="unsourced">
          <h2 id="unsourced">Source not stated</h2>
          <p>
            Neither the text nor an editor names the outlet of these articles. The archive does not
            guess.
          </p>
          <ArticleList here={here} articles={site.unsourced} />
        </section>
      ) : null}
    </Page>
  );
}
