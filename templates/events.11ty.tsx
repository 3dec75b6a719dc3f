/**
 * One page per decade of the events the articles mention (`events/1950s.html`, busy decades split
 * into `events/1950s/2.html`, …): each event at the precision stated, with the sentences that cite it.
 */
import { formatDate } from "../src/site/format-date.ts";
import { relativeUrl } from "../src/site/paths.ts";
import type { EventPage, SiteData } from "../src/site/types.ts";
import { Page } from "./_components/page.tsx";
import { CitationList, Pager, plural } from "./_components/parts.tsx";

export const data = {
  pagination: {
    data: "batch.eventPages",
    size: 1,
    alias: "events",
    addAllPagesToCollections: false,
  },
  permalink: (d: { events: EventPage }): string => d.events.path,
  eleventyExcludeFromCollections: true,
};

export function render(data: { site: SiteData; events: EventPage }): JSX.Element {
  const { site, events } = data;
  const here = events.path;
  const name = `Events of the ${events.decade}s`;
  const pages = events.page.paths.length;
  return (
    <Page
      site={site}
      here={here}
      title={pages > 1 ? `${name} (page ${events.page.number} of ${pages})` : name}
      description={`Events of the ${events.decade}s that the archive's articles mention.`}
      section="timeline"
    >
      <p class="kicker">
        <a href={relativeUrl(here, "timeline.html#events")}>Timeline</a>
      </p>
      <h1>{name}</h1>
      <p>
        {plural(events.count, "event")}, read from the articles' sentences at the precision they
        state.
      </p>
      <ol class="events">
        {events.events.map((e) => (
          <li>
            <time datetime={e.date}>{formatDate(e.date)}</time>
            <CitationList here={here} citations={e.citations} />
          </li>
        ))}
      </ol>
      <Pager here={here} page={events.page} label={`Pages of ${name}`} />
    </Page>
  );
}
