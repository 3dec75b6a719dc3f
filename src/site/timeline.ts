/**
 * The publication timeline: years and months, each article placed at the precision of its date.
 * An article known only to the month sits in its month without a day; one known only to the
 * year sits at the top of its year; an undated article is listed apart, never given a date.
 */
import { parseIsoPartialDate } from "../archive/calendar.ts";
import type { ArticleLink, TimelineYear } from "./types.ts";

/** Groups articles by year and month, oldest first, including the empty years in between (the axis is proportional to time). */
export function publicationTimeline(articles: readonly ArticleLink[]): {
  years: TimelineYear[];
  undated: ArticleLink[];
} {
  const dated = articles
    .filter((a) => a.date !== null)
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const undated = articles.filter((a) => a.date === null);
  const byYear = new Map<number, TimelineYear>();
  for (const a of dated) {
    const d = parseIsoPartialDate(a.date!.slice(0, 10));
    if (!d) continue;
    const year = byYear.get(d.year) ?? { year: d.year, months: [], count: 0 };
    byYear.set(d.year, year);
    const month = d.month ?? null;
    let bucket = year.months.find((m) => m.month === month);
    if (!bucket) {
      bucket = { month, entries: [] };
      year.months.push(bucket);
    }
    bucket.entries.push({ ...a, day: d.day ?? null });
    year.count++;
  }
  const found = [...byYear.keys()];
  const years: TimelineYear[] = [];
  if (found.length > 0) {
    for (let y = Math.min(...found); y <= Math.max(...found); y++)
      years.push(byYear.get(y) ?? { year: y, months: [], count: 0 });
  }
  for (const y of years) {
    y.months.sort((a, b) => (a.month ?? 0) - (b.month ?? 0));
    for (const m of y.months) m.entries.sort((a, b) => (a.day ?? 0) - (b.day ?? 0));
  }
  return { years, undated };
}
