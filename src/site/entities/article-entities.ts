/**
 * One article's people, places and organisations as the site keeps them: per kind, each entity's
 * id, name and count of sentences (the facts), and the sentences themselves (read only to quote
 * them on the entity's pages).
 */
import type { ArticleMentions, CitedSentence, Mention } from "../types.ts";
import { lookupPlace } from "./classify.ts";
import { discoverEntities } from "./discover.ts";
import { curatedKey, nameKey } from "./name-key.ts";
import type { CuratedNames, EntityType, FoundEntity } from "./types.ts";

/** The kind of page of each type. */
export const KIND_OF: Record<EntityType, "people" | "places" | "organisations"> = {
  person: "people",
  place: "places",
  organisation: "organisations",
};

/** An article's entities: facts by kind, and the sentences naming each. */
export interface ArticleEntities {
  /** Mentions by kind, in order of first mention. */
  facts: { people: Mention[]; places: Mention[]; organisations: Mention[] };
  /** Sentences by kind and id. */
  mentions: ArticleMentions;
}

/**
 * Every entity an article names: in its headline (index 0 of `sentences` in the result), its
 * body's sentences (index k + 1 for `sentences[k]`), and the place of its dateline (`MADRID`), which
 * joins an entity of the text or stands alone without a sentence. A headline set in title case
 * gives no names of its own (see `nameSpans`), so only a sentence-case headline adds any.
 */
export function articleEntities(
  headline: string,
  sentences: readonly string[],
  curated: CuratedNames,
  dateline: string | null = null,
): FoundEntity[] {
  const found = discoverEntities([headline, ...sentences], curated);
  const place = dateline ? datelinePlace(dateline, curated) : null;
  if (!place) return found;
  const written = dateline!.split(",")[0]!.trim();
  const same = found.find((e) => e.type === "place" && e.slug === place.slug);
  if (same) {
    if (!same.aliases.includes(written)) same.aliases.push(written);
    return found;
  }
  return [{ type: "place", ...place, aliases: [written], sentences: [], doubt: null }, ...found];
}

/**
 * The entities `sentences` (each with its anchor) and the headline name, and the place of the
 * dateline: each counted by the sentences that name it, 0 when only the headline or the dateline
 * does (they have no anchor to cite).
 */
export function mentionsByKind(
  sentences: readonly { text: string; anchor: string }[],
  curated: CuratedNames,
  dateline: string | null = null,
  headline = "",
): ArticleEntities {
  const facts: ArticleEntities["facts"] = { people: [], places: [], organisations: [] };
  const mentions: ArticleMentions = { people: {}, places: {}, organisations: {} };
  const texts = sentences.map((s) => s.text);
  for (const e of articleEntities(headline, texts, curated, dateline)) {
    const kind = KIND_OF[e.type];
    const cites: CitedSentence[] = e.sentences
      .filter((k) => k > 0)
      .map((k) => ({ anchor: sentences[k - 1]!.anchor, sentence: sentences[k - 1]!.text }));
    facts[kind].push({ slug: e.slug, name: e.name, count: cites.length });
    mentions[kind][e.slug] = cites;
  }
  return { facts, mentions };
}

/** The place a dateline names (`MADRID`, `Kyiv, Ukraine`: the first part), the editor's or the gazetteer's. */
function datelinePlace(
  dateline: string,
  curated: CuratedNames,
): { slug: string; name: string } | null {
  const first = dateline.split(",")[0]!.trim();
  const c = curated.byKey.get(curatedKey(first)) ?? curated.byKey.get(nameKey(first));
  if (c) return c.type === "place" ? { slug: c.slug, name: c.name } : null;
  const p = lookupPlace(first);
  const listed = p ? curated.byKey.get(nameKey(p.name)) : undefined;
  if (listed) return listed.type === "place" ? { slug: listed.slug, name: listed.name } : null;
  return p ? { slug: nameKey(p.name), name: p.name } : null;
}
