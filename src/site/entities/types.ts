/** The types of name discovery: what a name is, and what one article says of it. */
import type { GeoPlace } from "./geo-gazetteer.ts";
import type { NameSpan } from "./name-spans.ts";

/** What a name names. */
export type EntityType = "person" | "place" | "organisation";

/** One entity an article names, with the forms it takes there. */
export interface FoundEntity {
  /** Person, place or organisation. */
  type: EntityType;
  /** URL name: the editor's slug, or the name's key (see `nameKey`), the same across the archive. */
  slug: string;
  /** Display name: the editor's, the gazetteer's, or the fullest form the article uses. */
  name: string;
  /** Every form the article uses, as written (`Sergey Lavrov`, `Lavrov`), and a place's nominative (`Москва` for `Москве`). */
  aliases: string[];
  /** Indexes of the sentences that name it, in order. */
  sentences: number[];
  /** Why it is not certain (one mention, no sign of its type), or null when it is. */
  doubt: string | null;
}

/** A name the editor's lists settle. */
export interface CuratedName {
  /** Its type. */
  type: EntityType;
  /** Slug of the editor's entry. */
  slug: string;
  /** Display name of the entry. */
  name: string;
}

/** The editor's lists compiled for lookup. */
export interface CuratedNames {
  /** Entry by the `curatedKey` of each of its names and aliases. */
  byKey: ReadonlyMap<string, CuratedName>;
  /** Short forms (a bare surname) by `nameKey`: they count only when the entry's full form is in the article. */
  shortForms: ReadonlyMap<string, CuratedName>;
  /** The types an editor says a name is not, by its `nameKey` (`Villa` is no place). */
  excluded: ReadonlyMap<string, ReadonlySet<EntityType>>;
}

/** An entity while an article is read: its forms and where they stand. */
export interface Draft {
  /** Type. */
  type: EntityType;
  /** Slug. */
  slug: string;
  /** Display name. */
  name: string;
  /** True when the editor's lists gave it (its name is final). */
  curated: boolean;
  /** Forms as written, in order of first use. */
  aliases: string[];
  /** Sentence indexes. */
  sentences: Set<number>;
  /** Runs naming it, with their sentence. */
  spans: NameSpan[];
  /** Best strength of its verdicts. */
  strength: "strong" | "weak";
}

/** What a run was judged to be. */
export interface Verdict {
  /** Its type. */
  type: EntityType;
  /** `strong`: a sign of the type; `weak`: only the shape of the name. */
  strength: "strong" | "weak";
  /** For a place, the gazetteer's entry. */
  place?: GeoPlace;
  /** For a place found by a Russian case form, the nominative that found it (`Москва` for `Москве`). */
  nominative?: string;
}
