/**
 * The home page: latest articles, themes with counts, a chart of articles per year (inline SVG,
 * no script) and a search box.
 */
import type { SiteData } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";
import { ArticleList, plural, TermList } from "./_components/parts.tsx";

export const data = { permalink: "index.html", eleventyExcludeFromCollections: true };

/** Bars of articles per year; every year between the first and last is shown, empty or not. */
function YearChart(props: { perYear: readonly { year: number; count: number }[] }): JSX.Element {
  const years = props.perYear;
  if (years.length === 0) return <p class="empty">No dated articles yet.</p>;
  const max = Math.max(...years.map((y) => y.count), 1);
  const barWidth = 28;
  const gap = 8;
  const height = 120;
  const top = 16; // room for the value above the tallest bar
  const width = years.length * (barWidth + gap);
  const label = years.map((y) => `${y.year}: ${y.count}`).join(", ");
  return (
    <figure class="year-chart">
      <svg
        viewBox={`0 -${top} ${width} ${height + 36 + top}`}
        role="img"
        aria-label={`Articles per year. ${label}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {years.map((y, i) => {
          const h = Math.round((y.count / max) * height);
          const x = i * (barWidth + gap);
          return (
            <g>
              <title>{`${y.year}: ${plural(y.count, "article")}`}</title>
              <rect
                class="bar"
                x={x}
                y={height - h}
                width={barWidth}
                height={Math.max(h, y.count ? 2 : 0)}
              />
              <line class="axis" x1={x} x2={x + barWidth} y1={height + 0.5} y2={height + 0.5} />
              {y.count > 0 ? (
                <text class="value" x={x + barWidth / 2} y={height - h - 4} text-anchor="middle">
                  {y.count}
                </text>
              ) : null}
              <text class="year" x={x + barWidth / 2} y={height + 16} text-anchor="middle">
                {`’${String(y.year).slice(2)}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        Articles per year, {years[0]!.year}–{years[years.length - 1]!.year}
      </figcaption>
    </figure>
  );
}

export function render(data: { site: SiteData }): JSX.Element {
  const { site } = data;
  const here = "index.html";
  const latest = site.articles.slice(0, site.config.latestCount);
  return (
    <Page
      site={site}
      here={here}
      title={site.config.title}
      description={site.config.description}
      section="home"
    >
      <div class="home">
        <section class="intro">
          <h1>{site.config.title}</h1>
          <p class="lede">{site.config.description}</p>
          <form class="search-box" action="search.html" method="get" role="search">
            <label for="home-q">Search the archive</label>
            <input id="home-q" type="search" name="q" placeholder="blockade, Lavrov, Havana…" />
            <button type="submit">Search</button>
          </form>
        </section>
        <section aria-labelledby="latest-h" class="latest">
          <h2 id="latest-h">Latest articles</h2>
          <ArticleList here={here} articles={latest} />
          <p>
            <a href="timeline.html">All {site.articles.length} articles on the timeline</a>
          </p>
        </section>
        <section aria-labelledby="themes-h" class="themes">
          <h2 id="themes-h">Topics</h2>
          <TermList here={here} terms={site.themes} />
          <h2>Over the years</h2>
          <YearChart perYear={site.years} />
          {site.undated ? (
            <p class="note">{site.undated.count} undated article(s) are not in the chart.</p>
          ) : null}
        </section>
      </div>
    </Page>
  );
}
