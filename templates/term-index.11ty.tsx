/**
 * The index of each kind of term page: `topics/index.html`, `people/index.html`,
 * `places/index.html`, `organisations/index.html`, `tags/index.html` (when some tag has a page),
 * `sources/index.html` (which also lists articles whose source is not stated).
 */
import { relativeUrl } from "../src/site/paths.ts";
import type { SiteData, TermKind, TermSummary } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";

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
    intro:
      "People the articles name, found in their text; short forms and spellings (Lavrov, Serguei) count as one.",
  },
  {
    kind: "places",
    title: "Places",
    intro: "Places the articles mention, matched by name and its spellings, accents ignored.",
  },
  {
    kind: "organisations",
    title: "Organisations",
    intro:
      "Ministries, parties, agencies, companies and clubs the articles name, found in their text.",
  },
  {
    kind: "tags",
    title: "Tags",
    intro:
      "Key phrases from the articles' own words, chosen per article by how often it uses them and how few other articles do; a tag has a page when several articles share it.",
  },
  {
    kind: "sources",
    title: "Sources",
    intro: "The outlets that published the articles, as the text or an editor states them.",
  },
];

export const data = {
  pagination: {
    data: "indexes",
    size: 1,
    alias: "index",
    addAllPagesToCollections: false,
    // The tag index only when some tag has a page (a small archive may have none).
    before: (indexes: IndexPage[], all: { site: SiteData }): IndexPage[] =>
      indexes.filter((i) => i.kind !== "tags" || all.site.tags.length > 0),
  },
  indexes: INDEXES,
  permalink: (d: { index: IndexPage }): string => `${d.index.kind}/index.html`,
  eleventyExcludeFromCollections: true,
};

export function render(data: { site: SiteData; index: IndexPage }): JSX.Element {
  const { site, index } = data;
  const here = `${index.kind}/index.html`;
  // Articles without a stated source have a page of their own, listed last among the sources.
  const terms: TermSummary[] = [
    ...site[index.kind === "topics" ? "themes" : index.kind],
    ...(index.kind === "sources" && site.unsourced ? [site.unsourced] : []),
  ];
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
            <span class="count">{String(t.count)}</span>
            {index.kind === "sources" ? (
              <meter
                min="0"
                max={total}
                value={t.count}
                aria-label={`${t.count} of ${total} articles`}
              >
                {t.count}
              </meter>
            ) : null}
            {t.description && index.kind !== "topics" ? (
              <span class="note"> — {t.description}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </Page>
  );
}
