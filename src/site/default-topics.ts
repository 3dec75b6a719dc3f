/**
 * The default taxonomy shipped with the code (issue 16): the top level of the IPTC Media Topics
 * with some second-level topics, and keyword rules in English, Spanish, Russian and German, so an archive
 * on any subject gets sensible topics with no list edited. It lives in the code
 * (`src/site/default-topics.json`), not in `data/`, because it is part of how the generator reads
 * news and must be there whatever folder of data an archive brings; editors add to it or replace
 * it through `data/themes.json` and `data/site.json`.
 */
import { readFileSync } from "node:fs";
import type { ThemeDefinition } from "./types.ts";

/** A topic as the default taxonomy file writes it. */
interface DefaultTopicEntry {
  /** URL name. */
  slug: string;
  /** Display name. */
  name: string;
  /** The IPTC Media Topic code of a top-level topic (`medtop:15000000`). */
  iptc?: string;
  /** One sentence shown on the topic page. */
  description: string;
  /** Keywords per language (ISO 639-1). */
  keywords: Record<string, string[]>;
  /** Second-level topics. */
  subtopics?: DefaultTopicEntry[];
}

/** Where the default taxonomy is read from. */
export const DEFAULT_TOPICS_FILE = new URL("./default-topics.json", import.meta.url);

/**
 * A second-level topic gets its page (and its links on article pages) only when at least this many
 * articles have it: below that a sub-page repeats its parent's list with a few articles missing.
 */
export const SUBTOPIC_MIN_ARTICLES = 5;

/**
 * ...and only when its parent has at least this many: a topic of a few dozen articles is read
 * whole, and splitting it helps only once it runs to pages.
 */
export const SUBTOPIC_MIN_PARENT_ARTICLES = 20;

let cached: ThemeDefinition[] | null = null;

/** The default topics, top-level ones first in the file's order, each followed by its subtopics. */
export function defaultTopics(): ThemeDefinition[] {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(DEFAULT_TOPICS_FILE, "utf8")) as {
    topics: DefaultTopicEntry[];
  };
  const definition = (t: DefaultTopicEntry, parent?: string): ThemeDefinition => ({
    slug: t.slug,
    name: t.name,
    description: t.description,
    keywords: [],
    keywordsByLanguage: t.keywords,
    ...(parent ? { parent } : {}),
    origin: "default",
  });
  cached = file.topics.flatMap((t) => [
    definition(t),
    ...(t.subtopics ?? []).map((s) => definition(s, t.slug)),
  ]);
  return cached;
}

/**
 * The taxonomy an archive uses: the editor's themes, then the default topics (unless
 * `useDefaults` is false). An editor's theme with a default topic's slug refines it: its name and
 * description replace the default's, and its keywords are added to the default's.
 */
export function withDefaultTopics(
  editorThemes: readonly ThemeDefinition[],
  useDefaults = true,
): ThemeDefinition[] {
  const editors = editorThemes.map((t) => ({ ...t, origin: t.origin ?? ("editor" as const) }));
  if (!useDefaults) return editors;
  const bySlug = new Map(editors.map((t) => [t.slug, t]));
  const merged = defaultTopics().map((d) => {
    const e = bySlug.get(d.slug);
    if (!e) return d;
    bySlug.delete(d.slug);
    return { ...d, name: e.name, description: e.description, keywords: e.keywords };
  });
  // The archive's own themes first: they are what it was made about.
  return [...editors.filter((t) => bySlug.has(t.slug)), ...merged];
}
