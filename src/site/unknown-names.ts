/**
 * What `npm run check` shows an editor about the names discovery found (issue 16): the uncertain
 * ones (named once, or with no sign of their type but their shape), and the spellings it merged,
 * each ranked by how many articles it touches, so a short list shows what matters most.
 */
import type { ArticleRecord } from "../archive/types.ts";
import { articleEntities } from "./entities/article-entities.ts";
import type { CuratedNames, EntityType } from "./entities/types.ts";
import { splitSentences } from "./sentences.ts";

/** A name to look at, with how to settle it. */
export interface NameToReview {
  /** Person, place or organisation, as discovery typed it. */
  type: EntityType;
  /** The name. */
  name: string;
  /** Articles that name it. */
  articles: number;
  /** Why it is listed: its doubt, or the forms merged into it. */
  reason: string;
}

/** The data file of each type. */
export const LIST_OF: Record<EntityType, string> = {
  person: "people.json",
  place: "places.json",
  organisation: "organisations.json",
};

/**
 * Uncertain names and merges across `records`, most articles first (`limit` of each). Names an
 * editor listed are settled and never shown.
 */
export function namesToReview(
  records: readonly ArticleRecord[],
  curated: CuratedNames,
  limit = 15,
): { uncertain: NameToReview[]; merged: NameToReview[] } {
  const uncertain = new Map<string, NameToReview>();
  const merged = new Map<string, NameToReview>();
  const bump = (into: Map<string, NameToReview>, key: string, item: NameToReview): void => {
    const had = into.get(key);
    if (had) had.articles++;
    else into.set(key, item);
  };
  for (const r of records) {
    const sentences = r.paragraphs.flatMap((p) => splitSentences(p.text));
    for (const e of articleEntities(r, sentences, curated)) {
      if (curated.byKey.has(e.slug) || [...curated.byKey.values()].some((c) => c.slug === e.slug))
        continue;
      const key = `${e.type}/${e.slug}`;
      if (e.doubt)
        bump(uncertain, key, { type: e.type, name: e.name, articles: 1, reason: e.doubt });
      const others = e.aliases.filter((a) => a.toLowerCase() !== e.name.toLowerCase());
      if (others.length > 0)
        bump(merged, key, {
          type: e.type,
          name: e.name,
          articles: 1,
          reason: `merged ${others.map((a) => `"${a}"`).join(", ")}`,
        });
    }
  }
  const ranked = (m: Map<string, NameToReview>): NameToReview[] =>
    [...m.values()]
      .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name))
      .slice(0, limit);
  return { uncertain: ranked(uncertain), merged: ranked(merged) };
}
