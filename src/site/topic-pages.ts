/**
 * Which topics of the taxonomy get a page in this archive: every theme of the editor's (as
 * before, with or without articles), a default top-level topic once an article has it, and a
 * second-level topic only where the archive has enough articles for it (default-topics.ts).
 */
import { SUBTOPIC_MIN_ARTICLES, SUBTOPIC_MIN_PARENT_ARTICLES } from "./default-topics.ts";
import type { ArticleFacts, ThemeDefinition } from "./types.ts";

/** The topics with a page, in the taxonomy's order. */
export function topicsWithPages(
  facts: readonly ArticleFacts[],
  themes: readonly ThemeDefinition[],
): ThemeDefinition[] {
  const counts = new Map<string, number>();
  for (const f of facts)
    for (const slug of f.themes.slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const count = (slug: string): number => counts.get(slug) ?? 0;
  return themes.filter((t) => {
    if (t.origin !== "default") return true;
    if (!t.parent) return count(t.slug) > 0;
    return (
      count(t.slug) >= SUBTOPIC_MIN_ARTICLES && count(t.parent) >= SUBTOPIC_MIN_PARENT_ARTICLES
    );
  });
}
