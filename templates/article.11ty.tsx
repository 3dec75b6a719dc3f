/**
 * One page per article (`articles/<slug>.html`), paginated over the site's article views.
 * Every value from the article is escaped; the body's sentences are the only raw HTML, rendered
 * by markdown-it with `html: false` and passed through `rawHtml`.
 */
import { NO_SOURCE } from "../src/archive/labels.ts";
import { relativeUrl } from "../src/site/paths.ts";
import { jsonForScript, rawHtml } from "../src/site/raw-html.ts";
import type { ArticleView, SiteData } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";
import { ProvenanceTable } from "./_components/provenance-table.tsx";
import { ArticleList, DateTime, TagList, TermList } from "./_components/parts.tsx";

export const data = {
  pagination: {
    data: "batch.articles",
    size: 1,
    alias: "article",
    addAllPagesToCollections: false,
  },
  permalink: (d: { article: ArticleView }): string => d.article.path,
  eleventyExcludeFromCollections: true,
};

function Meta(props: { article: ArticleView; here: string }): JSX.Element {
  const r = props.article.record;
  const source = props.article.sourcePage;
  return (
    <p class="meta">
      <DateTime date={r.date} time={r.time} />
      <span class="sep"> · </span>
      {source ? (
        <>
          {r.url ? (
            <a href={r.url} rel="external noopener noreferrer">
              {source.name}
            </a>
          ) : (
            <span>{source.name}</span>
          )}{" "}
          <a class="aside-link" href={relativeUrl(props.here, source.path)}>
            (all from this source)
          </a>
        </>
      ) : (
        <span class="unknown-source">
          {NO_SOURCE}
          {r.url ? (
            <>
              {" "}
              (
              <a href={r.url} rel="external noopener noreferrer">
                original page
              </a>
              )
            </>
          ) : null}
        </span>
      )}
      {r.dateline ? (
        <>
          <span class="sep"> · </span>
          <span class="dateline">{r.dateline}</span>
        </>
      ) : null}
      {r.author ? (
        <>
          <span class="sep"> · </span>
          <span class="author">By {r.author}</span>
        </>
      ) : null}
      {r.attribution ? (
        <>
          <span class="sep"> · </span>
          <span class="attribution">Via {r.attribution}</span>
        </>
      ) : null}
    </p>
  );
}

function jsonLd(article: ArticleView, site: SiteData): unknown {
  const r = article.record;
  const canonical = site.config.url ? new URL(article.path, site.config.url).href : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: r.headline,
    ...(r.date
      ? { datePublished: r.time && r.date.length === 10 ? `${r.date}T${r.time}` : r.date }
      : {}),
    ...(r.updated ? { dateModified: r.updated } : {}),
    ...(r.author
      ? { author: r.author.split(", ").map((name) => ({ "@type": "Person", name })) }
      : {}),
    ...(r.source ? { publisher: { "@type": "Organization", name: r.source } } : {}),
    ...(r.dateline ? { locationCreated: { "@type": "Place", name: r.dateline } } : {}),
    ...(r.url ? { isBasedOn: r.url } : {}),
    ...(canonical ? { url: canonical, mainEntityOfPage: canonical } : {}),
    inLanguage: article.language,
    about: article.themes.map((t) => t.name),
  };
}

export function render(data: { site: SiteData; article: ArticleView }): JSX.Element {
  const { site, article } = data;
  const here = article.path;
  const r = article.record;
  const canonical = site.config.url ? new URL(article.path, site.config.url).href : null;
  const head = (
    <>
      {canonical ? <link rel="canonical" href={canonical} /> : null}
      <meta property="og:type" content="article" />
      <meta property="og:title" content={r.headline} />
      <meta property="og:description" content={article.summary} />
      <meta property="og:site_name" content={site.config.title} />
      {canonical ? <meta property="og:url" content={canonical} /> : null}
      {r.date ? <meta property="article:published_time" content={r.date} /> : null}
      {article.themes.map((t) => (
        <meta property="article:section" content={t.name} />
      ))}
      <script type="application/ld+json">{rawHtml(jsonForScript(jsonLd(article, site)))}</script>
    </>
  );
  return (
    <Page site={site} here={here} title={r.headline} description={article.summary} head={head}>
      <article class="article" lang={article.language}>
        <header class="article-header">
          <p class="kicker">
            {article.themes.length === 0 ? "No topic" : null}
            {article.themes.map((t, i) => (
              <>
                {i > 0 ? " · " : ""}
                <a href={relativeUrl(here, t.path)}>{t.name}</a>
              </>
            ))}
          </p>
          <h1>{r.headline}</h1>
          <Meta article={article} here={here} />
        </header>
        <div class="article-body">
          {article.paragraphs.map((p, i) => (
            <p id={p.id}>
              <a class="para-anchor" href={`#${p.id}`} aria-label={`Paragraph ${i + 1}`}>
                ¶
              </a>
              {p.sentences.map((s, j) => (
                <>
                  {j > 0 ? " " : ""}
                  <span id={s.id}>{rawHtml(s.html)}</span>
                </>
              ))}
            </p>
          ))}
          {article.paragraphs.length === 0 ? (
            <p class="empty">The cleaner found no article text in this file.</p>
          ) : null}
        </div>
      </article>
      <div class="article-aside">
        <section aria-labelledby="people-h">
          <h2 id="people-h">People mentioned</h2>
          <TermList here={here} terms={article.people} />
        </section>
        <section aria-labelledby="places-h">
          <h2 id="places-h">Places mentioned</h2>
          <TermList here={here} terms={article.places} />
        </section>
        <section aria-labelledby="organisations-h">
          <h2 id="organisations-h">Organisations mentioned</h2>
          <TermList here={here} terms={article.organisations} />
        </section>
        {article.tags.length > 0 ? (
          <section aria-labelledby="tags-h">
            <h2 id="tags-h">Tags</h2>
            <TagList here={here} tags={article.tags} />
          </section>
        ) : null}
        <section aria-labelledby="related-h">
          <h2 id="related-h">Related articles</h2>
          <ArticleList here={here} articles={article.related} empty="No similar articles yet." />
        </section>
      </div>
      <ProvenanceTable article={article} here={here} />
      <nav class="prev-next" aria-label="By date">
        {article.previous ? (
          <a rel="prev" href={relativeUrl(here, article.previous.path)}>
            <span>Earlier</span> {article.previous.headline}
          </a>
        ) : (
          <span />
        )}
        {article.next ? (
          <a rel="next" href={relativeUrl(here, article.next.path)}>
            <span>Later</span> {article.next.headline}
          </a>
        ) : (
          <span />
        )}
      </nav>
    </Page>
  );
}
