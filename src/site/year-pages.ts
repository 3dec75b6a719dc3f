/**
 * The publication timeline's pages: each year's articles (and the undated ones) by month, split
 * into pages of `YEAR_PAGE_SIZE`, and the summary of every year that the timeline page shows.
 */
import { paginate } from "./paginate.ts";
import { numberedPath, UNDATED_PATH, yearPath } from "./paths.ts";
import { publicationTimeline } from "./timeline.ts";
import type { ArticleLink, SiteData, TimelineMonth, TimelineYearPage } from "./types.ts";

/** Articles on one page of the publication timeline. */
export const YEAR_PAGE_SIZE = 500;

/** The timeline of `links` (newest first): its years, its undated articles, and its pages. */
export function yearPages(
  links: readonly ArticleLink[],
): Pick<SiteData, "years" | "undated" | "yearPages"> {
  const { years, undated } = publicationTimeline(links);
  const undatedYear = {
    year: null,
    count: undated.length,
    months: [{ month: null, entries: undated.map((a) => ({ ...a, day: null })) }],
  };
  const pages: TimelineYearPage[] = [...years, ...(undated.length > 0 ? [undatedYear] : [])]
    .filter((y) => y.count > 0)
    .flatMap((y) => {
      const entries = y.months.flatMap((m) => m.entries.map((e) => ({ month: m.month, e })));
      return paginate(entries, YEAR_PAGE_SIZE, (n) =>
        numberedPath(y.year === null ? UNDATED_PATH : yearPath(y.year), n),
      ).map(({ items, page }) => {
        const months: TimelineMonth[] = [];
        for (const { month, e } of items) {
          const last = months.at(-1);
          if (last && last.month === month) last.entries.push(e);
          else months.push({ month, entries: [e] });
        }
        return { path: page.paths[page.number - 1]!, year: y.year, count: y.count, page, months };
      });
    });
  return {
    years: years.map((y) => ({
      year: y.year,
      count: y.count,
      path: y.count > 0 ? yearPath(y.year) : null,
      months: y.months.map((m) => ({ month: m.month, count: m.entries.length })),
    })),
    undated: undated.length > 0 ? { count: undated.length, path: UNDATED_PATH } : null,
    yearPages: pages,
  };
}
