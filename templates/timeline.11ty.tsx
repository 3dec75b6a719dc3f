/**
 * The timeline (`timeline.html`), two views, readable without JavaScript:
 *   1. the archive by publication date — every year from the first to the last gets the same
 *      height, months are placed on twelve rows, so the axis is proportional to time;
 *      month-only dates sit in their month without a day, undated articles are listed apart;
 *   2. events the articles mention, at the precision stated, each linked to its sentences.
 */
import { formatDate, monthName } from "../src/site/format-date.ts";
import { relativeUrl } from "../src/site/paths.ts";
import type { SiteData } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";
import { ArticleList, DateTime } from "./_components/parts.tsx";

export const data = { permalink: "timeline.html", eleventyExcludeFromCollections: true };

export function render(data: { site: SiteData }): JSX.Element {
  const { site } = data;
  const here = "timeline.html";
  const headlines = new Map(site.articles.map((a) => [a.slug, a.headline]));
  return (
    <Page
      site={site}
      here={here}
      title="Timeline"
      description="The archive by publication date, and the events its articles mention."
      section="timeline"
    >
      <h1>Timeline</h1>
      <nav class="toc" aria-label="On this page">
        <a href="#published">By publication date</a> · <a href="#events">Events mentioned</a>
      </nav>
      <section aria-labelledby="published">
        <h2 id="published">The archive by publication date</h2>
        <ol class="years">
          {site.years.map((y) => (
            <li class={y.count === 0 ? "year empty-year" : "year"} id={`y${y.year}`}>
              <h3>
                <time datetime={String(y.year)}>{y.year}</time> <span class="count">{y.count}</span>
              </h3>
              {y.count === 0 ? (
                <p class="empty">No articles.</p>
              ) : (
                <ol class="months">
                  {y.months.map((m) => (
                    <li class={m.month === null ? "month m0" : `month m${m.month}`}>
                      <span class="month-name">
                        {m.month === null ? "Month unknown" : monthName(m.month)}
                      </span>
                      <ol class="entries">
                        {m.entries.map((e) => (
                          <li>
                            <DateTime date={e.date} />
                            {e.day === null && m.month !== null ? (
                              <span class="precision"> (day not stated)</span>
                            ) : null}{" "}
                            <a href={relativeUrl(here, e.path)}>{e.headline}</a>{" "}
                            <span class="byline">{e.source ?? "Source not stated"}</span>
                          </li>
                        ))}
                      </ol>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
        {site.undated.length > 0 ? (
          <section aria-labelledby="undated-h">
            <h3 id="undated-h">Undated</h3>
            <p>No date is stated in these articles' text and no editor supplied one.</p>
            <ArticleList here={here} articles={site.undated} />
          </section>
        ) : null}
      </section>
      <section aria-labelledby="events">
        <h2 id="events">Events the articles mention</h2>
        <p>
          Dates read from the articles' sentences at the precision they state. “On Friday” or “this
          year” is resolved against the article's own date, and only when that date is known.
        </p>
        <ol class="events">
          {site.events.map((e) => (
            <li>
              <time datetime={e.date}>{formatDate(e.date)}</time>
              <ul class="citations">
                {e.citations.map((c) => (
                  <li>
                    <blockquote>{c.sentence}</blockquote>
                    <a href={`${relativeUrl(here, c.path)}#${c.anchor}`}>
                      {headlines.get(c.article) ?? c.article}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        {site.events.length === 0 ? <p class="empty">No dated events found yet.</p> : null}
      </section>
    </Page>
  );
}
