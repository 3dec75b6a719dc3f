/**
 * People and places: which entities an article mentions, and in which sentences. Matching is
 * accent- and case-insensitive on whole words. A short form (`Castro`, `Rodriguez`) counts only
 * in an article that also names the entity in full, so `Castro` never guesses between Raúl and Fidel.
 */
import { compilePhraseGroups, compilePhrases, type PhraseMatcher } from "./phrase-matcher.ts";
import type { EntityDefinition } from "./types.ts";

/** A compiled gazetteer. */
export interface Gazetteer {
  /** Entities in file order. */
  entities: readonly EntityDefinition[];
  /** Full forms, one group per entity. */
  full: PhraseMatcher;
  /** Short forms, one group per entity. */
  short: PhraseMatcher;
  /** Every alias and short form, for finding names the gazetteer lacks. */
  known: PhraseMatcher;
}

/** Compiles a gazetteer. */
export function compileGazetteer(entities: readonly EntityDefinition[]): Gazetteer {
  return {
    entities,
    full: compilePhraseGroups(entities.map((e) => [e.name, ...e.aliases])),
    short: compilePhraseGroups(entities.map((e) => e.shortForms ?? [])),
    known: compilePhrases(entities.flatMap((e) => [e.name, ...e.aliases, ...(e.shortForms ?? [])])),
  };
}

/** For each entity an article mentions: the indexes of the sentences that mention it. */
export function findMentions(sentences: readonly string[], g: Gazetteer): Map<string, number[]> {
  const full = new Map<number, Set<number>>();
  const short = new Map<number, Set<number>>();
  sentences.forEach((s, k) => {
    for (const h of g.full.find(s))
      (full.get(h.group) ?? full.set(h.group, new Set()).get(h.group)!).add(k);
    for (const h of g.short.find(s))
      (short.get(h.group) ?? short.set(h.group, new Set()).get(h.group)!).add(k);
  });
  const out = new Map<string, number[]>();
  g.entities.forEach((entity, i) => {
    const f = full.get(i);
    if (!f) return;
    out.set(
      entity.slug,
      [...new Set([...f, ...(short.get(i) ?? [])])].sort((a, b) => a - b),
    );
  });
  return out;
}
