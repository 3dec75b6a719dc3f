/**
 * The timeline (`timeline.html`), an overview readable without JavaScript:
 *   1. the archive by publication date — every year from the first to the last, with its months
 *      and counts, each year linked to its page (timeline-year.11ty.tsx), undated articles apart;
 *   2. events the articles mention, by decade, each decade linked to its page (events.11ty.tsx).
 * The overview stays small however large the archive grows: the articles are on the year pages.
 */
import { monthName } from "../src/site/format-date.ts";
import { relativeUrl } from "../src/site/paths.ts";
import type { SiteData } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";
import { plural } from "./_components/parts.tsx";

export const data = { permalink: "timeline.html", eleventyExcludeFromCollections: true };

export function render(data: { site: SiteData }): JSX.Element {
  const { site } = data;
  const here = "timeline.html";
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
        <p>
          {plural(site.articles.length, "article")}. Each year lists its articles by month, at the
          precision their dates are stated.
        </p>
        <ol class="years overview">
          {site.years.map((y) => (
            <li class={y.count === 0 ? "year empty-year" : "year"} id={`y${y.year}`}>
              <h3>
                {y.path ? (
                  <a href={relativeUrl(here, y.path)}>
                    <time datetime={String(y.year)}>{y.year}</time>
                  </a>
                ) : (
                  <time datetime={String(y.year)}>{y.year}</time>
                )}{" "}
                <span class="count">{String(y.count)}</span>
              </h3>
              {y.count === 0 ? (
                <p class="empty">No articles.</p>
              ) : (
                <ol class="month-counts">
                  {y.months.map((m) => (
                    <li class={m.month === null ? "month m0" : `month m${m.month}`}>
                      {m.month === null ? "Month unknown" : monthName(m.month)}{" "}
                      <span class="count">{String(m.count)}</span>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
        {site.undated ? (
          <section aria-labelledby="undated-h">
            <h3 id="undated-h">Undated</h3>
            <p>
              No date is stated in the text of{" "}
              <a href={relativeUrl(here, site.undated.path)}>
                {plural(site.undated.count, "article")}
              </a>{" "}
              and no editor supplied one.
            </p>
          </section>
        ) : null}
      </section>
      <section aria-labelledby="events">
        <h2 id="events">Events the articles mention</h2>
        <p>
          Dates read from the articles' sentences at the precision they state. “On Friday” or “this
          year” is resolved against the article's own date, and only when that date is known.
        </p>
        {site.eventDecades.length === 0 ? (
          <p class="empty">No dated events found yet.</p>
        ) : (
          <ol class="decades">
            {site.eventDecades.map((d) => (
              <li>
                <a href={relativeUrl(here, d.path)}>{d.decade}s</a>{" "}
                <span class="count">
                  {d.count} event{d.count === 1 ? "" : "s"}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </Page>
  );
}
