/**
 * Each article's stub: what every page that lists or links it needs (its terms, related articles,
 * neighbours in time, the name of its file), without its text, which is read only for its own page.
 */
import { relative, sep } from "node:path";
import { withoutControlCharacters } from "../archive/decode.ts";
import { slugify } from "../archive/slug.ts";
import type { EntityDirectory, EntityKind } from "./entities/entity-directory.ts";
import { articleSourcePath, sourcePath, tagPath, themePath } from "./paths.ts";
import type { SiteInputs } from "./site-inputs.ts";
import type { ArticleTagChoice } from "./tags/article-tags.ts";
import type { ArticleFacts, ArticleLink, ArticleStub, TermLink } from "./types.ts";

/**
 * The stubs of `sorted` (newest first), in its order; `related[i]` holds the indexes in `sorted`
 * of the articles related to `sorted[i]`, and `tags[i]` its tags.
 */
export function articleStubs(
  sorted: readonly ArticleFacts[],
  related: readonly (readonly number[])[],
  inputs: SiteInputs,
  articlesDir: string,
  directory: EntityDirectory,
  tags: readonly (readonly ArticleTagChoice[])[] = [],
): ArticleStub[] {
  const chronological = sorted.filter((f) => f.link.date !== null).reverse();
  const chronoIndex = new Map(chronological.map((f, i) => [f, i]));
  const themeNames = new Map(inputs.themes.map((t) => [t.slug, t.name]));
  // A term's slug, name and path are made once and shared by its articles' stubs: at 100,000
  // articles, a copy per stub was a large part of the views' memory.
  const shared = new Map<string, TermLink>();
  const once = (key: string, make: () => TermLink): TermLink => {
    let t = shared.get(key);
    if (!t) shared.set(key, (t = make()));
    return t;
  };
  return sorted.map((f, index) => {
    const at = chronoIndex.get(f) ?? -1;
    const chrono = (i: number): ArticleLink | null =>
      i >= 0 && i < chronological.length ? chronological[i]!.link : null;
    const entities = (kind: EntityKind): ArticleStub["people"] =>
      (f[kind] ?? []).map((m) => {
        const { slug, name, path } = once(`${kind}/${m.slug}`, () => ({
          slug: m.slug,
          name: directory.get(`${kind}/${m.slug}`)?.name ?? m.name,
          path: directory.get(`${kind}/${m.slug}`)!.path,
        }));
        return { slug, name, path, count: m.count };
      });
    const source = f.link.source;
    return {
      ...f.link,
      key: f.key,
      author: f.author,
      language: f.language,
      themes: f.themes.slugs
        .filter((slug) => themeNames.has(slug))
        .map((slug) =>
          once(`topics/${slug}`, () => ({
            slug,
            name: themeNames.get(slug) ?? slug,
            path: themePath(slug),
          })),
        ),
      themesFrom: f.themes.from,
      people: entities("people"),
      places: entities("places"),
      organisations: entities("organisations"),
      tags: (tags[index] ?? []).map(({ tag, count, inHeadline }) => ({
        name: tag.name,
        path: tag.slug === null ? null : tagPath(tag.slug),
        count,
        inHeadline,
      })),
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
}
