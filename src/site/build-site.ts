/**
 * Records → the site's views. Pure: the archive's records and the editable data files in, every
 * page's data out. Eleventy only paginates over what this returns.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnostic } from "../archive/diagnostic.ts";
import { slugify } from "../archive/slug.ts";
import type { ArticleRecord, Diagnostic } from "../archive/types.ts";
import { findEventDates } from "./events.ts";
import { dateSortKey } from "./format-date.ts";
import { compileGazetteer, findMentions, type Gazetteer } from "./gazetteer.ts";
import {
  articlePath,
  articleSourcePath,
  personPath,
  placePath,
  sourcePath,
  themePath,
} from "./paths.ts";
import { relatedArticles } from "./related.ts";
import { renderSentence } from "./render-body.ts";
import { splitSentences } from "./sentences.ts";
import { assignThemes, compileThemes } from "./themes.ts";
import { publicationTimeline } from "./timeline.ts";
import type {
  ArticleLink,
  ArticleView,
  Citation,
  EntityDefinition,
  SiteConfig,
  SiteData,
  TermPage,
  ThemeDefinition,
  TimelineEvent,
} from "./types.ts";
import { groupEvents } from "./group-events.ts";

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

/** Problems between the records and the data files: a theme in front matter that the taxonomy lacks. */
export function checkSiteInputs(
  records: readonly ArticleRecord[],
  inputs: SiteInputs,
): Diagnostic[] {
  const known = new Set(inputs.themes.map((t) => t.slug));
  return records.flatMap((r) =>
    r.themes
      .filter((t) => !known.has(t))
      .map((t) =>
        diagnostic(
          "error",
          r.file,
          r.provenance.themes?.from === "front-matter" ? r.provenance.themes.line : null,
          "unknown-theme",
          `the theme "${t}" is not in the taxonomy`,
          `use one of: ${[...known].join(", ")} (or add it to ${SITE_DATA_DIR}/themes.json)`,
        ),
      ),
  );
}

const linkOf = (r: ArticleRecord): ArticleLink => ({
  slug: r.slug,
  path: articlePath(r.slug),
  headline: r.headline,
  date: r.date,
  source: r.source,
});

/** Newest first, undated last, then by headline: the order of every article list. */
export const newestFirst = (a: ArticleLink, b: ArticleLink): number => {
  const ka = dateSortKey(a.date);
  const kb = dateSortKey(b.date);
  if (ka === "~" || kb === "~")
    return ka === kb ? a.headline.localeCompare(b.headline) : ka === "~" ? 1 : -1;
  return ka < kb ? 1 : ka > kb ? -1 : a.headline.localeCompare(b.headline);
};

/** Builds every view of the site. */
export function buildSite(
  records: readonly ArticleRecord[],
  inputs: SiteInputs,
  now: Date = new Date(),
): SiteData {
  const themeRules = compileThemes(inputs.themes);
  const people = compileGazetteer(inputs.people);
  const places = compileGazetteer(inputs.places);
  const sorted = [...records].sort((a, b) => newestFirst(linkOf(a), linkOf(b)));
  const related = relatedArticles(sorted.map((r) => `${r.headline}\n${r.body}`));
  const chronological = [...sorted].filter((r) => r.date !== null).reverse();
  const chronoIndex = new Map(chronological.map((r, i) => [r, i]));
  const push = <K, V>(map: Map<K, V[]>, key: K, ...items: V[]): void => {
    const list = map.get(key);
    if (list) list.push(...items);
    else map.set(key, items);
  };
  const citations = {
    people: new Map<string, Citation[]>(),
    places: new Map<string, Citation[]>(),
    themes: new Map<string, ArticleLink[]>(),
    sources: new Map<string, ArticleLink[]>(),
  };
  const mentionedIn = {
    people: new Map<string, ArticleLink[]>(),
    places: new Map<string, ArticleLink[]>(),
  };
  const eventMentions: (Citation & { date: string })[] = [];

  const articles: ArticleView[] = sorted.map((record, index) => {
    const link = linkOf(record);
    const format = record.file.toLowerCase().endsWith(".md") ? "md" : "txt";
    const flat: { text: string; anchor: string }[] = [];
    const paragraphs = record.paragraphs.map((p, i) => ({
      id: `p${i + 1}`,
      sentences: splitSentences(p.text).map((text, j) => {
        const id = `p${i + 1}s${j + 1}`;
        flat.push({ text, anchor: id });
        return { id, text, html: renderSentence(text, format) };
      }),
    }));
    const cite = (k: number): Citation => ({
      article: record.slug,
      path: link.path,
      anchor: flat[k]!.anchor,
      sentence: flat[k]!.text,
    });
    const entityLinks = (
      g: Gazetteer,
      kind: "people" | "places",
    ): ArticleView["people"][number][] =>
      [
        ...findMentions(
          flat.map((s) => s.text),
          g,
        ),
      ].map(([slug, sentences]) => {
        const entity = g.entities.find((e) => e.slug === slug)!;
        push(citations[kind], slug, ...sentences.map(cite));
        push(mentionedIn[kind], slug, link);
        return {
          slug,
          name: entity.name,
          path: (kind === "people" ? personPath : placePath)(slug),
          count: sentences.length,
        };
      });
    const themes = assignThemes(record, themeRules);
    for (const t of themes.slugs) push(citations.themes, t, link);
    if (record.source) push(citations.sources, record.source, link);
    flat.forEach((s, k) => {
      for (const e of findEventDates(s.text, record.language, record.date, now))
        eventMentions.push({ ...cite(k), date: e.date });
    });
    const at = chronoIndex.get(record) ?? -1;
    const chrono = (i: number): ArticleLink | null =>
      i >= 0 && i < chronological.length ? linkOf(chronological[i]!) : null;
    return {
      ...link,
      record,
      themes: themes.slugs.map((slug) => ({
        slug,
        name: inputs.themes.find((t) => t.slug === slug)?.name ?? slug,
        path: themePath(slug),
      })),
      themesFrom: themes.from,
      people: entityLinks(people, "people"),
      places: entityLinks(places, "places"),
      sourcePage: record.source
        ? {
            slug: slugify(record.source),
            name: record.source,
            path: sourcePath(slugify(record.source)),
          }
        : null,
      paragraphs,
      related: (related[index] ?? []).map((j) => linkOf(sorted[j]!)),
      previous: at === -1 ? null : chrono(at - 1),
      next: at === -1 ? null : chrono(at + 1),
      sourceFilePath: articleSourcePath(record.slug),
      summary: flat
        .slice(0, 2)
        .map((s) => s.text)
        .join(" ")
        .slice(0, 300),
    };
  });

  const termPages = (
    defs: readonly EntityDefinition[],
    kind: "people" | "places",
    path: (s: string) => string,
  ): TermPage[] =>
    defs
      .filter((d) => mentionedIn[kind].has(d.slug))
      .map((d) => ({
        kind,
        slug: d.slug,
        name: d.name,
        path: path(d.slug),
        description: d.note ?? "",
        articles: [...(mentionedIn[kind].get(d.slug) ?? [])].sort(newestFirst),
        citations: citations[kind].get(d.slug) ?? [],
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  const links = sorted.map(linkOf);
  const { years, undated } = publicationTimeline(links);
  const events: TimelineEvent[] = groupEvents(eventMentions);
  const themes: TermPage[] = inputs.themes.map((t) => ({
    kind: "topics",
    slug: t.slug,
    name: t.name,
    path: themePath(t.slug),
    description: t.description,
    articles: citations.themes.get(t.slug) ?? [],
    citations: [],
  }));
  const sources: TermPage[] = [...citations.sources]
    .map(([name, list]) => ({
      kind: "sources" as const,
      slug: slugify(name),
      name,
      path: sourcePath(slugify(name)),
      description: "",
      articles: list,
      citations: [],
    }))
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
  const peoplePages = termPages(inputs.people, "people", personPath);
  const placePages = termPages(inputs.places, "places", placePath);
  return {
    config: inputs.config,
    articles,
    themes,
    people: peoplePages,
    places: placePages,
    sources,
    unsourced: links.filter((l) => l.source === null),
    years,
    undated,
    events,
    perYear: years.map((y) => ({ year: y.year, count: y.count })),
    termPages: [...themes, ...peoplePages, ...placePages, ...sources],
    builtAt: now.toISOString(),
  };
}
