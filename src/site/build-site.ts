/**
 * Article facts → the site's views. Pure: each article's facts (src/site/article-facts.ts) and the
 * editable data files in, every page's data out. Eleventy only paginates over what this returns.
 * Lists that grow with the archive (a theme's articles, a year, a decade of events) are split into
 * pages of a fixed size, so no page grows without bound.
 */
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { withoutControlCharacters } from "../archive/decode.ts";
import { diagnostic } from "../archive/diagnostic.ts";
import { slugify } from "../archive/slug.ts";
import type { Diagnostic } from "../archive/types.ts";
import { dateSortKey } from "./format-date.ts";
import { sitemapParts } from "./feeds.ts";
import { groupEvents } from "./group-events.ts";
import {
  articleSourcePath,
  eventsPath,
  numberedPath,
  personPath,
  placePath,
  sourcePath,
  termYearPath,
  themePath,
  UNDATED_PATH,
  UNSOURCED_PATH,
  yearPath,
} from "./paths.ts";
import { relatedArticles } from "./related.ts";
import { NO_SOURCE } from "../archive/labels.ts";
import { publicationTimeline } from "./timeline.ts";
import type {
  ArticleFacts,
  ArticleMentions,
  ArticleLink,
  ArticleStub,
  Citation,
  EntityDefinition,
  EventPage,
  PageNumber,
  SiteConfig,
  SiteData,
  TermKind,
  TermLink,
  TermPage,
  TermSpan,
  TermSummary,
  ThemeDefinition,
  TimelineMonth,
  TimelineYearPage,
} from "./types.ts";

/** The editable data files. */
export interface SiteInputs {
  /** `site.json`. */
  config: SiteConfig;
  /** `themes.json`: the taxonomy. */
  themes: ThemeDefinition[];
  /** `people.json`. */
  people: EntityDefinition[];
  /** `places.json`. */
  places: EntityDefinition[];
}

/** Default folder of the data files. */
export const SITE_DATA_DIR = "src/site/data";

/** Reads the data files. */
export function loadSiteInputs(dir: string = SITE_DATA_DIR): SiteInputs {
  const read = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), "utf8")) as T;
  return {
    config: read("site.json"),
    themes: read("themes.json"),
    people: read("people.json"),
    places: read("places.json"),
  };
}

/** Articles on one page of a theme, person, place or source. */
export const TERM_PAGE_SIZE = 100;
/** Articles on one page of the publication timeline. */
export const YEAR_PAGE_SIZE = 500;
/** Events on one page of the events timeline. */
export const EVENT_PAGE_SIZE = 200;

/** The themes an editor gave an article in front matter, and the line. */
export interface ThemeClaim {
  /** Path of the file. */
  file: string;
  /** Theme slugs from front matter (empty when the rules chose). */
  themes: readonly string[];
  /** Line of the `themes` key, or null. */
  line: number | null;
}

/** Problems between the articles and the data files: a theme in front matter that the taxonomy lacks. */
export function checkSiteInputs(claims: readonly ThemeClaim[], inputs: SiteInputs): Diagnostic[] {
  const known = new Set(inputs.themes.map((t) => t.slug));
  return claims.flatMap((f) =>
    f.themes
      .filter((t) => !known.has(t))
      .map((t) =>
        diagnostic(
          "error",
          f.file,
          f.line,
          "unknown-theme",
          `the theme "${t}" is not in the taxonomy`,
          `use one of: ${[...known].join(", ")} (or add it to ${SITE_DATA_DIR}/themes.json)`,
        ),
      ),
  );
}

/** Newest first, undated last, then by headline: the order of every article list. */
export const newestFirst = (a: ArticleLink, b: ArticleLink): number => {
  const ka = dateSortKey(a.date);
  const kb = dateSortKey(b.date);
  if (ka === "~" || kb === "~")
    return ka === kb ? a.headline.localeCompare(b.headline) : ka === "~" ? 1 : -1;
  return ka < kb ? 1 : ka > kb ? -1 : a.headline.localeCompare(b.headline);
};

/** A people or place page with the sentences of its articles that mention the entity, read through `mentionsOf`. */
export async function citePage(
  page: TermPage,
  mentionsOf: (key: string) => Promise<ArticleMentions>,
): Promise<TermPage> {
  if (page.kind !== "people" && page.kind !== "places") return page;
  const kind = page.kind;
  const lists = await Promise.all(
    page.articles.map(async (a, i) =>
      ((await mentionsOf(page.keys[i]!))[kind][page.slug] ?? []).map((c) => ({
        ...c,
        article: a.slug,
        path: a.path,
        headline: a.headline,
      })),
    ),
  );
  return { ...page, citations: lists.flat() };
}

/** Splits a list into pages of `size` (an empty list is one empty page). */
function paginate<T>(
  items: readonly T[],
  size: number,
  path: (n: number) => string,
): { items: T[]; page: PageNumber }[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const paths = Array.from({ length: count }, (_, i) => path(i + 1));
  return paths.map((_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    page: { number: i + 1, paths },
  }));
}

/** Articles per year of dated articles, oldest first. */
function countPerYear(links: readonly ArticleLink[]): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const l of links)
    if (l.date)
      counts.set(Number(l.date.slice(0, 4)), (counts.get(Number(l.date.slice(0, 4))) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
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

/** Every article's word counts (`encoded[i]` for `facts[i]`) over one vocabulary. */
export interface ArticleTerms {
  /** Encoded word counts, by article (see `encodeTerms`). */
  encoded: readonly Uint32Array[];
  /** The vocabulary's words. */
  words: readonly string[];
}

/**
 * Builds every view of the site from the articles' facts and word counts. Term pages of people and
 * places come without their sentences (`citations` is empty): those are read only for the pages
 * a render writes (see `citePage`).
 */
export function assembleSite(
  facts: readonly ArticleFacts[],
  terms: ArticleTerms,
  inputs: SiteInputs,
  now: Date = new Date(),
  articlesDir = "articles",
): SiteData {
  const termsOf = new Map(facts.map((f, i) => [f, terms.encoded[i]!]));
  const sorted = [...facts].sort((a, b) => newestFirst(a.link, b.link));
  const links = sorted.map((f) => f.link);
  const related = relatedArticles(
    sorted.map((f) => termsOf.get(f)!),
    terms.words,
  );
  const chronological = sorted.filter((f) => f.link.date !== null).reverse();
  const chronoIndex = new Map(chronological.map((f, i) => [f, i]));
  const themeNames = new Map(inputs.themes.map((t) => [t.slug, t.name]));
  const entityNames = {
    people: new Map(inputs.people.map((e) => [e.slug, e.name])),
    places: new Map(inputs.places.map((e) => [e.slug, e.name])),
  };
  // A term's slug, name and path are made once and shared by its articles' stubs: at 100,000
  // articles, a copy per stub was a large part of the views' memory.
  const shared = new Map<string, TermLink>();
  const once = (key: string, make: () => TermLink): TermLink => {
    let t = shared.get(key);
    if (!t) shared.set(key, (t = make()));
    return t;
  };
  const articles: ArticleStub[] = sorted.map((f, index) => {
    const at = chronoIndex.get(f) ?? -1;
    const chrono = (i: number): ArticleLink | null =>
      i >= 0 && i < chronological.length ? chronological[i]!.link : null;
    const entities = (kind: "people" | "places"): ArticleStub["people"] =>
      f[kind].map((m) => {
        const { slug, name, path } = once(`${kind}/${m.slug}`, () => ({
          slug: m.slug,
          name: entityNames[kind].get(m.slug) ?? m.slug,
          path: (kind === "people" ? personPath : placePath)(m.slug),
        }));
        return { slug, name, path, count: m.count };
      });
    const source = f.link.source;
    return {
      ...f.link,
      key: f.key,
      author: f.author,
      themes: f.themes.slugs.map((slug) =>
        once(`topics/${slug}`, () => ({
          slug,
          name: themeNames.get(slug) ?? slug,
          path: themePath(slug),
        })),
      ),
      themesFrom: f.themes.from,
      people: entities("people"),
      places: entities("places"),
      // By name: two spellings of one outlet share a slug, and each keeps its own name.
      sourcePage: source
        ? once(`sources\0${source}`, () => {
            const slug = slugify(source);
            return { slug, name: source, path: sourcePath(slug) };
          })
        : null,
      related: (related[index] ?? []).map((j) => sorted[j]!.link),
      previous: at === -1 ? null : chrono(at - 1),
      next: at === -1 ? null : chrono(at + 1),
      sourceFilePath: articleSourcePath(f.link.slug),
      // Relative to the articles folder: a published page never shows where a machine keeps it.
      sourceName: withoutControlCharacters(relative(articlesDir, f.file).split(sep).join("/")),
      summary: f.summary,
    };
  });

  // Each term's articles (newest first, as `sorted` is) and, for people and places, its sentences.
  const members = new Map<string, ArticleFacts[]>();
  const join = (kind: TermKind, slug: string, f: ArticleFacts): void => {
    const key = `${kind}/${slug}`;
    const list = members.get(key);
    if (list) list.push(f);
    else members.set(key, [f]);
  };
  for (const f of sorted) {
    for (const t of f.themes.slugs) join("topics", t, f);
    for (const m of f.people) join("people", m.slug, f);
    for (const m of f.places) join("places", m.slug, f);
    join("sources", f.link.source ? slugify(f.link.source) : "", f);
  }
  const summary = (
    kind: TermKind,
    slug: string,
    name: string,
    path: string,
    description: string,
  ): TermSummary => {
    const list = (members.get(`${kind}/${slug}`) ?? []).map((f) => f.link);
    const perYear = countPerYear(list);
    return {
      kind,
      slug,
      name,
      path,
      description,
      count: list.length,
      perYear,
      undated: list.length - perYear.reduce((n, y) => n + y.count, 0),
      byYear: list.length > TERM_PAGE_SIZE,
    };
  };
  const entities = (
    defs: readonly EntityDefinition[],
    kind: "people" | "places",
    path: (s: string) => string,
  ): TermSummary[] =>
    defs
      .filter((d) => members.has(`${kind}/${d.slug}`))
      .map((d) => summary(kind, d.slug, d.name, path(d.slug), d.note ?? ""))
      .sort((a, b) => a.name.localeCompare(b.name));
  const themes = inputs.themes.map((t) =>
    summary("topics", t.slug, t.name, themePath(t.slug), t.description),
  );
  const people = entities(inputs.people, "people", personPath);
  const places = entities(inputs.places, "places", placePath);
  const sourceNames = new Map(
    sorted.flatMap((f) =>
      f.link.source ? [[slugify(f.link.source), f.link.source] as const] : [],
    ),
  );
  const sources = [...sourceNames]
    .map(([slug, name]) => summary("sources", slug, name, sourcePath(slug), ""))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const unsourced = members.has("sources/")
    ? summary(
        "sources",
        "",
        NO_SOURCE,
        UNSOURCED_PATH,
        "Neither the text nor an editor names the outlet of these articles. The archive does not guess.",
      )
    : null;
  const termPages: TermPage[] = [
    ...themes,
    ...people,
    ...places,
    ...sources,
    ...(unsourced ? [unsourced] : []),
  ].flatMap((term) => termPagesOf(term, members.get(`${term.kind}/${term.slug}`) ?? []));

  const { years, undated } = publicationTimeline(links);
  const undatedYear = {
    year: null,
    count: undated.length,
    months: [{ month: null, entries: undated.map((a) => ({ ...a, day: null })) }],
  };
  const yearPages: TimelineYearPage[] = [...years, ...(undated.length > 0 ? [undatedYear] : [])]
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
  const eventPages: EventPage[] = [...byDecade].flatMap(([decade, events]) =>
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
    config: inputs.config,
    articles,
    themes,
    people,
    places,
    sources,
    unsourced,
    years: years.map((y) => ({
      year: y.year,
      count: y.count,
      path: y.count > 0 ? yearPath(y.year) : null,
      months: y.months.map((m) => ({ month: m.month, count: m.entries.length })),
    })),
    undated: undated.length > 0 ? { count: undated.length, path: UNDATED_PATH } : null,
    eventDecades: [...byDecade].map(([decade, events]) => ({
      decade,
      count: events.length,
      path: eventsPath(decade),
    })),
    termPages,
    yearPages,
    eventPages,
    sitemapParts: sitemapParts({ articles, termPages, yearPages, eventPages }),
    builtAt: now.toISOString(),
  };
}
