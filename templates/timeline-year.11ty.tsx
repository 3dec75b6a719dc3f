/**
 * One page per year of the publication timeline (`timeline/<year>.html`, busy years split into
 * `timeline/<year>/2.html`, …) and for the undated articles (`timeline/undated.html`): months in
 * order, each article at the precision of its date.
 */
import { NO_SOURCE } from "../src/archive/labels.ts";
import { monthName } from "../src/site/format-date.ts";
import { relativeUrl } from "../src/site/paths.ts";
import type { SiteData, TimelineYearPage } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";
import { DateTime, Pager, plural } from "./_components/parts.tsx";

export const data = {
  pagination: { data: "batch.yearPages", size: 1, alias: "year", addAllPagesToCollections: false },
  permalink: (d: { year: TimelineYearPage }): string => d.year.path,
  eleventyExcludeFromCollections: true,
};

export function render(data: { site: SiteData; year: TimelineYearPage }): JSX.Element {
  const { site, year } = data;
  const here = year.path;
  const name = year.year === null ? "Undated articles" : String(year.year);
  const pages = year.page.paths.length;
  return (
    <Page
      site={site}
      here={here}
      title={pages > 1 ? `${name} (page ${year.page.number} of ${pages})` : name}
      description={`The archive's articles: ${name}.`}
      section="timeline"
    >
      <p class="kicker">
        <a href={relativeUrl(here, "timeline.html")}>Timeline</a>
      </p>
      <h1>{year.year === null ? name : <time datetime={name}>{name}</time>}</h1>
      <p>
        {plural(year.count, "article")}
        {year.year === null ? ": no date is stated in their text and no editor supplied one." : "."}
      </p>
      <ol class="months">
        {year.months.map((m) => (
          <li class={m.month === null ? "month m0" : `month m${m.month}`}>
            {year.year === null ? null : (
              <h2 class="month-name">{m.month === null ? "Month unknown" : monthName(m.month)}</h2>
            )}
            <ol class="entries">
              {m.entries.map((e) => (
                <li>
                  <DateTime date={e.date} />
                  {e.day === null && m.month !== null ? (
                    <span class="precision"> (day not stated)</span>
                  ) : null}{" "}
                  <a href={relativeUrl(here, e.path)}>{e.headline}</a>{" "}
                  <span class="byline">{e.source ?? NO_SOURCE}</span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <Pager here={here} page={year.page} label={`Pages of ${name}`} />
    </Page>
  );
}
