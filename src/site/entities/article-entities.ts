/**
 * One article's people, places and organisations as the site keeps them: per kind, each entity's
 * id, name and count of sentences (the facts), and the sentences themselves (read only to quote
 * them on the entity's pages).
 */
import type { ArticleMentions, CitedSentence, Mention } from "../types.ts";
import { lookupPlace } from "./classify.ts";
import { discoverEntities } from "./discover.ts";
import { curatedKey, nameKey } from "./name-key.ts";
import type { CuratedNames, EntityType } from "./types.ts";

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
 * The entities `sentences` (each with its anchor) name, and the place of the dateline (`MADRID`),
 * counted once without a sentence when the text does not name it again.
 */
export function mentionsByKind(
  sentences: readonly { text: string; anchor: string }[],
  curated: CuratedNames,
  dateline: string | null = null,
): ArticleEntities {
  const facts: ArticleEntities["facts"] = { people: [], places: [], organisations: [] };
  const mentions: ArticleMentions = { people: {}, places: {}, organisations: {} };
  for (const e of discoverEntities(
    sentences.map((s) => s.text),
    curated,
  )) {
    const kind = KIND_OF[e.type];
    const cites: CitedSentence[] = e.sentences.map((k) => ({
      anchor: sentences[k]!.anchor,
      sentence: sentences[k]!.text,
    }));
    facts[kind].push({ slug: e.slug, name: e.name, count: cites.length });
    mentions[kind][e.slug] = cites;
  }
  const place = dateline ? datelinePlace(dateline, curated) : null;
  if (place && !facts.places.some((m) => m.slug === place.slug)) {
    facts.places.unshift({ ...place, count: 0 });
    mentions.places[place.slug] = [];
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
