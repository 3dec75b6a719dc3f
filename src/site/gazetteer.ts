/**
 * People and places: which entities an article mentions, and in which sentences. Matching is
 * accent- and case-insensitive on whole words. A short form (`Castro`, `Rodriguez`) counts only
 * in an article that also names the entity in full, so `Castro` never guesses between Raúl and Fidel.
 */
import { compilePhrases, type PhraseMatcher } from "./phrase-matcher.ts";
import type { EntityDefinition } from "./types.ts";

/** A compiled gazetteer. */
export interface Gazetteer {
  /** Entities in file order. */
  entities: readonly EntityDefinition[];
  /** Full-form matcher per entity. */
  full: readonly PhraseMatcher[];
  /** Short-form matcher per entity. */
  short: readonly PhraseMatcher[];
  /** Every alias and short form, for finding names the gazetteer lacks. */
  known: PhraseMatcher;
}

/** Compiles a gazetteer. */
export function compileGazetteer(entities: readonly EntityDefinition[]): Gazetteer {
  return {
    entities,
    full: entities.map((e) => compilePhrases([e.name, ...e.aliases])),
    short: entities.map((e) => compilePhrases(e.shortForms ?? [])),
    known: compilePhrases(entities.flatMap((e) => [e.name, ...e.aliases, ...(e.shortForms ?? [])])),
  };
}

/** For each entity an article mentions: the indexes of the sentences that mention it. */
export function findMentions(sentences: readonly string[], g: Gazetteer): Map<string, number[]> {
  const out = new Map<string, number[]>();
  g.entities.forEach((entity, i) => {
    const full = sentences.flatMap((s, k) => (g.full[i]!.find(s).length > 0 ? [k] : []));
    if (full.length === 0) return;
    const short = sentences.flatMap((s, k) => (g.short[i]!.find(s).length > 0 ? [k] : []));
    out.set(
      entity.slug,
      [...new Set([...full, ...short])].sort((a, b) => a - b),
    );
  });
  return out;
}
