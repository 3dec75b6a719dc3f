/**
 * The terms of the archive — topics, people, places, organisations, tags, sources — each with its
 * articles and its totals: what the term index pages list and what each term's pages are made of.
 */
import { slugify } from "../archive/slug.ts";
import { NO_SOURCE } from "../archive/labels.ts";
import type { EntityDirectory, EntityKind } from "./entities/entity-directory.ts";
import { sourcePath, tagPath, themePath, UNSOURCED_PATH } from "./paths.ts";
import type { SiteInputs } from "./site-inputs.ts";
import type { ArchiveTags } from "./tags/article-tags.ts";
import { TERM_PAGE_SIZE } from "./paginate.ts";
import type { ArticleFacts, ArticleLink, TermKind, TermSummary } from "./types.ts";

/** Every term with articles, summarised, and each term's articles. */
export interface TermSummaries {
  /** Every theme of the taxonomy, in its order (a theme without articles too). */
  themes: TermSummary[];
  /** People with articles, by name. */
  people: TermSummary[];
  /** Places with articles, by name. */
  places: TermSummary[];
  /** Organisations with articles, by name. */
  organisations: TermSummary[];
  /** Tags with a page, by name. */
  tags: TermSummary[];
  /** Sources, most articles first. */
  sources: TermSummary[];
  /** The articles without a source, or null when every article has one. */
  unsourced: TermSummary | null;
  /** A term's articles, newest first, by `kind/slug` (the unsourced: `sources/`). */
  members: ReadonlyMap<string, ArticleFacts[]>;
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
 * Each term's articles, in the order of `sorted` (newest first), and its summary; `tags` holds
 * the tags of `sorted[i]` at `byArticle[i]`.
 */
export function termSummaries(
  sorted: readonly ArticleFacts[],
  inputs: SiteInputs,
  directory: EntityDirectory,
  tags: ArchiveTags = { byArticle: [], withPages: [] },
): TermSummaries {
  const members = new Map<string, ArticleFacts[]>();
  const join = (kind: TermKind, slug: string, f: ArticleFacts): void => {
    const key = `${kind}/${slug}`;
    const list = members.get(key);
    if (list) list.push(f);
    else members.set(key, [f]);
  };
  sorted.forEach((f, i) => {
    for (const t of f.themes.slugs) join("topics", t, f);
    for (const m of f.people) join("people", m.slug, f);
    for (const m of f.places) join("places", m.slug, f);
    for (const m of f.organisations ?? []) join("organisations", m.slug, f);
    join("sources", f.link.source ? slugify(f.link.source) : "", f);
    for (const { tag } of tags.byArticle[i] ?? []) if (tag.slug !== null) join("tags", tag.slug, f);
  });
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
  const entities = (kind: EntityKind): TermSummary[] =>
    [...directory]
      .filter(([key]) => key.startsWith(`${kind}/`) && members.has(key))
      .map(([key, e]) => summary(kind, key.slice(kind.length + 1), e.name, e.path, e.note))
      .sort((a, b) => a.name.localeCompare(b.name));
  const sourceNames = new Map(
    sorted.flatMap((f) =>
      f.link.source ? [[slugify(f.link.source), f.link.source] as const] : [],
    ),
  );
  return {
    themes: inputs.themes.map((t) =>
      summary("topics", t.slug, t.name, themePath(t.slug), t.description),
    ),
    people: entities("people"),
    places: entities("places"),
    organisations: entities("organisations"),
    tags: tags.withPages.map((t) => summary("tags", t.slug!, t.name, tagPath(t.slug!), "")),
    sources: [...sourceNames]
      .map(([slug, name]) => summary("sources", slug, name, sourcePath(slug), ""))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    unsourced: members.has("sources/")
      ? summary(
          "sources",
          "",
          NO_SOURCE,
          UNSOURCED_PATH,
          "Neither the text nor an editor names the outlet of these articles. The archive does not guess.",
        )
      : null,
    members,
  };
}
