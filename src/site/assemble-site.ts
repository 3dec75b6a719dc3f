/**
 * Article facts → the site's views. Pure: each article's facts (src/site/article-facts.ts) and the
 * editable data files in, every page's data out. Eleventy only paginates over what this returns.
 * Lists that grow with the archive (a theme's articles, a year, a decade of events) are split into
 * pages of a fixed size, so no page grows without bound.
 */
import { articleStubs } from "./article-stubs.ts";
import { entityDirectory } from "./entities/entity-directory.ts";
import { eventPages } from "./event-pages.ts";
import { sitemapParts } from "./feeds.ts";
import { newestFirst } from "./newest-first.ts";
import { relatedArticles } from "./related.ts";
import { archiveTags } from "./tags/article-tags.ts";
import type { SiteInputs } from "./site-inputs.ts";
import { termPages } from "./term-pages.ts";
import { termSummaries } from "./term-summaries.ts";
import { topicsWithPages } from "./topic-pages.ts";
import type { ArticleFacts, SiteData } from "./types.ts";
import { yearPages } from "./year-pages.ts";

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
 * a render writes (see `citePage` in term-pages.ts).
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
  const tags = archiveTags(sorted.map((f) => f.phrases));
  const related = relatedArticles(
    sorted.map((f) => termsOf.get(f)!),
    terms.words,
    sorted.map((f, i) => ({
      people: f.people,
      places: f.places,
      organisations: f.organisations,
      themes: f.themes,
      tags: tags.byArticle[i]!.map((t) => t.tag.key),
    })),
  );
  // Only topics with a page are linked: a default topic without articles, or a subtopic with too few, has none.
  const shown = { ...inputs, themes: topicsWithPages(sorted, inputs.themes) };
  const directory = entityDirectory(sorted, inputs);
  const articles = articleStubs(sorted, related, shown, articlesDir, directory, tags.byArticle);
  const summaries = termSummaries(sorted, shown, directory, tags);
  const pagesOfTerms = termPages(summaries);
  const timeline = yearPages(sorted.map((f) => f.link));
  const events = eventPages(sorted);
  return {
    config: inputs.config,
    articles,
    themes: summaries.themes,
    people: summaries.people,
    places: summaries.places,
    organisations: summaries.organisations,
    tags: summaries.tags,
    sources: summaries.sources,
    unsourced: summaries.unsourced,
    years: timeline.years,
    undated: timeline.undated,
    eventDecades: events.eventDecades,
    termPages: pagesOfTerms,
    yearPages: timeline.yearPages,
    eventPages: events.eventPages,
    sitemapParts: sitemapParts({
      articles,
      termPages: pagesOfTerms,
      yearPages: timeline.yearPages,
      eventPages: events.eventPages,
    }),
    builtAt: now.toISOString(),
  };
}
