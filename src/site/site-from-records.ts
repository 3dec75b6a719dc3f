/**
 * The whole site from records in memory, every article's full view at hand: for tools (the
 * benchmark's peer) and tests. The build instead keeps records in its cache.
 */
import type { ArticleRecord } from "../archive/types.ts";
import { compileRules, deriveArticle } from "./article-facts.ts";
import { assembleSite } from "./assemble-site.ts";
import type { SiteInputs } from "./site-inputs.ts";
import { encodeTerms, vocabulary } from "./related.ts";
import type { ArticleView, CitationsOf, SiteData } from "./types.ts";

/** Every view, the full view of each article in the site's order, and the sentences naming each name by article key (the slug here). */
export function siteFromRecords(
  records: readonly ArticleRecord[],
  inputs: SiteInputs,
  now: Date = new Date(),
): {
  site: SiteData;
  views: ArticleView[];
  citationsOf: CitationsOf;
} {
  const rules = compileRules(inputs);
  const derived = new Map(
    records.map((record) => [record.slug, { ...deriveArticle(record, rules, now), record }]),
  );
  const all = [...derived.values()];
  const words = vocabulary();
  const site = assembleSite(
    all.map((d) => ({ ...d.facts, key: d.record.slug })),
    { encoded: all.map((d) => encodeTerms(d.terms, words)), words: words.words },
    inputs,
    now,
  );
  const views = site.articles.map((stub) => {
    const d = derived.get(stub.slug)!;
    return { ...stub, record: d.record, paragraphs: d.paragraphs, themeEvidence: d.themeEvidence };
  });
  return {
    site,
    views,
    citationsOf: (key, kind, slug) => Promise.resolve(derived.get(key)!.mentions[kind][slug] ?? []),
  };
}
