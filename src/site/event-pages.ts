/**
 * The events timeline's pages: the dated events the articles mention, grouped across articles,
 * by decade, split into pages of `EVENT_PAGE_SIZE`.
 */
import { groupEvents } from "./group-events.ts";
import { paginate } from "./paginate.ts";
import { eventsPath, numberedPath } from "./paths.ts";
import type { ArticleFacts, Citation, EventPage, SiteData } from "./types.ts";

/** Events on one page of the events timeline. */
export const EVENT_PAGE_SIZE = 200;

/** The events of `sorted` (newest first): the decades and their pages. */
export function eventPages(
  sorted: readonly ArticleFacts[],
): Pick<SiteData, "eventDecades" | "eventPages"> {
  const mentions: (Citation & { date: string })[] = sorted.flatMap((f) =>
    f.events.map((e) => ({
      ...e,
      article: f.link.slug,
      path: f.link.path,
      headline: f.link.headline,
    })),
  );
  const byDecade = new Map<number, ReturnType<typeof groupEvents>>();
  for (const e of groupEvents(mentions)) {
    const decade = Math.floor(Number(e.date.slice(0, 4)) / 10) * 10;
    const list = byDecade.get(decade);
    if (list) list.push(e);
    else byDecade.set(decade, [e]);
  }
  const pages: EventPage[] = [...byDecade].flatMap(([decade, events]) =>
    paginate(events, EVENT_PAGE_SIZE, (n) => numberedPath(eventsPath(decade), n)).map(
      ({ items, page }) => ({
        path: page.paths[page.number - 1]!,
        decade,
        count: events.length,
        page,
        events: items,
      }),
    ),
  );
  return {
    eventDecades: [...byDecade].map(([decade, events]) => ({
      decade,
      count: events.length,
      path: eventsPath(decade),
    })),
    eventPages: pages,
  };
}
