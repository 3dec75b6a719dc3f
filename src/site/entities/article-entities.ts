/**
 * One article's people, places and organisations as the site keeps them: per kind, each entity's
 * id, name and count of sentences (the facts), and the sentences themselves (read only to quote
 * them on the entity's pages).
 */
import type { ArticleMentions, CitedSentence, Mention } from "../types.ts";
import { fold } from "../../archive/language.ts";
import { lookupPlace } from "./classify.ts";
import { isGivenName } from "./given-names.ts";
import { ORG_WORDS, PARTICLES } from "./lexicon.ts";
import { discoverEntities } from "./discover.ts";
import { listedEntry } from "./curated-names.ts";
import { nameKey } from "./name-key.ts";
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
  /** Every form the article writes its names in (`Díaz-Canel Bermúdez` beside `Miguel Díaz-Canel`). */
  forms: string[];
}

/** What an article says outside its body's sentences that may name someone or somewhere. */
export interface ArticleHead {
  /** The headline. */
  headline: string;
  /** The dateline (`MADRID`, `Kyiv, Ukraine`), or null. */
  dateline: string | null;
  /** The byline's author or authors, or null. */
  author: string | null;
}

/**
 * Every entity an article names: in its headline (index 0 of `sentences` in the result), its
 * body's sentences (index k + 1 for `sentences[k]`), the place of its dateline (`MADRID`) and the
 * people of its byline, which join an entity of the text or stand alone without a sentence. A
 * headline set in title case gives no names of its own (see `nameSpans`), so only a sentence-case
 * headline adds any; a byline's name counts only when it starts with a known given name.
 */
export function articleEntities(
  head: ArticleHead,
  sentences: readonly string[],
  curated: CuratedNames,
): FoundEntity[] {
  const found = discoverEntities([head.headline, ...sentences], curated);
  const written = head.dateline ? head.dateline.split(",")[0]!.trim() : null;
  const region = head.dateline?.split(",")[1]?.trim() ?? "";
  // `LEICESTER/LONDON`: a dateline shared by two places names each.
  const parts = written?.includes("/") ? written.split("/").map((w) => w.trim()) : [written];
  const places = parts.map((w) =>
    w ? (datelinePlace(w, curated) ?? townOfRegion(w, region)) : null,
  );
  const extra: FoundEntity[] = [];
  const join = (type: EntityType, slug: string, name: string, written: string): void => {
    const same = found.find((e) => e.type === type && e.slug === slug);
    if (same) {
      if (!same.aliases.includes(written)) same.aliases.push(written);
    } else extra.push({ type, slug, name, aliases: [written], sentences: [], doubt: null });
  };
  places.forEach((place, i) => {
    if (place) join("place", place.slug, place.name, parts[i]!);
  });
  for (const name of bylineNames(head.author)) {
    const c = listedEntry(curated, name);
    if (c) {
      if (c.type === "person") join("person", c.slug, c.name, name);
    } else if (!curated.excluded.get(nameKey(name))?.has("person"))
      join("person", nameKey(name), name, name);
  }
  return [...extra, ...found];
}

/** The people a byline names (`Ann Lee and Tom Ford`, `Ana Gil y Luis Mir`), each starting with a known given name. */
function bylineNames(author: string | null): string[] {
  if (!author) return [];
  return (
    author
      // Between spaces, not by `\b`, which knows only ASCII letters and missed Russian `и`.
      .split(/\s*[,;&]\s*|\s+(?:and|y|и)\s+/u)
      .map((n) => n.trim())
      .filter((n) => {
        const words = n.split(/\s+/);
        return (
          words.length >= 2 &&
          words.length <= 4 &&
          words.every((w) => /^\p{Lu}/u.test(w)) &&
          isGivenName(words[0]!) &&
          !words.some((w) => ORG_WORDS.has(fold(w)))
        );
      })
  );
}

/**
 * The entities `sentences` (each with its anchor), the headline, the dateline and the byline
 * name: each counted by the sentences that name it, 0 when only the headline, the dateline or the
 * byline does (they have no anchor to cite).
 */
export function mentionsByKind(
  sentences: readonly { text: string; anchor: string }[],
  curated: CuratedNames,
  head: ArticleHead,
): ArticleEntities {
  const facts: ArticleEntities["facts"] = { people: [], places: [], organisations: [] };
  const mentions: ArticleMentions = { people: {}, places: {}, organisations: {} };
  const texts = sentences.map((s) => s.text);
  const forms = new Set<string>();
  for (const e of articleEntities(head, texts, curated)) {
    forms.add(e.name);
    for (const a of e.aliases) forms.add(a);
    const kind = KIND_OF[e.type];
    const cites: CitedSentence[] = e.sentences
      .filter((k) => k > 0)
      .map((k) => ({ anchor: sentences[k - 1]!.anchor, sentence: sentences[k - 1]!.text }));
    facts[kind].push({ slug: e.slug, name: e.name, count: cites.length });
    mentions[kind][e.slug] = cites;
  }
  return { facts, mentions, forms: [...forms] };
}

/**
 * `LA PROVIDENCIA, Asturias`, `BEWDLEY, Worcestershire`: a dateline's town the gazetteer lacks
 * (under 15,000 people) is still a place when a region or a country the gazetteer knows follows
 * it; its name is set in title case.
 */
function townOfRegion(written: string, region: string): { slug: string; name: string } | null {
  const known = region ? lookupPlace(region) : undefined;
  if (!known || known.kind === "city" || !/^\p{L}[\p{L}' -]*$/u.test(written)) return null;
  const name = written
    .toLowerCase()
    .split(" ")
    .map((w, i) => (i > 0 && PARTICLES.has(w) ? w : w.replace(/(^|['-])(\p{Ll})/gu, upper)))
    .join(" ");
  return { slug: nameKey(name), name };
}

/** A letter after a word's start or a hyphen, capitalised (a `replace` callback). */
const upper = (_: string, sep: string, c: string): string => sep + c.toUpperCase();

/** The place a dateline's first part names (`MADRID`, `Kyiv` of `Kyiv, Ukraine`), the editor's or the gazetteer's. */
function datelinePlace(
  written: string,
  curated: CuratedNames,
): { slug: string; name: string } | null {
  const c = listedEntry(curated, written);
  if (c) return c.type === "place" ? { slug: c.slug, name: c.name } : null;
  const p = lookupPlace(written);
  const listed = p ? curated.byKey.get(nameKey(p.name)) : undefined;
  if (listed) return listed.type === "place" ? { slug: listed.slug, name: listed.name } : null;
  return p ? { slug: nameKey(p.name), name: p.name } : null;
}
