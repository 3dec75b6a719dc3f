/**
 * The pages of each term (topic, person, place, organisation, source, tag): the first lists its newest articles with
 * its totals; a term with more than a page of articles also gets a page per year.
 */
import { paginate, TERM_PAGE_SIZE } from "./paginate.ts";
import { numberedPath, termYearPath } from "./paths.ts";
import type { TermSummaries } from "./term-summaries.ts";
import type {
  ArticleFacts,
  CitationsOf,
  PageNumber,
  TermPage,
  TermSpan,
  TermSummary,
} from "./types.ts";

/** Every term's pages: themes, people, places, organisations, sources, the unsourced articles, then tags. */
export function termPages(terms: TermSummaries): TermPage[] {
  const { themes, people, places, organisations, tags, sources, unsourced, members } = terms;
  return [
    ...themes,
    ...people,
    ...places,
    ...organisations,
    ...sources,
    ...(unsourced ? [unsourced] : []),
    ...tags,
  ].flatMap((term) => termPagesOf(term, members.get(`${term.kind}/${term.slug}`) ?? []));
}

/**
 * The pages of one term: the first lists its newest articles with its totals; a term with more
 * than a page of articles also gets each year's articles (and the undated ones) on pages of their
 * own, split into pages of `TERM_PAGE_SIZE`.
 */
function termPagesOf(term: TermSummary, members: readonly ArticleFacts[]): TermPage[] {
  const { kind, slug, name, path, description } = term;
  const page = (
    pagePath: string,
    items: readonly ArticleFacts[],
    summary: TermSummary | null,
    span: TermSpan | null,
    number: PageNumber,
  ): TermPage => ({
    kind,
    slug,
    name,
    path,
    description,
    pagePath,
    summary,
    span,
    page: number,
    articles: items.map((f) => f.link),
    keys: items.map((f) => f.key),
    citations: [],
  });
  const first = page(path, members.slice(0, TERM_PAGE_SIZE), term, null, {
    number: 1,
    paths: [path],
  });
  if (!term.byYear) return [first];
  const byYear = new Map<number | null, ArticleFacts[]>();
  for (const f of members) {
    const year = f.link.date ? Number(f.link.date.slice(0, 4)) : null;
    const list = byYear.get(year);
    if (list) list.push(f);
    else byYear.set(year, [f]);
  }
  // Oldest year first, the undated last: the order of "previous" and "next".
  const years = [...byYear.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b));
  return [
    first,
    ...years.flatMap((year, i) => {
      const before = i > 0 ? years[i - 1]! : null;
      const after = i + 1 < years.length ? years[i + 1]! : undefined;
      const span: TermSpan = {
        year,
        count: byYear.get(year)!.length,
        previous: before === null ? null : { year: before, path: termYearPath(path, before) },
        next: after === undefined ? null : { year: after, path: termYearPath(path, after) },
      };
      return paginate(byYear.get(year)!, TERM_PAGE_SIZE, (n) =>
        numberedPath(termYearPath(path, year), n),
      ).map(({ items, page: number }) =>
        page(number.paths[number.number - 1]!, items, null, span, number),
      );
    }),
  ];
}

/** A people, place or organisation page with the sentences of its articles that mention the entity, read through `citationsOf`. */
export async function citePage(page: TermPage, citationsOf: CitationsOf): Promise<TermPage> {
  if (page.kind !== "people" && page.kind !== "places" && page.kind !== "organisations")
    return page;
  const kind = page.kind;
  const lists = await Promise.all(
    page.articles.map(async (a, i) =>
      (await citationsOf(page.keys[i]!, kind, page.slug)).map((c) => ({
        ...c,
        article: a.slug,
        path: a.path,
        headline: a.headline,
      })),
    ),
  );
  return { ...page, citations: lists.flat() };
}
